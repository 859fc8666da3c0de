"""The map panel: a constant base map with the filtered layers added by streamlit-folium.

The base map is built from the view the session started with (the URL's
``lat``/``lon``/``zoom``, or the default), so its script never changes during a
session and streamlit-folium does not reload it; the strike layer and the
optional layers go in through ``feature_group_to_add`` and are swapped in place
when a filter changes. Selecting an event pans the map through st_folium's
``center``/``zoom`` arguments, which also move the map without reloading it.
The map's centre and zoom are written back to the URL after each move, so a
copied link reopens the same view.
"""

from __future__ import annotations

import copy
import hashlib
import math
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import folium
import pandas as pd
import streamlit as st
import streamlit.components.v1 as components
from streamlit_folium import st_folium

from strikemap.mapping import (
    StrikeEncoding,
    build_base_map,
    build_choropleth_layer,
    build_heatmap_layer,
    build_strike_layer,
    build_timeline_layer,
)
from strikemap.ui import settings
from strikemap.ui.sidebar import LayerChoice

MAP_KEY = "map"
TABLE_KEY_PREFIX = "events_table-"
LAYER_IDS_KEY = "map_event_ids"
"""Session-state entry holding the event ids drawn on the map (a seam for tests)."""
DETAIL_KEY = "detail_choice"
VIEW_PARAMS = ("lat", "lon", "zoom")
RETURNED = (
    "center",
    "zoom",
    "bounds",
    "last_object_clicked_popup",
    "last_object_clicked_tooltip",
)
CLICK_PREFIX = "strikemap-event:"
"""How ``strikemap.js`` reports a clicked event: ``strikemap-event:<event id>:<click number>``."""
WINDOW_PREFIX = "strikemap-window:"
"""How the timeline reports its day: ``strikemap-window:<first>:<last>`` (days since 1970)."""
FOCUS_ZOOM = 12
DEFAULT_TILES = "OpenStreetMap"
MAP_HEIGHT = 560

