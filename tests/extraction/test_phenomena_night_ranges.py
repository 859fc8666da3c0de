"""Issue 11 (dates), read in a real French report: "Une attaque de drones russes dans la
nuit de vendredi à samedi sur Kharkiv a fait six morts" dated the strike on the
publication day ("dans la nuit" read alone as "tonight") and, once the days were read,
split its figures over two events.  A night word heading the days that name the night is
one date: the day the night ends."""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import by_place
from strikemap.extraction.casualties import find_figures
from strikemap.extraction.dates import find_dates

MONDAY = date(2025, 11, 24)
SATURDAY = date(2025, 11, 22)


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [
        ("en", "overnight from Friday to Saturday"),
        ("fr", "dans la nuit de vendredi à samedi"),
        ("pl", "w nocy z piątku na sobotę"),
        ("it", "nella notte tra venerdì e sabato"),
        ("de", "in der Nacht zu Samstag"),
    ],
)
def test_a_night_named_by_its_days_is_one_date(lang, phrase):
    found = find_dates(f"Drones struck {phrase}.", MONDAY, lang)
    assert [(m.date, m.text) for m in found] == [(SATURDAY, phrase)]


def test_yesterday_and_a_weekday_stay_two_dates():
    found = find_dates("Strikes yesterday and Saturday killed two.", MONDAY, "en")
    assert [m.date for m in found] == [date(2025, 11, 23), SATURDAY]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Attaque sur Kharkiv\n\nUne attaque de drones russes dans la nuit de vendredi à "
            "samedi sur Kharkiv a fait six morts et au moins dix blessés.",
        ),
        (
            "en",
            "Attack on Kharkiv\n\nA Russian drone attack on Kharkiv overnight from Friday to "
            "Saturday killed six people and injured at least ten.",
        ),
        (
            "pl",
            "Atak na Charków\n\nW rosyjskim ataku dronów na Charków w nocy z piątku na sobotę "
            "zginęło sześć osób, a co najmniej dziesięć zostało rannych.",
        ),
    ],
)
def test_the_strike_of_such_a_night_is_one_event_on_its_day(extract, lang, text):
    events = extract(text, published=MONDAY, language=lang)
    assert [(e.place, e.date) for e in events] == [("Kharkiv", SATURDAY)]
    event = by_place(events)["Kharkiv"]
    assert (event.killed, event.injured, event.injured_at_least) == (6, 10, True)


def test_neither_dead_nor_wounded_is_nobody_hurt():
    figures = find_figures("Selon les premières informations, il n'y a ni victime ni blessé.", "fr")
    assert sorted((f.kind, f.value) for f in figures) == [("injured", 0), ("killed", 0)]
