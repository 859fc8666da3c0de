"""Issue 11: Portuguese ordinals that spell weekdays, and deaths counted as nouns.

* "a segunda maior cidade da Ucrânia" is the second largest city, not Monday;
  "segunda", "terça", "quarta", "quinta" and "sexta" are weekdays only when no
  noun or adjective of an ordinal follows them ("na segunda (7)", "na sexta à
  noite");
* "levou a três mortes", "16 mortes", "trois décès": a number of deaths is a
  number killed, and "dois indivíduos morreram" counts two people.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import by_place

#: A Sunday: the Monday before it is 2024-06-17.
SUNDAY_JUNE_23 = date(2024, 6, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Ataque em Kharkiv\n\nUm ataque com drones atingiu neste domingo a segunda maior cidade "
        "da Ucrânia, Kharkiv, e feriu dez pessoas.",
        "Ataque em Kharkiv\n\nPela quinta vez este mês, drones atingiram neste domingo a cidade de "
        "Kharkiv e feriram dez pessoas.",
        "Ataque em Kharkiv\n\nA terça parte dos drones chegou a Kharkiv neste domingo e feriu dez "
        "pessoas.",
    ],
)
def test_an_ordinal_is_no_weekday(extract, text):
    events = extract(text, published=SUNDAY_JUNE_23, language="pt")
    assert [(e.place, e.date, e.injured) for e in events] == [("Kharkiv", date(2024, 6, 23), 10)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Ataque em Kharkiv\n\nNa segunda (17), drones atingiram Kharkiv e feriram dez pessoas.",
            date(2024, 6, 17),
        ),
        (
            "Ataque em Kharkiv\n\nNa sexta à noite, drones atingiram Kharkiv e feriram dez "
            "pessoas.",
            date(2024, 6, 21),
        ),
        (
            "Ataque em Kharkiv\n\nDrones atingiram Kharkiv na quarta, ferindo dez pessoas.",
            date(2024, 6, 19),
        ),
    ],
)
def test_a_bare_weekday_still_dates_the_strike(extract, text, day):
    events = extract(text, published=SUNDAY_JUNE_23, language="pt")
    assert [(e.place, e.date) for e in events] == [("Kharkiv", day)]


@pytest.mark.parametrize(
    ("lang", "text", "killed", "injured"),
    [
        (
            "pt",
            "Ataque em Kharkiv\n\nNo sábado, um ataque russo com quatro bombas aéreas em Kharkiv "
            "levou a três mortes e deixou 41 pessoas feridas.",
            3,
            41,
        ),
        (
            "pt",
            "Ataque em Kharkiv\n\n16 mortes já foram registradas num prédio de Kharkiv "
            "atingido por um míssil no sábado.",
            16,
            None,
        ),
        (
            "es",
            "Ataque en Járkov\n\nEl ataque con misiles contra Járkov del sábado causó tres "
            "muertes y 20 heridos.",
            3,
            20,
        ),
        (
            "fr",
            "Frappe sur Kharkiv\n\nLa frappe de missiles sur Kharkiv samedi a causé trois "
            "décès et 20 blessés.",
            3,
            20,
        ),
    ],
)
def test_deaths_counted_as_nouns_are_the_killed(extract, lang, text, killed, injured):
    event = by_place(extract(text, published=SUNDAY_JUNE_23, language=lang))["Kharkiv"]
    assert (event.killed, event.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Ataque em Kharkiv\n\nUm míssil atingiu Kharkiv no sábado e pelo menos dois "
            "indivíduos morreram.",
        ),
        (
            "fr",
            "Frappe sur Kharkiv\n\nUn missile a frappé Kharkiv samedi; deux individus ont été "
            "tués.",
        ),
        (
            "it",
            "Attacco a Kharkiv\n\nUn missile ha colpito Kharkiv sabato e due individui sono morti.",
        ),
    ],
)
def test_individuals_are_people_counted(extract, lang, text):
    assert by_place(extract(text, published=SUNDAY_JUNE_23, language=lang))["Kharkiv"].killed == 2
