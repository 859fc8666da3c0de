"""Exports of a filtered event frame: CSV, GeoJSON, GeoPackage, standalone HTML, briefing PNG.

Every function takes the GeoDataFrame made by :func:`strikemap.frames.events_to_frame`.
The map-based exports (:func:`to_standalone_html`, :func:`render_brief_png`) are
imported on first use, so the tabular ones do not pay for folium or playwright.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from strikemap.exports.tabular import to_csv, to_geojson, to_geopackage

__all__ = ["render_brief_png", "to_csv", "to_geojson", "to_geopackage", "to_standalone_html"]

_LAZY = {
    "to_standalone_html": "strikemap.exports.standalone",
    "render_brief_png": "strikemap.exports.brief",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'strikemap.exports' has no attribute {name!r}")
