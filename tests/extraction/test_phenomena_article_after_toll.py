"""Issue 11, read in real Italian wire copy: **a one written as an article after a
toll noun** ("È di quattro morti il bilancio di un attacco russo") is no toll of one;
a one that counts ("Il bilancio è di un morto", "the death toll rose to one") still is."""

from __future__ import annotations

import pytest
from strikemap.extraction.casualties import find_figures


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (
            "it",
            "È di quattro morti il bilancio di un attacco russo avvenuto ieri sera a Kharkiv.",
            [("killed", 4)],
        ),
        (
            "it",
            "È di quattro morti e 35 feriti il bilancio delle vittime di un attacco.",
            [("killed", 4), ("injured", 35)],
        ),
        ("it", "Il bilancio è di un morto e tre feriti.", [("killed", 1), ("injured", 3)]),
        ("en", "The death toll rose to one.", [("killed", 1)]),
        ("fr", "Le bilan est d'un mort et trois blessés.", [("killed", 1), ("injured", 3)]),
    ],
)
def test_an_article_after_a_toll_noun_is_no_toll_of_one(lang, sentence, expected):
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == expected
