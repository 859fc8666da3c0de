"""A word for any attack yields to the weapons of its wave (issue 11,
phenomenon 6: generic words must not override specific ones stated for the
same wave).

"Bombardeo", "bombardement", "bombardamento", "bombardeio", "bombardowanie"
and "bombardment" name an attack of any kind, from the air as often as by
guns.  On a day the report tells of drones ("Russian drones hit Kharkiv ...
Hours earlier, Sunday's bombardment of Odesa damaged the grid"), Odesa's
strike is the drones' wave, not artillery.  Alone, with no weapon told that
day, the word still means the bombardment it says: artillery (ANNOTATION.md).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import by_place

PUBLISHED = date(2025, 7, 14)

WAVE = [
    (
        "es",
        "Un ataque ruso con drones sobre Járkov dejó 17 heridos el domingo por la noche. Horas "
        "antes, los bombardeos que sufrieron este domingo Odesa y Dnipro dañaron el sistema "
        "energético.",
    ),
    (
        "fr",
        "Des drones russes ont frappé Kharkiv dimanche soir, faisant 17 blessés. Quelques heures "
        "plus tôt, le bombardement d'Odessa dimanche a endommagé le réseau électrique.",
    ),
    (
        "it",
        "Droni russi hanno colpito Kharkiv domenica sera, ferendo 17 persone. Poche ore prima, il "
        "bombardamento di Odessa di domenica ha danneggiato la rete elettrica.",
    ),
    (
        "pt",
        "Drones russos atingiram Kharkiv no domingo à noite, ferindo 17 pessoas. Horas antes, o "
        "bombardeio de Odessa no domingo danificou a rede elétrica.",
    ),
    (
        "en",
        "Russian drones hit Kharkiv on Sunday evening, injuring 17 people. Hours earlier, "
        "Sunday's bombardment of Odesa damaged the power grid.",
    ),
    (
        "pl",
        "Rosyjskie drony zaatakowały w niedzielę wieczorem Charków, raniąc 17 osób. Kilka godzin "
        "wcześniej niedzielne bombardowanie Odessy uszkodziło sieć energetyczną.",
    ),
]


@pytest.mark.parametrize(("language", "text"), WAVE, ids=[c[0] for c in WAVE])
def test_a_bombardment_on_a_day_of_drones_is_the_drones_strike(extract, language, text):
    events = by_place(extract(f"News\n\n{text}", published=PUBLISHED, language=language))
    assert events["Odesa"].weapons == ["drone"]
    assert events["Kharkiv"].weapons == ["drone"]


ALONE = [
    ("en", "Sunday's bombardment of Kherson killed two people."),
    ("fr", "Le bombardement de Kherson dimanche a tué deux personnes."),
    ("es", "El bombardeo de Jersón del domingo mató a dos personas."),
]


@pytest.mark.parametrize(("language", "text"), ALONE, ids=[c[0] for c in ALONE])
def test_a_bombardment_told_alone_is_artillery(extract, language, text):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    assert [(e.place, e.weapons) for e in events] == [("Kherson", ["artillery"])]
