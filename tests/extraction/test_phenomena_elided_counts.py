"""Issue 11, read in real wire copy: **a count after "and" that leaves out its
casualty word** takes the kind of the figure told before it, and the place named
right after it: "three people were killed in Kharkiv and two in Kherson" is two killed
in Kherson."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Strikes on Kharkiv and Kherson\n\nOn Tuesday three people were killed in Kharkiv "
            "and two in Kherson.",
        ),
        (
            "de",
            "Angriffe auf Charkiw und Cherson\n\nAm Dienstag wurden in Charkiw drei Menschen "
            "getötet und zwei in Cherson.",
        ),
        (
            "es",
            "Ataques en Járkov y Jersón\n\nEl martes murieron tres personas en Járkov y dos en "
            "Jersón.",
        ),
        (
            "fr",
            "Frappes sur Kharkiv et Kherson\n\nMardi, trois personnes ont été tuées à Kharkiv et "
            "deux à Kherson.",
        ),
        (
            "ru",
            "Удары по Харькову и Херсону\n\nВо вторник в Харькове погибли три человека и двое в "
            "Херсоне.",
        ),
    ],
)
def test_a_count_that_leaves_out_its_casualty_word_takes_the_kind_before_it(extract, lang, text):
    events = {e.place: e for e in extract(text, published=TUESDAY, language=lang)}
    assert (events["Kharkiv"].killed, events["Kherson"].killed) == (3, 2)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "Three people were killed in Kharkiv and two in Kherson, and five others were injured.",
        ),
        (
            "it",
            "Tre persone sono morte a Kharkiv e due a Kherson, mentre cinque sono rimaste ferite.",
        ),
    ],
)
def test_an_elided_count_takes_the_kind_told_before_not_after(language, sentence):
    """The "two in Kherson" are killed like the three before them, not injured
    like the five told after them (a mutant of the sampled mutation run)."""
    from strikemap.extraction.casualties import find_figures

    assert [(f.kind, f.value) for f in find_figures(sentence, language)] == [
        ("killed", 3),
        ("killed", 2),
        ("injured", 5),
    ]
