"""A date with "last year" after it ("on 26 August last year", "26 sierpnia
ubiegłego roku", "26 серпня минулого року") is a day of the year before
publication, even when that day of the current year is already past."""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction.dates import find_dates

#: Published in October: 26 August of the same year is past, so only the
#: words "last year" can put the strike in the year before.
PUBLISHED = date(2025, 10, 22)
LAST_YEAR = date(2024, 8, 26)

CASES = [
    ("en", "Lutsk was last struck on 26 August last year, when one person died.", 1),
    ("en", "Lutsk was last struck on August 26 of last year.", None),
    ("pl", "Łuck był już celem ataku 26 sierpnia ubiegłego roku – zginęła wtedy jedna osoba.", 1),
    ("uk", "Луцьк уже був під ударом 26 серпня минулого року, тоді загинула одна людина.", 1),
    ("ru", "Луцк уже атаковали 26 августа прошлого года, тогда погиб один человек.", 1),
    (
        "de",
        "Bereits am 26. August vergangenen Jahres war Luzk angegriffen worden, ein Mensch starb.",
        1,
    ),
    ("fr", "Loutsk avait déjà été frappée le 26 août de l'année dernière, faisant un mort.", 1),
    ("es", "Lutsk ya fue atacada el 26 de agosto del año pasado, con un muerto.", 1),
    ("it", "Lutsk era già stata colpita il 26 agosto dell'anno scorso, con un morto.", 1),
    ("pt", "Lutsk já tinha sido atacada em 26 de agosto do ano passado, com um morto.", 1),
]


@pytest.mark.parametrize(
    ("language", "text", "killed"), CASES, ids=[f"{c[0]}{i}" for i, c in enumerate(CASES)]
)
def test_a_date_last_year_is_in_the_year_before(extract, language, text, killed):
    today = "Drones hit Lutsk overnight, damaging a substation.\n\n"
    events = extract(today + text, published=PUBLISHED, language=language)
    earlier = [e for e in events if e.date == LAST_YEAR]
    assert [e.place for e in earlier] == ["Lutsk"]
    if killed is not None:
        assert earlier[0].killed == killed


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "in March last year", date(2024, 3, 1)),
        ("pl", "w marcu ubiegłego roku", date(2024, 3, 1)),
        ("ru", "в марте прошлого года", date(2024, 3, 1)),
        ("en", "on 3 March this year", date(2025, 3, 3)),
        ("uk", "3 березня цього року", date(2025, 3, 3)),
        # A day still to come this year, said without "last year", is last year's.
        ("en", "on 3 November", date(2024, 11, 3)),
    ],
)
def test_year_words_after_a_date(language, text, expected):
    assert [m.date for m in find_dates(text, PUBLISHED, language)] == [expected]
