"""Issue 11 (places named but not struck, phenomenon 1), read in French wire copy: a bomb
"larguée depuis l'espace aérien de la région russe de Belgorod" was launched from that
region, which is no strike on it (even named with its unit word); and a village "face à
Izmaïl" on the Romanian bank is located by the town, which is not struck by it."""

from __future__ import annotations

from datetime import date

import pytest

TUESDAY = date(2025, 4, 22)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "fr",
            "La bombe a été larguée par un avion depuis l'espace aérien de la région russe "
            "de Belgorod.",
        ),
        ("en", "The bomb was dropped by a jet from Russian airspace over the Belgorod region."),
        (
            "de",
            "Die Bombe wurde von einem Flugzeug aus dem Luftraum über der Region Belgorod "
            "abgeworfen.",
        ),
        (
            "es",
            "La bomba fue lanzada por un avión desde el espacio aéreo de la región rusa de "
            "Bélgorod.",
        ),
        ("uk", "Бомбу скинув літак з повітряного простору над Бєлгородською областю."),
    ],
)
def test_the_airspace_a_bomb_was_dropped_from_is_not_struck(extract, lang, sentence):
    text = f"Bomb on Kharkiv\n\nA guided bomb hit Kharkiv on Tuesday. {sentence}"
    assert {e.place for e in extract(text, published=TUESDAY, language=lang)} == {"Kharkiv"}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "fr",
            "Des fragments de drone sont tombés sur la rive roumaine du Danube face à "
            "Izmaïl, sans causer de dégâts.",
        ),
        (
            "en",
            "Drone fragments fell on the Romanian bank of the Danube opposite Izmail, "
            "causing no damage.",
        ),
        (
            "de",
            "Drohnenteile fielen am rumänischen Ufer der Donau gegenüber von Ismajil, ohne "
            "Schaden anzurichten.",
        ),
        (
            "uk",
            "Уламки дрона впали на румунському березі Дунаю навпроти Ізмаїла, пошкоджень немає.",
        ),
    ],
)
def test_a_town_across_the_river_from_a_fall_is_not_struck(extract, lang, sentence):
    text = f"Drones hit Reni\n\nRussian drones hit the port of Reni on Tuesday. {sentence}"
    assert {e.place for e in extract(text, published=TUESDAY, language=lang)} == {"Reni"}
