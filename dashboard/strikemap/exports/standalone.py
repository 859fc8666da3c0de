"""The standalone HTML map: one file that opens offline, e.g. from an e-mail attachment.

Every script, stylesheet, image and font is inlined (see
:func:`strikemap.assets.inline_assets`); only map tiles are fetched when online,
and without them the base map's offline country and oblast outlines show. The
title panel is added to the rendered page as escaped text, after folium's Jinja
rendering, so user or article text never passes through a template.

When the local Leaflet files are missing (``make assets`` not run, as on
Streamlit Community Cloud) the page points at the CDN copies instead and says
so: :func:`cdn_fallback_note` gives the message, which the page's panel shows
and which is logged as a warning.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import pandas as pd

from strikemap.assets import local_assets_available
from strikemap.exports.map_document import build_export_map, map_document
from strikemap.exports.summary import date_range_text, headline_counts
from strikemap.labels import total_label
from strikemap.safetext import escape_text

__all__ = ["cdn_fallback_note", "to_standalone_html"]

log = logging.getLogger(__name__)

CDN_NOTE = (
    "The local map scripts are missing (run `make assets`), so this HTML map loads Leaflet "
    "from the CDN and needs internet access to open."
)


def cdn_fallback_note() -> str | None:
    """Return the message saying the HTML export falls back to the CDN, or ``None``."""
    return None if local_assets_available() else CDN_NOTE


_PANEL_STYLE = (
    "position:fixed;top:10px;left:54px;z-index:1000;max-width:46%;"
    "background:rgba(255,255,255,0.93);padding:8px 12px;border-radius:6px;"
    "box-shadow:0 1px 5px rgba(0,0,0,0.35);font:13px/1.35 'DejaVu Sans',Arial,sans-serif;"
)


def _panel(frame: pd.DataFrame, title: str, filters_text: str, note: str | None = None) -> str:
    counts = headline_counts(frame)
    figures = (
        f"{counts.events:,} events \u00b7 "
        f"{total_label(counts.killed, counts.killed_lower_bound)} killed \u00b7 "
        f"{total_label(counts.injured, counts.injured_lower_bound)} injured \u00b7 "
        f"{counts.places:,} places"
    )
    return (
        f'<div id="strikemap-summary" style="{_PANEL_STYLE}">'
        f'<div style="font-weight:bold;font-size:16px">{escape_text(title)}</div>'
        f"<div>{escape_text(date_range_text(frame))}</div>"
        f'<div style="color:#4d5766">{escape_text(filters_text)}</div>'
        f"<div>{escape_text(figures)}</div>"
        + (f'<div style="color:#b3261e">{escape_text(note)}</div>' if note else "")
        + "</div>"
    )


def to_standalone_html(
    frame: pd.DataFrame,
    *,
    title: str = "strikemap",
    filters_text: str = "",
    bounds: Any = None,
    center: Sequence[float] | None = None,
    zoom: int | None = None,
) -> str:
    """Return a self-contained HTML page of the events map.

    Parameters
    ----------
    frame
        The events to show (``strikemap.frames.events_to_frame``).
    title, filters_text
        Shown in a summary panel over the map and as the page title (escaped).
    bounds, center, zoom
        The view to open at; see
        :func:`strikemap.exports.map_document.build_export_map`.

    Returns
    -------
    str
        The page. With the local vendor assets present (``scripts/fetch_assets.py``)
        it loads no URL except map tiles.
    """
    fmap = build_export_map(frame, bounds=bounds, center=center, zoom=zoom)
    page = map_document(fmap)
    head_end = page.find("</head>")
    if head_end >= 0:
        page = f"{page[:head_end]}<title>{escape_text(title)}</title>\n{page[head_end:]}"
    body_end = page.rfind("</body>")
    note = cdn_fallback_note()
    if note:
        log.warning("%s", note)
    panel = _panel(frame, title, filters_text, note)
    if body_end < 0:
        return page + panel
    return f"{page[:body_end]}{panel}\n{page[body_end:]}"
