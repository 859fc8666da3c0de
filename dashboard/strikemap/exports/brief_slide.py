"""The 16:9 slide page that the slide-layout briefing is a screenshot of.

1920 x 1080 CSS pixels: the map fills the left three quarters, a band on the right
holds the title, date range, filters, counts, legend, the places struck most, sources
and credits. Text
is sized for a projector: nothing below 14 px at 1920 wide. Built with
:mod:`strikemap.safetext` like the portrait page (:mod:`strikemap.exports.brief_page`),
with no script and the same Content-Security-Policy.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from datetime import datetime

import pandas as pd

from strikemap.exports.brief_page import clip_title, credits_html, document_head
from strikemap.exports.summary import date_range_text, headline_counts, source_records
from strikemap.labels import figure_label, total_label
from strikemap.safetext import escape_text

__all__ = ["BAND_WIDTH", "SLIDE_HEIGHT", "SLIDE_WIDTH", "slide_map_size", "slide_page_html"]

SLIDE_WIDTH = 1920
SLIDE_HEIGHT = 1080
BAND_WIDTH = 480
#: Smallest font size on the slide, in CSS px at 1920 wide.
MIN_FONT_PX = 14
_SOURCES_SHOWN = 8
_PLACES_SHOWN = 6

_STYLE = """
* { box-sizing: border-box; }
html, body { margin: 0; background: #fff; color: #1d2430; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; width: %(w)dpx;
       height: %(h)dpx; overflow: hidden; display: flex; }
