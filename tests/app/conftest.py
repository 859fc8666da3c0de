"""A store with known events for the dashboard tests, and an AppTest factory.

The events are built here rather than extracted, so the app tests check the
dashboard and not the extractor: five strikes with distinct dates, weapons,
casualties, attackers, countries, levels and publishers, so each filter has a
different answer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from strikemap.models import Article, Event, Evidence
from strikemap.store import EventStore
from strikemap.ui.first_run import STARTED_KEY

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"

# (event id, place, level, parent, iso_region, country, lat, lon, day, weapons, killed,
#  injured, attacker, publisher, evidence)
EVENTS = (
    (
        "kyiv",
        "Kyiv",
        "city",
        "Kyiv",
        "UA-30",
        "UA",
        50.4501,
        30.5234,
        date(2024, 1, 2),
        ["missile"],
        4,
        92,
        "RU",
        "Kyiv Independent",
        "Russian missiles struck Kyiv during the morning rush hour.",
    ),
    (
        "pechersk",
        "Pecherskyi District",
        "district",
        "Kyiv",
        "UA-30",
        "UA",
        50.4266,
        30.5567,
        date(2024, 1, 1),
        ["drone"],
        None,
        2,
        "RU",
        "Ukrainska Pravda",
        "Drone debris fell in the Pecherskyi district.",
    ),
    (
        "kharkiv",
        "Kharkiv",
        "city",
        "Kharkiv Oblast",
        "UA-63",
        "UA",
        49.9935,
        36.2304,
        date(2023, 12, 31),
        ["glide_bomb"],
        None,
        None,
        None,
        "Reuters",
        "Glide bombs hit a school in Kharkiv.",
    ),
    (
        "belgorod",
        "Belgorod",
        "city",
        "Belgorod Oblast",
        "RU-BEL",
        "RU",
        50.5954,
        36.5873,
        date(2023, 12, 30),
        ["missile", "artillery"],
        25,
        109,
        "UA",
        "TASS",
        "Shelling of central Belgorod killed 25 people.",
    ),
    (
        "zaporizhzhia",
        "Zaporizhzhia Oblast",
        "region",
        "Ukraine",
        "UA-23",
        "UA",
        47.5,
        35.5,
        date(2023, 12, 1),
        ["artillery"],
        0,
        1,
        "RU",
        "Reuters",
        "Artillery shelled villages across Zaporizhzhia Oblast.",
    ),
)


def make_events() -> list[tuple[Article, list[Event]]]:
    """Return one article per test event, each with its event."""
    out = []
    for (
        event_id,
        place,
        level,
        parent,
        iso,
        country,
        lat,
        lon,
        day,
        weapons,
        killed,
        injured,
        attacker,
        publisher,
        sentence,
    ) in EVENTS:
        article = Article(
            id=f"article-{event_id}",
            text=f"{sentence} (test article about {place})",
            title=f"Strike on {place}",
            published=day,
            source=publisher,
            url=f"https://news.example/{event_id}",
            published_from="metadata",
        )
        event = Event(
            event_id=event_id,
            article_ids=[article.id],
            place=place,
            level=level,
            country=country,
            lat=lat,
            lon=lon,
            date=day,
            place_id=f"place-{event_id}",
            parent=parent,
            iso_region=iso,
            date_precision="day",
            weapons=weapons,
            killed=killed,
            injured=injured,
            injured_at_least=event_id == "kyiv",
            attacker=attacker,
            confidence=0.8,
            evidence=[Evidence(article.id, sentence)],
            sources=[article.as_source()],
        )
        out.append((article, [event]))
    return out


@pytest.fixture
def store_path(tmp_path, monkeypatch) -> Path:
    """A store holding the test events; STRIKEMAP_DB points the app at it."""
    path = tmp_path / "app.sqlite"
    with EventStore(str(path)) as store:
        for article, events in make_events():
            store.add(article, events)
    monkeypatch.setenv("STRIKEMAP_DB", str(path))
    return path


@pytest.fixture
def app(store_path):
    """Return a factory of AppTests of dashboard/app.py (optionally with query params)."""

    def make(**query: str | list[str]) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=60)
        for name, value in query.items():
            at.query_params[name] = value
        return at

    return make


def run(at):
    """Run the script; a session's first run is followed by the rerun the drawn map triggers.

    In a browser the map reports its view once drawn, which reruns the script and
    draws the panels the first run left out (:mod:`strikemap.ui.first_run`).
    """
    started = STARTED_KEY in at.session_state
    at.run()
    if not started:
        at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at
