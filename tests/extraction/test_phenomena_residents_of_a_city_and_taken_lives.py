"""Victims listed after a city ("residents of Odesa, a doctor and a rescuer")
leave the city a place; "took the life of N" and "killed one and injured N"
are counts; a capital that "attacked" a region is the attacker, not a target.

Each case is a short report of one strike; the expected events are written
by hand."""

from __future__ import annotations

from datetime import date

import pytest

FRIDAY = date(2024, 11, 16)  # a Saturday: "vendredi" is 15 November

# A role after the city's name is another victim of the list, not an
# apposition that makes the city a person's name for the whole article.
VICTIM_LISTS = [
    (
        "fr",
        "Vendredi, la Russie a lancé une frappe de missiles sur la ville d'Odessa.\n\n"
        "Il y a des habitants d'Odessa, un médecin et un secouriste parmi les morts.",
    ),
    (
        "it",
        "Venerdì la Russia ha lanciato un attacco missilistico sulla città di Odessa.\n\n"
        "Tra i morti ci sono abitanti dell'Odessa, un medico e un soccorritore.",
    ),
    (
        "en",
        "On Friday Russia launched a missile strike on the city of Odesa.\n\n"
        "Residents of Odesa, a doctor and a rescuer are among the dead.",
    ),
]


@pytest.mark.parametrize(("language", "text"), VICTIM_LISTS, ids=[c[0] for c in VICTIM_LISTS])
def test_a_city_before_a_list_of_victims_stays_the_place_struck(extract, language, text):
    events = extract(text, published=FRIDAY, language=language)
    assert [(e.place, e.date) for e in events] == [("Odesa", date(2024, 11, 15))]


TAKEN_LIVES = [
    ("fr", "Une frappe de missile sur Odessa a ôté la vie à sept personnes.", "Odesa"),
    ("it", "Un attacco missilistico su Kharkiv ha tolto la vita a sette persone.", "Kharkiv"),
    ("es", "Un ataque con misiles contra Járkov quitó la vida a siete personas.", "Kharkiv"),
]


@pytest.mark.parametrize(
    ("language", "text", "place"), TAKEN_LIVES, ids=[c[0] for c in TAKEN_LIVES]
)
def test_a_strike_that_took_the_lives_of_seven_killed_seven(extract, language, text, place):
    events = extract(text, published=FRIDAY, language=language)
    assert [(e.place, e.killed) for e in events] == [(place, 7)]


KILLED_AND_INJURED = [
    (
        "fr",
        "Une bombe aérienne est tombée sur Kivcharivka, ce qui a tué une femme de 74 ans "
        "et blessé quatre autres personnes.",
        "Kivsharivka",
    ),
    (
        "en",
        "A guided bomb fell on Kivsharivka, which killed a woman of 74 and injured four "
        "other people.",
        "Kivsharivka",
    ),
    (
        "es",
        "Una bomba aérea cayó sobre Kivsharivka, mató a una mujer de 74 años e hirió a "
        "otras cuatro personas.",
        "Kivsharivka",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "place"), KILLED_AND_INJURED, ids=[c[0] for c in KILLED_AND_INJURED]
)
def test_killed_one_and_injured_four_with_one_auxiliary(extract, language, text, place):
    events = extract(text, published=FRIDAY, language=language)
    assert [(e.place, e.killed, e.injured) for e in events] == [(place, 1, 4)]


CAPITAL_ATTACKS = [
    (
        "fr",
        'Moscou "a attaqué la région d\'Odessa avec des drones", a expliqué sur Telegram '
        "le gouverneur. Une femme a été blessée.",
    ),
    (
        "es",
        "Moscú atacó la región de Odesa con drones, según el gobernador. Una mujer resultó herida.",
    ),
    (
        "it",
        "Mosca ha colpito la regione di Odessa con droni, ha detto il governatore. "
        "Una donna è rimasta ferita.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CAPITAL_ATTACKS, ids=[c[0] for c in CAPITAL_ATTACKS])
def test_a_capital_that_attacked_a_region_is_not_a_place_struck(extract, language, text):
    events = extract(text, published=FRIDAY, language=language)
    assert [(e.place, e.injured) for e in events] == [("Odesa Oblast", 1)]
