"""One victim named by role or occupation is a count of one: "un empleado resultó
herido", "blessant son conducteur", "il conducente è rimasto ferito", "eine
Mitarbeiterin wurde verletzt"; and a role after a number counts like "people"
("deux employés ont été blessés").  English, Ukrainian, Russian and Polish had
these words already; the Romance languages and German named only men, women,
children and relatives.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

ONE_INJURED = [
    (
        "es",
        "Un dron ruso ataca Jersón\n\nEn Jersón, un dron alcanzó un edificio "
        "administrativo el lunes por la noche; un empleado resultó herido.",
    ),
    (
        "fr",
        "Un drone russe frappe Kherson\n\nÀ Kherson, un drone a largué lundi soir un "
        "explosif sur une voiture, blessant son conducteur.",
    ),
    (
        "it",
        "Un drone russo colpisce Kherson\n\nA Kherson lunedì sera un drone ha colpito "
        "un'auto: il conducente è rimasto ferito.",
    ),
    (
        "de",
        "Russische Drohne trifft Cherson\n\nIn Cherson wurde am Montagabend eine "
        "Rentnerin durch eine Drohne verletzt.",
    ),
    (
        "pt",
        "Drone russo atinge Kherson\n\nEm Kherson, um drone atingiu um autocarro na "
        "segunda-feira à noite e o motorista ficou ferido.",
    ),
]

COUNTED = [
    (
        "fr",
        "Frappe russe sur Kherson\n\nÀ Kherson, deux employés d'une sous-station ont été "
        "blessés lundi soir par un drone russe.",
        "injured",
        2,
    ),
    (
        "es",
        "Ataque ruso contra Jersón\n\nEn Jersón murieron tres trabajadores de una planta "
        "eléctrica el lunes por la noche tras el impacto de un dron ruso.",
        "killed",
        3,
    ),
    (
        "it",
        "Attacco russo su Kherson\n\nA Kherson lunedì sera un drone russo ha ucciso un pensionato.",
        "killed",
        1,
    ),
]


@pytest.mark.parametrize(("language", "text"), ONE_INJURED, ids=[c[0] for c in ONE_INJURED])
def test_one_victim_named_by_role_is_one_injured(extract, language, text):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == {"Kherson"}
    assert events["Kherson"].injured == 1


@pytest.mark.parametrize(
    ("language", "text", "field", "count"), COUNTED, ids=[c[0] for c in COUNTED]
)
def test_a_count_of_workers_is_a_count_of_victims(extract, language, text, field, count):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert getattr(events["Kherson"], field) == count
