"""GeoNames files some towns' municipalities as populated places of their own
("Gorod Shebekino" beside Shebekino); the build drops them, so "город Шебекино"
in a report is the town."""

from __future__ import annotations

from strikemap.gazetteer import Gazetteer
from strikemap.gazetteer.build import without_city_of_entries
from strikemap.gazetteer.record import PlaceRecord


def test_the_town_not_its_municipality_answers_to_its_name(gazetteer: Gazetteer) -> None:
    assert [p.name for p in gazetteer.candidates("Город Шебекино")] == []
    assert [p.name for p in gazetteer.candidates("Шебекино")] == ["Shebekino"]


def _record(place_id: str, name: str, admin1: str) -> PlaceRecord:
    return PlaceRecord(
        id=place_id,
        name=name,
        level="city",
        country="RU",
        lat=50.4,
        lon=36.9,
        population=40_000,
        iso_region="RU-BEL",
        admin1=admin1,
    )


def test_a_city_of_entry_goes_only_beside_its_town_of_the_same_region() -> None:
    places = [
        _record("gn:1", "Shebekino", "RU.09"),
        _record("gn:2", "Gorod Shebekino", "RU.09"),
        _record("gn:3", "Gorod Valuyki", "RU.09"),
        _record("gn:4", "Gorod Rylsk", "RU.41"),
        _record("gn:5", "Rylsk", "RU.09"),
    ]
    kept = [p.name for p in without_city_of_entries(places)]
    assert kept == ["Shebekino", "Gorod Valuyki", "Gorod Rylsk", "Rylsk"]
