"""The base map: constant across reruns, readable without tiles.

The base map holds what never changes with the filters: the tile layer (optional),
an offline outline layer of countries and oblasts drawn above the tiles and below
the strikes, the legend, the attribution and the client library. Strike layers are
passed separately to ``st_folium(feature_group_to_add=...)`` so that a filter
change redraws the markers without reloading the map.
"""

from __future__ import annotations

from functools import cache

import folium
from folium.map import FitBounds

from strikemap.assets import use_local_assets
from strikemap.mapping.elements import LayerCall, StrikeMapLibrary, stable_id
from strikemap.mapping.payload import js_literal, packed_literal
from strikemap.mapping.regions import Outlines, default_outlines
from strikemap.mapping.styles import CATEGORY_STYLES, SIZE_BREAKS

__all__ = [
    "ATTRIBUTION",
    "DEFAULT_CENTER",
    "DEFAULT_ZOOM",
    "build_base_map",
    "build_outline_layer",
    "legend_payload",
]

DEFAULT_CENTER: tuple[float, float] = (49.0, 32.0)
DEFAULT_ZOOM = 6
MAX_ZOOM = 18
#: Credits for the data the map shows besides the tiles (static text, no links).
ATTRIBUTION = "Places: GeoNames (CC BY 4.0) | Boundaries: Natural Earth"

# folium's Map lists jQuery, Bootstrap, Font Awesome, awesome-markers and
# glyphicons for its own popups and marker icons; strikemap's layers build their
# popups and icons in strikemap.js and need none of them. streamlit-folium loads
# a map's scripts one after another before drawing it, so every script left out
# is a round trip less before the markers appear.
_MAP_JS = ("leaflet",)
_MAP_CSS = ("leaflet_css",)


def legend_payload() -> list:
    """Return the legend's static content: categories and size classes."""
    categories = [[s.code, s.label, s.colour] for s in CATEGORY_STYLES.values()]
    labels = ["unknown or none"]
    for low, high in zip(SIZE_BREAKS, [*SIZE_BREAKS[1:], None], strict=True):
        labels.append(f"{low}+" if high is None else f"{low}-{high - 1}")
    return [categories, labels]


def build_outline_layer(outlines: Outlines | None = None, name: str = "Outlines (offline)"):
    """Return the offline country and oblast outline layer (non-interactive).

    Parameters
    ----------
    outlines
        Encoded outlines (default: the gazetteer's, see
        :func:`strikemap.mapping.regions.default_outlines`).
    name
        Layer name shown in the layer control.
    """
    literal = _default_outline_literal() if outlines is None else _outline_literal(outlines)
    group = folium.FeatureGroup(name=name, overlay=True, control=True)
    group._id = stable_id("outline-group")
    group.add_child(LayerCall("outlines", literal, key="outlines"))
    return group


def _outline_literal(outlines: Outlines) -> str:
    return packed_literal([outlines.countries, outlines.regions])


@cache
def _default_outline_literal() -> str:
    # The base map is built on every rerun; its outlines never change.
    return _outline_literal(default_outlines())


def build_base_map(
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
    bounds: tuple[tuple[float, float], tuple[float, float]] | None = None,
    tiles: str | None = "OpenStreetMap",
    *,
    outlines: Outlines | None = None,
    legend: bool = True,
    local_assets: bool = True,
    inline_plugins: bool = False,
    zoom_buttons: bool = True,
) -> folium.Map:
    """Return the base map; the same arguments give the same rendered page.

    Parameters
    ----------
    center, zoom
        Initial view (default: Ukraine).
    bounds
        ``((south, west), (north, east))`` to fit instead of centre and zoom.
    tiles
        folium tile name or URL template; ``None`` draws only the offline outlines.
    outlines
        Encoded outlines (default: the gazetteer's).
    legend
        Add the always-visible weapon/size legend.
    local_assets
        Serve Leaflet and plugins from ``/app/static/vendor`` when fetched.
    inline_plugins
        Write the plugin scripts and styles (MarkerCluster, Leaflet.heat) into the
        map itself when their local copies exist. streamlit-folium loads linked
        scripts one after another before drawing, so the app's map draws sooner.
    zoom_buttons
        Show Leaflet's zoom buttons (static exports leave them out).

    Returns
    -------
    folium.Map
        The map; element ids are fixed so reruns render identical text.
    """
    fmap = folium.Map(
        location=list(center or DEFAULT_CENTER),
        zoom_start=DEFAULT_ZOOM if zoom is None else zoom,
        tiles=None,
        # One scale bar, metric only: added by the client library (StrikeMap.init).
        control_scale=False,
        zoom_control=zoom_buttons,
        prefer_canvas=False,
        # MarkerCluster needs the map's max zoom, which otherwise comes from the
        # tile layer; without tiles (offline) the map must state it itself.
        maxZoom=MAX_ZOOM,
    )
    fmap._id = stable_id("map")
    fmap.default_js = [(n, url) for n, url in folium.Map.default_js if n in _MAP_JS]
    fmap.default_css = [(n, url) for n, url in folium.Map.default_css if n in _MAP_CSS]
    init = [
        [[s.code, s.label, s.colour] for s in CATEGORY_STYLES.values()],
        ATTRIBUTION,
        [True],  # options: [metric scale bar]
    ]
    fmap.add_child(StrikeMapLibrary(js_literal(init), inline_plugins=inline_plugins))
    if tiles is not None:
        tile_layer = folium.TileLayer(tiles, name="Tiles", control=True)
        tile_layer._id = stable_id("tiles")
        fmap.add_child(tile_layer)
    fmap.add_child(build_outline_layer(outlines))
    if legend:
        fmap.add_child(LayerCall("legend", js_literal(legend_payload()), key="legend"))
    if bounds is not None:
        fit = FitBounds([list(bounds[0]), list(bounds[1])])
        fit._id = stable_id("bounds")
        fmap.add_child(fit)
    if local_assets:
        use_local_assets(fmap)
    return fmap
