"""The geopy interface of the gazetteer."""

from __future__ import annotations

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from strikemap.gazetteer import geocoder as geocoder_module
from strikemap.gazetteer.geocoder import GazetteerGeocoder


def test_is_a_geopy_geocoder(geocoder: GazetteerGeocoder) -> None:
    assert isinstance(geocoder, Geocoder)
    assert geocoder.fallback is None


@pytest.mark.parametrize(
    ("query", "name", "level", "parent"),
    [
        ("Pokrovsk, Donetsk region", "Pokrovsk", "city", "Donetsk Oblast"),
        ("Saltivskyi district, Kharkiv", "Saltivskyi", "district", "Kharkiv"),
        ("Shevchenko district, Kharkiv", "Shevchenkivskyi", "district", "Kharkiv"),
        ("Sumy region", "Sumy Oblast", "region", "Ukraine"),
        ("Kiev", "Kyiv", "city", "Kyiv City"),
        ("Mykhailivka, Kherson Oblast", "Mykhailivka", "city", "Kherson Oblast"),
        (
            "in the Kherson region, the village of Mykhailivka",
            "Mykhailivka",
            "city",
            "Kherson Oblast",
        ),
        ("Pecherskyi district of Kyiv", "Pecherskyi", "district", "Kyiv"),
        ("Kharkiv's Shevchenko district", "Shevchenkivskyi", "district", "Kharkiv"),
        ("Kyiv city", "Kyiv", "city", "Kyiv City"),
    ],
)
def test_geocode_free_form(
    geocoder: GazetteerGeocoder, query: str, name: str, level: str, parent: str
) -> None:
    location = geocoder.geocode(query)
    assert isinstance(location, Location)
    raw = location.raw
    assert (raw["name"], raw["level"], raw["parent"]) == (name, level, parent)
    assert raw["country"] == "UA" and raw["iso_region"].startswith("UA-")
    assert raw["id"] and raw["source"] == "gazetteer"
    assert location.address.startswith(name)


def test_geocode_country_codes(geocoder: GazetteerGeocoder) -> None:
    assert geocoder.geocode("Belgorod", country_codes=["UA"]) is None
    location = geocoder.geocode("Belgorod", country_codes="RU")
    assert location is not None and location.raw["iso_region"] == "RU-BEL"


def test_geocode_declines_and_lists_candidates(geocoder: GazetteerGeocoder) -> None:
    assert geocoder.geocode("Novoselivka") is None
    candidates = geocoder.geocode("Novoselivka", exactly_one=False)
    assert len(candidates) > 5
    # Villages known by name only (placed at their hromada) gave way first.
    assert all(
        c.raw["reason"].startswith(("ambiguous", "a village known by name only"))
        for c in candidates
    )


def test_geocode_many_puts_choice_first(geocoder: GazetteerGeocoder) -> None:
    locations = geocoder.geocode("Pokrovsk", exactly_one=False)
    assert locations[0].raw["iso_region"] == "UA-14"
    assert {loc.raw["name"] for loc in locations[1:]} >= {"Engels"}


def test_reverse_nearest_place(geocoder: GazetteerGeocoder) -> None:
    location = geocoder.reverse((49.589, 34.551))
    assert location is not None and location.raw["name"] == "Poltava"
    assert geocoder.reverse("49.589, 34.551").raw["name"] == "Poltava"


def test_reverse_falls_back_to_containing_oblast(
    geocoder: GazetteerGeocoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With no populated place accepted as "at" the point, the oblast answers.
    monkeypatch.setattr(geocoder_module, "REVERSE_PLACE_KM", 0.0)
    location = geocoder.reverse((49.6, 36.5))
    assert location is not None
    assert (location.raw["level"], location.raw["iso_region"]) == ("region", "UA-63")


def test_reverse_at_sea_finds_nothing(
    geocoder: GazetteerGeocoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(geocoder_module, "REVERSE_PLACE_KM", 0.0)
    assert geocoder.reverse((43.5, 34.0)) is None  # middle of the Black Sea
