"""folium elements that hand payloads to the strikemap client library.

Each element renders one call ``StrikeMap.<function>(<parent>, <payload>)`` whose
payload is built by :func:`strikemap.mapping.payload.js_literal`; no article text
ever becomes part of a template.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from typing import ClassVar

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

__all__ = ["LayerCall", "StrikeMapLibrary", "stable_id"]

_CDNJS = "https://cdnjs.cloudflare.com/ajax/libs"


def stable_id(name: str) -> str:
    """Return a fixed element id for ``name``, distinct from any other element's.

    Fixed ids make reruns render identical text. They look like folium's random
    hex ids because streamlit-folium renames every ``_<id>`` token of the script
    by element id: a short word like ``legend`` could collide with another
    element or with text in a payload.
    """
    return hashlib.sha256(f"strikemap:{name}".encode()).hexdigest()[:24]


@cache
def _resource(name: str) -> str:
    return resources.files("strikemap.mapping").joinpath(name).read_text(encoding="utf-8")


class StrikeMapLibrary(JSCSSMixin, MacroElement):
    """The client library, its CSS and the plugin scripts every strike layer needs.

    It belongs to the base map, not to a layer: streamlit-folium loads scripts only
    when the map is first drawn, so MarkerCluster and Leaflet.heat must be listed
    there even before a layer uses them.

    Parameters
    ----------
    init_payload
        ``[[code, label, colour], ...], attribution`` as a JS literal.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
            <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            {{ this.library }}
            StrikeMap.init({{ this._parent.get_name() }}, {{ this.init_payload }});
        {% endmacro %}
        """
    )

    default_js: ClassVar[list[tuple[str, str]]] = [
        ("markerclusterjs", f"{_CDNJS}/leaflet.markercluster/1.1.0/leaflet.markercluster.js"),
        (
            "leaflet-heat.js",
            "https://cdn.jsdelivr.net/gh/python-visualization/folium@main/folium/templates/"
            "leaflet_heat.min.js",
        ),
    ]
    default_css: ClassVar[list[tuple[str, str]]] = [
        ("markerclustercss", f"{_CDNJS}/leaflet.markercluster/1.1.0/MarkerCluster.css"),
        (
            "markerclusterdefaultcss",
            f"{_CDNJS}/leaflet.markercluster/1.1.0/MarkerCluster.Default.css",
        ),
    ]

    def __init__(self, init_payload: str) -> None:
        super().__init__()
        self._name = "StrikeMapLibrary"
        self._id = stable_id("library")
        self.init_payload = init_payload
        self.library = _resource("strikemap.js")
        self.css = _resource("strikemap.css")


class LayerCall(MacroElement):
    """Render ``StrikeMap.<function>(<parent layer or map>, <payload>[, <options>])``.

    Parameters
    ----------
    function
        One of the library's entry points: ``strikes``, ``timeline``,
        ``choropleth``, ``outlines`` or ``legend``.
    payload
        Output of :func:`~strikemap.mapping.payload.js_literal`.
    options
        Optional second literal (also from ``js_literal``).
    key
        Stable element id, so that the same layer renders to the same text on
        every rerun; a random id when omitted. Ids must differ within one map.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            StrikeMap.{{ this.function }}({{ this._parent.get_name() }}, {{ this.payload }}
            {%- if this.options %}, {{ this.options }}{% endif %});
        {% endmacro %}
        """
    )

    _FUNCTIONS = frozenset({"strikes", "timeline", "choropleth", "outlines", "legend"})

    def __init__(
        self, function: str, payload: str, options: str | None = None, key: str | None = None
    ) -> None:
        if function not in self._FUNCTIONS:
            raise ValueError(f"unknown StrikeMap function {function!r}")
        super().__init__()
        self._name = f"StrikeMap_{function}"
        if key is not None:
            self._id = stable_id(key)
        self.function = function
        self.payload = payload
        self.options = options
