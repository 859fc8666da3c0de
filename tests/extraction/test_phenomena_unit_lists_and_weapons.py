"""Issue 11 (phenomena 6, 7 and 9), read in a real regional summary of a day of shelling
around Nikopol:

- a list of hromadas after a town ("сам Нікополь, Покровська, Марганецька, Мирівська
  громади", "Nikopol itself, Pokrovska, Marhanetska and Myrivska hromadas") is a list:
  its first member does not only locate the town before it, and English closes such a
  list with "hromadas", "communities", "raions" or "districts" as Ukrainian does;
- the members of a list told without weapons take the weapons of the places of their
  sentence ("Ворог гатив FPV-дронами та артилерією"), not the glide bombs dropped on
  another hromada later in the report;
- "FPV-дронами", "FPV-дроном", "FPV-dronem", "FPV-Drohne", "FPV-drone" are drones;
- a hromada whose name two oblasts share is the one in the oblast the report is about,
  even when the other has more people (Ukrainian and English; the gazetteer lacks the
  Russian spelling of many hromadas, "Троицкая громада").
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place, places
from strikemap.extraction.weapons import find_weapons

HROMADAS = {"Pokrovska hromada", "Marhanetska hromada", "Myrivska hromada"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Нікопольщина під ударами\n\nУ вівторок понад шість десятків атак пережила "
            "Нікопольщина – сам Нікополь, Покровська, Марганецька та Мирівська громади. "
            "Ворог гатив FPV-дронами та артилерією. Крім того, по Межівській громаді "
            "противник завдав ударів КАБами.",
        ),
        (
            "en",
            "Nikopol district under fire\n\nOn Tuesday over sixty attacks hit the Nikopol "
            "district: Nikopol itself, Pokrovska, Marhanetska and Myrivska hromadas. The "
            "enemy used FPV drones and artillery. Elsewhere, Russian forces struck the "
            "Mezhivska hromada with KABs.",
        ),
        (
            "en",
            "Nikopol district under fire\n\nOn Tuesday over sixty attacks hit Nikopol and "
            "the Pokrovska, Marhanetska and Myrivska communities. The enemy used FPV drones "
            "and artillery. Elsewhere, Russian forces struck the Mezhivska hromada with KABs.",
        ),
    ],
)
def test_a_list_of_hromadas_after_a_town_shares_its_weapons(extract, lang, text):
    events = by_place(extract(text, published=TUESDAY, language=lang))
    assert set(events) >= HROMADAS
    for name in (*HROMADAS, "Nikopol"):
        assert events[name].weapons == ["drone", "artillery"], name
    assert events["Mezhivska hromada"].weapons == ["glide_bomb"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("uk", "Ворог гатив FPV-дронами."),
        ("ru", "Противник атаковал FPV-дроном автомобиль."),
        ("pl", "Rosjanie zaatakowali samochód FPV-dronem."),
        ("de", "Eine FPV-Drohne traf ein Auto."),
        ("en", "An FPV-drone hit a car."),
    ],
)
def test_an_fpv_compound_is_a_drone(lang, sentence):
    assert [w.category for w in find_weapons(sentence, lang)] == ["drone"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Обстріли Дніпропетровщини\n\nУ вівторок ворог атакував Павлоград, поранено двох "
            "людей. Крім того, у Троїцькій громаді російський БпЛА уразив приватну оселю.",
        ),
        (
            "en",
            "Attacks on Dnipropetrovsk region\n\nOn Tuesday Russian forces attacked Pavlohrad, "
            "injuring two people. A drone also hit a house in the Troitska hromada.",
        ),
    ],
)
def test_a_hromada_two_oblasts_share_is_the_one_of_the_report(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    troitska = [e for e in events if e.place == "Troitska hromada"]
    assert [e.parent for e in troitska] == ["Pavlohrad Raion"]
    assert "Pavlohrad" in places(events)
