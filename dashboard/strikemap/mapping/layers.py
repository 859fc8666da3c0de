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

__all__ = [
    "build_choropleth_layer",
    "build_heatmap_layer",
    "build_label_layer",
    "build_timeline_layer",
    "oblast_centres",
]


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


#: Oblasts whose largest city is not their centre: Kyiv Oblast is run from Kyiv,
#: which has a region (Kyiv City) and a label of its own.
_CENTRE_ELSEWHERE = frozenset({"UA-32"})


def oblast_centres(country: str = "UA") -> list[tuple[float, float, str]]:
    """Return ``(lat, lon, name)`` of each oblast centre of ``country`` in the gazetteer.

    An oblast's centre is taken as its most populous city, which it is for every
    Ukrainian oblast but Kyiv Oblast (administered from Kyiv; left out).
    """
    from strikemap.gazetteer import Gazetteer

    largest: dict[str, tuple[int, float, float, str]] = {}
    for place in Gazetteer.load():
        region = place.iso_region
        if place.level != "city" or place.country != country or not region:
            continue
        if region in _CENTRE_ELSEWHERE:
            continue
        population = place.population or 0
        if region not in largest or population > largest[region][0]:
            largest[region] = (population, place.lat, place.lon, place.name)
    return [(lat, lon, name) for _, lat, lon, name in sorted(largest.values(), reverse=True)]


def build_label_layer(
    frame: pd.DataFrame,
    *,
    centres: list[tuple[float, float, str]] | None = None,
    max_places: int = 30,
    name: str = "Place names",
) -> folium.FeatureGroup:
    """Return names for a static map: the struck places and, optionally, oblast centres.

    Parameters
    ----------
    frame
        The events; each located place is named once, the most struck first, up
        to ``max_places`` names. Region-level events are left out (their outline
        shows).
    centres
        ``(lat, lon, name)`` of oblast centres to name in a lighter style
        (:func:`oblast_centres`), e.g. on the offline base map without tiles.
    """
    located = _located(frame)
    located = located[located["level"] != "region"]
    counts: dict[tuple[str, float, float], int] = {}
    for place, lat, lon in zip(located["place"], located["lat"], located["lon"], strict=True):
        key = (str(place), round(float(lat), 3), round(float(lon), 3))
        counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])[:max_places]
    rows = [[lat, lon, place, 0] for (place, lat, lon), _ in ranked]
    named = {place for place, _, _ in counts}
    for lat, lon, centre in centres or ():
        if centre not in named:
            rows.append([round(lat, 3), round(lon, 3), centre, 1])
    group = folium.FeatureGroup(name=name)
    group.add_child(LayerCall("labels", js_literal(rows)))
    return group
