"""Map building: base map, strike layer, optional layers and legend.

Typical use in the app::

    m = build_base_map()
    layers = [build_strike_layer(frame), build_heatmap_layer(frame, show=False)]
    st_folium(m, feature_group_to_add=layers, layer_control=folium.LayerControl())

Article-derived text reaches the page only as data in a JavaScript array literal
(:func:`strikemap.mapping.payload.js_literal`) shown through ``textContent`` by
``strikemap.js``; it is never folium/Jinja template content nor HTML.
"""

from strikemap.mapping.basemap import (
    ATTRIBUTION,
    build_base_map,
    build_outline_layer,
    legend_payload,
)
from strikemap.mapping.layers import (
    build_choropleth_layer,
    build_heatmap_layer,
    build_timeline_layer,
)
from strikemap.mapping.regions import RegionIndex, default_outlines, default_regions
from strikemap.mapping.strikes import (
    StrikeEncoding,
    build_strike_layer,
    encode_strikes,
    strike_payload,
)
from strikemap.mapping.styles import CATEGORY_STYLES, category_of, size_class

__all__ = [
    "ATTRIBUTION",
    "CATEGORY_STYLES",
    "RegionIndex",
    "StrikeEncoding",
    "build_base_map",
    "build_choropleth_layer",
    "build_heatmap_layer",
    "build_outline_layer",
    "build_strike_layer",
    "build_timeline_layer",
    "category_of",
    "default_outlines",
    "default_regions",
    "encode_strikes",
    "legend_payload",
    "size_class",
    "strike_payload",
]
