"""A place after "in", then a comma and a victim's role ("In Kherson, a pensioner
was hurt"), is the place of the strike: the role names the victim, not the place.

Only a name without a locative before it ("Danilov, a pensioner who lives nearby,
described…") is a person by its apposition (``test_phenomena_surnames.py``).
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

CASES = [
    (
        "en",
        "Russian drones hit Kherson overnight\n\n"
        "In Kherson, a pensioner was injured when a drone hit her house on Monday night.",
    ),
    (
        "fr",
        "Un drone russe frappe Kherson\n\n"
        "À Kherson, un chauffeur a été blessé lundi soir par un drone russe.",
    ),
    (
        "it",
        "Un drone russo colpisce Kherson\n\n"
        "A Kherson, un pensionato è rimasto ferito lunedì sera da un drone russo.",
    ),
    (
        "uk",
        "Російський дрон атакував Херсон\n\n"
        "У Херсоні, пенсіонерка отримала поранення внаслідок удару дрона ввечері в "
        "понеділок.",
    ),
    (
        "es",
        "Un dron ruso ataca Jersón\n\n"
        "En Jersón, una jubilada resultó herida el lunes por la noche por un dron ruso.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_role_after_in_place_keeps_the_place_struck(extract, language, text):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == {"Kherson"}
    assert events["Kherson"].injured == 1
