"""CSV, GeoJSON and GeoPackage exports: every field, every source, readable back."""

from __future__ import annotations

import csv
import io
import json
import warnings

import geopandas as gpd
import pandas as pd
import pytest
from hostile import HOSTILE_TEXTS, HOSTILE_URL
from strikemap.exports.tabular import CSV_LIST_SEPARATOR, to_csv, to_geojson, to_geopackage
from strikemap.frames import events_to_frame


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for spreadsheets"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def _read_gpkg(data: bytes) -> gpd.GeoDataFrame:
    with warnings.catch_warnings():
        # Reading from memory has no .gpkg extension, which GDAL remarks on.
        warnings.simplefilter("ignore", RuntimeWarning)
        return gpd.read_file(io.BytesIO(data))


def _attribute_columns(frame) -> list[str]:
    return [c for c in frame.columns if c != "geometry"]


# --- CSV -------------------------------------------------------------------------------


def test_csv_has_every_field_and_source(sample_frame, sample_events):
    rows = _csv_rows(to_csv(sample_frame))
    assert list(rows[0]) == _attribute_columns(sample_frame)
    assert [r["event_id"] for r in rows] == ["ev-kyiv", "ev-saltivskyi", "ev-region"]
    kyiv = rows[0]
    assert kyiv["weapons"] == CSV_LIST_SEPARATOR.join(["missile", "drone"])
    assert kyiv["models"] == "Kh-101; Shahed-136"
    assert kyiv["date"] == "2024-05-02"
    assert kyiv["killed"] == "3" and kyiv["injured"] == "12" and kyiv["casualties"] == "15"
    assert kyiv["injured_at_least"] == "true"
    assert kyiv["disputed"] == "injured"
    assert float(kyiv["lat"]) == pytest.approx(50.45)
    sources = json.loads(kyiv["sources"])
    assert sources == [s.to_record() for s in sample_events[0].sources]
    evidence = json.loads(kyiv["evidence"])
    assert [e["sentence"] for e in evidence] == [e.sentence for e in sample_events[0].evidence]
    unknown = rows[2]
    assert unknown["date"] == "" and unknown["lat"] == "" and unknown["killed"] == ""


def test_csv_cells_cannot_start_a_formula(sample_frame):
    rows = _csv_rows(to_csv(sample_frame))
    region = rows[2]
    # The sources cell is JSON (starts with "["), so the formula-like title is inert there;
    # a text cell that starts with a trigger character gets a leading apostrophe.
    assert json.loads(region["sources"])[0]["title"] == "=1+1 border report"
    frame = sample_frame.copy()
    frame["place"] = ['=HYPERLINK("http://x")', "+1", "@SUM(A1)"]
    frame["as_written"] = ["-2+3", "\tcmd", "\r=1"]
    rows = _csv_rows(to_csv(frame))
    for row in rows:
        for column in ("place", "as_written"):
            assert row[column].startswith("'"), row[column]
    assert rows[0]["place"] == '\'=HYPERLINK("http://x")'
    # Numbers are not text cells: a negative coordinate stays a number.
    frame["lon"] = [-1.5, 2.0, None]
    assert _csv_rows(to_csv(frame))[0]["lon"] == "-1.5"


def test_csv_of_hostile_text_is_literal(hostile_frame):
    rows = _csv_rows(to_csv(hostile_frame))
    for row, text in zip(rows, HOSTILE_TEXTS, strict=True):
        assert row["as_written"] == text
        (source,) = json.loads(row["sources"])
        assert source["title"] == text
        assert source["publisher"] == f"{text} Press"
        assert source["url"] == HOSTILE_URL
        assert (
            json.loads(row["evidence"])[0]["sentence"] == f"Witness said {text} after the strike."
        )
    assert "49" not in "".join(r["as_written"] + r["sources"] for r in rows)


def test_csv_of_empty_frame_is_a_header():
    rows = to_csv(events_to_frame([])).decode("utf-8-sig").splitlines()
    assert len(rows) == 1
    assert rows[0].split(",")[:3] == ["event_id", "article_ids", "place"]


