"""An oblast centre that opens a sentence is the place struck ("Херсон снова
попал под обстрел", "Chersoń znów znalazł się pod ostrzałem").

A small place matched only by a capitalised word at a sentence's start is read
as an ordinary word unless the article names it again; a city of 100,000 people
or more never is.  Kherson, an oblast centre of about 280,000 people before the
invasion, is listed by GeoNames with a wartime 66,000, so it was taken for a
small place and its strike was lost.
"""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 3, 11)

CASES = [
    ("ru", "Херсон снова попал под обстрел: ранены трое мирных жителей."),
    ("uk", "Херсон знову потрапив під обстріл: поранено трьох мирних жителів."),
    ("pl", "Chersoń znów znalazł się pod ostrzałem: rannych zostało troje cywilów."),
    ("it", "Kherson è finita di nuovo sotto il fuoco russo: tre civili sono rimasti feriti."),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[c[0] for c in CASES])
def test_kherson_opening_a_sentence_is_struck(extract, language, text):
    events = extract(text, published=PUBLISHED, language=language)
    assert [(e.place, e.injured) for e in events] == [("Kherson", 3)]
