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


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Russian drones struck Kharkiv on Tuesday, killing one person and wounding 11, the "
            "regional governor said on Telegram on Wednesday morning.",
        ),
        (
            "fr",
            "Des drones russes ont frappé Kharkiv mardi, tuant une personne et en blessant 11, a "
            "déclaré sur Telegram mercredi matin le gouverneur.",
        ),
        (
            "es",
            "Drones rusos atacaron Járkov el martes, matando a una persona e hiriendo a 11, dijo "
            "en un comunicado el miércoles el gobernador.",
        ),
        (
            "uk",
            "Російські дрони атакували Харків у вівторок, одна людина загинула, 11 поранені, "
            "повідомив у своєму Telegram у середу голова ОВА.",
        ),
    ],
)
def test_a_statement_day_after_a_few_words_of_medium_does_not_date_the_strike(
    extract, lang, sentence
):
    """ "said on Telegram on Wednesday morning": the words naming where the statement
    was made stand between the verb and its day."""
    events = extract(f"Drones on Kharkiv\n\n{sentence}", published=WEDNESDAY, language=lang)
    assert [(e.place, e.date, e.killed, e.injured) for e in events] == [("Kharkiv", TUESDAY, 1, 11)]


def test_a_strike_word_between_the_verb_and_the_day_keeps_the_strike_day(extract):
    """ "said drones hit Kharkiv on Tuesday": the day is the strike's, not the statement's."""
    events = extract(
        "Drones on Kharkiv\n\nThe governor said drones hit Kharkiv on Tuesday, killing one "
        "person and wounding 11.",
        published=WEDNESDAY,
        language="en",
    )
    assert [(e.place, e.date, e.killed, e.injured) for e in events] == [("Kharkiv", TUESDAY, 1, 11)]
