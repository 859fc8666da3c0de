"""Public-link mode at the data layer: fresh events held back, locations coarsened."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from datafactories import KHARKIV, KYIV, article, event
from strikemap.filters import FilterState
from strikemap.store import EventStore, Publication, PublicationError, StoreError

PECHERSKYI = {
    "place": "Pecherskyi",
    "place_id": "district:kyiv:pecherskyi",
    "lat": 50.4266,
    "lon": 30.5567,
    "parent": "Kyiv",
}


def _fill(url: str, today: date) -> None:
    with EventStore(url) as store:
        for name, place, day, level in (
            ("today", KYIV, today, "city"),
            ("yesterday", KHARKIV, today - timedelta(days=1), "city"),
            ("three-days", KHARKIV, today - timedelta(days=3), "city"),
            ("district", PECHERSKYI, today - timedelta(days=5), "district"),
            ("undated", KYIV, None, "city"),
        ):
            a = article(name, today)
            store.add(a, [event(a, place, day, level=level)])


@pytest.fixture
def today() -> date:
    return datetime.now(UTC).date()


def test_without_a_policy_everything_is_shown_exactly(store_url, today):
    _fill(store_url, today)
    with EventStore(store_url, publication=Publication()) as store:
        assert store.count_events() == 5
        district = next(e for e in store.events() if e.level == "district")
        assert (district.place, district.lat, district.lon) == ("Pecherskyi", 50.4266, 30.5567)
        assert store.publication.describe() == ""


def test_delay_hides_fresh_and_undated_events(store_url, today):
    _fill(store_url, today)
    with EventStore(store_url, publication=Publication(delay_hours=48)) as store:
        shown = {(e.place, e.date) for e in store.events()}
        assert shown == {
            ("Kharkiv", today - timedelta(days=3)),
            ("Pecherskyi", today - timedelta(days=5)),
        }
        assert store.count_events() == 2
        assert store.newest_date() == today - timedelta(days=3)
        # The quick range counts back from the newest event shown.
        assert len(store.query(FilterState(quick="24h"))) == 1
        assert "events of the last 48 hours are held back" in store.publication.describe()


def test_precision_cap_rounds_and_moves_districts_to_their_city(store_url, today):
    _fill(store_url, today)
    with EventStore(store_url, publication=Publication(precision_km=1)) as store:
        moved = [e for e in store.events() if e.date == today - timedelta(days=5)]
        assert [(e.place, e.level) for e in moved] == [("Kyiv", "city")]
        # Kyiv's centre (50.4547, 30.5238) on the 1 km grid (multiples of 1/111.32 degree).
        assert abs(moved[0].lat - 50.4547) < 0.0045 and abs(moved[0].lon - 30.5238) < 0.0045
        for e in store.events():
            if e.lat is not None:
                assert abs(e.lat * 111.32 - round(e.lat * 111.32)) < 1e-3
                assert abs(e.lon * 111.32 - round(e.lon * 111.32)) < 1e-3
        assert "district" not in store.filter_options()["levels"]


def test_settings_come_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_PUBLIC_DELAY_HOURS", "72")
    with EventStore(str(tmp_path / "s.sqlite")) as store:
        assert store.publication == Publication(delay_hours=72)
    monkeypatch.setenv("STRIKEMAP_PUBLIC_PRECISION_KM", "-1")
    with pytest.raises(StoreError, match="STRIKEMAP_PUBLIC_PRECISION_KM must be a positive"):
        EventStore(str(tmp_path / "s.sqlite"))
    with pytest.raises(PublicationError):
        Publication.from_settings({"STRIKEMAP_PUBLIC_DELAY_HOURS": "soon"}.get)
