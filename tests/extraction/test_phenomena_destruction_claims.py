"""A military's claim of "the destruction of N aircraft" over regions strikes none of them.

Defence ministries word their tallies as a noun: "Moscow claimed the
destruction of 33 Ukrainian aircraft over the Belgorod, Kursk and Bryansk
regions", "la destruction de 33 appareils ukrainiens". The regions are where
the drones were brought down, not strike sites; "the destruction of a school"
is still damage.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

CLAIMS = [
    (
        "fr",
        "Frappe sur Kharkiv\n\nLundi, un missile russe a frappé Kharkiv et tué deux personnes. "
        "Moscou a revendiqué la destruction de 33 appareils ukrainiens, dans les régions de "
        "Belgorod, Koursk et Briansk.",
    ),
    (
        "en",
        "Missile hits Kharkiv\n\nOn Monday a Russian missile hit Kharkiv, killing two people. "
        "Moscow claimed the destruction of 33 Ukrainian aircraft over the Belgorod, Kursk and "
        "Bryansk regions.",
    ),
    (
        "en",
        "Missile hits Kharkiv\n\nOn Monday a Russian missile hit Kharkiv, killing two people. "
        "Russia's defence ministry reported the destruction of 33 Ukrainian drones in the "
        "Belgorod, Kursk and Bryansk regions.",
    ),
    (
        "es",
        "Misil en Járkov\n\nEl lunes un misil ruso impactó en Járkov y mató a dos personas. "
        "Moscú reivindicó el derribo de 33 aparatos ucranianos en las regiones de Bélgorod, "
        "Kursk y Briansk.",
    ),
    (
        "it",
        "Missile su Kharkiv\n\nLunedì un missile russo ha colpito Kharkiv uccidendo due "
        "persone. Mosca ha rivendicato l'abbattimento di 33 velivoli ucraini nelle regioni di "
        "Belgorod, Kursk e Bryansk.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CLAIMS, ids=[c[0] for c in CLAIMS])
def test_regions_of_a_destruction_claim_are_not_struck(extract, language, text):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == {"Kharkiv"}
    assert events["Kharkiv"].killed == 2


def test_the_destruction_of_a_building_is_still_a_strike(extract):
    events = by_place(
        extract(
            "Strike on Kharkiv\n\nA Russian missile caused the destruction of a school in "
            "Kharkiv on Monday, killing two people.",
            published=TUESDAY,
            language="en",
        )
    )
    assert set(events) == {"Kharkiv"}


def test_a_second_verb_of_one_auxiliary_kills(extract):
    """ "a frappé Kharkiv et tué deux personnes": "tué" shares the auxiliary "a"."""
    events = by_place(
        extract(
            "Frappe sur Kharkiv\n\nLundi, un missile russe a frappé Kharkiv et tué deux personnes.",
            published=TUESDAY,
            language="fr",
        )
    )
    assert events["Kharkiv"].killed == 2
