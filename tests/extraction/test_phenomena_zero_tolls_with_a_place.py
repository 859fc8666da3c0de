""" "No dead in Saratov" says nobody was killed there: a zero toll with the
place inside ("Погибших в Саратове нет", "Загиблих у Дніпрі немає"), two verbs
("verletzt oder getötet wurde dort niemand") or a past tense ("Nie było ofiar
w Mikołajowie") is 0, not an unknown toll.

Expected figures are written by hand."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 9, 7)

CASES = [
    (
        "ru",
        "Беспилотники атаковали Саратов, повреждено предприятие. Погибших в Саратове нет.",
        ("Saratov", 0, None),
    ),
    (
        "ru",
        "Беспилотники атаковали Энгельс, возник пожар. Пострадавших в Энгельсе нет.",
        ("Engels", 0, 0),
    ),
    (
        "uk",
        "Дрони атакували Дніпро, пошкоджено будинок. Загиблих у Дніпрі немає.",
        ("Dnipro", 0, None),
    ),
    (
        "de",
        "In Poltawa traf eine Drohne ein Umspannwerk; verletzt oder getötet wurde dort niemand.",
        ("Poltava", 0, 0),
    ),
    (
        "pl",
        "Dron uderzył w Mikołajów, uszkadzając budynek. Nie było ofiar w Mikołajowie.",
        ("Mykolaiv", 0, 0),
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"), CASES, ids=[f"{c[0]}{i}" for i, c in enumerate(CASES)]
)
def test_no_victims_in_the_place_is_a_zero_toll(extract, language, text, expected):
    events = extract(text, published=PUBLISHED, language=language)
    assert [(e.place, e.killed, e.injured) for e in events] == [expected]
