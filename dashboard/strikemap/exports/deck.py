"""The briefing as a PowerPoint deck (python-pptx), for rooms where briefings are slides.

Slides, 16:9: a title slide (title, date range, filters, headline counts), the
map slide (the slide-layout briefing image, see :mod:`strikemap.exports.brief`),
the events as a table (place, date, weapons, killed, injured, sources; several
slides when long), and optionally a comparison of two periods. Every slide's
notes carry the sources and the data credits. Text goes into text frames as
plain runs: a deck has no markup to escape, and none is made from article text.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime

import pandas as pd
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Pt

from strikemap.exports.brief_page import BASE_CREDITS
from strikemap.exports.compare import PeriodComparison
from strikemap.exports.summary import date_range_text, headline_counts, source_records
from strikemap.labels import figure_label, source_label, total_label, weapons_label

__all__ = ["TABLE_COLUMNS", "TABLE_ROWS_PER_SLIDE", "build_deck"]

#: Columns of the events table slides.
TABLE_COLUMNS: tuple[str, ...] = ("Place", "Date", "Weapons", "Killed", "Injured", "Sources")
TABLE_ROWS_PER_SLIDE = 10
#: Table slides at most; the rest is summarised as "and N more events".
MAX_TABLE_SLIDES = 8
_WIDTH, _HEIGHT = Emu(12_192_000), Emu(6_858_000)  # 13.333 x 7.5 in: 16:9
_BLANK = 6
_TITLE_ONLY = 5
_TITLE = 0
_DARK = RGBColor(0x1D, 0x24, 0x30)


def _notes(slide, lines: Sequence[str]) -> None:
    slide.notes_slide.notes_text_frame.text = "\n".join(lines)


def _credits_notes(frame: pd.DataFrame, tile_credit: str | None) -> list[str]:
    lines = ["Sources:"]
    for source in source_records(frame):
        parts = [source.get("publisher") or "", source.get("title") or "(untitled)"]
        parts.append(source.get("published") or "undated")
        if source.get("url"):
            parts.append(str(source["url"]))
        lines.append(" \u2014 ".join(p for p in parts if p))
    if len(lines) == 1:
        lines.append("none: the view has no events")
    lines += ["", "Credits:", *BASE_CREDITS]
    if tile_credit:
        lines.append(f"Map tiles: {tile_credit}")
    lines.append("Casualty figures are as reported; '\u2265' and 'at least' mark lower bounds.")
    return lines


def _title_slide(deck, frame, title: str, filters_text: str, generated_at: datetime) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[_TITLE])
    slide.shapes.title.text = title
    counts = headline_counts(frame)
    lines = [
        date_range_text(frame),
        f"Filters: {filters_text}",
        f"{counts.events:,} events \u00b7 "
        f"{total_label(counts.killed, counts.killed_lower_bound)} killed \u00b7 "
        f"{total_label(counts.injured, counts.injured_lower_bound)} injured \u00b7 "
        f"{counts.places:,} places",
        f"Generated {generated_at.strftime('%Y-%m-%d %H:%M %Z').strip()} by strikemap",
    ]
    body = slide.placeholders[1].text_frame
    body.text = lines[0]
    for line in lines[1:]:
        body.add_paragraph().text = line
    for paragraph in body.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(20)


def _map_slide(deck, slide_png: bytes) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[_BLANK])
    slide.shapes.add_picture(io.BytesIO(slide_png), 0, 0, width=_WIDTH, height=_HEIGHT)


def _event_rows(frame: pd.DataFrame) -> list[list[str]]:
    ordered = frame.sort_values("date", ascending=False, na_position="last", kind="stable")
    rows = []
    for _, event in ordered.iterrows():
        parent = event.get("parent")
        place = (
            f"{event['place']}, {parent}" if isinstance(parent, str) and parent else event["place"]
        )
        day = event["date"]
        publishers = dict.fromkeys(source_label(s) for s in event["sources"] or ())
        rows.append(
            [
                str(place),
                "unknown" if pd.isna(day) else pd.Timestamp(day).date().isoformat(),
                weapons_label(event["weapons"]),
                figure_label(event["killed"], bool(event["killed_at_least"])),
                figure_label(event["injured"], bool(event["injured_at_least"])),
                ", ".join(publishers),
            ]
        )
    return rows


def _table_slide(deck, heading: str, header: Sequence[str], rows: Sequence[Sequence[str]]):
    slide = deck.slides.add_slide(deck.slide_layouts[_TITLE_ONLY])
    slide.shapes.title.text = heading
    left, top = Emu(457_200), Emu(1_371_600)
    width, height = _WIDTH - 2 * left, Emu(457_200) * (len(rows) + 1)
    table = slide.shapes.add_table(len(rows) + 1, len(header), left, top, width, height).table
    for column, name in enumerate(header):
        table.cell(0, column).text = name
    for r, values in enumerate(rows, start=1):
        for column, value in enumerate(values):
            table.cell(r, column).text = str(value)
    for r in range(len(rows) + 1):
        for column in range(len(header)):
            for paragraph in table.cell(r, column).text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(12)
    return slide


def _comparison_slide(deck, comparison: PeriodComparison):
    def signed(value: int) -> str:
        return f"+{value}" if value > 0 else ("\u00b10" if value == 0 else f"\u2212{-value}")

    first, last = comparison.current
    before_first, before_last = comparison.previous
    rows = [
        [
            "All events",
            str(comparison.events[0]),
            str(comparison.events[1]),
            signed(comparison.change),
        ]
    ]
    for table, key in ((comparison.by_weapon, "weapon"), (comparison.by_oblast, "oblast")):
        rows += [
            [str(r[key]), str(r["current"]), str(r["previous"]), signed(int(r["change"]))]
            for _, r in table.iterrows()
        ]
    header = [
        "",
        f"{first:%d %b} \u2013 {last:%d %b %Y}",
        f"{before_first:%d %b} \u2013 {before_last:%d %b %Y}",
        "Change",
    ]
    slide = _table_slide(deck, "This period against the previous one", header, rows[:13])
    places = "; ".join(comparison.new_places) or "none"
    box = slide.shapes.add_textbox(Emu(457_200), _HEIGHT - Emu(914_400), _WIDTH, Emu(600_000))
    box.text_frame.text = f"New places struck: {places}"
    box.text_frame.word_wrap = True
    box.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
    return slide


def build_deck(
    frame: pd.DataFrame,
    *,
    title: str,
    filters_text: str,
    slide_png: bytes,
    generated_at: datetime,
    tile_credit: str | None = None,
    comparison: PeriodComparison | None = None,
) -> bytes:
    """Return the deck as ``.pptx`` bytes.

    Parameters
    ----------
    frame
        The filtered events.
    title, filters_text
        Title of the deck and the filters in words.
    slide_png
        The slide-layout briefing image (16:9) for the map slide.
    generated_at
        Time stamp on the title slide.
    tile_credit
        Attribution of the map tiles, when the map used tiles.
    comparison
        A comparison of two periods for a slide of its own.
    """
    deck = Presentation()
    deck.slide_width, deck.slide_height = _WIDTH, _HEIGHT
    notes = _credits_notes(frame, tile_credit)
    _title_slide(deck, frame, title, filters_text, generated_at)
    _map_slide(deck, slide_png)
    rows = _event_rows(frame) if not frame.empty else []
    pages = [rows[i : i + TABLE_ROWS_PER_SLIDE] for i in range(0, len(rows), TABLE_ROWS_PER_SLIDE)]
    for number, page in enumerate(pages[:MAX_TABLE_SLIDES], start=1):
        heading = "Events" if len(pages) == 1 else f"Events ({number} of {len(pages)})"
        _table_slide(deck, heading, TABLE_COLUMNS, page)
    if not pages:
        _table_slide(deck, "Events", TABLE_COLUMNS, [["No events match the filters."] + [""] * 5])
    shown = min(len(pages), MAX_TABLE_SLIDES) * TABLE_ROWS_PER_SLIDE
    if len(rows) > shown:
        deck.slides[-1].shapes.add_textbox(
            Emu(457_200), _HEIGHT - Emu(600_000), _WIDTH, Emu(400_000)
        ).text_frame.text = f"and {len(rows) - shown} more events (see the CSV export)"
    if comparison is not None:
        _comparison_slide(deck, comparison)
    for slide in deck.slides:
        _notes(slide, notes)
        if slide.shapes.title is not None:
            for paragraph in slide.shapes.title.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.color.rgb = _DARK
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()
