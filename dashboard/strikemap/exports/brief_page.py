"""The HTML page that the briefing PNG is a screenshot of.

Built by hand with :mod:`strikemap.safetext`, not with a template engine: titles,
filter words and source titles come from articles or users, and a template engine
would treat ``{{ ... }}`` in them as code. The page carries no script at all and a
Content-Security-Policy that forbids scripts and remote loads, so even a mistake
in escaping could not run anything or fetch anything while it is screenshotted.
The map arrives as a PNG already rendered (see :mod:`strikemap.exports.brief`).
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import pandas as pd

from strikemap.exports.summary import date_range_text, headline_counts, source_records
from strikemap.labels import total_label
from strikemap.safetext import escape_text

__all__ = [
    "BASE_CREDITS",
    "CONTENT_SECURITY_POLICY",
    "MAP_HEIGHT",
    "PAGE_MARGIN",
    "TITLE_CHARS",
    "brief_page_html",
    "clip_title",
]

#: Data credits that every briefing carries (the tile credit is added per map).
BASE_CREDITS: tuple[str, ...] = (
    "Place names and coordinates: GeoNames (geonames.org), CC BY 4.0",
    "Country and oblast boundaries: Natural Earth (naturalearthdata.com), public domain",
)
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:"
)
PAGE_MARGIN = 24
#: Source titles longer than this are cut (an article without a title may carry
#: its first paragraph as one); the list must stay a list.
TITLE_CHARS = 140
MAP_HEIGHT = 760

_STYLE = """
* { box-sizing: border-box; }
html, body { margin: 0; background: #ffffff; color: #1d2430; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 14px;
       padding: %(margin)dpx; width: %(width)dpx; }
