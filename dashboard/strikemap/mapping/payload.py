"""Encode map data as compact JavaScript array literals that can never be code.

Layer data (including article-derived strings) is written into the page as a
JSON array literal read by ``strikemap.js``, escaped by
:func:`strikemap.safetext.script_data`: it cannot close the ``<script>`` element,
start a Jinja expression if folium ever renders it again, or interpolate in a
JavaScript template literal. Large payloads are deflated (:func:`packed_literal`).
"""

from __future__ import annotations

import base64
import json
import math
import zlib
from collections.abc import Iterable
from typing import Any

import pandas as pd
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from strikemap.safetext import script_data

__all__ = [
    "StringTable",
    "day_numbers",
    "encode_geometries",
    "encode_geometry",
    "int_or_none",
    "js_literal",
    "packed_literal",
    "packed_text",
]


def int_or_none(value: Any) -> int | None:
    """Return a nullable integer cell (``None``, ``pd.NA``, NaN) as ``int`` or ``None``."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return int(value)


def day_numbers(dates: pd.Series) -> list[int | None]:
    """Return a date column as days since 1970-01-01 (what JS ``Date`` counts).

    Unknown dates (``NaT``) give ``None``. Vectorised: per-cell Timestamp
    conversion costs seconds at 100,000 events.
    """
    values = pd.to_datetime(dates, errors="coerce")
    days = values.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]").astype("int64")
    missing = values.isna().to_numpy()
    return [None if gap else int(day) for day, gap in zip(days.tolist(), missing, strict=True)]


def js_literal(value: list[Any]) -> str:
    """Return a payload as an inert JS literal (:func:`strikemap.safetext.script_data`)."""
    return script_data(value)


# Level 3 deflates a 10,000-event layer in about 25 ms to within 15% of level 6
# (which takes three times as long); the map is rebuilt on every filter change.
_DEFLATE_LEVEL = 3
#: Literals larger than this are sent deflated (see :func:`packed_literal`).
PACK_THRESHOLD = 100_000


def packed_literal(value: list[Any], *, compress: bool | None = None) -> str:
    """Return ``value`` as a JS literal, deflated and base64-encoded when large.

    With 10,000 events the array literal is mostly evidence sentences and source
    URLs, which deflate well; sending them compressed keeps the map page small
    (issue 5: under 250 bytes per event). ``strikemap.js`` inflates a packed
    payload with the browser's ``DecompressionStream``. A packed literal is a
    JSON string of base64 characters only, inert by construction.

    Parameters
    ----------
    value
        Payload for :func:`js_literal`.
    compress
        ``True``/``False`` to force; ``None`` packs literals over
        :data:`PACK_THRESHOLD` characters.
    """
    return packed_text(js_literal(value), compress=compress)


def packed_text(literal: str, *, compress: bool | None = None) -> str:
    """Return a literal made by :func:`js_literal`, deflated as in :func:`packed_literal`."""
    if compress is None:
        compress = len(literal) > PACK_THRESHOLD
    if not compress:
        return literal
    deflated = zlib.compress(literal.encode("utf-8"), _DEFLATE_LEVEL)
    packed = base64.b64encode(deflated).decode("ascii")
    return json.dumps("z:" + packed)


class StringTable:
    """Deduplicated strings referenced by index; index 0 is the empty string.

    Place names, publishers and URL prefixes repeat across thousands of events,
    so each is written once.
    """

    def __init__(self) -> None:
        self.strings: list[str] = [""]
        self._index: dict[str, int] = {"": 0}

    def add(self, value: object) -> int:
        """Return the index of ``value`` (``None`` and blanks map to 0)."""
        if value is None:
            return 0
        text = str(value).strip()
        index = self._index.get(text)
        if index is None:
            index = len(self.strings)
            self.strings.append(text)
            self._index[text] = index
        return index


def _round(coordinates: Any, digits: int) -> Any:
    if isinstance(coordinates[0], (int, float)):
        return [round(float(c), digits) for c in coordinates[:2]]
    return [_round(part, digits) for part in coordinates]


def encode_geometry(geometry: BaseGeometry, *, tolerance: float = 0.01, digits: int = 3) -> list:
    """Return a (multi)polygon as ``["P"|"M", coordinates]``, simplified and rounded.

    Parameters
    ----------
    geometry
        Polygon or MultiPolygon in lon/lat degrees.
    tolerance
        Douglas-Peucker tolerance in degrees (0.01 deg is about 1 km, invisible at
        the zoom levels where outlines matter, and it cuts the bytes tenfold).
    digits
        Decimals kept per coordinate.
    """
    simplified = geometry.simplify(tolerance, preserve_topology=True) if tolerance else geometry
    if simplified.is_empty:
        simplified = geometry
    geo = mapping(simplified)
    kind = "M" if geo["type"] == "MultiPolygon" else "P"
    if geo["type"] not in ("Polygon", "MultiPolygon"):
        raise ValueError(f"expected a polygon, got {geo['type']}")
    return [kind, _round(geo["coordinates"], digits)]


def encode_geometries(geometries: Iterable[BaseGeometry], **kwargs: Any) -> list[list]:
    """Encode several polygons with :func:`encode_geometry`, skipping empty ones."""
    return [encode_geometry(g, **kwargs) for g in geometries if g is not None and not g.is_empty]
