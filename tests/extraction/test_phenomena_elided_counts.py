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
