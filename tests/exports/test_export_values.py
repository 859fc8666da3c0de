"""Export values one by one: what a spreadsheet or GIS user finds in each cell.

Inputs are small frames and values written here; every expected cell, property and
byte is written out by hand.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point
from strikemap.exports.tabular import (
    CUT_MARK,
    EXCEL_CELL_CHARS,
    _geometry_of,
    _gpkg_frame,
    geojson_features,
    plain_value,
    to_csv,
    to_geojson,
)

# --- plain values --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "plain"),
    [
        (None, None),
        (pd.NA, None),
        (pd.NaT, None),
        (float("nan"), None),
        (np.float32("nan"), None),
        (pd.Timestamp("2024-03-01 23:30"), "2024-03-01"),
        (datetime(2024, 3, 1, 0, 15), "2024-03-01"),
        (date(2024, 2, 29), "2024-02-29"),
        ("Kyiv\u202e", "Kyiv"),
        ("\u2066Харків\u2069", "Харків"),
        ("plain", "plain"),
    ],
)
def test_a_cell_becomes_the_value_a_reader_expects(value, plain):
    assert plain_value(value) == plain


@pytest.mark.parametrize(
    ("value", "plain", "kind"),
    [
        (np.bool_(True), True, bool),
        (np.bool_(False), False, bool),
        (np.int64(7), 7, int),
        (np.int32(-2), -2, int),
        (np.float64(2.5), 2.5, float),
        (np.float32(0.5), 0.5, float),
        (3, 3, int),
        (1.25, 1.25, float),
    ],
)
def test_numpy_numbers_and_flags_become_plain_python(value, plain, kind):
    got = plain_value(value)
    assert got == plain
    assert type(got) is kind


def test_nested_values_become_lists_and_dicts_with_text_keys():
    value = {"a": np.int64(3), 1: (pd.NA, np.array([np.int64(1), np.int64(2)]))}
    assert plain_value(value) == {"a": 3, "1": [None, [1, 2]]}
    assert plain_value([{"day": date(2024, 1, 2)}]) == [{"day": "2024-01-02"}]


def test_a_value_of_another_kind_is_kept_as_it_is():
    marker = object()
    assert plain_value(marker) is marker


# --- CSV cells -----------------------------------------------------------------------


def csv_text(**columns) -> str:
    """The CSV of a one-row table with these columns, BOM removed."""
    frame = pd.DataFrame({name: [value] for name, value in columns.items()})
    return to_csv(frame).decode("utf-8-sig")


def csv_cell(**columns) -> str:
    """The first cell of that table's one row, as a spreadsheet reads it."""
    return next(csv.reader(io.StringIO(csv_text(**columns).split("\r\n", 1)[1])))[0]


def test_csv_is_utf8_with_a_byte_order_mark_and_windows_line_ends():
    frame = pd.DataFrame({"place": ["Київ", "Lviv"], "killed": [3, 0]})
    assert to_csv(frame) == "\ufeffplace,killed\r\nКиїв,3\r\nLviv,0\r\n".encode()


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (None, ""),
        (True, "true"),
        (False, "false"),
        (np.bool_(True), "true"),
        (-30.5, "-30.5"),
        (np.int64(-4), "-4"),
        (["drone", None, "missile"], "drone; ; missile"),
        ([], ""),
    ],
)
def test_a_csv_cell_of_each_kind(value, cell):
    frame = pd.DataFrame({"x": [None], "place": ["Kyiv"]}, dtype=object)
    frame.at[0, "x"] = value
    assert to_csv(frame).decode("utf-8-sig") == f"x,place\r\n{cell},Kyiv\r\n"


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"])
def test_a_csv_text_cell_starting_with_a_formula_character_is_quoted(trigger):
    frame = pd.DataFrame({"title": [f"{trigger}cmd"]})
    row = to_csv(frame).decode("utf-8-sig").split("\r\n")[1]
    # The csv module quotes a cell holding a carriage return; the apostrophe comes first.
    assert row in (f"'{trigger}cmd", f'"\'{trigger}cmd"')


def test_a_formula_character_inside_a_cell_is_not_quoted():
    assert csv_text(title="a=b", note="5-3") == "title,note\r\na=b,5-3\r\n"


def test_record_cells_are_json_with_readable_text():
    frame = pd.DataFrame({"sources": [None], "meta": [None]}, dtype=object)
    frame.at[0, "sources"] = [{"publisher": "Суспільне", "n": np.int64(1)}]
    frame.at[0, "meta"] = {"k": "=x"}
    text = to_csv(frame).decode("utf-8-sig")
    assert (
        text == 'sources,meta\r\n"[{""publisher"": ""Суспільне"", ""n"": 1}]","{""k"": ""=x""}"\r\n'
    )


def test_a_list_mixing_text_and_a_record_is_json():
    frame = pd.DataFrame({"x": [None]}, dtype=object)
    frame.at[0, "x"] = ["a", {"b": 1}]
    assert to_csv(frame).decode("utf-8-sig") == 'x\r\n"[""a"", {""b"": 1}]"\r\n'


