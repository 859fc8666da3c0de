"""People counted with a noun the lists lack: "two dockers were injured".

The people nouns of each language file ("people", "residents", "workers")
can never name every trade. A count, one word, and a passive casualty verb
with its auxiliary ("were injured", "ont été blessés", "wurden verletzt",
"sono rimasti feriti") is a count of people whatever the word: only people
are injured or killed. Without the auxiliary the word must be a listed one,
since some casualty verbs are said of buildings too ("два дома пострадали":
two houses were damaged).
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

COUNTS = [
    (
        "en",
        "Drones hit Chornomorsk port\n\nOn Monday Russian drones hit the port of Chornomorsk. "
        "Two dockers were injured.",
        "Chornomorsk",
    ),
    (
        "fr",
        "Drones sur Tchornomorsk\n\nLundi, des drones russes ont frappé le port de "
        "Tchornomorsk. Deux dockers ont été blessés.",
        "Chornomorsk",
    ),
    (
        "de",
        "Drohnen auf Tschornomorsk\n\nAm Montag griffen russische Drohnen den Hafen von "
        "Tschornomorsk an. Zwei Hafenarbeiter wurden verletzt.",
        "Chornomorsk",
    ),
    (
        "it",
        "Droni su Chornomorsk\n\nLunedì droni russi hanno colpito il porto di Chornomorsk. "
        "Due portuali sono rimasti feriti.",
        "Chornomorsk",
    ),
    (
        "uk",
        "Дрони атакували Харків\n\nУ понеділок російські дрони атакували Харків. Двоє "
        "рятувальників були травмовані.",
        "Kharkiv",
    ),
]


@pytest.mark.parametrize(("language", "text", "city"), COUNTS, ids=[c[0] for c in COUNTS])
def test_a_count_of_people_the_lists_lack_is_a_figure(extract, language, text, city):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert events[city].injured == 2


DAMAGED = [
    (
        "ru",
        "Дрон атаковал Севск\n\nУтром ВСУ атаковали дроном Севск. Два дома пострадали.",
        "Sevsk",
    ),
    (
        "en",
        "Drones hit Kharkiv\n\nOn Monday Russian drones hit Kharkiv. Two buildings were damaged.",
        "Kharkiv",
    ),
]


@pytest.mark.parametrize(("language", "text", "city"), DAMAGED, ids=[c[0] for c in DAMAGED])
def test_buildings_damaged_are_no_injured(extract, language, text, city):
    """ "два дома пострадали" (two houses were damaged) has no auxiliary."""
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert events[city].injured is None


def test_an_article_before_an_unlisted_word_counts_nobody(extract):
    """ "un camion ont été blessés": "un" is the lorry's article, not one person."""
    events = by_place(
        extract(
            "Bombe sur Kramatorsk\n\nMercredi, la bombe est tombée sur un entrepôt de "
            "Kramatorsk. Un gardien de 61 ans a été tué sur le coup, quatre ouvriers qui "
            "déchargeaient un camion ont été blessés.",
            published=TUESDAY,
            language="fr",
        )
    )
    assert events["Kramatorsk"].killed == 1
    assert events["Kramatorsk"].injured is None


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Tre persone di 30 anni sono morte."),
        ("en", "Three people aged 30 years were killed."),
        ("fr", "Trois personnes de 30 ans ont été tuées."),
    ],
)
def test_an_age_in_years_is_no_unlisted_people(language, sentence):
    from strikemap.extraction.casualties import find_figures

    assert [(f.kind, f.value) for f in find_figures(sentence, language)] == [("killed", 3)]
