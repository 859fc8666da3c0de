"""Turn events into the GeoDataFrame that the map, table, charts and exports share.

One row per event, EPSG:4326 point geometry (``None`` where the event has no
coordinates), every :class:`~strikemap.models.Event` field as a column, plus
``casualties`` (killed + injured) and ``oblast`` (the region an event lies in).
Columns are built whole from list comprehensions over the events' records
(the stored JSON form, :func:`records_to_frame`), because appending rows one by
one is quadratic and 100,000 events must convert in about a second.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import MISSING, fields
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from strikemap.merge import paused_gc
from strikemap.models import Event, date_flag
from strikemap.safetext import BIDI_CONTROLS, isolate_bidi

_ANY_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
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
    names = _region_names() if region_names is None else region_names
    return _oblast(event.level, event.place, event.iso_region, event.parent, names)


def _oblast(
    level: str | None,
    place: str | None,
    iso_region: str | None,
    parent: str | None,
    names: dict[str, str],
) -> str | None:
    if level == "region":
        return place
    if level == "country":
        return None
    if iso_region and iso_region in names:
        return names[iso_region]
    if level == "city":
        return parent
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
        return _build([e.to_record() for e in events])


def records_to_frame(records: Sequence[dict[str, Any]]) -> gpd.GeoDataFrame:
    """Return the frame of events given as records (:meth:`Event.to_record`, the stored form).

    The same frame as :func:`events_to_frame` of ``Event.from_record`` of each
    record, built column by column from the records without making the
    events (what the store's view is read as: 10,000 events in a fraction of
    the time).
    """
    with paused_gc():
        return _build(records)


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


def _evidence(column: list) -> list[list[dict]]:
    return _items_isolated(
        [
            [
                {"article_id": str(e["article_id"]), "sentence": str(e["sentence"])}
                for e in items or ()
            ]
            for items in column
        ]
    )


def _sources(column: list) -> list[list[dict]]:
    return _items_isolated(
        [
            [
                {
                    "article_id": str(s["article_id"]),
                    "title": s.get("title"),
                    "publisher": s.get("publisher"),
                    "url": s.get("url"),
                    "published": None if (day := s.get("published")) is None else str(day)[:10],
                }
                for s in items or ()
            ]
            for items in column
        ]
    )


def _texts_isolated(values: list) -> list:
    """A text column with :func:`_isolated` texts; as it is when no text holds a bidi control.

    One search of the whole column instead of one per cell.
    """
    if not _ANY_BIDI.search("\n".join([v for v in values if isinstance(v, str)])):
        return values
    return [_isolated(v) for v in values]


def _items_isolated(column: list[list[dict]]) -> list[list[dict]]:
    """A column of lists of dicts (evidence, sources) with :func:`_isolated` items, as above."""
    texts = [v for items in column for item in items for v in item.values() if isinstance(v, str)]
    if not _ANY_BIDI.search("\n".join(texts)):
        return column
    return [[_isolated(item) for item in items] for items in column]


def _date_flag(day: str | None, sources: list[dict]) -> str | None:
    """:func:`strikemap.models.date_flag` of a record's day and its sources' publication days."""
    if day is None:
        return None
    published = [date.fromisoformat(s["published"]) for s in sources if s["published"]]
    return date_flag(date.fromisoformat(day), published)


def _column(records: Sequence[dict[str, Any]], name: str) -> list:
    default = _DEFAULTS.get(name)
    if callable(default):
        return [r[name] if name in r else default() for r in records]
    return [r.get(name, default) for r in records]


_ALL_FIELDS = itemgetter(*EVENT_FIELDS)


def _fields(records: Sequence[dict[str, Any]]) -> dict[str, list]:
    """Return each field's values, in one pass when every record has every field (as stored)."""
    try:
        rows = [_ALL_FIELDS(r) for r in records]
    except KeyError:  # an older record: fill in what it lacks, field by field
        columns = {name: _column(records, name) for name in EVENT_FIELDS}
        columns["article_ids"] = [_article_ids(r) for r in records]
        return columns
    if not rows:
        return {name: [] for name in EVENT_FIELDS}
    return dict(zip(EVENT_FIELDS, map(list, zip(*rows, strict=True)), strict=True))


def _build(records: Sequence[dict[str, Any]]) -> gpd.GeoDataFrame:
    columns = _fields(records)
    days = [None if v is None else str(v)[:10] for v in columns["date"]]
    data: dict[str, object] = {}
    for name in EVENT_FIELDS:
        data[name] = _frame_column(name, columns[name], days)
    killed, injured = data["killed"], data["injured"]
    casualties = killed.fillna(0) + injured.fillna(0)
    casualties[killed.isna() & injured.isna()] = pd.NA
    data["casualties"] = casualties
    names = _region_names()
    data["oblast"] = _objects(
        [
            _oblast(level, place, iso_region, parent, names)
            for level, place, iso_region, parent in zip(
                columns["level"],
                columns["place"],
                columns["iso_region"],
                columns["parent"],
                strict=True,
            )
        ]
    )
    data["date_flag"] = _objects(
        [_date_flag(day, sources) for day, sources in zip(days, data["sources"], strict=True)]
    )
    lat = data["lat"]
    lon = data["lon"]
    points = gpd.points_from_xy(lon, lat, crs=CRS)
    located = ~(np.isnan(lat) | np.isnan(lon))
    geometry = gpd.GeoSeries(np.where(located, np.asarray(points, dtype=object), None), crs=CRS)
    frame = pd.DataFrame(data, columns=list(COLUMNS[:-1]))
    frame["date"] = frame["date"].astype("datetime64[ns]")
    return gpd.GeoDataFrame(frame, geometry=geometry.values, crs=CRS)


def _frame_column(name: str, values: list, days: list[str | None]):
    """Return one field's frame column from its values in the records."""
    if name == "evidence":
        return _objects(_evidence(values))
    if name == "sources":
        return _objects(_sources(values))
    if name in _LIST_COLUMNS:
        return _objects([list(v) for v in values])
    if name == "date":
        if not days:
            return pd.DatetimeIndex([], dtype="datetime64[ns]")
        return pd.to_datetime(days, format="%Y-%m-%d", errors="coerce")
    if name in _INT_COLUMNS:
        return _int_array(values)
    if name in _FLOAT_COLUMNS:
        return np.array([np.nan if v is None else v for v in values], dtype="float64")
    if name in _BOOL_COLUMNS:
        return np.array([bool(v) for v in values], dtype=bool)
    return _objects(_texts_isolated(values))


def _article_ids(record: dict[str, Any]) -> list[str]:
    if "article_ids" in record:
        return list(record["article_ids"])
    return [str(record["article_id"])] if record.get("article_id") is not None else []


_DEFAULTS: dict[str, Any] = {
    f.name: f.default_factory if f.default_factory is not MISSING else f.default
    for f in fields(Event)
    if f.default is not MISSING or f.default_factory is not MISSING
}
"""Each field's value when a record lacks it (as ``Event.from_record`` fills it in)."""
