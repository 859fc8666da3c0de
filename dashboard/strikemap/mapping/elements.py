"""folium elements that hand payloads to the strikemap client library.

Each element renders one call ``StrikeMap.<function>(<parent>, <payload>)`` whose
payload is built by :func:`strikemap.mapping.payload.js_literal`; no article text
ever becomes part of a template.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from importlib import resources
from typing import ClassVar

from branca.element import Element, Figure, MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from strikemap.assets import local_asset_path

__all__ = ["LayerCall", "RenderedMacroElement", "StrikeMapLibrary", "stable_id"]

_CDNJS = "https://cdnjs.cloudflare.com/ajax/libs"
_UNSAFE_INLINE = re.compile(r"</(?:script|style)|\{[{%#]", re.IGNORECASE)


def stable_id(name: str) -> str:
    """Return a fixed element id for ``name``, distinct from any other element's.

    Fixed ids make reruns render identical text. They look like folium's random
    hex ids because streamlit-folium renames every ``_<id>`` token of the script
    by element id: a short word like ``legend`` could collide with another
    element or with text in a payload.
    """
    return hashlib.sha256(f"strikemap:{name}".encode()).hexdigest()[:24]


class _Rendered(Element):
    """Text that is already rendered: written into the page as it is."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: object) -> str:
        return self.text


class RenderedMacroElement(MacroElement):
    """A MacroElement whose rendered macros go into the page without another Jinja pass.

    branca wraps each rendered macro in an ``Element``, which compiles the text as
    a Jinja template although it is only ever rendered verbatim. For a layer
    carrying 100,000 events that compile cost about 0.2 s of every rerun. (The
    payloads stay Jinja-inert regardless, see :func:`strikemap.safetext.script_data`.)
    """

    def render(self, **kwargs: object) -> None:
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError("You cannot render this Element if it is not in a Figure.")
        macros = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = macros.get(part)
            if macro is not None:
                getattr(figure, part).add_child(
                    _Rendered(macro(self, kwargs)), name=self.get_name()
                )
        for element in self._children.values():
            element.render(**kwargs)


@cache
def _resource(name: str) -> str:
    return resources.files("strikemap.mapping").joinpath(name).read_text(encoding="utf-8")


class StrikeMapLibrary(JSCSSMixin, RenderedMacroElement):
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
            <style>{{ this.plugin_css }}{{ this.css }}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            {{ this.plugin_js }}
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

    def __init__(self, init_payload: str, *, inline_plugins: bool = False) -> None:
        super().__init__()
        self._name = "StrikeMapLibrary"
        self._id = stable_id("library")
        self.init_payload = init_payload
        self.library = _resource("strikemap.js")
        self.css = _resource("strikemap.css")
        self.plugin_js = self.plugin_css = ""
        plugins = _local_plugins() if inline_plugins else None
        if plugins is not None:
            # streamlit-folium loads a map's scripts one at a time before drawing
            # it; written into the map's own script the plugins cost no round trip.
            self.plugin_js, self.plugin_css = plugins
            self.default_js = []
            self.default_css = []


@cache
def _local_plugins() -> tuple[str, str] | None:
    """Return the plugin scripts and stylesheets of the library from their local copies.

    ``None`` when any of them has not been fetched (then the page links them, from
    the CDN if need be). The files come from the npm registry and the folium wheel
    and hold no ``</script>``, ``</style>`` or Jinja delimiters; a file that does is
    refused, since it could end its element early or be re-rendered as a template.
    """
    texts = []
    for _, url in (*StrikeMapLibrary.default_js, *StrikeMapLibrary.default_css):
        path = local_asset_path(url)
        if path is None:
            return None
        text = path.read_text(encoding="utf-8")
        if _UNSAFE_INLINE.search(text):
            return None
        texts.append(text)
    scripts = len(StrikeMapLibrary.default_js)
    return "\n;\n".join(texts[:scripts]), "\n".join(texts[scripts:])


class LayerCall(RenderedMacroElement):
    """Render ``StrikeMap.<function>(<parent layer or map>, <payload>[, <options>])``.

    Parameters
    ----------
    function
        One of the library's entry points: ``strikes``, ``timeline``,
        ``choropleth``, ``outlines``, ``legend`` or ``labels``.
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

    _FUNCTIONS = frozenset({"strikes", "timeline", "choropleth", "outlines", "legend", "labels"})

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
