"""Optional layers for the layer control: heatmap, oblast choropleth, timeline.

Each builder returns a ``folium.FeatureGroup`` that the app adds to the
``feature_group_to_add`` list of ``st_folium`` (or to a map for exports).
"""

from __future__ import annotations

from typing import Literal

import folium
import pandas as pd
from folium.plugins import HeatMap

from strikemap.assets import use_local_assets
from strikemap.mapping.elements import LayerCall
from strikemap.mapping.payload import day_numbers, int_or_none, js_literal
from strikemap.mapping.regions import RegionIndex, default_regions

__all__ = ["build_choropleth_layer", "build_heatmap_layer", "build_timeline_layer"]


def _located(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["lat"].notna() & frame["lon"].notna()]


def build_heatmap_layer(
    frame: pd.DataFrame, *, name: str = "Heatmap", radius: int = 18, show: bool = True
) -> folium.FeatureGroup:
    """Return a heatmap of strikes, each weighted by 1 + a tenth of its casualties (max 6).

    The weighting keeps mass-casualty strikes visible without letting one event
    drown out a region of frequent small ones.
    """
    located = _located(frame)
    points = []
    for lat, lon, casualties in zip(
        located["lat"], located["lon"], located["casualties"], strict=True
    ):
        weight = 1.0 + min((int_or_none(casualties) or 0) / 10.0, 5.0)
        points.append([round(float(lat), 3), round(float(lon), 3), round(weight, 2)])
    group = folium.FeatureGroup(name=name, show=show)
    if points:
        group.add_child(HeatMap(points, radius=radius, blur=15, min_opacity=0.3, max_zoom=12))
    use_local_assets(group)
    return group


def build_choropleth_layer(
    frame: pd.DataFrame,
    *,
    measure: Literal["strikes", "casualties"] = "strikes",
    regions: RegionIndex | None = None,
    name: str | None = None,
    show: bool = True,
) -> folium.FeatureGroup:
    """Return oblasts shaded by their number of strikes or casualties.

    Parameters
    ----------
    frame
        Events frame; its ``oblast`` column names each event's region.
    measure
        ``"strikes"`` counts events, ``"casualties"`` sums killed + injured.
    regions
        Oblast outlines (default: the gazetteer's).
    """
    index = default_regions() if regions is None else regions
    totals: dict[int, int] = {}
    for oblast, iso_region, casualties in zip(
        frame["oblast"], frame["iso_region"], frame["casualties"], strict=True
    ):
        found = index.find(iso_region, oblast)
        if found is None:
            continue
        amount = 1 if measure == "strikes" else (int_or_none(casualties) or 0)
        totals[found] = totals.get(found, 0) + amount
    rows = [[index.names[i], index.geometries[i], value] for i, value in sorted(totals.items())]
    largest = max(totals.values(), default=0)
    label = "strikes" if measure == "strikes" else "killed + injured"
    group = folium.FeatureGroup(name=name or f"Oblasts by {label}", show=show)
    group.add_child(LayerCall("choropleth", js_literal([label, largest, rows])))
    return group


def build_timeline_layer(
    frame: pd.DataFrame, *, name: str = "Timeline (by day)", show: bool = True
) -> folium.FeatureGroup:
    """Return a day-by-day playback of the strike layer: a slider and play button on the map.

    While the layer is on, the strike layer shows only the events of one day, and
    the control at the bottom left gives that day's date and counts; the play
    button steps from one day with events to the next, skipping empty days. The
    payload is the list of those days (since 1970-01-01), ascending.
    """
    days = sorted({d for d in day_numbers(frame["date"]) if d is not None})
    group = folium.FeatureGroup(name=name, show=show)
    group.add_child(LayerCall("timeline", js_literal([days])))
    return group
