"""Headline counts, date words and the source list of a briefing."""

from __future__ import annotations

from strikemap.exports.summary import (
    Headline,
    date_range_text,
    date_span,
    headline_counts,
    source_records,
)
from strikemap.frames import events_to_frame


def test_headline_counts(sample_frame):
    # killed 3 (Kyiv) + unknown + unknown; injured 12 + 4; three distinct places.
    # Both totals are lower bounds: unknown killed, and "at least 12" injured.
    assert headline_counts(sample_frame) == Headline(
        events=3, killed=3, injured=16, places=3, killed_lower_bound=True, injured_lower_bound=True
    )


def test_places_are_told_apart_by_parent(sample_events):
    twin = sample_events[1].copy(event_id="ev-twin", parent="Another city", lat=48.0)
    same = sample_events[1].copy(event_id="ev-same")
    counts = headline_counts(events_to_frame([sample_events[1], twin, same]))
    assert counts.events == 3 and counts.places == 2


def test_empty_frame_counts_nothing():
    frame = events_to_frame([])
    assert headline_counts(frame) == Headline(0, 0, 0, 0)
    assert date_range_text(frame) == "No dated events"
    assert source_records(frame) == []


def test_date_span_and_words(sample_frame, sample_events):
    assert [d.isoformat() for d in date_span(sample_frame)] == ["2024-05-02", "2024-05-03"]
    assert date_range_text(sample_frame) == "Events from 2 May 2024 to 3 May 2024 (and 1 undated)"
    one_day = events_to_frame(sample_events[:1])
    assert date_range_text(one_day) == "Events of 2 May 2024"


def test_sources_are_distinct_and_newest_first(sample_frame, sample_events):
    duplicate = sample_events[0].copy(event_id="ev-dup")
    records = source_records(events_to_frame([*sample_events, duplicate]))
    assert [r["article_id"] for r in records] == ["a4", "a3", "a1", "a2"]
    assert records[2] == sample_events[0].sources[0].to_record()
