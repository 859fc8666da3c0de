"""City districts of the other struck cities: Sumy, Mykolaiv, Kryvyi Rih, Chernihiv,
Poltava, Lviv, Zhytomyr, Donetsk, Horlivka, Makiivka, Luhansk and, in Russia, Kursk,
Bryansk, Voronezh and Rostov-on-Don (``geodata/curated/districts.csv``).

Where GeoNames lists a district as a populated place of its own (Kovpakivskyi in
Sumy Oblast, Kyivskyi in Donetsk Oblast), the name now gives the district of its
city, not a town.
"""

from __future__ import annotations

import pytest
from strikemap.gazetteer import Gazetteer


def _district(place) -> tuple[str, str, str]:
    return place.level, place.name, place.parent


@pytest.mark.parametrize(
    "name",
    ["Kovpakivskyi", "Ковпаківський район", "Ковпаковский район", "Kovpakivskyi district"],
)
def test_kovpakivskyi_is_a_district_of_sumy(gazetteer: Gazetteer, name: str) -> None:
    found = gazetteer.candidates(name)
    assert [_district(p) for p in found] == [("district", "Kovpakivskyi", "Sumy")]
    assert _district(gazetteer.resolve(name).place) == ("district", "Kovpakivskyi", "Sumy")


def test_zarichnyi_of_sumy_is_no_town_any_more(gazetteer: Gazetteer) -> None:
    assert all(p.level == "district" for p in gazetteer.candidates("Zarichnyi"))
    assert _district(gazetteer.resolve("Zarichnyi", near="Sumy").place) == (
        "district",
        "Zarichnyi",
        "Sumy",
    )


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("Kyivskyi district", "Donetsk"),
        ("Київський район", "Donetsk"),
        ("Kyivskyi district", "Kharkiv"),
        ("Київський район", "Poltava"),
        ("Kyivskyi district", "Odesa"),
    ],
)
def test_each_city_keeps_its_own_kyivskyi_district(
    gazetteer: Gazetteer, name: str, city: str
) -> None:
    assert _district(gazetteer.resolve(name, near=city).place) == ("district", "Kyivskyi", city)


def test_the_kyivskyi_district_of_donetsk_is_not_kharkivs(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Киевский район", near="Donetsk").place
    assert place.parent == "Donetsk"
    assert round(place.lat, 2) == 48.04 and place.parent != "Kharkiv"
    # GeoNames' own entry for the district is no separate town.
    assert not [p for p in gazetteer.candidates("Kyivskyi") if p.level == "city"]


@pytest.mark.parametrize(
    ("name", "city", "district"),
    [
        # Renamed by the Donetsk and Luhansk oblast administrations in February 2026;
        # the old names (still the occupiers') find the same district.
        ("Ворошиловский район", "Donetsk", "Yuzivskyi"),
        ("Петровский район", "Donetsk", "Voznesenskyi"),
        ("Kuibyshevskyi district", "Donetsk", "Smolianskyi"),
        ("Кіровський район", "Donetsk", "Rutchenkivskyi"),
        ("Кіровський район", "Makiivka", "Hruzkyi"),
        ("Калининский район", "Horlivka", "Kindrativskyi"),
        ("Октябрьский район", "Luhansk", "Verhunskyi"),
        # Renamed in 2016.
        ("Жовтневий район", "Kryvyi Rih", "Pokrovskyi"),
        ("Dzerzhynskyi district", "Kryvyi Rih", "Metalurhiinyi"),
        ("Ленінський район", "Mykolaiv", "Inhulskyi"),
        ("Ленінський район", "Poltava", "Podilskyi"),
    ],
)
def test_a_former_name_finds_the_renamed_district(
    gazetteer: Gazetteer, name: str, city: str, district: str
) -> None:
    assert _district(gazetteer.resolve(name, near=city).place) == ("district", district, city)


@pytest.mark.parametrize(
    ("name", "city", "district"),
    [
        ("Центрально-Міський район", "Horlivka", "Tsentralno-Miskyi"),
        ("Центрально-Городской район", "Makiivka", "Tsentralno-Miskyi"),
        ("Tsentralno-Miskyi district", "Kryvyi Rih", "Tsentralno-Miskyi"),
        ("Деснянський район", "Chernihiv", "Desnianskyi"),
        ("Деснянський район", "Kyiv", "Desnianskyi"),
        ("Шевченківський район", "Lviv", "Shevchenkivskyi"),
        ("Шевченковский район", "Luhansk", "Shevchenkivskyi"),
        ("Корабельний район", "Mykolaiv", "Korabelnyi"),
        ("Корабельний район", "Kherson", "Korabelnyi"),
    ],
)
def test_namesake_districts_of_several_cities(
    gazetteer: Gazetteer, name: str, city: str, district: str
) -> None:
    assert _district(gazetteer.resolve(name, near=city).place) == ("district", district, city)


@pytest.mark.parametrize(
    ("name", "district", "city"),
    [
        # A neighbourhood GeoNames lists as a place of its own is the district named after it.
        ("Sykhiv", "Sykhivskyi", "Lviv"),
        ("Сихів", "Sykhivskyi", "Lviv"),
        ("Bohuniia", "Bohunskyi", "Zhytomyr"),
        ("Korolovskyi raion", "Koroliovskyi", "Zhytomyr"),
        ("Kamianyi Brid", "Kamianobridskyi", "Luhansk"),
        ("Voznesenskyi", "Voznesenskyi", "Donetsk"),
        ("Rutchenkivskyi", "Rutchenkivskyi", "Donetsk"),
        ("Mykytivskyi", "Mykytivskyi", "Horlivka"),
    ],
)
def test_geonames_entries_inside_the_city_are_its_districts(
    gazetteer: Gazetteer, name: str, district: str, city: str
) -> None:
    ours = [_district(p) for p in gazetteer.candidates(name) if p.parent == city]
    assert ours == [("district", district, city)]
    assert _district(gazetteer.resolve(name, near=city).place) == ("district", district, city)


@pytest.mark.parametrize(
    ("name", "city", "district"),
    [
        ("Seymsky district", "Kursk", "Seimskyi"),
        ("Железнодорожный район", "Kursk", "Zheleznodorozhnyi"),
        ("Zheleznodorozhny district", "Voronezh", "Zheleznodorozhnyi"),
        ("Левобережный район", "Voronezh", "Levoberezhnyi"),
        ("Бежицкий район", "Bryansk", "Bezhytskyi"),
        ("Fokinsky district", "Bryansk", "Fokinskyi"),
        ("Первомайский район", "Rostov-on-Don", "Pervomaiskyi"),
        ("Ворошиловський район", "Rostov-on-Don", "Voroshylovskyi"),
    ],
)
def test_districts_of_russian_cities(
    gazetteer: Gazetteer, name: str, city: str, district: str
) -> None:
    place = gazetteer.resolve(name, near=city).place
    assert (_district(place), place.country) == (("district", district, city), "RU")


def test_halytskyi_district_is_lvivs(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Галицькому районі").place
    assert _district(place) == ("district", "Halytskyi", "Lviv")
