"""Turn events into the GeoDataFrame that the map, table, charts and exports share.

One row per event, EPSG:4326 point geometry (``None`` where the event has no
coordinates), every :class:`~strikemap.models.Event` field as a column, plus
``casualties`` (killed + injured) and ``oblast`` (the region an event lies in).
Columns are built whole from list comprehensions because appending rows one by
one is quadratic and 100,000 events must convert in about a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from functools import lru_cache

import geopandas as gpd
import numpy as np
import pandas as pd

from strikemap.merge import paused_gc
from strikemap.models import Event
from strikemap.safetext import isolate_bidi

#: Every column of an events frame, in order (``geometry`` last).
EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Event))
COLUMNS: tuple[str, ...] = (*EVENT_FIELDS, "casualties", "oblast", "date_flag", "geometry")
CRS = "EPSG:4326"

_INT_COLUMNS = ("killed", "injured", "casualties")
_FLOAT_COLUMNS = ("lat", "lon", "confidence")
_BOOL_COLUMNS = ("killed_at_least", "injured_at_least", "primary", "interception_debris")
_LIST_COLUMNS = ("article_ids", "weapons", "models", "disputed")


@lru_cache(maxsize=1)
def _region_names() -> dict[str, str]:
    """Map ISO 3166-2 codes to region names from the gazetteer.

    An empty mapping when the gazetteer files are not available (a frame is
    still useful without the oblast column filled for districts).
    """
    from strikemap.gazetteer import Gazetteer, GazetteerError

    try:
        regions = Gazetteer.load().regions()
    except (GazetteerError, OSError):
        return {}
    return {place.iso_region: place.name for place in regions if place.iso_region}


def oblast_of(event: Event, region_names: dict[str, str] | None = None) -> str | None:
    """Return the name of the region (oblast) an event lies in, when known.

    A region-level event is its own oblast; other levels go through their
    ``iso_region`` code, and a city's ``parent`` is its oblast when the code
    is missing. A district's parent is its city, never an oblast.
    """
    if event.level == "region":
        return event.place
    if event.level == "country":
        return None
    names = _region_names() if region_names is None else region_names
    if event.iso_region and event.iso_region in names:
        return names[event.iso_region]
    if event.level == "city":
        return event.parent
    return None


def _objects(values: list) -> pd.Series:
    # An object Series keeps None for missing text (pandas 3 would otherwise
    # infer its ``str`` dtype with NaN) and keeps lists as lists.
    return pd.Series(values, dtype=object)


def _int_array(values: list[int | None]) -> pd.array:
    return pd.array(values, dtype="Int64")


def events_to_frame(events: Sequence[Event]) -> gpd.GeoDataFrame:
    """Return one row per event as a GeoDataFrame (see the module docstring).

    Parameters
    ----------
    events
        Events, merged or per article.

    Returns
    -------
    geopandas.GeoDataFrame
        ``date`` is ``datetime64[ns]`` normalised to the day (``NaT`` when
        unknown); ``killed``/``injured``/``casualties`` are nullable ``Int64``;
        text columns are ``object`` with ``None`` for missing values;
        list fields are Python lists; ``evidence`` and ``sources`` are lists of
        dicts. An empty input gives an empty frame with the same columns.
    """
    with paused_gc():
        return _build(list(events))


def _isolated(value):
    """Text with bidi controls wrapped in an isolate (exports strip them again), else as is.

    Text stored before intake stripped bidi controls may still hold an unterminated
    right-to-left override; isolated, it cannot reverse the rest of a table row or popup.
    """
    if isinstance(value, str):
        return isolate_bidi(value)
    if isinstance(value, dict):
        return {k: isolate_bidi(v) if isinstance(v, str) else v for k, v in value.items()}
    return value


def _build(events: list[Event]) -> gpd.GeoDataFrame:
    region_names = _region_names()
    data: dict[str, object] = {}
    for name in EVENT_FIELDS:
        if name in ("evidence", "sources"):
            data[name] = _objects(
                [[_isolated(item.to_record()) for item in getattr(e, name)] for e in events]
            )
        elif name in _LIST_COLUMNS:
            data[name] = _objects([list(getattr(e, name)) for e in events])
        elif name == "date":
            data[name] = (
                pd.to_datetime([e.date for e in events], errors="coerce").normalize()
                if events
                else pd.DatetimeIndex([], dtype="datetime64[ns]")
            )
        elif name in _INT_COLUMNS:
            data[name] = _int_array([getattr(e, name) for e in events])
        elif name in _FLOAT_COLUMNS:
            data[name] = np.array(
                [np.nan if getattr(e, name) is None else getattr(e, name) for e in events],
                dtype="float64",
            )
        elif name in _BOOL_COLUMNS:
            data[name] = np.array([bool(getattr(e, name)) for e in events], dtype=bool)
        else:
            data[name] = _objects([_isolated(getattr(e, name)) for e in events])
    data["casualties"] = _int_array([e.casualties for e in events])
    data["oblast"] = _objects([oblast_of(e, region_names) for e in events])
    data["date_flag"] = _objects([e.date_flag for e in events])
    lat = data["lat"]
    lon = data["lon"]
    points = gpd.points_from_xy(lon, lat, crs=CRS)
    located = ~(np.isnan(lat) | np.isnan(lon))
    geometry = gpd.GeoSeries(np.where(located, np.asarray(points, dtype=object), None), crs=CRS)
    frame = pd.DataFrame(data, columns=list(COLUMNS[:-1]))
    frame["date"] = frame["date"].astype("datetime64[ns]")
    return gpd.GeoDataFrame(frame, geometry=geometry.values, crs=CRS)
