"""Issue 11, phenomenon 1: the places drones were launched from, listed.

"From the directions of Shatalovo air base, Bryansk, Kursk and Millerovo":
every name of the list is a launch area, also when its first name is one the
gazetteer does not know or comes with a word of its own ("air base").
"""

from __future__ import annotations

import pytest
from phenomena import MONDAY, TUESDAY


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "Attack on Kramatorsk\n\nTwo people were killed in Kramatorsk on Monday. Russia "
            "attacked with drones from the directions of Shatalovo air base, Bryansk, Kursk and "
            "Millerovo.",
            "Kramatorsk",
        ),
        (
            "ru",
            "Атака на Краматорск\n\nВ понедельник в Краматорске погибли два человека. Россия "
            "атаковала дронами с направлений аэродрома Шаталово, Брянска, Курска и Миллерово.",
            "Kramatorsk",
        ),
        (
            "pl",
            "Atak na obwód doniecki\n\nW poniedziałek w obwodzie donieckim zginęły dwie osoby. "
            "Rosjanie zaatakowali dronami z kierunków Orła, Briańska, Kurska i Millerowa.",
            "Donetsk Oblast",
        ),
    ],
)
def test_every_name_of_a_launch_list_is_no_strike(extract, lang, text, place):
    events = extract(text, published=TUESDAY, language=lang)
    assert [(e.place, e.date, e.killed) for e in events] == [(place, MONDAY, 2)]
