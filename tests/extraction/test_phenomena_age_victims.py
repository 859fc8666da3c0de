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
