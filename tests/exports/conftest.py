"""Events frames for the export tests: ordinary events and events carrying hostile text."""

from __future__ import annotations

from datetime import date

import pytest
from hostile import HOSTILE_TEXTS, HOSTILE_URL
from strikemap.frames import events_to_frame
from strikemap.models import Event, Evidence, Source


def _source(article_id: str, title: str, publisher: str, url: str | None, day: date) -> Source:
    return Source(article_id=article_id, title=title, publisher=publisher, url=url, published=day)


@pytest.fixture
def sample_events() -> list[Event]:
    """Three events: a merged two-source city strike, a district strike, an unlocated region."""
    kyiv_sources = [
        _source(
            "a1",
            "Missiles hit Kyiv overnight",
            "Kyiv Daily",
            "https://kyiv.example/a1",
            date(2024, 5, 2),
        ),
        _source(
            "a2",
            "Capital attacked again",
            "Wire Service",
            "https://wire.example/a2",
            date(2024, 5, 2),
        ),
    ]
    return [
        Event(
            event_id="ev-kyiv",
            article_ids=["a1", "a2"],
            place="Kyiv",
            level="city",
            country="UA",
            lat=50.45,
            lon=30.52,
            date=date(2024, 5, 2),
            as_written="Kyiv",
            parent="Kyiv City",
            iso_region="UA-30",
            date_precision="day",
            weapons=["missile", "drone"],
            models=["Kh-101", "Shahed-136"],
            killed=3,
            injured=12,
            injured_at_least=True,
            attacker="RU",
            confidence=0.9,
            evidence=[
                Evidence("a1", "Three people were killed in Kyiv."),
                Evidence("a2", "At least 12 were injured, officials said."),
            ],
            sources=kyiv_sources,
            disputed=["injured"],
        ),
        Event(
            event_id="ev-saltivskyi",
            article_ids=["a3"],
            place="Saltivskyi district",
            level="district",
            country="UA",
            lat=50.03,
            lon=36.31,
            date=date(2024, 5, 3),
            parent="Kharkiv",
            iso_region="UA-63",
            weapons=["glide_bomb"],
            killed=None,
            injured=4,
            attacker="RU",
            evidence=[Evidence("a3", "A glide bomb hit the Saltivskyi district; four injured.")],
            sources=[_source("a3", "Kharkiv shelled", "Kharkiv News", None, date(2024, 5, 3))],
        ),
        Event(
            event_id="ev-region",
            article_ids=["a4"],
            place="Sumy Oblast",
            level="region",
            country="UA",
            lat=None,
            lon=None,
            date=None,
            weapons=["artillery"],
            evidence=[Evidence("a4", "-5 degrees and shelling in the region.")],
            sources=[_source("a4", "=1+1 border report", "@border", None, date(2024, 5, 4))],
        ),
    ]


@pytest.fixture
def sample_frame(sample_events):
    return events_to_frame(sample_events)


@pytest.fixture
def hostile_events() -> list[Event]:
    """One event per hostile value, in evidence, source title and publisher, and place spelling."""
    events = []
    for i, text in enumerate(HOSTILE_TEXTS):
        article = f"h{i}"
        events.append(
            Event(
                event_id=f"ev-h{i}",
                article_ids=[article],
                place="Odesa",
                level="city",
                country="UA",
                lat=46.48 + i * 0.01,
                lon=30.72,
                date=date(2024, 6, 1),
                as_written=text,
                parent="Odesa Oblast",
                weapons=["drone"],
                killed=1,
                evidence=[Evidence(article, f"Witness said {text} after the strike.")],
                sources=[_source(article, text, f"{text} Press", HOSTILE_URL, date(2024, 6, 1))],
            )
        )
    return events


@pytest.fixture
def hostile_frame(hostile_events):
    return events_to_frame(hostile_events)
