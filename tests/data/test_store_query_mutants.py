"""Edges of the store's SQL filters that the mutation run of ``store.query`` found untested.

Each test states what the map shows for a hand-made store: a range's lower end,
publishers whose names hold LIKE wildcards, a box whose edge passes exactly
through an event (or a hair beside it), a box far from Ukraine, undated events
in the order of reads, and a server whose default text search language is not
the store's. The expected places are written by hand.
"""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from app.conftest import make_events
from datafactories import article, event
from strikemap.filters import FilterState
from strikemap.store import EventStore
from strikemap.store.query import EventQuery, conditions
from strikemap.store.schema import merged

MAY1 = date(2024, 5, 1)
MAY2 = date(2024, 5, 2)


@pytest.fixture
def five(store_url):
    """The app tests' five strikes (Kyiv, Pechersk, Kharkiv, Belgorod, Zaporizhzhia)."""
    with EventStore(store_url) as store:
        for art, events in make_events():
            store.add(art, events)
        yield store


def _places(events) -> set[str]:
    return {e.place for e in events}


def _strike(store, article_id, place, lat, lon, day=MAY2, publisher=None) -> None:
    art = article(article_id, day, source=publisher)
    store.add(art, [event(art, {"place": place, "lat": lat, "lon": lon}, day)])


def test_an_open_casualty_range_keeps_the_event_at_its_lower_end(five):
    # Kyiv: 4 killed, 92 injured; Belgorod: 25 killed, 109 injured.
    known = {"include_unknown_casualties": False}
    assert _places(five.query(FilterState(killed=(4, None), **known))) == {"Kyiv", "Belgorod"}
    assert _places(five.query(FilterState(killed=(5, None), **known))) == {"Belgorod"}
    assert _places(five.query(FilterState(injured=(92, None), **known))) == {"Kyiv", "Belgorod"}


def test_an_injured_range_keeps_events_of_unknown_injured_when_asked(five):
    # Kharkiv has no figures at all; Pechersk 2 injured, Zaporizhzhia 1.
    assert _places(five.query(FilterState(injured=(50, None)))) == {"Kyiv", "Belgorod", "Kharkiv"}


def test_leaving_out_unknown_figures_keeps_a_toll_without_an_injured_figure(store_url):
    with EventStore(store_url) as store:
        art = article("a1", MAY2)
        store.add(art, [event(art, {"place": "Sumy", "lat": 50.9, "lon": 34.8}, MAY2, killed=3)])
        art = article("a2", MAY2)
        store.add(art, [event(art, {"place": "Lviv", "lat": 49.8, "lon": 24.0}, MAY2)])
        state = FilterState(include_unknown_casualties=False)
        assert _places(store.query(state)) == {"Sumy"}
        assert _places(store.query(FilterState())) == {"Sumy", "Lviv"}


@pytest.mark.parametrize(
    ("publisher", "expected"),
    [
        ("News_24", {"Sumy"}),  # "_" is no wildcard: NewsX24 is another outlet
        ("100% Radio", {"Poltava"}),  # "%" is no wildcard: "100 FM Radio" is another
        ("Feeds\\UA", {"Odesa"}),  # a backslash is the publisher's own character
        ("FeedsUA", {"Lviv"}),
    ],
)
def test_a_publisher_with_wildcard_characters_selects_only_itself(store_url, publisher, expected):
    with EventStore(store_url) as store:
        _strike(store, "a1", "Sumy", 50.9, 34.8, publisher="News_24")
        _strike(store, "a2", "Kherson", 46.6, 32.6, publisher="NewsX24")
        _strike(store, "a3", "Poltava", 49.6, 34.5, publisher="100% Radio")
        _strike(store, "a4", "Dnipro", 48.5, 35.0, publisher="100 FM Radio")
        _strike(store, "a5", "Odesa", 46.5, 30.7, publisher="Feeds\\UA")
        _strike(store, "a6", "Lviv", 49.8, 24.0, publisher="FeedsUA")
        assert _places(store.query(FilterState(sources=(publisher,)))) == expected
        assert store.count_events(FilterState(sources=(publisher,))) == len(expected)


def test_a_box_over_a_short_date_range_checks_latitude_too(five):
    # Longitudes 30-37 hold all five; latitudes 49-50 only Kharkiv (49.99).
    days = FilterState(quick=None, date_from=date(2023, 12, 30), date_to=date(2024, 1, 2))
    assert _places(five.query(days, bbox=(49.0, 30.0, 50.0, 37.0))) == {"Kharkiv"}
    assert five.count_events(days, bbox=(49.0, 30.0, 50.0, 37.0)) == 1


@pytest.mark.parametrize(
    "state",
    [
        FilterState(),
        # A long date range: the spatial index then checks membership only.
        FilterState(quick=None, date_from=date(2020, 1, 1), date_to=date(2024, 1, 2)),
    ],
)
def test_a_box_whose_edges_pass_through_an_event_keeps_it(five, state):
    # Zaporizhzhia Oblast lies at exactly 47.5 N, 35.5 E: the box is that one point.
    assert _places(five.query(state, bbox=(47.5, 35.5, 47.5, 35.5))) == {"Zaporizhzhia Oblast"}
    # Each edge in turn through the point, the rest of the box beside it.
    assert _places(five.query(state, bbox=(47.5, 35.0, 48.0, 36.0))) == {"Zaporizhzhia Oblast"}
    assert _places(five.query(state, bbox=(47.0, 35.0, 47.5, 36.0))) == {"Zaporizhzhia Oblast"}
    assert _places(five.query(state, bbox=(47.0, 35.5, 48.0, 36.0))) == {"Zaporizhzhia Oblast"}
    assert _places(five.query(state, bbox=(47.0, 35.0, 48.0, 35.5))) == {"Zaporizhzhia Oblast"}


