"""Raions (oblast subdivisions): units at their centre, or the centre town with less confidence."""

from __future__ import annotations

import pytest
from strikemap.gazetteer import Gazetteer
from strikemap.gazetteer.disambiguation import RAION_CONFIDENCE
from strikemap.gazetteer.geometry import haversine_km
from strikemap.gazetteer.names import (
    is_raion_phrase,
    normalize,
    raion_adjectives,
    raion_phrases,
    russian_adjective,
)


@pytest.mark.parametrize(
    ("town", "adjective"),
    [
        ("Ізмаїл", "ізмаїльський"),
        ("Покровськ", "покровський"),
        ("Бахмут", "бахмутський"),
        ("Куп'янськ", "куп'янський"),
        ("Купянск", "купянский"),
        ("Одеса", "одеський"),
        ("Одесса", "одесский"),
        ("Суми", "сумський"),
        ("Запоріжжя", "запорізький"),
        ("Запорожье", "запорожский"),
        ("Лозова", "лозівський"),
        ("Кременчук", "кременчуцький"),
        ("Синельникове", "синельниківський"),
        ("Кам'янське", "кам'янський"),
        ("Маріуполь", "маріупольський"),
        ("Білгород-Дністровський", "білгород-дністровський"),
    ],
)
def test_raion_adjective_of_a_town(town: str, adjective: str) -> None:
    assert adjective in raion_adjectives(town)


@pytest.mark.parametrize(
    ("ukrainian", "russian"),
    [
        ("Ізмаїльський", "измаильский"),  # ї and і are и; the soft sign stays after л
        ("Нікопольський", "никопольский"),
        ("Бучанський", "бучанский"),  # not derivable from Буча
        ("Обухівський", "обуховский"),  # the -ів- of a name from an -ов- word
        ("Київський", "киевский"),
        ("Марганецька", "марганецкая"),  # a hromada: feminine
        ("Покровська", "покровская"),
        ("Червоногригорівська", "червоногригоровская"),
    ],
)
def test_russian_spelling_of_a_ukrainian_adjective_of_place(ukrainian: str, russian: str) -> None:
    assert russian_adjective(ukrainian) == russian


def test_russian_spelling_needs_a_ukrainian_adjective() -> None:
    assert russian_adjective("Ізмаїл") is None
    assert russian_adjective("Купянский") is None


def test_russian_raion_adjective_keeps_the_soft_sign_after_l() -> None:
    assert "измаильский" in raion_adjectives("Измаил")
    assert "никопольский" in raion_adjectives("Никополь")
    assert "тюменский" in raion_adjectives("Тюмень")


def test_raion_adjectives_skip_latin_and_multiword_names() -> None:
    assert raion_adjectives("Izmail") == ()
    assert raion_adjectives("Кривий Ріг") == ()


def test_raion_phrases_decline() -> None:
    assert set(raion_phrases("ізмаїльський")) >= {
        "ізмаїльський район",
        "ізмаїльському районі",
        "ізмаїльського району",
    }
    assert set(raion_phrases("купянский")) >= {"купянском районе", "купянского района"}


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("kupiansk district", True),
        ("бахмутському районі", True),
        ("pokrovsk raion", True),
        ("rejon pokrowski", True),
        ("district", False),
        ("kupiansk", False),
    ],
)
def test_is_raion_phrase(key: str, expected: bool) -> None:
    assert is_raion_phrase(normalize(key)) is expected


