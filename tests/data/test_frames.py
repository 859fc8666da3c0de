"""The events GeoDataFrame: columns, types, geometry, empty input."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date

import pandas as pd
from datafactories import KHARKIV, KYIV, article, event
from strikemap.frames import COLUMNS, events_to_frame, oblast_of
from strikemap.models import Event


def _events():
    a = article("a", date(2024, 1, 2))
    sumy = {
        "place": "Sumy Oblast",
        "place_id": "sumy-obl",
        "lat": 50.9,
        "lon": 34.8,
        "parent": "Ukraine",
    }
    return [
        event(a, KHARKIV, date(2024, 1, 2), killed=2, injured=5, weapons=["missile", "drone"]),
        event(a, KYIV, None, injured=3, lat=None, lon=None),
        event(a, sumy, date(2024, 1, 1), level="region"),
    ]


def test_columns_and_types():
    frame = events_to_frame(_events())
    assert list(frame.columns) == list(COLUMNS)
    assert {f.name for f in fields(Event)} <= set(frame.columns)
    assert frame.crs.to_epsg() == 4326
    assert str(frame["date"].dtype) == "datetime64[ns]"
    assert frame["date"].iloc[0] == pd.Timestamp("2024-01-02")
    assert pd.isna(frame["date"].iloc[1])
    for column in ("killed", "injured", "casualties"):
        assert str(frame[column].dtype) == "Int64"
    assert frame["killed"].iloc[0] == 2 and pd.isna(frame["killed"].iloc[1])
    assert frame["casualties"].tolist()[:2] == [7, 3]
    assert frame["weapons"].iloc[0] == ["missile", "drone"]
    assert frame["article_ids"].iloc[0] == ["a"]
    assert frame["evidence"].iloc[0][0] == {"article_id": "a", "sentence": "Kharkiv was hit (a)."}
    assert frame["sources"].iloc[0][0]["published"] == "2024-01-02"
    assert frame["disputed"].iloc[0] == []
    assert frame["parent"].iloc[1] == "Kyiv"
    assert frame["as_written"].iloc[0] is None


def test_geometry_points_and_missing_coordinates():
    frame = events_to_frame(_events())
    point = frame.geometry.iloc[0]
    assert (point.x, point.y) == (KHARKIV["lon"], KHARKIV["lat"])
    assert frame.geometry.iloc[1] is None


def test_oblast_column():
    frame = events_to_frame(_events())
    assert frame["oblast"].iloc[0] == "Kharkiv Oblast"
    assert frame["oblast"].iloc[2] == "Sumy Oblast"


def test_oblast_of_levels():
    a = article("a", None)
    names = {"UA-63": "Kharkiv Oblast"}
    city = event(a, {**KHARKIV, "iso_region": None}, None)
    district = event(
        a, {**KHARKIV, "place": "Saltivskyi", "parent": "Kharkiv"}, None, level="district"
    )
    assert oblast_of(city, names) == "Kharkiv Oblast"  # a city's parent is its oblast
    assert oblast_of(district, names) == "Kharkiv Oblast"  # through the ISO region code
    assert oblast_of(district.copy(iso_region=None), names) is None  # never the city name
    assert oblast_of(city.copy(level="country", place="Ukraine"), names) is None


def test_empty_input_gives_the_same_columns_and_types():
    empty = events_to_frame([])
    full = events_to_frame(_events())
    assert len(empty) == 0
    assert list(empty.columns) == list(full.columns)
    assert (empty.dtypes == full.dtypes).all()
    assert empty.crs == full.crs


def test_records_give_the_frame_of_their_events():
    from strikemap.frames import records_to_frame

    events = _events()
    records = [json.loads(json.dumps(e.to_record())) for e in events]  # as stored
    frame = records_to_frame(records)
    pd.testing.assert_frame_equal(frame, events_to_frame(events))
    assert frame["casualties"].tolist()[:2] == [7, 3]
    assert pd.isna(frame["casualties"].iloc[2])
    assert frame["date_flag"].tolist() == [None, None, None]


def test_records_of_an_older_version_get_the_defaults_of_missing_fields():
    from strikemap.frames import records_to_frame

    record = {
        "event_id": "old-1",
        "article_id": "a",  # one article id, no list
        "place": "Kharkiv",
        "level": "city",
        "country": "UA",
        "lat": 50,  # an integer in JSON
        "lon": 36.25,
        "date": "2024-01-05T00:00:00",
        "sources": [{"article_id": "a", "published": "2024-01-02T08:00:00"}],
    }
    frame = records_to_frame([record])
    row = frame.iloc[0]
    assert row["article_ids"] == ["a"]
    assert row["weapons"] == ["unknown"] and row["models"] == []
    assert row["confidence"] == 0.5 and row["primary"] and not row["interception_debris"]
    assert row["date"] == pd.Timestamp("2024-01-05") and row["lat"] == 50.0
    assert row["sources"] == [
        {
            "article_id": "a",
            "title": None,
            "publisher": None,
            "url": None,
            "published": "2024-01-02",
        }
    ]
    # Dated three days after its only report was published.
    assert row["date_flag"] == "after_publication"
    assert pd.isna(row["casualties"])


def test_bidi_controls_in_records_are_isolated():
    from strikemap.frames import records_to_frame

    a = article("a", date(2024, 1, 2))
    rlo = "\u202e"
    record = event(a, {**KHARKIV, "place": f"{rlo}Kharkiv"}, date(2024, 1, 2)).to_record()
    record["evidence"] = [{"article_id": "a", "sentence": f"{rlo}hit"}]
    row = records_to_frame([record]).iloc[0]
    assert row["place"] == f"\u2068{rlo}Kharkiv\u2069"
    assert row["evidence"] == [{"article_id": "a", "sentence": f"\u2068{rlo}hit\u2069"}]
