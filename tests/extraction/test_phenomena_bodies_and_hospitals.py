"""Issue 11 (figures not parsed): the dead counted by the bodies recovered ("the bodies of
four people", "тіла чотирьох людей", "die Leichen von vier Menschen") and the wounded by
those taken to hospital ("Do szpitala trafiło pięć osób", "mussten im Krankenhaus
behandelt werden")."""

from __future__ import annotations

import pytest
from phenomena import by_place
from strikemap.extraction.casualties import find_figures


@pytest.mark.parametrize(
    ("lang", "sentence", "figure"),
    [
        ("en", "Rescuers pulled the bodies of four people from the rubble.", ("killed", 4)),
        ("uk", "З-під завалів дістали тіла чотирьох людей.", ("killed", 4)),
        ("ru", "Из-под завалов извлекли тела четырех человек.", ("killed", 4)),
        ("pl", "Spod gruzów wydobyto ciała czterech osób.", ("killed", 4)),
        ("de", "Rettungskräfte bargen die Leichen von vier Menschen.", ("killed", 4)),
        ("es", "Los rescatistas recuperaron los cuerpos de cuatro personas.", ("killed", 4)),
        ("fr", "Les secouristes ont retrouvé les corps de quatre personnes.", ("killed", 4)),
        ("it", "I soccorritori hanno recuperato i corpi di quattro persone.", ("killed", 4)),
        ("pl", "Do szpitala trafiło pięć osób.", ("injured", 5)),
        ("de", "Fünf Menschen mussten im Krankenhaus behandelt werden.", ("injured", 5)),
    ],
)
def test_bodies_recovered_and_people_taken_to_hospital(lang, sentence, figure):
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == [figure]


def test_the_body_of_one_more_victim_adds_one(extract):
    text = (
        "Удар по Києву\n\nУнаслідок ракетного удару по Києву загинули п'ятеро людей. Вранці "
        "тіло ще однієї загиблої знайшли під завалами."
    )
    assert by_place(extract(text, language="uk"))["Kyiv"].killed == 6


@pytest.mark.parametrize(
    ("lang", "sentence", "figure"),
    [
        ("uk", "Чотири людини зазнали травм різного ступеня тяжкості.", ("injured", 4)),
        ("uk", "Медичну допомогу надали семи людям.", ("injured", 7)),
        ("fr", "Sept personnes ont été prises en charge par les secours.", ("injured", 7)),
        ("es", "Cuatro personas sufrieron heridas.", ("injured", 4)),
        ("pt", "Quatro pessoas sofreram ferimentos.", ("injured", 4)),
        ("it", "Quattro persone hanno riportato ferite.", ("injured", 4)),
    ],
)
def test_injuries_suffered_or_treated(lang, sentence, figure):
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == [figure]
