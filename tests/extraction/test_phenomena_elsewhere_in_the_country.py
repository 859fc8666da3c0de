"""Issue 11 (figures attached to the wrong place), read in a real Polish report: "Cztery
osoby zginęły w innych rejonach Ukrainy" gave Odesa, the strike just told, four more dead.
Victims "in other regions", "in other parts of the country" belong to none of the places
the text names."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

CASES = [
    (
        "pl",
        "Atak na Odessę\n\nTrzy osoby zginęły w rosyjskim ataku dronowym na Odessę. "
        "W tym samym czasie cztery osoby zginęły w innych rejonach Ukrainy.",
    ),
    (
        "en",
        "Attack on Odesa\n\nThree people were killed in a Russian drone attack on Odesa. "
        "Four more people were killed in other regions of Ukraine.",
    ),
    (
        "de",
        "Angriff auf Odessa\n\nBei einem russischen Drohnenangriff auf Odessa wurden drei "
        "Menschen getötet. In anderen Landesteilen starben vier Menschen.",
    ),
    (
        "uk",
        "Атака на Одесу\n\nУнаслідок атаки дронів на Одесу загинули троє людей. В інших "
        "регіонах загинули ще четверо людей.",
    ),
    (
        "ru",
        "Атака на Одессу\n\nВ результате атаки дронов на Одессу погибли три человека. В других "
        "регионах погибли еще четыре человека.",
    ),
    (
        "es",
        "Ataque contra Odesa\n\nTres personas murieron en un ataque con drones rusos contra "
        "Odesa. Otras cuatro personas murieron en otras regiones del país.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_victims_in_other_regions_are_not_the_named_places(extract, lang, text):
    assert by_place(extract(text, published=TUESDAY, language=lang))["Odesa"].killed == 3
