"""A sentence dated by the day after the last one the text gave ("On Tuesday
evening artillery shelled Nikopol. Hours later, shortly after midnight, a drone
hit Synelnykove": Wednesday; "le lendemain", "на следующий день").

The day does not move after a day heading ("SATURDAY. Shortly after midnight...":
Saturday itself), after an overnight date (already the morning after), or past
the day of publication."""

from __future__ import annotations

from datetime import date

import pytest

TUESDAY = date(2025, 9, 2)
WEDNESDAY = date(2025, 9, 3)

CASES = [
    (
        "de",
        "Am Dienstagabend beschoss russische Artillerie die Stadt Nikopol; zwei Frauen wurden "
        "verletzt. Stunden später, kurz nach Mitternacht, traf eine Drohne einen Zug im Bahnhof "
        "von Synelnykowe.",
    ),
    (
        "en",
        "On Tuesday evening Russian artillery shelled Nikopol, wounding two women. Hours later, "
        "shortly after midnight, a drone hit a train at the station in Synelnykove.",
    ),
    (
        "fr",
        "Mardi soir, l'artillerie russe a bombardé Nikopol, blessant deux femmes. Le lendemain, "
        "un drone a frappé un train en gare de Synelnykove.",
    ),
    (
        "ru",
        "Во вторник вечером российская артиллерия обстреляла Никополь, ранены две женщины. "
        "На следующий день дрон атаковал поезд на вокзале в Синельниково.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[c[0] for c in CASES])
def test_the_next_day_follows_the_last_day_given(extract, language, text):
    events = extract(f"News\n\n{text}", published=WEDNESDAY, language=language)
    assert {(e.place, e.date) for e in events} == {
        ("Nikopol", TUESDAY),
        ("Synelnykove", WEDNESDAY),
    }


def test_after_midnight_below_a_day_heading_is_that_day(extract):
    text = (
        "Week in review\n\nA day-by-day account of the attacks on the region.\n\n"
        "SATURDAY. Shortly after midnight, artillery shells landed in a street in Bilozerka. "
        "A man was killed.\n"
    )
    events = extract(text, published=date(2023, 11, 12), language="en")
    assert [(e.place, e.date) for e in events] == [("Bilozerka", date(2023, 11, 11))]


def test_the_next_day_never_passes_the_day_of_publication(extract):
    text = (
        "News\n\nOn Tuesday evening Russian artillery shelled Nikopol. The next morning a "
        "drone hit a train in Synelnykove."
    )
    events = extract(text, published=TUESDAY, language="en")
    assert {(e.place, e.date) for e in events} == {
        ("Nikopol", TUESDAY),
        ("Synelnykove", TUESDAY),
    }
