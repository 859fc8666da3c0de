"""Briefings that fit where briefings go: the 16:9 slide, the deck, the period comparison,
and "at least" kept in every export.

``sample_frame`` (conftest) has three events: Kyiv (3 killed, at least 12 injured),
the Saltivskyi district (killed unknown, 4 injured) and Sumy Oblast (both unknown).
So every total is a lower bound: "≥ 3 killed", "≥ 16 injured".
"""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime

import pandas as pd
import pytest
from strikemap.exports.brief_page import brief_page_html
from strikemap.exports.brief_slide import _STYLE, MIN_FONT_PX, slide_page_html
from strikemap.exports.compare import compare_periods, comparison_text, parse_period
from strikemap.exports.deck import TABLE_COLUMNS, build_deck
from strikemap.exports.map_document import build_export_map, map_document
from strikemap.exports.standalone import to_standalone_html
from strikemap.exports.tabular import to_csv
from strikemap.frames import events_to_frame
from strikemap.models import Event, Evidence, Source

from .images import as_image

STAMP = datetime(2024, 5, 5, 12, 0, tzinfo=UTC)
TINY_PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_portrait_briefing_keeps_at_least(sample_frame):
    page = _text(
        brief_page_html(
            sample_frame,
            title="T",
            filters_text="All events",
            map_png=TINY_PNG,
            legend=[("Missile", "#d62728")],
            generated_at=STAMP,
        )
    )
    assert "≥ 3 Killed" in page and "≥ 16 Injured" in page


def test_the_slide_keeps_at_least_and_is_legible(sample_frame):
    page = _text(
        slide_page_html(
            sample_frame,
            title="T",
            filters_text="All events",
            map_png=TINY_PNG,
            legend=[("Missile", "#d62728")],
            generated_at=STAMP,
        )
    )
    assert "≥ 3 Killed" in page and "≥ 16 Injured" in page
    assert "GeoNames" in page and "Natural Earth" in page
    sizes = [int(px) for px in re.findall(r"font-size:\s*(\d+)px", _STYLE)]
    assert sizes and min(sizes) >= MIN_FONT_PX == 14


def test_the_standalone_map_keeps_at_least(sample_frame):
    page = to_standalone_html(sample_frame, title="T", filters_text="All events")
    panel = _text(page[page.index('id="strikemap-summary"') :])
    assert "≥ 3 killed" in panel and "≥ 16 injured" in panel


def test_the_csv_keeps_the_at_least_flags(sample_frame):
    table = pd.read_csv(io.BytesIO(to_csv(sample_frame)), encoding="utf-8-sig")
    kyiv = table[table["place"] == "Kyiv"].iloc[0]
    assert kyiv["injured"] == 12 and bool(kyiv["injured_at_least"]) is True


def test_a_static_map_names_places_and_has_no_zoom_buttons(sample_frame):
    document = map_document(build_export_map(sample_frame, static=True, tiles=None, legend=False))
    assert '"zoomControl": false' in document
    labels = document[document.index("StrikeMap.labels(") :]
    assert '"Kyiv"' in labels[:2000] and '"Saltivskyi district"' in labels[:2000]
    # The offline base map also names the oblast centres.
    assert '"Kharkiv"' in labels[:4000] and '"Lviv"' in labels[:4000]
    # One scale bar, metric: the library adds it; folium's own (metric + imperial) is off.
    assert "L.control.scale(" not in document.split("StrikeMap")[0]
    interactive = map_document(build_export_map(sample_frame))
    assert '"zoomControl": true' in interactive and "StrikeMap.labels(" not in interactive


def test_the_deck_has_title_map_table_and_notes(sample_frame):
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    data = build_deck(
        sample_frame,
        title="Morning briefing",
        filters_text="Weapons: missile",
        slide_png=TINY_PNG,
        generated_at=STAMP,
        comparison=compare_periods(sample_frame, 7),
    )
    deck = Presentation(io.BytesIO(data))
    assert (deck.slide_width, deck.slide_height) == (12_192_000, 6_858_000)  # 16:9
    title, picture, table, comparison = deck.slides
    words = " ".join(s.text_frame.text for s in title.shapes if s.has_text_frame)
    assert "Morning briefing" in words and "Weapons: missile" in words
    assert "Events from 2 May 2024 to 3 May 2024" in words
    assert "≥ 3 killed" in words and "≥ 16 injured" in words
    assert [s.shape_type for s in picture.shapes] == [MSO_SHAPE_TYPE.PICTURE]
    (grid,) = [s.table for s in table.shapes if s.has_table]
    assert [c.text for c in grid.rows[0].cells] == list(TABLE_COLUMNS)
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in list(grid.rows)[1:]}
    assert rows["Kyiv, Kyiv City"] == [
        "Kyiv, Kyiv City",
        "2024-05-02",
        "Missile, Drone",
        "3",
        "at least 12",
        "Kyiv Daily, Wire Service",
    ]
    assert rows["Saltivskyi district, Kharkiv"][3:5] == ["unknown", "4"]
    assert rows["Sumy Oblast"][1] == "unknown"
    assert any(s.has_table for s in comparison.shapes)
    for slide in deck.slides:
        notes = slide.notes_slide.notes_text_frame.text
        assert "Kyiv Daily" in notes and "Missiles hit Kyiv overnight" in notes
        assert "GeoNames" in notes and "Natural Earth" in notes


