"""Region and country polygons, and the coordinates that must fall inside them."""

from __future__ import annotations

import pytest
from shapely.geometry import Point
from strikemap.gazetteer import CREDITS, Gazetteer, credits
from strikemap.gazetteer.boundaries import load_countries, load_regions, region_at


@pytest.fixture(scope="module")
def regions():
    return load_regions()


def test_region_frame(regions) -> None:
    assert list(regions.columns) == ["iso_region", "name", "country", "geometry"]
    assert regions.crs.to_epsg() == 4326
    ukrainian = regions[regions["country"] == "UA"]
    assert len(ukrainian) == 27
    assert {"Kharkiv Oblast", "Crimea", "Kyiv City", "Sevastopol City"} <= set(ukrainian["name"])
    russian = set(regions[regions["country"] == "RU"]["name"])
    assert {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast", "Voronezh Oblast"} <= russian
    assert {"Rostov Oblast", "Krasnodar Krai", "Moscow Oblast", "Tatarstan"} <= russian
    assert regions.geometry.is_valid.all()


def test_country_frame() -> None:
    countries = load_countries()
    assert list(countries.columns) == ["name", "iso2", "geometry"]
    assert {"UA", "RU", "BY", "MD", "PL", "RO", "SK", "HU"} <= set(countries["iso2"])
    ukraine = countries.set_index("iso2").geometry["UA"]
    assert ukraine.contains(Point(30.52, 50.45))
    assert not ukraine.contains(Point(37.62, 55.75))


def test_frames_are_copies(regions) -> None:
    regions["extra"] = 1
    assert "extra" not in load_regions().columns


def test_places_lie_in_their_region(gazetteer: Gazetteer) -> None:
    """Curated districts and every region's centre fall inside the right polygon."""
    checked = 0
    for place in gazetteer:
        # Raions and hromadas stand at their centre town (Vyshhorod lies in
        # the coarse Kyiv City outline): only oblasts and districts here.
        if (place.level == "region" and place.unit is None) or place.id.startswith("district:"):
            assert region_at(place.lat, place.lon) == place.iso_region, place
            checked += 1
    assert checked > 70


def test_large_cities_lie_in_their_region(gazetteer: Gazetteer) -> None:
    """GeoNames admin codes and the Natural Earth polygons agree for almost all towns.

    The exceptions are suburbs on the coarse Natural Earth outlines of Kyiv
    and Moscow cities (Irpin, Khimki); the large Ukrainian cities all agree.
    """
    cities = [
        p
        for p in gazetteer
        if p.level == "city" and p.population >= 50_000 and gazetteer.region_by_iso(p.iso_region)
    ]
    misplaced = [p for p in cities if region_at(p.lat, p.lon) != p.iso_region]
    assert len(cities) > 100
    assert len(misplaced) / len(cities) < 0.05
    assert [p.name for p in misplaced if p.country == "UA" and p.population >= 100_000] == []


def test_credits() -> None:
    assert "GeoNames" in CREDITS and "CC BY 4.0" in CREDITS and "Natural Earth" in CREDITS
    assert credits == CREDITS