# --- GeoJSON ---------------------------------------------------------------------------


def test_geojson_feature_collection_with_all_fields(sample_frame, sample_events):
    collection = json.loads(to_geojson(sample_frame))
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert len(features) == 3
    kyiv = features[0]
    assert kyiv["id"] == "ev-kyiv"
    assert kyiv["geometry"] == {"type": "Point", "coordinates": [30.52, 50.45]}
    assert set(kyiv["properties"]) == set(_attribute_columns(sample_frame))
    props = kyiv["properties"]
    assert props["weapons"] == ["missile", "drone"]
    assert props["date"] == "2024-05-02"
    assert props["killed"] == 3 and props["injured_at_least"] is True
    assert props["sources"] == [s.to_record() for s in sample_events[0].sources]
    assert props["evidence"] == [e.to_record() for e in sample_events[0].evidence]
    region = features[2]
    assert region["geometry"] is None
    assert region["properties"]["date"] is None and region["properties"]["killed"] is None


def test_geojson_round_trips_through_geopandas(sample_frame):
    back = gpd.read_file(io.BytesIO(to_geojson(sample_frame)))
    assert list(back["event_id"]) == ["ev-kyiv", "ev-saltivskyi", "ev-region"]
    assert back.crs.to_epsg() == 4326
    assert back.geometry.iloc[0].x == pytest.approx(30.52)
    assert back.geometry.iloc[2] is None
    # GDAL reads arrays of objects back as Python lists of dicts.
    assert back["sources"].iloc[1][0]["publisher"] == "Kharkiv News"
    assert list(back["weapons"].iloc[0]) == ["missile", "drone"]


def test_geojson_of_hostile_text_is_literal(hostile_frame):
    data = to_geojson(hostile_frame)
    features = json.loads(data)["features"]
    for feature, text in zip(features, HOSTILE_TEXTS, strict=True):
        props = feature["properties"]
        assert props["as_written"] == text
        assert props["sources"][0]["title"] == text
        assert props["sources"][0]["url"] == HOSTILE_URL
        assert props["evidence"][0]["sentence"] == f"Witness said {text} after the strike."


def test_geojson_of_empty_frame():
    assert json.loads(to_geojson(events_to_frame([]))) == {
        "type": "FeatureCollection",
        "features": [],
    }


# --- GeoPackage ------------------------------------------------------------------------


def test_geopackage_round_trip(sample_frame, sample_events):
    data = to_geopackage(sample_frame)
    assert data[:16] == b"SQLite format 3\x00"
    back = _read_gpkg(data)
    assert set(_attribute_columns(back)) == set(_attribute_columns(sample_frame))
    assert back.crs.to_epsg() == 4326
    assert list(back["event_id"]) == ["ev-kyiv", "ev-saltivskyi", "ev-region"]
    kyiv = back.iloc[0]
    assert json.loads(kyiv["sources"]) == [s.to_record() for s in sample_events[0].sources]
    assert json.loads(kyiv["weapons"]) == ["missile", "drone"]
    assert pd.Timestamp(kyiv["date"]).date().isoformat() == "2024-05-02"
    assert kyiv["killed"] == 3
    assert kyiv.geometry.y == pytest.approx(50.45)
    assert back.geometry.iloc[2] is None
    assert pd.isna(back["date"].iloc[2])


def test_geopackage_of_hostile_text_is_literal(hostile_frame):
    back = _read_gpkg(to_geopackage(hostile_frame))
    assert list(back["as_written"]) == list(HOSTILE_TEXTS)
    titles = [json.loads(s)[0]["title"] for s in back["sources"]]
    assert titles == list(HOSTILE_TEXTS)


def test_geopackage_of_empty_frame():
    back = _read_gpkg(to_geopackage(events_to_frame([])))
    assert len(back) == 0
    assert "sources" in back.columns


def test_geopackage_needs_a_geodataframe(sample_frame):
    with pytest.raises(TypeError, match="GeoDataFrame"):
        to_geopackage(pd.DataFrame(sample_frame.drop(columns="geometry")))
