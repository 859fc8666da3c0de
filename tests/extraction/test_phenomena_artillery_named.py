"""Artillery named beside another weapon is one of the strike's weapons: "artillery"
and "mortar" are specific words, like "drone" or "missile", not loose words for any
attack that a specific one overrides (issue 11, phenomenon 6)."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

SENTENCES = [
    (
        "de",
        "Angriffe im Osten\n\nEs habe Artillerie- und Raketenangriffe auf Isjum gegeben, "
        "teilte der Gouverneur mit.",
        "Izium",
        {"artillery", "missile"},
    ),
    (
        "de",
        "Angriffe im Süden\n\nRussische Truppen beschossen Cherson mit Mörsern und Drohnen.",
        "Kherson",
        {"artillery", "drone"},
    ),
    (
        "fr",
        "Attaques dans le sud\n\nKherson a été visée par des tirs d'artillerie et des missiles.",
        "Kherson",
        {"artillery", "missile"},
    ),
    (
        "fr",
        "Attaques dans le sud\n\nLes forces russes ont frappé Kherson au mortier et avec des "
        "drones.",
        "Kherson",
        {"artillery", "drone"},
    ),
    (
        "uk",
        "Атаки на Харківщині\n\nРосіяни завдали артилерійських і ракетних ударів по Ізюму.",
        "Izium",
        {"artillery", "missile"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "place", "weapons"), SENTENCES)
def test_artillery_beside_another_weapon_is_kept(extract, lang, text, place, weapons):
    events = by_place(extract(text, published=TUESDAY, language=lang))
    assert set(events[place].weapons) == weapons
