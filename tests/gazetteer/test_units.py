"""Raions and hromadas: case forms by rule, and the embedded units from KATOTTG."""

from __future__ import annotations

import pytest
from strikemap.gazetteer import Gazetteer
from strikemap.gazetteer.circles import circle_ring
from strikemap.gazetteer.geometry import haversine_km
from strikemap.gazetteer.names import normalize
from strikemap.gazetteer.query import geocode_query
from strikemap.gazetteer.subdivisions import katottg_iso, names_centre
from strikemap.gazetteer.units import (
    cyrillic_phrases,
    latin_phrases,
    polish_adjective_stem,
    polish_phrases,
    unit_radius_km,
)


def test_ukrainian_hromada_cases() -> None:
    forms = cyrillic_phrases("Дружбівська", "hromada")
    assert {
        "дружбівська громада",
        "дружбівській громаді",
        "дружбівську громаду",
        "дружбівською громадою",
        "дружбівської громади",
        "дружбівській міській громаді",
        "дружбівська територіальна громада",
    } <= forms


def test_ukrainian_and_russian_raion_cases() -> None:
    assert {"путивльському районі", "путивльського району", "путивльський район"} <= (
        cyrillic_phrases("Путивльський", "raion")
    )
    assert {"белгородский район", "белгородского района", "белгородском районе"} <= (
        cyrillic_phrases("Белгородский", "raion")
    )


def test_latin_forms_from_adjective_and_centre() -> None:
    forms = {normalize(f) for f in latin_phrases("Путивльська", "hromada", {"Putyvl"})}
    assert {"putyvlska hromada", "putyvl hromada", "putyvl community"} <= forms
    raion = {normalize(f) for f in latin_phrases("Криворізький", "raion", {"Kryvyi Rih"})}
    assert {"kryvyi rih district", "kryvorizkyi raion", "kryvorizkiy district"} <= raion


def test_polish_forms() -> None:
    assert polish_adjective_stem("Krzywy Róg") == "krzyworosk"
    assert polish_adjective_stem("Pokrowsk") == "pokrowsk"
    assert polish_adjective_stem("Zaporoże") == "zaporosk"
    raion = polish_phrases("Криворізький", "raion", {"Krzywy Róg"})
    assert {"rejonie krzyworoskim", "rejonu krzyworoskiego", "rejon krzyworoski"} <= raion
    hromada = polish_phrases("Путивльська", "hromada", set())
    assert "hromadzie putywlskiej" in hromada


def test_radius_rule() -> None:
    assert unit_radius_km("hromada", []) == 11.4  # Ukraine's area over its hromadas
    # 90th percentile of 2, 5, 9, 10 km: 9.7 km; times 1.1: 10.7 km.
    assert unit_radius_km("hromada", [2.0, 5.0, 9.0, 10.0]) == 10.7
    assert unit_radius_km("raion", [1.0, 1.0, 1.0]) == 15.0  # never below the kind's bound
    # Too few placed settlements: the area of its 70 settlements at Ukraine's
    # 20.3 km² each, 1,423 km² (Semenivska hromada: about 1,470 km²).
    assert unit_radius_km("hromada", [3.0], settlements=70) == 21.3
    assert unit_radius_km("hromada", [], settlements=2) == 11.4  # never below the average


def test_centre_naming_and_region_codes() -> None:
    assert names_centre("Путивльська", "Путивль")
    assert names_centre("Бахмутський", "Бахмут")
    assert not names_centre("Путивльська", "Суми")
    assert katottg_iso("UA59040030060031196") == "UA-59"
    assert katottg_iso("UA44120070120088258") == "UA-09"  # Luhansk
    assert katottg_iso("UA80000000000093317") == "UA-30"  # Kyiv city


def test_circle_ring_has_the_radius_on_the_ground() -> None:
    ring = circle_ring(50.0, 36.0, 20.0)
    assert ring[0] == ring[-1]
    for lon, lat in ring[::6]:
        assert haversine_km(50.0, 36.0, lat, lon) == pytest.approx(20.0, rel=0.02)


@pytest.mark.parametrize(
    ("query", "centre"),
    [
        ("Putyvl hromada", "Putyvl"),
        ("Путивльську громаду", "Putyvl"),
        ("у Путивльській громаді", "Putyvl"),
        ("the Bilopillia community", "Bilopillia"),
        ("Kryvyi Rih district", "Kryvyi Rih"),
        ("rejonie krzyworoskim", "Kryvyi Rih"),
        ("Криворізькому районі", "Kryvyi Rih"),
        ("Купянского района", "Kupiansk"),
        # Russian-language copy names Ukrainian units in Russian.
        ("Измаильский район", "Izmail"),
        ("Никопольском районе", "Nikopol"),
        ("Бучанского района", "Bucha"),
        ("Марганецкой громаде", "Marhanets"),
    ],
)
def test_embedded_units_resolve_at_their_centre(
    gazetteer: Gazetteer, query: str, centre: str
) -> None:
    place = geocode_query(gazetteer, query.removeprefix("у ")).place
    assert place is not None and place.unit in ("raion", "hromada"), query
    town = gazetteer.resolve(centre).place
    assert haversine_km(place.lat, place.lon, town.lat, town.lon) < 5.0
    assert place.radius_km > 0


def test_units_are_not_regions(gazetteer: Gazetteer) -> None:
    units = gazetteer.subdivisions()
    assert len([u for u in units if u.unit == "raion"]) >= 120  # of Ukraine's 136
    assert len([u for u in units if u.unit == "hromada"]) >= 1000  # of its 1,469
    assert all(r.unit is None for r in gazetteer.regions())
    assert len([r for r in gazetteer.regions() if r.country == "UA"]) == 27
    kupiansk = gazetteer.resolve("Kupiansk district").place
    assert gazetteer.region_of(kupiansk).name == "Kharkiv Oblast"
    assert gazetteer.find_region("Kupiansk district") is None or (
        gazetteer.find_region("Kupiansk district").name == "Kharkiv Oblast"
    )


def test_map_draws_a_unit_as_a_circle_of_its_size(gazetteer: Gazetteer) -> None:
    from strikemap.mapping.regions import default_regions

    regions = default_regions()
    raion = gazetteer.resolve("Kupiansk district").place
    position = regions.find(raion.iso_region, raion.name)
    oblast = regions.find(raion.iso_region, "Kharkiv Oblast")
    assert position is not None and position != oblast
    kind, rings = regions.geometries[position]
    assert kind == "P" and regions.names[position] == raion.name
    lon, lat = rings[0][0]
    assert haversine_km(raion.lat, raion.lon, lat, lon) == pytest.approx(raion.radius_km, rel=0.02)
    # The oblast itself still finds its outline.
    assert regions.find("UA-63", "Kharkiv Oblast") == oblast


@pytest.mark.parametrize(
    ("centre", "names"),
    [
        ("Нікополь", {"Нікопольщина", "Никопольщина"}),
        ("Павлоград", {"Павлоградщина"}),
        ("Куп'янськ", {"Куп'янщина"}),
        ("Охтирка", {"Охтирщина"}),
        ("Чугуїв", {"Чугуївщина"}),
        ("Кривий Ріг", set()),
    ],
)
def test_the_area_around_a_raion_centre_is_named_with_shchyna(centre, names):
    from strikemap.gazetteer.units import area_names

    assert area_names(centre) == names
