"""The dashboard's filters pushed down into SQL, on both backends.

Five strikes (the app tests' events) with distinct dates, weapons, casualties,
attackers, countries, levels and publishers: each filter's expected places are
written out by hand, and every case must also agree with the pandas filters
(:func:`strikemap.filters.apply_filters`) the app used before.
"""

from __future__ import annotations

from datetime import date

import pytest
from app.conftest import make_events
from strikemap.filters import FilterState, apply_filters
from strikemap.frames import events_to_frame
from strikemap.store import EventStore

ALL = {"Kyiv", "Pecherskyi District", "Kharkiv", "Belgorod", "Zaporizhzhia Oblast"}

CASES = [
    (FilterState(), ALL),
    (FilterState(quick="24h"), {"Kyiv"}),
    (FilterState(quick="7d"), {"Kyiv", "Pecherskyi District", "Kharkiv", "Belgorod"}),
    (
        FilterState(quick=None, date_from=date(2023, 12, 31)),
        {"Kyiv", "Pecherskyi District", "Kharkiv"},
    ),
    (FilterState(quick=None, date_to=date(2023, 12, 30)), {"Belgorod", "Zaporizhzhia Oblast"}),
    (FilterState(weapons=("missile",)), {"Kyiv", "Belgorod"}),
    (FilterState(weapons=("drone", "glide_bomb")), {"Pecherskyi District", "Kharkiv"}),
    (FilterState(weapons=("air_strike",)), set()),
    (FilterState(killed=(1, None)), {"Kyiv", "Belgorod", "Pecherskyi District", "Kharkiv"}),
    (
        FilterState(killed=(1, None), include_unknown_casualties=False),
        {"Kyiv", "Belgorod"},
    ),
    (FilterState(killed=(0, 0)), {"Zaporizhzhia Oblast", "Pecherskyi District", "Kharkiv"}),
    (FilterState(injured=(50, 100), include_unknown_casualties=False), {"Kyiv"}),
    (FilterState(include_unknown_casualties=False), ALL - {"Kharkiv"}),
    (FilterState(attackers=("UA",)), {"Belgorod"}),
    (FilterState(attackers=("unknown",)), {"Kharkiv"}),
    (FilterState(attackers=("UA", "unknown")), {"Belgorod", "Kharkiv"}),
    (FilterState(countries=("RU",)), {"Belgorod"}),
    (FilterState(oblasts=("Kharkiv Oblast",)), {"Kharkiv"}),
    (FilterState(sources=("Reuters",)), {"Kharkiv", "Zaporizhzhia Oblast"}),
    (FilterState(sources=("TASS", "Kyiv Independent")), {"Belgorod", "Kyiv"}),
    (FilterState(levels=("district", "region")), {"Pecherskyi District", "Zaporizhzhia Oblast"}),
    (FilterState(text="pechersk"), {"Pecherskyi District"}),
    (FilterState(text="SCHOOL"), {"Kharkiv"}),
    (FilterState(text="rush hour"), {"Kyiv"}),
    (FilterState(text="hour rush"), set()),
    (FilterState(text="kyiv"), {"Kyiv", "Pecherskyi District"}),
    (FilterState(text="50% off_"), set()),
    (
        FilterState(weapons=("missile", "artillery"), countries=("UA",), killed=(0, 10)),
        {"Kyiv", "Zaporizhzhia Oblast"},
    ),
]


@pytest.fixture
def store(store_url):
    with EventStore(store_url) as s:
        for article, events in make_events():
            s.add(article, events)
        yield s


def _places(events) -> set[str]:
    return {e.place for e in events}


@pytest.mark.parametrize(("state", "expected"), CASES)
def test_filters_in_sql(store, state, expected):
    assert _places(store.query(state)) == expected
    frame = events_to_frame(store.events())
    assert set(apply_filters(frame, state)["place"]) == expected
    assert store.count_events(state) == len(expected)


def test_bounding_box_keeps_what_lies_inside(store):
    kyiv = (50.3, 30.3, 50.6, 30.7)  # south, west, north, east
    assert _places(store.query(bbox=kyiv)) == {"Kyiv", "Pecherskyi District"}
    east = (47.0, 35.0, 51.0, 37.0)
    assert _places(store.query(bbox=east)) == {"Kharkiv", "Belgorod", "Zaporizhzhia Oblast"}
    assert _places(store.query(FilterState(countries=("UA",)), bbox=east)) == {
        "Kharkiv",
        "Zaporizhzhia Oblast",
    }
    assert store.query(bbox=(10.0, 10.0, 11.0, 11.0)) == []


def test_reads_are_ordered_by_day_and_limited(store):
    assert [e.place for e in store.query()] == [
        "Zaporizhzhia Oblast",
        "Belgorod",
        "Kharkiv",
        "Pecherskyi District",
        "Kyiv",
    ]
    assert [e.place for e in store.query(limit=2)] == ["Zaporizhzhia Oblast", "Belgorod"]
    assert [e.place for e in store.query(limit=2, newest=True)] == ["Pecherskyi District", "Kyiv"]


def test_newest_day_and_filter_options(store):
    assert store.newest_date() == date(2024, 1, 2)
    assert store.filter_options() == {
        "weapons": ["artillery", "drone", "glide_bomb", "missile"],
        "attackers": ["RU", "UA", "unknown"],
        "countries": ["RU", "UA"],
        "oblasts": ["Belgorod Oblast", "Kharkiv Oblast", "Kyiv City", "Zaporizhzhia Oblast"],
        "sources": ["Kyiv Independent", "Reuters", "TASS", "Ukrainska Pravda"],
        "levels": ["city", "district", "region"],
    }


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        # A short range: the box is checked through the (date, lat, lon) indexes.
        (
            FilterState(quick=None, date_from=date(2023, 12, 30), date_to=date(2024, 1, 2)),
            {
                "Kharkiv",
                "Belgorod",
            },
        ),
        (
            FilterState(
                quick=None,
                date_from=date(2023, 12, 1),
                date_to=date(2024, 1, 2),
                weapons=("missile", "artillery"),
            ),
            {"Belgorod", "Zaporizhzhia Oblast"},
        ),
        (FilterState(quick="7d", weapons=("glide_bomb",)), {"Kharkiv"}),
        # Longer than SHORT_SPAN_DAYS, or open-ended: through the spatial index.
        (
            FilterState(quick=None, date_from=date(2020, 1, 1), date_to=date(2024, 1, 2)),
            {
                "Kharkiv",
                "Belgorod",
                "Zaporizhzhia Oblast",
            },
        ),
        (FilterState(quick=None, date_from=date(2023, 12, 31)), {"Kharkiv"}),
        (
            FilterState(quick=None, date_to=date(2023, 12, 30), weapons=("artillery",)),
            {
                "Belgorod",
                "Zaporizhzhia Oblast",
            },
        ),
    ],
)
def test_the_box_with_dates_and_weapons(store, state, expected):
    east = (47.0, 35.0, 51.0, 37.0)
    assert _places(store.query(state, bbox=east)) == expected
    assert store.count_events(state, bbox=east) == len(expected)
