"""Download buttons for the filtered view: CSV, GeoJSON, GeoPackage, HTML map, briefing PNG.

Each file is produced only when its button is clicked (Streamlit's deferred
download data), so a filter change never pays for a GeoPackage or a Chromium
render. :func:`export_specs` is the Streamlit-free part: the tests call the
same ``make`` functions the buttons call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import pandas as pd
import streamlit as st

from strikemap import exports
from strikemap.filters import SEARCH_COLUMN

Bounds = tuple[tuple[float, float], tuple[float, float]]
EXPORTS_KEY = "export_specs"


@dataclass(frozen=True)
class ExportSpec:
    """One download: its button label, file name, MIME type and how to make it."""

    label: str
    file_name: str
    mime: str
    make: Callable[[], bytes]


def in_bounds(frame: pd.DataFrame, bounds: Bounds | None) -> pd.DataFrame:
    """Return the events whose coordinates lie inside ``((south, west), (north, east))``."""
    if bounds is None or frame.empty:
        return frame
    (south, west), (north, east) = bounds
    inside = frame["lat"].between(south, north) & frame["lon"].between(west, east)
    return frame[inside.to_numpy(dtype=bool)]


def export_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the frame without the dashboard's internal search column."""
    return frame.drop(columns=[SEARCH_COLUMN], errors="ignore")


def export_specs(
    frame: pd.DataFrame,
    *,
    filters_text: str,
    bounds: Bounds | None,
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
    stamp: str | None = None,
    offline: bool = False,
) -> dict[str, ExportSpec]:
    """Return the downloads of ``frame`` keyed by format.

    Parameters
    ----------
    frame
        The filtered events.
    filters_text
        The filters in words (:func:`strikemap.filters.describe`) for the PNG and HTML.
    bounds
        The map's current bounds; the PNG and HTML map show this view.
    center, zoom
        The map's current view, used when the bounds are not known yet.
    stamp
        Suffix of the file names, default the current UTC time.
    offline
        The map's offline base map is on: the PNG, slide and deck fetch no tiles.
        Either way, when no tile loads they show the outline base map with the
        oblast centres named and credit no tiles (as ``strikemap brief --offline``).
    """
    data = export_frame(frame)
    view = {"filters_text": filters_text, "bounds": bounds, "center": center, "zoom": zoom}
    rendered = {**view, "allow_network": not offline}
    stamp = stamp or datetime.now(UTC).strftime("%Y%m%d-%H%M")
    base = f"strikemap-{stamp}"
    return {
        "csv": ExportSpec("CSV", f"{base}.csv", "text/csv", lambda: exports.to_csv(data)),
        "geojson": ExportSpec(
            "GeoJSON", f"{base}.geojson", "application/geo+json", lambda: exports.to_geojson(data)
        ),
        "gpkg": ExportSpec(
            "GeoPackage",
            f"{base}.gpkg",
            "application/geopackage+sqlite3",
            lambda: exports.to_geopackage(data),
        ),
        "html": ExportSpec(
            "HTML map",
            f"{base}.html",
            "text/html",
            lambda: exports.to_standalone_html(data, title="strikemap", **view).encode("utf-8"),
        ),
        "png": ExportSpec(
            "Briefing PNG",
            f"{base}.png",
            "image/png",
            lambda: exports.render_brief_png(data, title="Strike briefing", **rendered),
        ),
        "slide": ExportSpec(
            "Slide PNG (16:9)",
            f"{base}-slide.png",
            "image/png",
            lambda: exports.render_brief_png(
                data, title="Strike briefing", layout="slide", scale=1, **rendered
            ),
        ),
        "pptx": ExportSpec(
            "PowerPoint",
            f"{base}.pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            lambda: _deck(data, **rendered),
        ),
    }


def _deck(frame: pd.DataFrame, **view) -> bytes:
    """Render the slide briefing and wrap it in a deck (title, map, events, notes)."""
    from strikemap.exports.brief import render_brief
    from strikemap.exports.deck import build_deck

    rendering = render_brief(frame, title="Strike briefing", layout="slide", scale=2, **view)
    return build_deck(
        frame,
        title="Strike briefing",
        filters_text=view.get("filters_text", ""),
        slide_png=rendering.png,
        generated_at=datetime.now(UTC),
        tile_credit=rendering.tile_credit,
    )


def render_exports(
    frame: pd.DataFrame,
    *,
    filters_text: str,
    bounds: Bounds | None,
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
    offline: bool = False,
) -> None:
    """Draw one download button per export format for the filtered view."""
    st.subheader("Export")
    only_visible = st.checkbox(
        "Only events inside the current map view",
        value=False,
        key="export_visible_only",
        disabled=bounds is None,
    )
    chosen = in_bounds(frame, bounds) if only_visible else frame
    st.caption(
        f"{len(chosen)} event(s). The briefing PNG (portrait, for documents), the slide "
        "(16:9, 1920 x 1080) and the PowerPoint deck show the current map view; they are "
        "rendered in headless Chromium and take a few seconds."
    )
    specs = export_specs(
        chosen, filters_text=filters_text, bounds=bounds, center=center, zoom=zoom, offline=offline
    )
    st.session_state[EXPORTS_KEY] = specs
    columns = st.columns(4) + st.columns(4)
    for column, (name, spec) in zip(columns, specs.items(), strict=False):
        column.download_button(
            spec.label,
            data=spec.make,
            file_name=spec.file_name,
            mime=spec.mime,
            key=f"download_{name}",
            on_click="ignore",
            width="stretch",
        )
