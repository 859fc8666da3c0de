"""The folium map of an events frame as one self-contained HTML document.

Shared by the standalone HTML export and the briefing PNG: the map helper's base
map and strike layer, the view the user was looking at (bounds, or centre and
zoom, else the events' extent), and every script and stylesheet inlined from the
local vendor copies so the document needs nothing but (optional) tiles.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from typing import Any

import folium
import pandas as pd

from strikemap.assets import inline_assets, use_local_assets

__all__ = [
    "Bounds",
    "build_export_map",
    "events_bounds",
    "map_document",
    "normalize_bounds",
    "tile_credit",
]

Bounds = tuple[tuple[float, float], tuple[float, float]]
"""``((south, west), (north, east))`` in degrees."""

#: Half-size in degrees of the view around a single event: the city, its surroundings and
#: the nearest towns of its oblast, so that fitting one point does not zoom to street level.
_SINGLE_POINT_PAD = 0.5
_TAG = re.compile(r"<[^>]+>")


def normalize_bounds(bounds: Any) -> Bounds | None:
    """Return bounds as ``((south, west), (north, east))``.

    Accepts that tuple form, ``[[south, west], [north, east]]``, or the Leaflet
    form ``{"_southWest": {"lat", "lng"}, "_northEast": {...}}`` that
    ``st_folium`` returns as ``bounds``. ``None`` or incomplete bounds give ``None``.

    Raises
    ------
    ValueError
        When the corners are not numbers or south is north of north.
    """
    if bounds is None:
        return None
    if isinstance(bounds, Mapping):
        south_west, north_east = bounds.get("_southWest"), bounds.get("_northEast")
        if not south_west or not north_east:
            return None
        corners = (
            (south_west.get("lat"), south_west.get("lng")),
            (north_east.get("lat"), north_east.get("lng")),
        )
    elif isinstance(bounds, Sequence) and len(bounds) == 2:
        corners = (tuple(bounds[0]), tuple(bounds[1]))
    else:
        raise ValueError(f"bounds must be ((south, west), (north, east)), got {bounds!r}")
    if any(v is None for corner in corners for v in corner):
        return None
    (south, west), (north, east) = ((float(a), float(b)) for a, b in corners)
    if south > north:
        raise ValueError(f"bounds: south {south} is north of north {north}")
    return (south, west), (north, east)


def _region_extents(frame: pd.DataFrame) -> list[tuple[float, float, float, float]]:
    """Return ``(west, south, east, north)`` of the oblast of each region-level event.

    Region-level events are drawn as their whole oblast, so the view must hold the
    outline, not just its centre. Empty when the gazetteer's boundaries are missing.
    """
    regional = frame[frame["level"] == "region"]
    if regional.empty:
        return []
    try:
        from strikemap.gazetteer.boundaries import load_regions
        from strikemap.gazetteer.names import normalize

        regions = load_regions()
    except (ImportError, OSError, ValueError):
        return []
    by_code = dict(zip(regions["iso_region"], regions.geometry, strict=True))
    by_name = {normalize(str(n)): g for n, g in zip(regions["name"], regions.geometry, strict=True)}
    extents = []
    for code, place in zip(regional["iso_region"], regional["place"], strict=True):
        geometry = by_code.get(code) if isinstance(code, str) else None
        if geometry is None and isinstance(place, str):
            geometry = by_name.get(normalize(place))
        if geometry is not None and not geometry.is_empty:
            extents.append(tuple(float(v) for v in geometry.bounds))
    return extents


def events_bounds(frame: pd.DataFrame) -> Bounds | None:
    """Return the extent of the located events and region outlines, padded around one place."""
    if frame.empty:
        return None
    located = frame[frame["lat"].notna() & frame["lon"].notna()]
    extents = [
        (lon, lat, lon, lat) for lat, lon in zip(located["lat"], located["lon"], strict=True)
    ]
    extents += _region_extents(frame)
    if not extents:
        return None
    west = min(e[0] for e in extents)
    south = min(e[1] for e in extents)
    east = max(e[2] for e in extents)
    north = max(e[3] for e in extents)
    pad_lat = max(_SINGLE_POINT_PAD - (north - south) / 2, 0.0)
    pad_lon = max(_SINGLE_POINT_PAD - (east - west) / 2, 0.0)
    return (south - pad_lat, west - pad_lon), (north + pad_lat, east + pad_lon)


def build_export_map(
    frame: pd.DataFrame,
    *,
    bounds: Any = None,
    center: Sequence[float] | None = None,
    zoom: int | None = None,
    legend: bool = True,
    cluster: bool | None = None,
    static: bool = False,
    tiles: str | None = "OpenStreetMap",
) -> folium.Map:
    """Return the map helper's base map with the strike layer, at the requested view.

    The view is ``bounds`` when given (see :func:`normalize_bounds`), else
    ``center``/``zoom``, else the extent of the located events, else the base
    map's default (Ukraine). Region-level events are drawn by the strike layer as
    their oblast's outline. Assets point at the local vendor copies when present.

    Parameters
    ----------
    legend
        Draw the map helper's legend on the map (the briefing page has its own).
    cluster
        Cluster markers at low zoom; default: only for large views
        (:data:`strikemap.mapping.strikes.CLUSTER_ABOVE`).
    static
        A map for an image (briefing PNG, slide, deck): no zoom buttons, and the
        struck places named; without tiles also the oblast centres.
    tiles
        Tile layer (``None``: the offline outline base map only).
    """
    from strikemap.mapping import build_base_map, build_strike_layer
    from strikemap.mapping.layers import build_label_layer, oblast_centres

    view = normalize_bounds(bounds)
    if view is None and center is None and zoom is None:
        view = events_bounds(frame)
    fmap = build_base_map(
        center=tuple(center) if center else None,
        zoom=zoom,
        bounds=view,
        legend=legend,
        tiles=tiles,
        zoom_buttons=not static,
    )
    if static:
        centres = oblast_centres() if tiles is None else None
        build_label_layer(frame, centres=centres).add_to(fmap)
    build_strike_layer(frame, cluster=cluster).add_to(fmap)
    # The strike layer brings its own plugin links; point those at the local copies too.
    use_local_assets(fmap)
    return fmap


def map_document(fmap: folium.Map) -> str:
    """Render ``fmap`` to a complete HTML page with every local script and style inlined."""
    return inline_assets(fmap.get_root().render())


def tile_credit(fmap: folium.Map) -> str | None:
    """Return the plain-text attribution of the map's tile layers, if any."""
    credits = []
    for child in fmap._children.values():
        if isinstance(child, folium.TileLayer):
            attribution = child.options.get("attribution") or ""
            text = html.unescape(_TAG.sub("", attribution)).strip()
            if text and text not in credits:
                credits.append(text)
    return "; ".join(credits) or None