@pytest.mark.parametrize(
    ("phrase", "centre", "oblast"),
    [
        ("Ізмаїльський район", "Izmail", "Odesa Oblast"),
        ("Ізмаїльському районі", "Izmail", "Odesa Oblast"),
        ("Kupiansk district", "Kupiansk", "Kharkiv Oblast"),
        ("Kupianskyi raion", "Kupiansk", "Kharkiv Oblast"),
        ("Купянского района", "Kupiansk", "Kharkiv Oblast"),
        ("Бахмутський район", "Bakhmut", "Donetsk Oblast"),
        ("Bakhmutskyi district", "Bakhmut", "Donetsk Oblast"),
        ("Pokrovsk raion", "Pokrovsk", "Donetsk Oblast"),
        ("Izmailsky district", "Izmail", "Odesa Oblast"),
        ("Nikopol district", "Nikopol", "Dnipropetrovsk Oblast"),
        ("Нікопольський район", "Nikopol", "Dnipropetrovsk Oblast"),
    ],
)
def test_raion_resolves_to_the_unit_at_its_centre(
    gazetteer: Gazetteer, phrase: str, centre: str, oblast: str
) -> None:
    resolution = gazetteer.resolve(phrase)
    place = resolution.place
    assert place is not None, resolution.reason
    assert (place.unit, place.name, place.parent) == ("raion", f"{centre} Raion", oblast)
    town = gazetteer.resolve(centre).place
    assert haversine_km(place.lat, place.lon, town.lat, town.lon) < 5.0
    assert 15.0 <= place.radius_km <= 75.0


@pytest.mark.parametrize("phrase", ["Balakliia district", "Balakliia raion"])
def test_former_raion_is_placed_at_its_centre_with_capped_confidence(
    gazetteer: Gazetteer, phrase: str
) -> None:
    # Balakliia raion was merged into Izium raion in 2020: no unit, only its centre.
    resolution = gazetteer.resolve(phrase)
    assert resolution.place is not None and resolution.place.name == "Balakliia"
    assert resolution.confidence <= RAION_CONFIDENCE
    assert "raion" in resolution.reason
    assert gazetteer.resolve("Balakliia").confidence > RAION_CONFIDENCE


def test_city_district_phrases_are_not_taken_by_raions(gazetteer: Gazetteer) -> None:
    # Shevchenkove (Kharkiv Oblast) would make "Шевченківський район" a raion;
    # the phrase stays the city districts' name.
    for phrase in ("Шевченківський район", "Kyivskyi district", "Prymorskyi raion"):
        found = gazetteer.candidates(phrase)
        assert found[0].level == "district", phrase


def test_district_phrase_prefers_city_districts(gazetteer: Gazetteer) -> None:
    # GeoNames lists a "Prymorskyi" town; "Prymorsky district" means Odesa's district.
    resolution = gazetteer.resolve("Prymorsky district", region="Odesa region")
    assert resolution.place is not None and resolution.place.level == "district"
    assert resolution.place.parent == "Odesa"
    assert gazetteer.resolve("Kyivskyi district", near="Kharkiv").place.parent == "Kharkiv"
    # Two cities have a Kyivskyi district: without context the resolver declines.
    assert gazetteer.resolve("Kyivskyi district").place is None


def test_raion_keys_are_known_to_the_matcher(gazetteer: Gazetteer) -> None:
    keys = {key for key, _ in gazetteer.surface_forms()}
    assert normalize("Ізмаїльський район") in keys
    assert normalize("Kupiansk district") in keys


@pytest.mark.parametrize(
    "phrase", ["Chuhuiv district", "Чугуївський район", "Kupyansk district", "Kupyanskiy rayon"]
)
def test_raion_forms_from_russian_based_and_repaired_names(
    gazetteer: Gazetteer, phrase: str
) -> None:
    assert gazetteer.resolve(phrase).place.name in {"Chuhuiv Raion", "Kupiansk Raion"}


@pytest.mark.parametrize(
    ("phrase", "centre"),
    [
        ("rejon kupiański", "Kupiansk"),
        ("rejonie bachmutskim", "Bakhmut"),
        ("rejonu izmaiłskiego", "Izmail"),
        ("rejonu kremenczuckiego", "Kremenchuk"),
    ],
)
def test_polish_raion_forms(gazetteer: Gazetteer, phrase: str, centre: str) -> None:
    resolution = gazetteer.resolve(phrase)
    assert resolution.place is not None and resolution.place.name == f"{centre} Raion"
