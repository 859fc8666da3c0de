"""Encode map data as compact JavaScript array literals that can never be code.

Layer data (including article-derived strings) is written into the page as a
JSON array literal read by ``strikemap.js``. Payloads are nested lists only (no
objects), so after encoding every ``{ } $ ` < > &`` left in the text can only sit
inside a string, where it is replaced by its ``\\uXXXX`` escape: the literal cannot
close the ``<script>`` element, start a Jinja expression if folium ever renders
it again, or interpolate in a JavaScript template literal.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from datetime import date
from typing import Any

import pandas as pd
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

__all__ = [
    "StringTable",
    "day_number",
    "encode_geometries",
    "encode_geometry",
    "int_or_none",
    "js_literal",
]

_EPOCH = date(1970, 1, 1)

_UNSAFE = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "{": "\\u007b",
        "}": "\\u007d",
        "$": "\\u0024",
        "`": "\\u0060",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)


def int_or_none(value: Any) -> int | None:
    """Return a nullable integer cell (``None``, ``pd.NA``, NaN) as ``int`` or ``None``."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return int(value)


def day_number(value: Any) -> int | None:
    """Return a date cell as days since 1970-01-01 (what JS ``Date`` counts), or ``None``."""
    if value is None or pd.isna(value):
        return None
    return (pd.Timestamp(value).date() - _EPOCH).days


def _check_arrays_only(value: Any) -> None:
    if isinstance(value, dict):
        raise TypeError("map payloads are arrays only; objects would need structural braces")
    if isinstance(value, (list, tuple)):
        for item in value:
            _check_arrays_only(item)


def js_literal(value: list[Any]) -> str:
    """Return ``value`` (nested lists of numbers, strings, booleans, None) as a JS literal.

    Raises
    ------
    TypeError
        When the value contains a dict (see the module docstring).
    """
    _check_arrays_only(value)
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.translate(_UNSAFE)


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
