""" "Injured on Tuesday evening, died on Wednesday morning": the strike was on Tuesday.

A toll update tells of a wounded victim who died later, with both days in
one sentence ("Eine am Dienstagabend schwer verletzte Frau sei am
Mittwochmorgen im Krankenhaus gestorben").  The day next to the verb of dying
is the death's, not the strike's (issue 11, phenomenon 4: a report or update
time taken as the strike date).  A death on the strike's own day, the only
day of its sentence, still dates the strike.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import by_place

WEDNESDAY = date(2025, 1, 22)
TUESDAY = date(2025, 1, 21)

CASES = [
    (
        "de",
        "Nach dem russischen Raketenangriff auf Krementschuk ist die Zahl der Toten auf vier "
        "gestiegen. Eine am Dienstagabend schwer verletzte Frau sei am Mittwochmorgen im "
        "Krankenhaus gestorben. Die Rakete schlug am Dienstagabend in ein Wohnhaus ein.",
    ),
    (
        "en",
        "The death toll from the Russian missile strike on Kremenchuk has risen to four. A woman "
        "seriously injured on Tuesday evening died in hospital on Wednesday morning. The missile "
        "hit an apartment block on Tuesday evening.",
    ),
    (
        "uk",
        "Кількість загиблих унаслідок ракетного удару по Кременчуку зросла до чотирьох. Жінка, "
        "тяжко поранена у вівторок увечері, в середу вранці померла в лікарні. Ракета влучила "
        "в житловий будинок у вівторок увечері.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES)
def test_the_day_of_a_later_death_dates_no_strike(extract, language, text):
    events = by_place(extract(f"News\n\n{text}", published=WEDNESDAY, language=language))
    assert events["Kremenchuk"].date == TUESDAY
    assert events["Kremenchuk"].killed == 4


def test_a_death_on_the_strike_day_dates_it(extract):
    text = "News\n\nTwo people died on Tuesday when a Russian missile hit Kremenchuk."
    events = by_place(extract(text, published=WEDNESDAY, language="en"))
    assert events["Kremenchuk"].date == TUESDAY