.map { display: block; width: %(mw)dpx; height: %(h)dpx; flex: none; }
.band { width: %(bw)dpx; height: %(h)dpx; padding: 28px 28px 20px 28px; display: flex;
        flex-direction: column; gap: 12px; border-left: 2px solid #c5ccd6; background: #f7f8fa; }
h1 { font-size: 36px; line-height: 1.15; margin: 0; overflow-wrap: anywhere; }
.dates { font-size: 22px; font-weight: bold; color: #38414f; margin: 0; }
.filters { font-size: 16px; color: #4d5766; margin: 0; overflow-wrap: anywhere;
           max-height: 64px; overflow: hidden; }
.counts { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.count { background: #fff; border: 1px solid #d5dae1; border-radius: 6px; padding: 6px 12px; }
.count .value { font-size: 34px; font-weight: bold; }
.count .label { font-size: 15px; text-transform: uppercase; letter-spacing: .05em; color: #5b6573; }
.legend { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 10px; font-size: 16px; }
.legend .swatch { display: inline-block; width: 16px; height: 16px; border-radius: 50%%;
                  margin-right: 6px; vertical-align: -2px; border: 1px solid #333; }
.legend .note { grid-column: 1 / 3; font-size: 14px; color: #4d5766; }
h2 { font-size: 17px; margin: 4px 0 0 0; }
ol.sources { margin: 0; padding-left: 22px; font-size: 14px; line-height: 1.3; flex: 1;
             overflow: hidden; }
ol.sources li { margin-bottom: 3px; white-space: nowrap; overflow: hidden;
                text-overflow: ellipsis; }
.publisher { font-weight: bold; }
table.places { border-collapse: collapse; width: 100%%; font-size: 15px; }
table.places td { padding: 3px 4px; border-bottom: 1px solid #e1e5ea; white-space: nowrap; }
table.places td.place { max-width: 250px; overflow: hidden; text-overflow: ellipsis; }
table.places td.n { text-align: right; }
footer { font-size: 14px; color: #4d5766; line-height: 1.3; margin-top: auto; }
footer p { margin: 1px 0; }
"""


def slide_map_size() -> tuple[int, int]:
    """Return the map's size on the slide in CSS pixels."""
    return SLIDE_WIDTH - BAND_WIDTH, SLIDE_HEIGHT


def _count(label: str, value: str) -> str:
    return (
        f'<div class="count"><div class="value">{escape_text(value)}</div>'
        f'<div class="label">{escape_text(label)}</div></div>'
    )


def _sources(frame: pd.DataFrame) -> str:
    records = source_records(frame)
    items = []
    for source in records[:_SOURCES_SHOWN]:
        publisher = source.get("publisher")
        lead = (
            f'<span class="publisher">{escape_text(publisher)}</span> \u2014 ' if publisher else ""
        )
        title = escape_text(clip_title(source.get("title") or "(untitled)"))
        items.append(
            f"<li>{lead}{title} \u2014 {escape_text(source.get('published') or 'undated')}</li>"
        )
    more = len(records) - len(items)
    if more > 0:
        items.append(f"<li>and {more} more sources</li>")
    if not items:
        items.append("<li>No sources: the view has no events.</li>")
    return f'<h2>Sources ({len(records)})</h2><ol class="sources">{"".join(items)}</ol>'


def places_struck(frame: pd.DataFrame, limit: int = _PLACES_SHOWN) -> list[tuple[str, int, str]]:
    """Return the places with the most events: ``(place, events, killed)``, most struck first.

    ``killed`` is the place's summed figure as text, with "≥" when it includes a
    lower bound or an unknown figure. Ties keep the newer strike first.
    """
    if frame.empty:
        return []
    names = frame["place"].astype(str) + frame["parent"].map(
        lambda p: f", {p}" if isinstance(p, str) and p else ""
    )
    newest = frame["date"].fillna(pd.Timestamp.min)
    rows = []
    for name, group in frame.groupby(names, sort=False):
        lower = bool(group["killed_at_least"].any() or group["killed"].isna().any())
        killed = int(group["killed"].sum(skipna=True))
        total = total_label(killed, lower) if group["killed"].notna().any() else figure_label(None)
        rows.append((str(name), len(group), total, newest[group.index].max()))
    rows.sort(key=lambda row: (-row[1], -row[3].value))
    return [(name, count, killed) for name, count, killed, _ in rows[:limit]]


def _places(frame: pd.DataFrame) -> str:
    rows = "".join(
        f'<tr><td class="place">{escape_text(name)}</td><td class="n">{count:,} '
        f'event{"s" if count != 1 else ""}</td><td class="n">{escape_text(killed)} killed</td></tr>'
        for name, count, killed in places_struck(frame)
    )
    return f'<h2>Places struck most</h2><table class="places">{rows}</table>' if rows else ""


def slide_page_html(
    frame: pd.DataFrame,
    *,
    title: str,
    filters_text: str,
    map_png: bytes,
    legend: Sequence[tuple[str, str]],
    generated_at: datetime,
    size_classes: Sequence[str] = (),
    tile_credit: str | None = None,
) -> str:
    """Return the slide: the map on the left, the band with everything else on the right."""
    counts = headline_counts(frame)
    map_width, _ = slide_map_size()
    style = _STYLE % {"w": SLIDE_WIDTH, "h": SLIDE_HEIGHT, "mw": map_width, "bw": BAND_WIDTH}
    image = base64.b64encode(map_png).decode("ascii")
    entries = "".join(
        f'<span><span class="swatch" style="background:{escape_text(colour)}"></span>'
        f"{escape_text(label)}</span>"
        for label, colour in legend
    )
    sizes = f" ({', '.join(size_classes)})" if size_classes else ""
    note = (
        "Marker size: killed + injured"
        f"{sizes}. Split markers: several weapons. A number: events at one place."
    )
    stamp = generated_at.strftime("%Y-%m-%d %H:%M %Z").strip()
    footer = credits_html(tile_credit)
    return document_head(title, style) + (
        f'<img class="map" id="map" alt="Map of the events" src="data:image/png;base64,{image}">'
        '<div class="band">'
        f'<h1 id="title">{escape_text(title)}</h1>'
        f'<p class="dates">{escape_text(date_range_text(frame))}</p>'
        f'<p class="filters" id="filters">{escape_text(filters_text)}</p>'
        '<div class="counts">'
        f"{_count('Events', f'{counts.events:,}')}"
        f"{_count('Killed', total_label(counts.killed, counts.killed_lower_bound))}"
        f"{_count('Injured', total_label(counts.injured, counts.injured_lower_bound))}"
        f"{_count('Places', f'{counts.places:,}')}"
        "</div>"
        f'<div class="legend">{entries}<span class="note">{escape_text(note)}</span></div>'
        f'<section id="places">{_places(frame)}</section>'
        f'<section id="sources">{_sources(frame)}</section>'
        f"<footer><p>Generated {escape_text(stamp)} by strikemap. Casualty figures as "
        f"reported; \u2265 marks lower bounds.</p>{footer}</footer>"
        "</div></body></html>"
    )
