"""Two details of wire copy that made markers.

- **Trains and flights to a city.** "Delays on several trains to Kyiv and
  Dnipro": the destinations of delayed trains were not struck.
- **A capital that claims.** "Moscou a pour sa part revendiqué la destruction
  de 31 drones": the capital speaks, it is no target.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

TRAINS = [
    (
        "en",
        "Drones over Kharkiv region\n\nOn Monday night drones damaged a railway depot in "
        "Lozova, and Ukrzaliznytsia reported delays on several trains to Kyiv and Dnipro.",
    ),
    (
        "fr",
        "Drones sur la région de Kharkiv\n\nLundi soir, des drones ont endommagé un dépôt "
        "ferroviaire à Lozova, selon Ukrzaliznytsia, qui a signalé des retards sur plusieurs "
        "trains vers Kiev et Dnipro.",
    ),
    (
        "de",
        "Drohnen über Charkiw\n\nAm Montagabend beschädigten Drohnen ein Bahndepot in Losowa; "
        "die Bahn meldete Verspätungen mehrerer Züge nach Kiew und Dnipro.",
    ),
]

CLAIMS = [
    (
        "fr",
        "Drones sur Lozova\n\nLundi soir, des drones russes ont endommagé un dépôt ferroviaire "
        "à Lozova. Moscou a pour sa part revendiqué la destruction de 31 drones ukrainiens.",
    ),
    (
        "es",
        "Drones sobre Lozova\n\nEl lunes por la noche drones rusos dañaron un depósito "
        "ferroviario en Lozova. Moscú reivindicó por su parte el derribo de 31 drones "
        "ucranianos.",
    ),
    (
        "it",
        "Droni su Lozova\n\nLunedì sera droni russi hanno danneggiato un deposito ferroviario "
        "a Lozova. Mosca ha rivendicato l'abbattimento di 31 droni ucraini.",
    ),
]


@pytest.mark.parametrize(("language", "text"), TRAINS, ids=[c[0] for c in TRAINS])
def test_the_destinations_of_delayed_trains_are_not_struck(extract, language, text):
    assert set(by_place(extract(text, published=TUESDAY, language=language))) == {"Lozova"}


@pytest.mark.parametrize(("language", "text"), CLAIMS, ids=[c[0] for c in CLAIMS])
def test_a_capital_that_claims_is_no_target(extract, language, text):
    assert set(by_place(extract(text, published=TUESDAY, language=language))) == {"Lozova"}
