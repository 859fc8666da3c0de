"""Issue 11, read in real Italian and Spanish wire copy:

- **a country right before the target** ("un attacco sferrato dalla Russia in Ucraina
  contro Kharkiv", "an attack by Russia in Ukraine against Kharkiv") owns the place:
  the toll is Kharkiv's, not a national one;
- **a toll told over a list of towns** and given to none of them ("five people were
  killed in the attacks on Kharkiv and Kherson") leaves the text at none of them: a
  toll after it ("17 were also injured") is no one town's.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Attacco su Kharkiv\n\nQuattordici persone, tra cui quattro bambini, sono rimaste "
            "ferite martedì in un attacco sferrato dalla Russia in Ucraina contro Kharkiv.",
        ),
        (
            "en",
            "Attack on Kharkiv\n\nFourteen people were injured on Tuesday in an attack launched "
            "by Russia in Ukraine against Kharkiv.",
        ),
        (
            "es",
            "Ataque contra Járkov\n\nCatorce personas resultaron heridas el martes en un ataque "
            "lanzado por Rusia en Ucrania contra Járkov.",
        ),
    ],
)
def test_a_country_right_before_the_target_owns_it(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert [(e.place, e.injured) for e in events] == [("Kharkiv", 14)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Attacks on Kharkiv and Kherson\n\nFive people were killed on Tuesday in Russian "
            "attacks on the cities of Kharkiv and Kherson. Local authorities said 17 people were "
            "also injured.",
        ),
        (
            "de",
            "Angriffe auf Charkiw und Cherson\n\nBei russischen Angriffen auf die Städte Charkiw "
            "und Cherson wurden am Dienstag fünf Menschen getötet. Nach Angaben der Behörden "
            "wurden außerdem 17 Menschen verletzt.",
        ),
        (
            "fr",
            "Frappes sur Kharkiv et Kherson\n\nCinq personnes ont été tuées mardi dans des "
            "frappes russes sur les villes de Kharkiv et de Kherson. Selon les autorités, 17 "
            "personnes ont également été blessées.",
        ),
    ],
)
def test_a_toll_after_a_list_toll_is_no_one_towns(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert sorted((e.place, e.killed, e.injured) for e in events) == [
        ("Kharkiv", None, None),
        ("Kherson", None, None),
    ]
