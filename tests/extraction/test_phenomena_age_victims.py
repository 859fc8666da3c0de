"""Issue 11 (heldout_real_3): a victim named by their age alone is one person.

Wire copy names a victim by their age: "starb ein 61-Jähriger", "è morto un
61enne", "zginęła 70-latka".  Each is one person killed; without it, a lead's
sum over several places ("mindestens zwei Menschen getötet") was given to the
first town instead.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Angriff auf Losowa\n\nIn Losowa starb am Dienstag bei einem Drohnenangriff ein "
            "61-Jähriger.",
        ),
        ("it", "Attacco a Lozova\n\nA Lozova un 61enne è morto in un attacco di droni martedì."),
        ("pl", "Atak na Łozową\n\nWe wtorek w Łozowej od ataku drona zginęła 70-latka."),
    ],
)
def test_a_victim_named_by_age_is_one_person_killed(extract, lang, text):
    assert by_place(extract(text, published=TUESDAY, language=lang))["Lozova"].killed == 1


def test_a_leads_sum_over_two_towns_is_not_the_first_towns_toll(extract):
    text = (
        "Tote in der Ostukraine\n\nBei russischen Angriffen sind am Dienstag mindestens zwei "
        "Menschen getötet worden. In Losowa starb bei einem Drohnenangriff ein 61-Jähriger, "
        "drei weitere Bewohner wurden verletzt. In Nikopol wurde eine Frau getötet."
    )
    found = by_place(extract(text, published=TUESDAY, language="de"))
    assert (found["Lozova"].killed, found["Lozova"].injured) == (1, 3)
    assert found["Nikopol"].killed == 1


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("uk", "Травмовано 17-річну дівчину та 20-річного хлопця.", ("injured", 2)),
        ("uk", "Поранено 19-річного юнака.", ("injured", 1)),
        ("ru", "Ранены 17-летняя девушка и 20-летний парень.", ("injured", 2)),
        ("ru", "Погиб 18-летний юноша.", ("killed", 1)),
        ("pl", "Ranna została 17-letnia dziewczyna i jej 20-letni chłopak.", ("injured", 2)),
        ("es", "Un joven resultó herido.", ("injured", 1)),
        ("pt", "Um jovem morreu no hospital.", ("killed", 1)),
    ],
)
def test_a_girl_or_a_young_man_is_one_person(lang, sentence, expected):
    """Read in a Ukrainian oblast round-up: "травмовано 17-річну дівчину та 20-річного
    хлопця" counted one, the girl's word being unknown and the list broken at it."""
    from strikemap.extraction.casualties import find_figures

    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == [expected]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("es", "Una persona falleció y otra resultó lesionada.", [("injured", 1), ("killed", 1)]),
        ("es", "Un hombre falleció en el hospital.", [("killed", 1)]),
        ("pt", "Uma pessoa faleceu e outra ficou ferida.", [("injured", 1), ("killed", 1)]),
        ("pt", "Duas pessoas faleceram.", [("killed", 2)]),
    ],
)
def test_fallecio_and_faleceu_are_deaths(lang, sentence, expected):
    """Read in Spanish agency copy: "una persona falleció y otra resultó lesionada en
    un ataque ruso en el distrito de Nikopol" gave the wounded but not the dead."""
    from strikemap.extraction.casualties import find_figures

    assert sorted((f.kind, f.value) for f in find_figures(sentence, lang)) == expected