Bounds = tuple[tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class MapState:
    """What the map reported back: its view and the event clicked, if any."""

    center: tuple[float, float] | None
    zoom: int | None
    bounds: Bounds | None
    clicked: dict[str, Any] | None


def view_from_params(params: Mapping[str, str]) -> tuple[tuple[float, float] | None, int | None]:
    """Read ``lat``, ``lon`` and ``zoom`` from query parameters; invalid values are ignored."""
    center = None
    zoom = None
    try:
        lat, lon = float(params["lat"]), float(params["lon"])
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            center = (lat, lon)
    except (KeyError, ValueError):
        pass
    try:
        value = int(float(params["zoom"]))
        if 0 <= value <= 19:
            zoom = value
    except (KeyError, ValueError):
        pass
    return center, zoom


def view_to_params(center: tuple[float, float] | None, zoom: int | None) -> dict[str, str]:
    """Return the query parameters that record a map view (4 decimals: about 10 m)."""
    out: dict[str, str] = {}
    if center is not None:
        out["lat"], out["lon"] = f"{center[0]:.4f}", f"{center[1]:.4f}"
    if zoom is not None:
        out["zoom"] = str(int(zoom))
    return out


def bounds_from_component(value: Any) -> Bounds | None:
    """Convert Leaflet bounds (``_southWest``/``_northEast`` dicts) into ``((s, w), (n, e))``."""
    try:
        sw, ne = value["_southWest"], value["_northEast"]
        south, west, north, east = (float(v) for v in (sw["lat"], sw["lng"], ne["lat"], ne["lng"]))
    except (KeyError, TypeError, ValueError):
        return None
    if any(math.isnan(v) for v in (south, west, north, east)):
        return None
    return (south, west), (north, east)


def row_of(frame: pd.DataFrame, event_id: str) -> dict[str, Any] | None:
    """Return one event of ``frame`` as a dict, or ``None`` when it is not in the view."""
    hits = frame.index[frame["event_id"] == event_id]
    if len(hits) == 0:
        return None
    return frame.loc[hits[0]].to_dict()


def table_key(view_key: Hashable) -> str:
    """Return the events table's widget key for one view (store revision and filters).

    A selection is a row position, so it must not outlive the rows it was made
    on: a new view gets a new key and starts without a selection.
    """
    digest = hashlib.sha256(repr(view_key).encode("utf-8")).hexdigest()[:16]
    return f"{TABLE_KEY_PREFIX}{digest}"


def selected_event(view: pd.DataFrame, table: pd.DataFrame, key: str) -> dict[str, Any] | None:
    """Return the event of the table's selected row (read before the table is drawn).

    Parameters
    ----------
    view
        The filtered events.
    table
        The rows the table shows (:func:`strikemap.ui.summary.table_frame` of ``view``).
    key
        The table's widget key (:func:`table_key`).
    """
    selection = st.session_state.get(key)
    rows = (selection or {}).get("selection", {}).get("rows", []) if selection else []
    if not rows or rows[0] >= len(table):
        return None
    return row_of(view, table.iloc[rows[0]]["event_id"])


def clicked_event_id(value: Any) -> tuple[str, str] | None:
    """Return ``(event id, click token)`` from what the map reported for a click, else ``None``.

    The map reports the id of the event whose marker or outline was clicked
    (``strikemap.js``), never just a position: events stacked on one point must
    not be confused. The token differs for each click, so clicking the same
    marker again after choosing a table row shows that marker's event again.
    """
    if not isinstance(value, str) or not value.startswith(CLICK_PREFIX):
        return None
    event_id, _, _number = value[len(CLICK_PREFIX) :].partition(":")
    return (event_id, value) if event_id else None


def playback_window(value: Any) -> tuple[date, date] | None:
    """Return the timeline's ``(first day, last day)`` from the map's report, else ``None``."""
    if not isinstance(value, str) or not value.startswith(WINDOW_PREFIX):
        return None
    try:
        first, last = (int(part) for part in value[len(WINDOW_PREFIX) :].split(":"))
    except ValueError:
        return None
    epoch = date(1970, 1, 1)
    return epoch + timedelta(days=first), epoch + timedelta(days=last)


def detail_event(
    view: pd.DataFrame, focus: Mapping[str, Any] | None, clicked: Mapping[str, Any] | None
) -> dict[str, Any] | None:
    """Return the event the detail panel shows: the latest of a row selection or marker click.

    Both stay set across reruns (the table keeps its selection, the map its last
    click), so the one that changed since the previous run wins.
    """
    focus_id = focus["event_id"] if focus is not None else None
    click_id = clicked["event_id"] if clicked is not None else None
    click_token = clicked.get("click") if clicked is not None else None
    previous = st.session_state.get(DETAIL_KEY, {})
    if click_id is not None and click_token != previous.get("click"):
        chosen = click_id
    elif focus_id != previous.get("focus"):
        chosen = focus_id
    else:
        chosen = previous.get("chosen")
    st.session_state[DETAIL_KEY] = {"focus": focus_id, "click": click_token, "chosen": chosen}
    return row_of(view, chosen) if chosen is not None else None


def playback_day() -> tuple[date, date] | None:
    """Return the day the map's timeline shows (read before the map is drawn), else ``None``."""
    returned = st.session_state.get(MAP_KEY)
    if not isinstance(returned, Mapping):
        return None
    return playback_window(returned.get("last_object_clicked_tooltip"))


_SCROLL_SCRIPT = """<script>
// %s
const frame = window.parent.document.querySelector('iframe[title="streamlit_folium.st_folium"]');
if (frame) { frame.scrollIntoView({behavior: "smooth", block: "center"}); }
</script>"""


def scroll_to_map(event_id: str) -> None:
    """Bring the map into view after a table row was chosen (once per chosen event).

    The table sits below the map: without this the map, now centred on the
    event with its marker ringed, would stay out of sight.
    """
    if st.session_state.get("scrolled_to") == event_id:
        return
    st.session_state["scrolled_to"] = event_id
    # The event id is hex, written into a comment only so each choice renders anew.
    marker = "".join(c for c in str(event_id) if c.isalnum())
    components.html(_SCROLL_SCRIPT % marker, height=0)


_DETAIL_SCRIPT = """<script>
// %s
const parent = window.parent;
if (parent.matchMedia("(max-width: %dpx)").matches) {
  // Runs in the page itself, not in this frame: the next rerun (a popup that pans the map)
  // removes this frame, and the page may still be moving the panel down while it settles
  // (for many seconds on a loaded server). The panel is brought into view until seen in
  // place twice in a row; a reader who scrolls, swipes or types takes over at once.
  const script = parent.document.createElement("script");
  script.textContent = `(() => {
    // Once per tap, however often a rerun draws this frame again.
    if (window.smDetailTap === "%s") { return; }
    window.smDetailTap = "%s";
    let done = false;
    let seen = 0;
    const stop = () => { done = true; };
    ["wheel", "touchstart", "keydown"].forEach(
      (name) => window.addEventListener(name, stop, {once: true, passive: true}));
    const bring = () => {
      const panel = document.querySelector(".st-key-%s");
      if (done || !panel) { return; }
      const top = panel.getBoundingClientRect().top;
      if (top >= 0 && top <= window.innerHeight / 3) { seen += 1; done = seen >= 2; return; }
      seen = 0;
      panel.scrollIntoView({behavior: "smooth", block: "start"});
    };
    bring();
    [400, 1200, 2500, 5000, 8000, 12000, 18000, 25000].forEach((ms) => setTimeout(bring, ms));
  })();`;
  parent.document.body.appendChild(script);
  script.remove();
}
</script>"""
#: Widest screen (CSS px) on which the page stacks the detail panel below the map.
STACKED_MAX_WIDTH = 640
DETAIL_PANEL_KEY = "event_detail"
"""Key of the detail panel's container (its element carries ``st-key-event_detail``)."""


def scroll_to_detail(clicked: Mapping[str, Any] | None) -> None:
    """Bring the detail panel into view after a marker tap on a phone (once per tap).

    On a narrow screen the columns stack and the panel sits below the whole
    map, some 600 px under the tapped marker; on a wide one it is beside the
    map and nothing moves.
    """
    token = clicked.get("click") if clicked is not None else None
    if token is None:
        return
    # Drawn on every rerun while this tap is the latest, the same each time: a rerun
    # that follows at once (the popup panning the map) keeps the frame instead of
    # removing it before its script ran; the script itself acts once per tap.
    marker = "".join(c for c in str(token) if c.isalnum())
    script = _DETAIL_SCRIPT % (marker, STACKED_MAX_WIDTH, marker, marker, DETAIL_PANEL_KEY)
    components.html(script, height=0)


def focus_layer(lat: float, lon: float) -> folium.FeatureGroup:
    """Return a ring that marks the chosen event's marker."""
    group = folium.FeatureGroup(name="Chosen event", control=False)
    folium.CircleMarker(
        [lat, lon],
        radius=24,
        color="#0b57d0",
        weight=4,
        fill=False,
        interactive=False,
        class_name="sm-focus",
    ).add_to(group)
    return group


def _initial_view() -> tuple[tuple[float, float] | None, int | None]:
    # Fixed for the session: a base map built from the live view would change
    # its script on every pan and make streamlit-folium reload it.
    if "map_initial_view" not in st.session_state:
        params = {k: st.query_params[k] for k in VIEW_PARAMS if k in st.query_params}
        st.session_state["map_initial_view"] = view_from_params(params)
    return st.session_state["map_initial_view"]


def layer_groups(
    view: pd.DataFrame, layers: LayerChoice, encoding: StrikeEncoding | None = None
) -> list[folium.FeatureGroup]:
    """Return the feature groups to draw for the filtered events and the layer choice.

    ``encoding`` holds the strike rows of the events ``view`` was filtered from
    (:func:`strikemap.mapping.encode_strikes`); without it the view is encoded.
    """
    groups = []
    if layers.choropleth:
        groups.append(build_choropleth_layer(view, measure=layers.choropleth_metric))
    if layers.heatmap:
        groups.append(build_heatmap_layer(view))
    if layers.timeline:
        groups.append(build_timeline_layer(view))
    groups.append(build_strike_layer(view, encoding=encoding))
    return groups


@st.cache_resource(show_spinner=False, max_entries=8)
def st_map_layers(
    _view: pd.DataFrame,
    view_key: Hashable,
    layers: LayerChoice,
    _encoding: StrikeEncoding | None = None,
) -> list[folium.FeatureGroup]:
    """Return the layers of a view, built once per ``view_key`` (e.g. store revision + filters).

    Panning or zooming reruns the script with unchanged filters; without this
    cache every pan would rebuild the strike layer (about 1.5 s at 100,000
    events). Callers must pass copies to st_folium, which changes the groups it
    is given (see :func:`render_map`).
    """
    return layer_groups(_view, layers, _encoding)


def render_map(
    view: pd.DataFrame,
    layers: LayerChoice,
    *,
    focus: Mapping[str, Any] | None = None,
    view_key: Hashable | None = None,
    encoding: StrikeEncoding | None = None,
) -> MapState:
    """Draw the map of the filtered events and return what it reports back.

    Parameters
    ----------
    view
        The filtered events.
    layers
        Which optional layers to draw.
    focus
        An event to centre on (the table's selected row).
    view_key
        A hashable value that identifies ``view`` (store revision and filters);
        when given, the layers are built once per key and reused across reruns.
    encoding
        The strike rows of the events ``view`` was filtered from (see
        :func:`layer_groups`).
    """
    center, zoom = _initial_view()
    tiles = None if layers.offline else settings.setting(settings.TILES_SETTING) or DEFAULT_TILES
    base = build_base_map(center=center, zoom=zoom, tiles=tiles, inline_plugins=True)
    st.session_state[LAYER_IDS_KEY] = list(view["event_id"])
    if view_key is None:
        groups = layer_groups(view, layers, encoding)
    else:
        # st_folium sets ids on the groups and adds them to the map: hand it copies
        # (cheap: the layer data is one immutable string) and keep the cached ones clean.
        groups = [copy.deepcopy(g) for g in st_map_layers(view, view_key, layers, encoding)]
    target_center = target_zoom = None
    if focus is not None and not pd.isna(focus.get("lat")) and not pd.isna(focus.get("lon")):
        target_center, target_zoom = (float(focus["lat"]), float(focus["lon"])), FOCUS_ZOOM
        groups.append(focus_layer(*target_center))
    returned = (
        st_folium(
            base,
            key=MAP_KEY,
            height=MAP_HEIGHT,
            use_container_width=True,
            returned_objects=list(RETURNED),
            feature_group_to_add=groups,
            center=target_center,
            zoom=target_zoom,
        )
        or {}
    )
    live_center = None
    if isinstance(returned.get("center"), Mapping):
        live_center = (float(returned["center"]["lat"]), float(returned["center"]["lng"]))
    live_zoom = returned.get("zoom") if isinstance(returned.get("zoom"), int | float) else None
    for name, value in view_to_params(live_center, live_zoom).items():
        if st.query_params.get(name) != value:
            st.query_params[name] = value
    clicked = None
    click = clicked_event_id(returned.get("last_object_clicked_popup"))
    if click is not None:
        row = row_of(view, click[0])
        if row is not None:
            clicked = {**row, "click": click[1]}
    return MapState(
        center=live_center,
        zoom=int(live_zoom) if live_zoom is not None else None,
        bounds=bounds_from_component(returned.get("bounds")),
        clicked=clicked,
    )
