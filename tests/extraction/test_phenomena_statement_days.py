"""Issue 11 (dates, phenomenon 4): the day a statement was made is no strike's day in any
language. Read in French wire copy: "tuée ... mardi soir ..., a annoncé mercredi le
maire" gave the strike both days, and split it into two events (the dead on Wednesday,
the wounded on Tuesday). Only English verbs of speaking weakened a date before."""

from __future__ import annotations

from datetime import date

import pytest

WEDNESDAY = date(2025, 4, 23)
TUESDAY = date(2025, 4, 22)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "fr",
            "Une personne a été tuée et onze blessées mardi soir lorsqu'une bombe est tombée "
            "sur Kharkiv, a annoncé mercredi le maire.",
        ),
        (
            "es",
            "Una persona murió y once resultaron heridas el martes por la noche cuando una "
            "bomba cayó sobre Járkov, informó el miércoles el alcalde.",
        ),
        (
            "it",
            "Una persona è stata uccisa e undici ferite martedì sera da una bomba caduta su "
            "Kharkiv, ha detto mercoledì il sindaco.",
        ),
        (
            "uk",
            "Одна людина загинула, ще 11 людей поранені у вівторок увечері, коли бомба влучила "
            "в Харків, повідомив у середу мер.",
        ),
        (
            "pl",
            "Jedna osoba zginęła, a jedenaście zostało rannych we wtorek wieczorem, gdy bomba "
            "spadła na Charków, poinformował w środę mer.",
        ),
    ],
)
def test_the_day_of_the_statement_does_not_date_the_strike(extract, lang, sentence):
    events = extract(f"Bomb on Kharkiv\n\n{sentence}", published=WEDNESDAY, language=lang)
    assert [(e.place, e.date, e.killed, e.injured) for e in events] == [("Kharkiv", TUESDAY, 1, 11)]
