"""Issue 11, read on a real Italian page and checked in the nine languages: a
phrase after the people a figure counts, saying whose or where they were,
does not break the figure.

- "three people of the same family were injured", "tre persone della stessa
  famiglia sono rimaste ferite", "trzy osoby z jednej rodziny zostały ranne";
- "two passengers in the car were killed", "zwei Menschen in einem Auto
  wurden verletzt": a place after the people, with its article;
- "members", "familiari", "Angehörige": the family's members are people.

"one" in "of one family" is a number word the figures see masked; it is never
the count.  Read on the same page: "nessuno è morto" (nobody died) is zero
killed, and says nothing of the injured, in every language.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import by_place
from strikemap.extraction.casualties import find_figures


def _figures(sentence: str, lang: str) -> list[tuple[str, int]]:
    return [(f.kind, f.value) for f in find_figures(sentence, lang) if f.scope == "event"]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "Three people of the same family were injured.", [("injured", 3)]),
        ("en", "Three members of one family were killed.", [("killed", 3)]),
        ("en", "Two people in the car were wounded.", [("injured", 2)]),
        ("it", "Tre persone della stessa famiglia sono rimaste ferite.", [("injured", 3)]),
        ("it", "Quattro membri di una famiglia sono morti.", [("killed", 4)]),
        ("it", "Due persone a bordo dell'auto sono rimaste uccise.", [("killed", 2)]),
        ("fr", "Trois membres d'une même famille ont été tués.", [("killed", 3)]),
        ("fr", "Deux personnes de la même famille ont été blessées.", [("injured", 2)]),
        ("es", "Tres personas de la misma familia resultaron heridas.", [("injured", 3)]),
        ("es", "Cinco miembros de una misma familia murieron.", [("killed", 5)]),
        ("pt", "Três pessoas da mesma família ficaram feridas.", [("injured", 3)]),
        ("de", "Drei Menschen aus einer Familie wurden verletzt.", [("injured", 3)]),
        ("de", "Zwei Menschen in einem Auto wurden getötet.", [("killed", 2)]),
        ("pl", "Trzy osoby z jednej rodziny zostały ranne.", [("injured", 3)]),
        ("pl", "Dwie osoby w samochodzie zginęły.", [("killed", 2)]),
        ("uk", "Троє членів однієї родини загинули.", [("killed", 3)]),
        ("ru", "Трое людей в автомобиле получили ранения.", [("injured", 3)]),
        ("ru", "Четверо членов одной семьи погибли.", [("killed", 4)]),
    ],
)
def test_a_group_phrase_after_the_people_keeps_the_figure(lang, sentence, expected):
    assert _figures(sentence, lang) == expected


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # The group phrase with no casualty word: no figure.
        ("en", "Three people of the same family were evacuated."),
        ("it", "Tre persone della stessa famiglia sono state evacuate."),
        # A number with no people before the phrase: hours, not victims.
        ("en", "Three hours in the shelter were enough to keep everyone unhurt, injured none."),
    ],
)
def test_a_group_phrase_alone_gives_no_figure(lang, sentence):
    assert _figures(sentence, lang) == []


def test_the_family_toll_reaches_the_place_struck(extract):
    events = extract(
        "Un drone russo ha colpito un'abitazione a Kherson nella notte di lunedì. "
        "Tre persone della stessa famiglia sono rimaste ferite, tra cui un bambino. "
        "Nessuno è morto, ha riferito l'amministrazione regionale.",
        published=date(2025, 6, 3),
        language="it",
    )
    kherson = by_place(events)["Kherson"]
    assert (kherson.killed, kherson.injured) == (0, 3)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "Nessuno è morto."),
        ("it", "Nessuno ha perso la vita."),
        ("fr", "Personne n'a été tué."),
        ("fr", "Personne n'est mort."),
        ("es", "Nadie perdió la vida."),
        ("pt", "Ninguém morreu."),
        ("de", "Niemand starb."),
        ("de", "Niemand kam ums Leben."),
        # Nobody killed says nothing of the injured.
        ("uk", "Ніхто не загинув."),
        ("ru", "Никто не погиб."),
    ],
)
def test_nobody_died_is_zero_killed_only(lang, sentence):
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == [("killed", 0)]