h1 { font-size: 28px; margin: 0 0 6px 0; line-height: 1.2; overflow-wrap: anywhere; }
.dates { font-size: 16px; font-weight: bold; color: #38414f; margin: 0 0 4px 0; }
.filters { font-size: 14px; color: #4d5766; margin: 0 0 14px 0; overflow-wrap: anywhere; }
.counts { display: flex; gap: 12px; margin: 0 0 14px 0; }
.count { flex: 1; border: 1px solid #d5dae1; border-radius: 6px; padding: 8px 12px; }
.count .value { font-size: 26px; font-weight: bold; }
.count .label { font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em;
                color: #5b6573; }
.map { display: block; width: 100%%; height: %(map_height)dpx; border: 1px solid #c5ccd6; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 8px 0 14px 0;
          font-size: 13px; align-items: center; }
.legend .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%%;
                  margin-right: 6px; vertical-align: -1px; border: 1px solid #333; }
.legend .note { color: #5b6573; }
h2 { font-size: 16px; margin: 0 0 6px 0; }
ol.sources { columns: 2; column-gap: 28px; margin: 0 0 12px 0; padding-left: 22px;
             font-size: 12px; line-height: 1.35; }
ol.sources li { break-inside: avoid; margin-bottom: 3px; overflow-wrap: anywhere; }
.publisher { font-weight: bold; }
.more { font-size: 12px; color: #5b6573; margin: 0 0 12px 0; }
footer { border-top: 1px solid #d5dae1; padding-top: 8px; font-size: 11px; color: #5b6573; }
footer p { margin: 2px 0; }
"""


def _count(label: str, value: str) -> str:
    return (
        f'<div class="count"><div class="value">{escape_text(value)}</div>'
        f'<div class="label">{escape_text(label)}</div></div>'
    )


def _legend(items: Sequence[tuple[str, str]], size_classes: Sequence[str]) -> str:
    entries = "".join(
        f'<span><span class="swatch" style="background:{escape_text(colour)}"></span>'
        f"{escape_text(label)}</span>"
        for label, colour in items
    )
    sizes = f" ({', '.join(size_classes)})" if size_classes else ""
    note = f'<span class="note">Marker size grows with killed + injured{escape_text(sizes)}.</span>'
    return f'<div class="legend">{entries}{note}</div>'


def credits_html(tile_credit: str | None) -> str:
    """The credit lines of a briefing page as ``<p>`` elements (tiles only when they drew)."""
    credits = [*BASE_CREDITS]
    if tile_credit:
        credits.append(f"Map tiles: {tile_credit}")
    return "".join(f"<p>{escape_text(line)}</p>" for line in credits)


def document_head(title: str, style: str) -> str:
    """The start of a briefing page up to ``<body>``: charset, CSP, escaped title, style."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
        f"<title>{escape_text(title)}</title><style>{style}</style></head><body>"
    )


def clip_title(text: str) -> str:
    """Return a source title cut to :data:`TITLE_CHARS` at a word boundary."""
    text = " ".join(str(text).split())
    if len(text) <= TITLE_CHARS:
        return text
    return text[: TITLE_CHARS - 1].rsplit(" ", 1)[0] + "\u2026"


def _source_item(source: Mapping[str, Any]) -> str:
    parts = []
    if source.get("publisher"):
        parts.append(f'<span class="publisher">{escape_text(source["publisher"])}</span>')
    parts.append(escape_text(clip_title(source.get("title") or "(untitled)")))
    parts.append(escape_text(source.get("published") or "undated"))
    return "<li>" + " \u2014 ".join(parts) + "</li>"


def _sources(frame: pd.DataFrame, max_sources: int) -> str:
    records = source_records(frame)
    if not records:
        return '<h2>Sources</h2><p class="more">No sources: the view has no events.</p>'
    shown = records[:max_sources]
    items = "".join(_source_item(s) for s in shown)
    html = f'<h2>Sources ({len(records)})</h2><ol class="sources">{items}</ol>'
    if len(records) > len(shown):
        html += f'<p class="more">and {len(records) - len(shown)} more sources.</p>'
    return html


def brief_page_html(
    frame: pd.DataFrame,
    *,
    title: str,
    filters_text: str,
    map_png: bytes,
    legend: Sequence[tuple[str, str]],
    generated_at: datetime,
    size_classes: Sequence[str] = (),
    tile_credit: str | None = None,
    width: int = 1200,
    max_sources: int = 40,
) -> str:
    """Return the briefing page: title, dates, filters, counts, map, legend, sources, credits.

    Parameters
    ----------
    frame
        The filtered events (``strikemap.frames.events_to_frame``).
    title, filters_text
        Untrusted text shown as the heading and the filter line.
    map_png
        The map screenshot, embedded as a data URI.
    legend
        ``(label, CSS colour)`` pairs, one per weapon category.
    size_classes
        Casualty ranges of the marker sizes, smallest first, e.g. ``"1-4"``.
    generated_at
        Time stamp printed in the footer (shown in its own time zone).
    tile_credit
        Plain-text attribution of the base-map tiles, if tiles were used.
    width
        Page width in CSS pixels.
    max_sources
        Sources listed before the rest is summarised as "and N more".
    """
    counts = headline_counts(frame)
    style = _STYLE % {"margin": PAGE_MARGIN, "width": width, "map_height": MAP_HEIGHT}
    image = base64.b64encode(map_png).decode("ascii")
    stamp = generated_at.strftime("%Y-%m-%d %H:%M %Z").strip()
    footer = credits_html(tile_credit)
    return document_head(title, style) + (
        f'<h1 id="title">{escape_text(title)}</h1>'
        f'<p class="dates">{escape_text(date_range_text(frame))}</p>'
        f'<p class="filters" id="filters">{escape_text(filters_text)}</p>'
        '<div class="counts">'
        f"{_count('Events', f'{counts.events:,}')}"
        f"{_count('Killed', total_label(counts.killed, counts.killed_lower_bound))}"
        f"{_count('Injured', total_label(counts.injured, counts.injured_lower_bound))}"
        f"{_count('Places', f'{counts.places:,}')}"
        "</div>"
        f'<img class="map" id="map" alt="Map of the events" src="data:image/png;base64,{image}">'
        f"{_legend(legend, size_classes)}"
        f'<section id="sources">{_sources(frame, max_sources)}</section>'
        f"<footer><p>Generated {escape_text(stamp)} by strikemap.</p>{footer}</footer>"
        "</body></html>"
    )
