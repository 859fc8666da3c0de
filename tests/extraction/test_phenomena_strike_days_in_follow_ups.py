"""Issue 11 (dates), read in follow-up reports a day or two after a strike: "the toll
from Sunday's strike rose to eight", "liczba ofiar niedzielnego ataku wzrosła",
"число погибших в результате воскресного обстрела выросло".  The day that qualifies
the strike noun, as a possessive, an adjective or after a short link, is the strike's
day; the other days of the sentence (a body recovered late on Monday, the toll given on
Tuesday) are not.  An earlier day stays with its place ("the deadliest since 13 April")
and a day that belongs to another place named after it stays that place's.

The publication day of every article below is Tuesday 4 March 2025.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import TUESDAY, by_place
from strikemap.extraction.dates import find_dates

SUNDAY = date(2025, 3, 2)
MONDAY = date(2025, 3, 3)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Toll rises in Sumy\n\nRescuers pulled the body of a woman from the rubble in Sumy "
            "late on Monday, bringing the death toll from Sunday's Russian missile strike on "
            "the city to eight, officials said.",
        ),
        (
            "pl",
            "Rośnie bilans w Sumach\n\nDo ośmiu wzrosła liczba ofiar śmiertelnych niedzielnego "
            "rosyjskiego ataku rakietowego na Sumy – poinformowały władze w poniedziałek "
            "wieczorem.",
        ),
        (
            "ru",
            "Число погибших в Сумах выросло\n\nЧисло погибших в результате воскресного "
            "ракетного удара по Сумам выросло до восьми, сообщили в понедельник вечером "
            "местные власти.",
        ),
        (
            "uk",
            "Кількість загиблих у Сумах зросла\n\nКількість загиблих унаслідок недільного "
            "ракетного удару по Сумах зросла до восьми, повідомили в понеділок увечері в "
            "міськраді.",
        ),
        (
            "de",
            "Zahl der Toten in Sumy steigt\n\nDie Zahl der Toten des sonntäglichen "
            "Raketenangriffs auf Sumy ist auf acht gestiegen, teilten die Behörden am "
            "Montagabend mit.",
        ),
    ],
)
def test_the_day_that_qualifies_the_strike_dates_it_and_its_toll(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert [(e.place, e.date, e.killed) for e in events] == [("Sumy", SUNDAY, 8)]


def test_an_earlier_day_beside_a_qualified_one_stays_with_its_place(extract):
    text = (
        "Kharkiv struck again\n\nMonday's attack on Kharkiv killed two people. It was the "
        "deadliest in the city since Sunday, 23 February, when a drone killed three people "
        "in Kharkiv."
    )
    events = extract(text, published=TUESDAY, language="en")
    assert sorted((e.date, e.killed, e.primary) for e in events) == [
        (date(2025, 2, 23), 3, False),
        (MONDAY, 2, True),
    ]


def test_a_qualified_day_before_another_place_is_that_place_s(extract):
    text = (
        "Drones hit Kharkiv\n\nRussian drones hit Kharkiv late on Monday, a day after "
        "Sunday's missile strike on Sumy, injuring four people."
    )
    events = by_place(extract(text, published=TUESDAY, language="en"))
    assert events["Kharkiv"].date == MONDAY


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("pl", "liczba ofiar niedzielnego ataku", SUNDAY),
        ("pl", "poniedziałkowego ostrzału", MONDAY),
        ("ru", "воскресного обстрела", SUNDAY),
        ("uk", "недільного удару", SUNDAY),
        ("uk", "суботнього удару", date(2025, 3, 1)),
        ("de", "des sonntäglichen Angriffs", SUNDAY),
    ],
)
def test_weekday_adjectives_are_dates(lang, text, day):
    assert [m.date for m in find_dates(text, TUESDAY, lang)] == [day]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Rośnie bilans w Sumach\n\nDo ośmiu wzrosła liczba ofiar śmiertelnych "
            "rosyjskiego ataku rakietowego na Sumy.",
        ),
        (
            "ru",
            "Число погибших в Сумах выросло\n\nДо восьми выросло число погибших в "
            "результате ракетного удара по Сумам.",
        ),
        (
            "uk",
            "Загиблих у Сумах більшає\n\nДо восьми зросла кількість загиблих унаслідок "
            "ракетного удару по Сумах.",
        ),
        (
            "de",
            "Zahl der Toten in Sumy steigt\n\nDie Zahl der Toten des Raketenangriffs auf Sumy "
            "ist auf acht gestiegen.",
        ),
    ],
)
def test_a_toll_with_the_figure_first_or_the_verb_last_is_read(extract, lang, text):
    assert [e.killed for e in extract(text, published=TUESDAY, language=lang)] == [8]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Wzrosła liczba ofiar ataku na Sumy\n\nWzrosła liczba ofiar niedzielnego "
            "rosyjskiego ataku rakietowego na Sumy. Według najnowszych danych zginęło osiem "
            "osób, a nie pięć, jak podawano wcześniej.",
        ),
        (
            "ru",
            "Число погибших в Сумах выросло\n\nВыросло число погибших при воскресном ракетном "
            "ударе по Сумам. По последним данным, погибли восемь человек, а не пять, как "
            "сообщалось ранее.",
        ),
        (
            "uk",
            "Зросла кількість загиблих у Сумах\n\nЗросла кількість загиблих унаслідок "
            "недільного ракетного удару по Сумах. За останніми даними, загинули восьмеро "
            "людей, а не п'ятеро, як повідомлялося раніше.",
        ),
    ],
)
def test_a_toll_set_against_an_earlier_report_is_the_strike_s(extract, lang, text):
    """ "Eight, not five as reported earlier": the "earlier" is the earlier report's,
    so the sentence is no aside on an earlier strike and its toll is the strike's."""
    events = extract(text, published=TUESDAY, language=lang)
    assert [(e.place, e.date, e.killed) for e in events] == [("Sumy", SUNDAY, 8)]