def test_an_event_a_hair_outside_the_box_is_left_out(store_url):
    """50.5000001 N rounds to 50.5 in the spatial indexes' single-precision boxes."""
    with EventStore(store_url) as store:
        _strike(store, "a1", "Edge", 50.5000001, 30.5)
        _strike(store, "a2", "Inside", 50.4, 30.5)
        box = (50.0, 30.0, 50.5, 31.0)
        assert _places(store.query(bbox=box)) == {"Inside"}
        assert _places(store.query(bbox=(50.0, 30.0, 50.5000001, 31.0))) == {"Edge", "Inside"}
        east = (50.0, 30.0, 51.0, 30.5)  # the same hair east of the box's east edge
        _strike(store, "a3", "East", 50.2, 30.5000001)
        assert _places(store.query(bbox=east)) == {"Edge", "Inside"}


def test_a_box_far_east_of_ukraine_finds_the_strike_there(store_url):
    # Tbilisi lies east of its own latitude (44.8 E, 41.7 N), unlike any Ukrainian place.
    with EventStore(store_url) as store:
        _strike(store, "a1", "Tbilisi", 41.7, 44.8)
        _strike(store, "a2", "Kyiv", 50.45, 30.52)
        assert _places(store.query(bbox=(41.7, 44.8, 41.7, 44.8))) == {"Tbilisi"}
        assert _places(store.query(bbox=(41.0, 44.0, 42.0, 45.0))) == {"Tbilisi"}


def test_undated_events_come_after_the_dated_ones_and_a_newest_limit_skips_them(store_url):
    with EventStore(store_url) as store:
        _strike(store, "a1", "Sumy", 50.9, 34.8, day=MAY1)
        _strike(store, "a2", "Kherson", 46.6, 32.6, day=MAY2)
        _strike(store, "a3", "Odesa", 46.5, 30.7, day=None)
        assert [e.place for e in store.query()] == ["Sumy", "Kherson", "Odesa"]
        assert [e.place for e in store.query(limit=2)] == ["Sumy", "Kherson"]
        assert [e.place for e in store.query(limit=2, newest=True)] == ["Sumy", "Kherson"]
        assert [e.place for e in store.query(limit=1, newest=True)] == ["Kherson"]


def test_the_text_search_ignores_the_servers_default_search_language(postgres):
    """With English as the database default, "the" would be a stop word matching nothing."""
    url = postgres.new_database()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        name = conn.execute(sa.text("SELECT current_database()")).scalar()
        conn.execute(
            sa.text(f"ALTER DATABASE \"{name}\" SET default_text_search_config = 'english'")
        )
    engine.dispose()
    with EventStore(url) as store:
        for art, events in make_events():
            store.add(art, events)
        # "...struck Kyiv during the morning rush hour", "...fell in the Pecherskyi district"
        assert _places(store.query(FilterState(text="the"))) == {"Kyiv", "Pecherskyi District"}
        assert _places(store.query(FilterState(text="bombs"))) == {"Kharkiv"}


def test_a_search_matches_the_start_of_words_not_their_middle(five):
    # "Kharkiv" holds "arkiv" but no word starts with it; "artillery" starts with "art".
    assert _places(five.query(FilterState(text="arkiv"))) == set()
    assert _places(five.query(FilterState(text="art"))) == {"Zaporizhzhia Oblast"}


def test_an_event_dated_before_the_war_is_shown_only_when_asked(store_url):
    with EventStore(store_url) as store:
        art = article("a1", MAY2)
        store.add(
            art,
            [
                event(art, {"place": "Sumy", "lat": 50.9, "lon": 34.8}, MAY2),
                event(art, {"place": "Kursk", "lat": 51.7, "lon": 36.2}, date(1944, 6, 22)),
            ],
        )
        hidden = FilterState(include_implausible_dates=False)
        assert _places(store.query(hidden)) == {"Sumy"}
        assert _places(store.query(FilterState(include_implausible_dates=True))) == {
            "Sumy",
            "Kursk",
        }


def test_events_held_back_from_a_day_leave_out_that_day(store_url):
    with EventStore(store_url) as store:
        _strike(store, "a1", "Sumy", 50.9, 34.8, day=MAY1)
        _strike(store, "a2", "Kherson", 46.6, 32.6, day=MAY2)
        _strike(store, "a3", "Odesa", 46.5, 30.7, day=None)
        ukraine = (44.0, 22.0, 53.0, 41.0)
        until_may2 = FilterState(quick=None, date_to=MAY2)
        for held in (
            EventQuery(held_back_from=MAY2),
            EventQuery(bbox=ukraine, held_back_from=MAY2),
            EventQuery(until_may2, bbox=ukraine, held_back_from=MAY2),
        ):
            where = conditions(store.engine.dialect.name, held, None)
            with store.engine.connect() as conn:
                places = conn.execute(sa.select(merged.c.place).where(*where)).scalars().all()
            assert places == ["Sumy"]


def test_an_empty_store_answers_a_last_week_query_within_a_box(store_url):
    with EventStore(store_url) as store:
        assert store.query(FilterState(quick="7d"), bbox=(44.0, 22.0, 53.0, 41.0)) == []
        assert store.count_events(FilterState(quick="7d"), bbox=(44.0, 22.0, 53.0, 41.0)) == 0
