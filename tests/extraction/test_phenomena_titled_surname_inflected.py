""" "mer miasta Andrij Sadowy" ... "Według Sadowego": one person, whatever the case.

A surname given after a title and a given name is a person's for the whole
article (issue 11, phenomenon 2), even when the gazetteer does not know it
as a place in that form and knows a village in another case ("Sadowego"
matches the village Sadove).  Case endings differ by two letters at most; an
adjectival surname made from a town ("Huliaipolskyi") is not the town.  And
a capital that speaks "as usual" ("Moskwa jak zwykle twierdzi") still speaks.
"""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction.name_kinds import _same_name, titled_surnames

from tests.extraction.phenomena import places

PUBLISHED = date(2025, 7, 24)


def test_the_surname_in_another_case_is_the_same_person(extract):
    text = (
        "Atak na Lwów\n\n"
        "Rosja zaatakowała w nocy Lwów dronami i pociskami. Zginęła jedna osoba – "
        "poinformował mer miasta Andrij Sadowy. Według Sadowego pocisk trafił w budynek "
        "magazynowy na południu miasta."
    )
    assert places(extract(text, published=PUBLISHED, language="pl")) == {"Lviv"}


def test_a_surname_made_from_a_town_is_not_the_town(extract):
    text = (
        "Guided bombs hit Zaporizhzhia\n\n"
        "The enemy made air strikes on Huliaipole on Thursday, the governor said. "
        '"We fought for his life for nine hours," said the hospital\'s medical director, '
        "Dr. Serhii Huliaipolskyi."
    )
    assert "Huliai-Pole" in places(extract(text, published=PUBLISHED, language="en"))


@pytest.mark.parametrize(
    ("language", "text", "surname"),
    [
        ("pl", "poinformował mer miasta Andrij Sadowy.", "Sadowy"),
        ("en", "said Governor Vyacheslav Gladkov on Monday.", "Gladkov"),
        ("uk", "повідомив начальник ОВА Іван Федоров.", "Федоров"),
    ],
)
def test_surnames_after_a_title_and_a_given_name(language, text, surname):
    assert surname in titled_surnames(text, language)


def test_a_region_after_a_title_is_no_surname():
    assert titled_surnames("The governor of the Kharkiv region said.", "en") == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sadowy", "Sadowego", True),
        ("Сирський", "Сирського", True),
        ("Huliaipole", "Huliaipolskyi", False),
        ("Kharkiv", "Kharkivskyi", False),
    ],
)
def test_case_endings_differ_by_two_letters_at_most(a, b, same):
    assert _same_name(a, b) is same


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "pl",
            "Rosyjskie drony uderzyły w Lwów. Moskwa jak zwykle twierdzi, że atakuje cele.",
        ),
        (
            "ru",
            "Дроны атаковали Львов. Москва как обычно утверждает, что атакует военные цели.",
        ),
    ],
)
def test_a_capital_that_speaks_as_usual_is_not_struck(extract, language, text):
    assert places(extract(f"News\n\n{text}", published=PUBLISHED, language=language)) == {"Lviv"}