def _event(number: int, day: date, weapons: list[str], place: str, oblast_code: str) -> Event:
    article = f"c{number}"
    return Event(
        event_id=f"c{number}",
        article_ids=[article],
        place=place,
        level="city",
        country="UA",
        lat=50.0,
        lon=30.0 + number / 10,
        date=day,
        parent=None,
        iso_region=oblast_code,
        weapons=weapons,
        evidence=[Evidence(article, "A strike.")],
        sources=[Source(article, "Report", "Wire", None, day)],
    )


def test_this_week_against_the_last():
    # This week: 8-14 May 2024 (the newest event is on the 14th); last week: 1-7 May.
    frame = events_to_frame(
        [
            _event(1, date(2024, 5, 14), ["missile", "drone"], "Kharkiv", "UA-63"),
            _event(2, date(2024, 5, 10), ["drone"], "Sumy", "UA-59"),
            _event(3, date(2024, 5, 8), ["drone"], "Kharkiv", "UA-63"),
            _event(4, date(2024, 5, 6), ["drone"], "Kharkiv", "UA-63"),
            _event(5, date(2024, 5, 2), ["missile"], "Odesa", "UA-51"),
            _event(6, date(2024, 4, 20), ["glide_bomb"], "Kupiansk", "UA-63"),
        ]
    )
    comparison = compare_periods(frame, parse_period("7d"))
    assert comparison.current == (date(2024, 5, 8), date(2024, 5, 14))
    assert comparison.previous == (date(2024, 5, 1), date(2024, 5, 7))
    assert comparison.events == (3, 2)
    weapons = comparison.by_weapon.set_index("weapon")
    assert weapons.loc["Drone"].tolist() == [3, 1, 2]
    assert weapons.loc["Missile"].tolist() == [1, 1, 0]
    assert "Glide bomb" not in weapons.index
    oblasts = comparison.by_oblast.set_index("oblast")
    assert oblasts.loc["Kharkiv Oblast"].tolist() == [2, 1, 1]
    assert oblasts.loc["Odesa Oblast"].tolist() == [0, 1, -1]
    assert comparison.new_places == ["Sumy"]  # Kharkiv was struck last week too
    text = comparison_text(comparison)
    assert "Drone: 3 / 1 / +2" in text and "Odesa Oblast: 0 / 1 / \u22121" in text


@pytest.mark.parametrize("text", ["0d", "week", "", "7x"])
def test_a_bad_period_is_refused(text):
    with pytest.raises(ValueError, match="days or weeks"):
        parse_period(text)


@pytest.mark.browser
@pytest.mark.slow
def test_the_slide_is_1920_by_1080_and_twice_that_at_2x(sample_frame):
    from strikemap.exports.brief import render_brief
    from strikemap.exports.browser import chromium

    with chromium() as browser:
        for scale, size in ((1, (1920, 1080)), (2, (3840, 2160))):
            rendering = render_brief(
                sample_frame, layout="slide", scale=scale, allow_network=False, browser=browser
            )
            assert as_image(rendering.png).size == size


def test_the_slide_lists_the_places_struck_most(sample_frame):
    from strikemap.exports.brief_slide import places_struck

    # One event each; newest first; Kyiv's 3 killed are known, Saltivskyi's are not.
    assert places_struck(sample_frame) == [
        ("Saltivskyi district, Kharkiv", 1, "unknown"),
        ("Kyiv, Kyiv City", 1, "3"),
        ("Sumy Oblast", 1, "unknown"),
    ]
    twice = pd.concat([sample_frame, sample_frame.iloc[[0]]], ignore_index=True)
    twice.loc[3, "killed_at_least"] = True
    assert places_struck(twice)[0] == ("Kyiv, Kyiv City", 2, "≥ 6")
    page = _text(
        slide_page_html(
            twice,
            title="T",
            filters_text="All events",
            map_png=TINY_PNG,
            legend=[("Missile", "#d62728")],
            generated_at=STAMP,
        )
    )
    assert "Places struck most Kyiv, Kyiv City 2 events ≥ 6 killed" in page
