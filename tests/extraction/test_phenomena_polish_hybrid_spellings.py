"""Polish reports often spell a Ukrainian town half in English, with an i for
the Polish j: "Czuhuiw" for Czuhujiw (Chuhuiv), "Kostiantyniwka" and
"w Kostiantyniwce" for Kostjantyniwka (Kostiantynivka). The town is found as
written and inflected; English words with the same letters are left alone.

Expected places are written by hand."""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction import placematch

PUBLISHED = date(2022, 10, 22)

CASES = [
    (
        "Trzy osoby zostały ranne w miasteczku Czuhuiw, które wojska rosyjskie "
        "ostrzelały rakietami.",
        "Chuhuiv",
    ),
    ("Rosjanie ostrzelali Kostiantyniwka. Trzy osoby zostały ranne.", "Kostiantynivka"),
    ("Rakiety uderzyły w Kostiantyniwkę. Trzy osoby zostały ranne.", "Kostiantynivka"),
    ("Trzy osoby zostały ranne w ostrzale w Kostiantyniwce.", "Kostiantynivka"),
]


@pytest.mark.parametrize(("text", "place"), CASES, ids=[c[1] + str(i) for i, c in enumerate(CASES)])
def test_a_polish_spelling_with_an_english_i_finds_its_town(extract, text, place):
    events = extract(text, published=PUBLISHED, language="pl")
    assert [(e.place, e.injured) for e in events] == [(place, 3)]


def test_polish_hybrid_letters_are_only_tried_on_names_with_polish_letters():
    assert placematch._hybrid_pairs("czuhuiw") != placematch._HYBRID_LETTERS
    assert placematch._hybrid_pairs("maria") == placematch._HYBRID_LETTERS


def test_the_hybrid_keys_put_back_the_polish_j():
    pairs = placematch._POLISH_HYBRID_LETTERS
    assert placematch._hybrid_keys("czuhuiw", pairs) == ["czuhujiw"]
    assert placematch._hybrid_keys("kostiantyniwka", pairs) == ["kostjantyniwka"]
    assert placematch._hybrid_keys("kyiw", pairs) == ["kyjiw"]


def test_an_inflected_stem_gets_its_polish_j_back():
    stems = ("kostiantyniwka", "kostiantyniwk")
    assert list(placematch._polish_hybrid_stems("Kostiantyniwce", stems)) == [
        "kostjantyniwka",
        "kostjantyniwk",
    ]
    assert list(placematch._polish_hybrid_stems("Mariupol", ("mariupol",))) == []
