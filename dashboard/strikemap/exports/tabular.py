"""CSV, GeoJSON and GeoPackage exports of an events frame.

Each export carries every column of :func:`strikemap.frames.events_to_frame`,
including the sources (publisher, title, URL, date) and the quoted evidence of
every event, so a download stays traceable outside the app.

Values are exported as data, never as markup: the CSV guards against spreadsheet
formula injection, and the GeoJSON/GeoPackage hold the original strings (JSON
escaping keeps them inert; whoever renders them as HTML must escape them).
"""

from __future__ import annotations

import csv
import io
import json
import math
import tempfile
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import mapping

from strikemap.safetext import strip_bidi

__all__ = [
    "CSV_LIST_SEPARATOR",
    "GPKG_LAYER",
    "geojson_features",
    "plain_value",
    "to_csv",
    "to_geojson",
    "to_geopackage",
]

CSV_LIST_SEPARATOR = "; "
GPKG_LAYER = "events"
#: A spreadsheet treats a cell starting with one of these as a formula (or, for tab
#: and carriage return, strips it and then does), so such cells get a leading quote.
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: Most characters Excel holds in one cell; longer cells are cut with :data:`CUT_MARK`.
EXCEL_CELL_CHARS = 32_767
CUT_MARK = " [cut: over Excel's 32,767-character cell limit]"


def plain_value(value: Any) -> Any:
    """Return ``value`` as JSON-ready Python: ``None`` for missing, ISO text for days.

    Parameters
    ----------
    value
        A cell of an events frame: scalar, numpy/pandas scalar, timestamp, list of
        strings or list of dicts (evidence, sources).

    Returns
    -------
    Any
        ``None``, ``bool``, ``int``, ``float``, ``str``, or lists/dicts of those.
        Timestamps become ``YYYY-MM-DD`` because event dates have day precision.
    """
    if isinstance(value, Mapping):
        return {str(k): plain_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple | np.ndarray):
        return [plain_value(v) for v in value]
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp | datetime | date):
        return value.date().isoformat() if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, np.bool_ | bool):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        return None if math.isnan(value) else float(value)
    if isinstance(value, str):
        # Exports carry no bidi controls: an unterminated right-to-left override
        # would show the rest of a cell or line reversed.
        return strip_bidi(value)
    return value


def _attribute_columns(frame: pd.DataFrame) -> list[str]:
    geometry = frame.geometry.name if isinstance(frame, gpd.GeoDataFrame) else None
    return [c for c in frame.columns if c != geometry]


def _is_record_list(value: Any) -> bool:
    return isinstance(value, list) and any(isinstance(v, Mapping) for v in value)


def _csv_cell(value: Any) -> str:
    value = plain_value(value)
    if value is None:
        text = ""
    elif isinstance(value, dict) or _is_record_list(value):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, list):
        text = CSV_LIST_SEPARATOR.join("" if v is None else str(v) for v in value)
    elif isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = str(value)
        if not isinstance(value, str):
            # Numbers such as a negative longitude stay numbers in the sheet.
            return text
    if text.startswith(_FORMULA_TRIGGERS):
        text = "'" + text
    if len(text) > EXCEL_CELL_CHARS:
        text = text[: EXCEL_CELL_CHARS - len(CUT_MARK)] + CUT_MARK
    return text


def to_csv(frame: pd.DataFrame) -> bytes:
    """Return the events as CSV (UTF-8 with a byte-order mark, so Excel reads Cyrillic).

    Every column except the geometry is written (``lat``/``lon`` carry the
    point). List columns (weapons, models, article ids, disputed fields) are
    joined with ``"; "``; ``evidence`` and ``sources`` are JSON arrays of objects
    in one cell. Text cells that a spreadsheet would read as a formula get a
    leading apostrophe; cells over Excel's 32,767 characters are cut, ending
    with :data:`CUT_MARK` (the GeoJSON and GeoPackage keep the full text).
    """
    columns = _attribute_columns(frame)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in frame[columns].itertuples(index=False, name=None):
        writer.writerow([_csv_cell(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def _geometry_of(geometry: Any) -> dict[str, Any] | None:
    if geometry is None or (isinstance(geometry, float) and math.isnan(geometry)):
        return None
    if geometry.is_empty:
        return None
    return mapping(geometry)


def geojson_features(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Return one GeoJSON Feature per event with every column as a property."""
    columns = _attribute_columns(frame)
    geometries = (
        frame.geometry.to_crs(4326) if isinstance(frame, gpd.GeoDataFrame) else [None] * len(frame)
    )
    features = []
    for geometry, row in zip(
        geometries, frame[columns].itertuples(index=False, name=None), strict=True
    ):
        properties = {c: plain_value(v) for c, v in zip(columns, row, strict=True)}
        feature: dict[str, Any] = {"type": "Feature"}
        if properties.get("event_id") is not None:
            feature["id"] = properties["event_id"]
        feature["geometry"] = _geometry_of(geometry)
        feature["properties"] = properties
        features.append(feature)
    return features


def to_geojson(frame: pd.DataFrame) -> bytes:
    """Return the events as a GeoJSON FeatureCollection (RFC 7946, WGS 84), UTF-8.

    Properties hold every column with lists as arrays and ``evidence``/``sources``
    as arrays of objects; events without coordinates get a ``null`` geometry.
    """
    collection = {"type": "FeatureCollection", "features": geojson_features(frame)}
    return json.dumps(collection, ensure_ascii=False).encode("utf-8")


def _gpkg_frame(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Turn list and dict cells into JSON text: GeoPackage columns hold scalars only."""
    out = frame.copy()
    for column in _attribute_columns(frame):
        series = out[column]
        # Text columns are object columns or, in a frame built from plain strings
        # (pandas 3), "str" columns: both go through plain_value (no bidi controls).
        if series.dtype != object and not pd.api.types.is_string_dtype(series.dtype):
            continue
        has_nested = series.map(lambda v: isinstance(v, list | tuple | dict | np.ndarray)).any()
        if has_nested:
            out[column] = series.map(
                lambda v: None if v is None else json.dumps(plain_value(v), ensure_ascii=False)
            )
        elif series.isna().all():
            # An all-missing object column has no type OGR can infer; make it text.
            out[column] = series.astype("string")
        else:
            out[column] = series.map(plain_value)
    return out


def to_geopackage(frame: gpd.GeoDataFrame) -> bytes:
    """Return the events as a GeoPackage file (layer ``events``, EPSG:4326).

    Lists and the evidence/source records are stored as JSON text; the date is a
    date-time field. The file is written with pyogrio to a temporary directory
    and read back as bytes.
    """
    if not isinstance(frame, gpd.GeoDataFrame):
        raise TypeError("to_geopackage needs a GeoDataFrame (strikemap.frames.events_to_frame)")
    prepared = _gpkg_frame(frame)
    with tempfile.TemporaryDirectory(prefix="strikemap-gpkg-") as tmp:
        path = Path(tmp) / "events.gpkg"
        prepared.to_file(path, layer=GPKG_LAYER, driver="GPKG", engine="pyogrio")
        return path.read_bytes()