def test_a_cell_of_exactly_excels_limit_is_kept_whole():
    text = "k" * EXCEL_CELL_CHARS
    assert csv_text(evidence=text) == f"evidence\r\n{text}\r\n"


def test_a_cell_one_character_over_excels_limit_is_cut_and_says_so():
    text = "k" * (EXCEL_CELL_CHARS + 1)
    cell = csv_cell(evidence=text)
    assert len(cell) == 32_767
    assert cell.endswith(" [cut: over Excel's 32,767-character cell limit]")
    assert cell == "k" * (32_767 - len(CUT_MARK)) + CUT_MARK


def test_a_quoted_formula_cell_over_the_limit_is_cut_to_the_limit():
    cell = csv_cell(evidence="=" + "k" * EXCEL_CELL_CHARS)
    assert len(cell) == 32_767
    assert cell.startswith("'=kkk")


def test_the_geometry_column_is_not_a_csv_column():
    frame = gpd.GeoDataFrame({"place": ["Kyiv"]}, geometry=[Point(30.52, 50.45)], crs=4326)
    assert to_csv(frame).decode("utf-8-sig") == "place\r\nKyiv\r\n"


# --- GeoJSON --------------------------------------------------------------------------


def test_a_feature_carries_its_event_id_point_and_plain_properties():
    frame = gpd.GeoDataFrame(
        {
            "event_id": ["ev-1"],
            "killed": pd.array([2], dtype="Int64"),
            "date": [pd.Timestamp("2024-05-02")],
        },
        geometry=[Point(30.5, 50.25)],
        crs=4326,
    )
    assert geojson_features(frame) == [
        {
            "type": "Feature",
            "id": "ev-1",
            "geometry": {"type": "Point", "coordinates": (30.5, 50.25)},
            "properties": {"event_id": "ev-1", "killed": 2, "date": "2024-05-02"},
        }
    ]


def test_a_feature_without_an_event_id_has_no_id_and_an_empty_point_no_geometry():
    frame = gpd.GeoDataFrame(
        {"event_id": [None, "ev-2"], "place": ["Kyiv", "Sumy"]},
        geometry=[Point(30.5, 50.25), Point()],
        crs=4326,
    )
    first, second = geojson_features(frame)
    assert "id" not in first
    assert first["geometry"] == {"type": "Point", "coordinates": (30.5, 50.25)}
    assert second["id"] == "ev-2"
    assert second["geometry"] is None
    assert second["properties"] == {"event_id": "ev-2", "place": "Sumy"}


@pytest.mark.parametrize("missing", [None, float("nan"), Point()], ids=["none", "nan", "empty"])
def test_a_missing_geometry_is_a_null_geojson_geometry(missing):
    assert _geometry_of(missing) is None


def test_geojson_coordinates_are_longitude_and_latitude_in_wgs84():
    """A point stored in Web Mercator is written in degrees (RFC 7946)."""
    # x = 6378137 m * pi / 6 is longitude 30 degrees; y = 0 is the equator.
    frame = gpd.GeoDataFrame(
        {"event_id": ["ev-1"]}, geometry=[Point(3339584.723798207, 0.0)], crs=3857
    )
    (feature,) = geojson_features(frame)
    lon, lat = feature["geometry"]["coordinates"]
    assert lon == pytest.approx(30.0)
    assert lat == pytest.approx(0.0)


def test_geojson_file_is_a_feature_collection_with_readable_text():
    frame = gpd.GeoDataFrame({"place": ["Київ"]}, geometry=[Point(30.5, 50.25)], crs=4326)
    assert (
        to_geojson(frame)
        == (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", '
            '"geometry": {"type": "Point", "coordinates": [30.5, 50.25]}, '
            '"properties": {"place": "Київ"}}]}'
        ).encode()
    )


# --- GeoPackage columns -----------------------------------------------------------------


def test_geopackage_columns_hold_json_text_for_lists_and_plain_values_otherwise():
    frame = gpd.GeoDataFrame(
        {
            "weapons": [["drone", "missile"], None],
            "sources": [[{"publisher": "Суспільне"}], []],
            "place": ["Kyiv\u202e", "Sumy"],
            "note": [None, None],
            "killed": [1, 2],
        },
        geometry=[Point(30.5, 50.25), Point(34.8, 50.9)],
        crs=4326,
    )
    out = _gpkg_frame(frame)
    assert out["weapons"].iloc[0] == '["drone", "missile"]'
    assert pd.isna(out["weapons"].iloc[1])
    assert list(out["sources"]) == ['[{"publisher": "Суспільне"}]', "[]"]
    assert list(out["place"]) == ["Kyiv", "Sumy"]
    assert str(out["note"].dtype) == "string"
    assert out["note"].isna().all()
    assert list(out["killed"]) == [1, 2]
    assert out["killed"].dtype == np.int64
    # The frame given is left as it was.
    assert frame["weapons"].iloc[0] == ["drone", "missile"]
    assert json.loads(out["sources"].iloc[0]) == [{"publisher": "Суспільне"}]
