"""Issue 11 (figures not parsed), read in Polish, Russian, Ukrainian and Romance wire
copy: the verb comes first and a day or a place stands between it and the count
("zabił w czwartek trzy osoby", "убил в четверг трех человек", "a tué jeudi trois
personnes", "mató el jueves a tres personas").  Words between are allowed only when the
count is of people: "загинули – чоловік 48 років" is an age, and "heridas y una decena
de casas" counts houses.  The strike as the subject of an active verb ("Удар убив
трьох людей", "Дрон поранив двох жінок") is read too.
"""

from __future__ import annotations

import pytest
from strikemap.extraction.casualties import find_figures


def _figures(text: str, lang: str) -> list[tuple[str, int]]:
    return [(f.kind, f.value) for f in find_figures(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pl", "Rosyjski atak zabił w czwartek trzy osoby w Kijowie.", [("killed", 3)]),
        ("ru", "Удар убил в четверг трех человек.", [("killed", 3)]),
        ("uk", "Удар убив у четвер трьох людей.", [("killed", 3)]),
        ("es", "El ataque mató el jueves a tres personas.", [("killed", 3)]),
        ("fr", "La frappe a tué jeudi trois personnes.", [("killed", 3)]),
        ("it", "Il raid ha ucciso giovedì tre persone.", [("killed", 3)]),
        ("ru", "Удар убил трех человек и ранил пятерых.", [("killed", 3), ("injured", 5)]),
        ("uk", "Дрон поранив двох жінок.", [("injured", 2)]),
    ],
)
def test_a_day_or_place_between_the_verb_and_its_count(lang, text, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "Двоє людей загинули – чоловік 48 років і жінка 66 років.", [("killed", 2)]),
        (
            "es",
            "Otras tres personas resultaron heridas y una decena de casas quedaron dañadas.",
            [("injured", 3)],
        ),
        ("en", "Russian strikes killed people in three regions.", []),
    ],
)
def test_words_between_never_reach_a_count_that_is_not_of_people(lang, text, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Płonie rafineria w Tuapse, trzech marynarzy rannych w Noworosyjsku"),
        ("pl", "Trzech członków załogi zostało rannych."),
        ("en", "Three sailors were injured."),
        ("de", "Drei Seeleute wurden verletzt."),
        ("fr", "Trois marins ont été blessés."),
        ("es", "Tres tripulantes resultaron heridos."),
        ("it", "Tre marinai sono rimasti feriti."),
        ("pt", "Três marinheiros ficaram feridos."),
    ],
)
def test_sailors_and_crew_members_are_counted(lang, text):
    """Strikes on ports and tankers hurt sailors and crews (read in reports from
    Novorossiysk and Izmail): they are people a count is of."""
    assert _figures(text, lang) == [("injured", 3)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Według najnowszych danych zginęło siedem osób, a nie pięć, jak podawano wcześniej.",
        ),
        ("en", "Seven people were killed, not five as reported earlier."),
        ("ru", "Погибли семь человек, а не пять, как сообщалось ранее."),
        ("uk", "Загинули семеро людей, а не п'ятеро, як повідомлялося раніше."),
    ],
)
def test_the_figure_set_against_an_earlier_report_is_current(lang, text):
    """ "Seven, not five as reported earlier": the seven is the toll now (read in a
    Polish follow-up on Chernihiv); only the five was the earlier report's."""
    assert [(f.kind, f.value, f.superseded) for f in find_figures(text, lang)] == [
        ("killed", 7, False)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Ранены водитель и пассажирка."),
        ("uk", "Поранено водія та пасажирку."),
        ("pl", "Ranni zostali kierowca i pasażerka."),
    ],
)
def test_a_driver_and_a_passenger_are_two_victims(lang, text):
    """Drones that hit buses and cars hurt drivers and passengers (read in reports from
    occupied Horlivka): each named victim counts one."""
    assert _figures(text, lang) == [("injured", 2)]
