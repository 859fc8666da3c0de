"""Issue 11 (a capital standing for its government), read in wire copy quoting
presidents: "the strike showed that Moscow "wants new targets, not a truce"", "Moscou
« veut de nouvelles cibles »".  A quote mark may open between the capital and what its
government wants or rejects; the capital is still no place struck.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import places

THURSDAY = date(2025, 5, 22)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Strike on Dnipro\n\nA missile killed nine people in Dnipro on Tuesday. Zelenskiy "
            'said the strike showed that Moscow "wants new targets, not a truce".',
        ),
        (
            "en",
            "Strike on Dnipro\n\nA missile killed nine people in Dnipro on Tuesday. Zelenskiy "
            "said the strike showed that Moscow rejected any truce.",
        ),
        (
            "fr",
            "Frappe sur Dnipro\n\nUn missile a tué neuf personnes à Dnipro mardi. Selon "
            "Zelensky, la frappe montre que Moscou « veut de nouvelles cibles ».",
        ),
    ],
)
def test_a_capital_before_a_quoted_wish_is_its_government(extract, lang, text):
    assert places(extract(text, published=THURSDAY, language=lang)) == {"Dnipro"}
