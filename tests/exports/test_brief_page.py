"""The briefing page is built from escaped text and carries no script."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hostile import HOSTILE_TEXTS, PWNED_NAME
from strikemap.exports.brief_page import BASE_CREDITS, TITLE_CHARS, brief_page_html
from strikemap.frames import events_to_frame

from .markup import parse

# A 1x1 transparent PNG stands in for the map screenshot.
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
LEGEND = [("Missile", "#d62728"), ("Drone", "#ff7f0e")]
GENERATED = datetime(2024, 6, 2, 7, 30, tzinfo=UTC)


def _page(frame, **kwargs) -> str:
    options = {
        "title": "Morning brief",
        "filters_text": "Dates: all dates",
        "map_png": PIXEL,
        "legend": LEGEND,
        "generated_at": GENERATED,
        "tile_credit": "© OpenStreetMap contributors",
    }
    options.update(kwargs)
    return brief_page_html(frame, **options)


def test_page_carries_every_part(sample_frame):
    markup = parse(_page(sample_frame))
    text = markup.joined_text
    assert "Morning brief" in text
    assert "Events from 2 May 2024 to 3 May 2024" in text
    assert "Dates: all dates" in text
    for label in ("Events", "Killed", "Injured", "Places"):
        assert label in text
    assert "Missile" in text and "Drone" in text
    assert "Sources (4)" in text
    for publisher in ("Kyiv Daily", "Wire Service", "Kharkiv News", "@border"):
        assert publisher in text
    assert "Missiles hit Kyiv overnight" in text and "2024-05-02" in text
    assert "Generated 2024-06-02 07:30 UTC" in text
    for credit in BASE_CREDITS:
        assert credit in text
    assert "Map tiles: © OpenStreetMap contributors" in text
    assert "data:image/png;base64," in markup.hrefs()[0]


def test_long_source_lists_are_summarised(sample_frame):
    text = parse(_page(sample_frame, max_sources=2)).joined_text
    assert "and 2 more sources." in text
    assert "Kharkiv News" in text and "Wire Service" not in text


def test_empty_view_says_so():
    text = parse(_page(events_to_frame([]))).joined_text
    assert "No dated events" in text and "No sources" in text


@pytest.mark.parametrize("value", HOSTILE_TEXTS)
def test_hostile_text_stays_literal(hostile_frame, value, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    html = _page(hostile_frame, title=value, filters_text=f"text contains {value}")
    markup = parse(html)
    text = markup.joined_text
    # Shown literally: as heading, filter words, and in the sources list.
    assert value in text.splitlines()
    assert f"text contains {value}" in text
    assert f"{value} Press" in text
    # Nothing executable and nothing evaluated.
    assert markup.tags.count("script") == 0 and not markup.scripts
    assert markup.event_handlers() == []
    assert markup.tags.count("img") == 1
    assert all(src.startswith("data:image/png;base64,") for src in markup.hrefs())
    assert "49" not in text.replace("2024", "")
    assert "{" not in html.split("<style>")[0] + html.split("</style>")[1]
    assert not (tmp_path / PWNED_NAME).exists()


def test_page_forbids_scripts(sample_frame):
    html = _page(sample_frame)
    assert "Content-Security-Policy" in html
    assert "default-src 'none'" in html


def test_long_source_titles_are_cut(sample_events):
    long_title = "word " * 100
    event = sample_events[1].copy(
        sources=[sample_events[1].sources[0].__class__(article_id="long", title=long_title)]
    )
    text = parse(_page(events_to_frame([event]))).joined_text
    assert "word word\u2026" in text
    assert text.count("word") <= TITLE_CHARS // 5 + 1
