"""Two ways a city or its region is named that used to lose the strike.

- "On one of the streets of Belgorod": a plural street word names the city's
  streets, so the city is struck; only a singular street word names a street
  ("улица Пушкина", "на улице Харьковской").
- "Konotop, in the north-eastern region of Sumy": a region with an adjective
  still locates the town before it, and the region's name is no second place.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

STREETS = [
    (
        "ru",
        "Беспилотник атаковал автомобиль\n\nВ понедельник вечером украинский беспилотник "
        "атаковал легковой автомобиль на одной из улиц Белгорода, ранены двое.",
        "Belgorod",
    ),
    (
        "uk",
        "Дрон атакував автомобіль\n\nУвечері в понеділок російський дрон атакував автомобіль "
        "на одній з вулиць Харкова, поранено двох людей.",
        "Kharkiv",
    ),
    (
        "pl",
        "Dron zaatakował samochód\n\nW poniedziałek wieczorem rosyjski dron zaatakował "
        "samochód na jednej z ulic Charkowa, ranne zostały dwie osoby.",
        "Kharkiv",
    ),
]

REGIONS = [
    (
        "es",
        "Un dron ruso alcanza un tren en Konotop\n\nUn dron ruso alcanzó el lunes por la "
        "noche un tren en la ciudad de Konotop, en la región nororiental de Sumi, y dejó "
        "quince heridos.",
    ),
    (
        "pt",
        "Drone russo atinge comboio em Konotop\n\nUm drone russo atingiu na segunda-feira "
        "à noite um comboio em Konotop, na região nordeste de Sumy, e deixou quinze feridos.",
    ),
    (
        "it",
        "Drone russo colpisce un treno a Konotop\n\nLunedì sera un drone russo ha colpito "
        "un treno a Konotop, nella regione nord-orientale di Sumy, ferendo quindici persone.",
    ),
]


@pytest.mark.parametrize(("language", "text", "city"), STREETS, ids=[c[0] for c in STREETS])
def test_the_streets_of_a_city_are_the_city(extract, language, text, city):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == {city}
    assert events[city].injured == 2


def test_a_street_named_after_a_city_is_still_a_street(extract):
    events = by_place(
        extract(
            "Беспилотник атаковал Белгород\n\nВ понедельник вечером беспилотник атаковал дом "
            "на улице Харьковской в Белгороде, ранены двое.",
            published=TUESDAY,
            language="ru",
        )
    )
    assert set(events) == {"Belgorod"}


@pytest.mark.parametrize(("language", "text"), REGIONS, ids=[c[0] for c in REGIONS])
def test_a_region_with_an_adjective_locates_the_town(extract, language, text):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == {"Konotop"}
    assert events["Konotop"].injured == 15
