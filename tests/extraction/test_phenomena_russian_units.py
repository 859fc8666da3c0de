"""Issue 11, read in Kursk and Belgorod governors' posts retold by Russian outlets:
Russian districts and okrugs as the places struck.

* "в Глушковском районе Курской области … погиб мирный житель": the district is the
  place struck (the gazetteer now holds Russia's border districts and okrugs);
* "между деревней Обеста и селом Локоть Рыльского района": a village the gazetteer
  only knows far from the district named after it (Lokot of Bryansk Oblast) is no
  match; the district stands for it;
* "50-летний водитель получил осколочные ранения": an adjective between the verb and
  "ранения" still makes one wounded.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY
from strikemap.extraction.casualties import find_figures


def test_a_russian_district_is_the_place_struck(extract):
    text = (
        "Атака дрона\n\nВо вторник в Глушковском районе Курской области при атаке беспилотника "
        "погиб мирный житель."
    )
    events = extract(text, published=TUESDAY, language="ru")
    assert [(e.place, e.parent, e.killed) for e in events] == [
        ("Glushkovsky District", "Kursk Oblast", 1)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Во вторник украинский беспилотник нанес удар между деревней Обеста и селом Локоть "
            "Рыльского района. Ранение получил 58-летний мирный житель.",
        ),
        (
            "uk",
            "У вівторок дрон атакував село Локоть Рильського району Курської області, поранено "
            "58-річного чоловіка.",
        ),
    ],
)
def test_a_village_known_only_far_from_its_district_gives_way_to_the_district(extract, lang, text):
    events = extract(f"Атака\n\n{text}", published=TUESDAY, language=lang)
    assert [(e.place, e.injured) for e in events] == [("Rylsky District", 1)]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "По его словам, 50-летний водитель получил осколочные ранения правой руки."),
        ("ru", "Мужчина получил минно-взрывную травму."),
        ("uk", "Чоловік отримав осколкові поранення."),
        ("uk", "Жінка дістала важкі травми."),
    ],
)
def test_an_adjective_before_the_wounds_keeps_one_wounded(lang, sentence):
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == [("injured", 1)]
