"""Geocoding accuracy against independent reference coordinates.

``reference_places.csv`` lists places struck in the war with coordinates
written from Wikipedia knowledge by the author - not derived from GeoNames.
Each result must lie within 10 km of its reference (50 km for a region's
centre).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from strikemap.gazetteer.geocoder import GazetteerGeocoder
from strikemap.gazetteer.geometry import haversine_km

REFERENCE = Path(__file__).with_name("reference_places.csv")
ROWS = list(csv.DictReader(REFERENCE.open(encoding="utf-8")))
LIMIT_KM = {"city": 10.0, "district": 10.0, "region": 50.0}


def test_reference_covers_enough_places() -> None:
    names = {row["query"].split(",")[0].strip() for row in ROWS}
    assert len(names) >= 150
    centres = {row["query"] for row in ROWS if row["oblast_centre"] == "yes"}
    assert len(centres) == 24


@pytest.mark.parametrize("row", ROWS, ids=[row["query"] for row in ROWS])
def test_place_geocodes_near_reference(geocoder: GazetteerGeocoder, row: dict) -> None:
    location = geocoder.geocode(row["query"])
    assert location is not None, f"{row['query']!r} not resolved"
    assert location.raw["level"] == row["level"]
    km = haversine_km(float(row["lat"]), float(row["lon"]), location.latitude, location.longitude)
    assert km <= LIMIT_KM[row["level"]], f"{row['query']!r} -> {location.address}, {km:.1f} km off"
