"""Issue 11 (a general remark about a region, phenomenon 1): a sentence on the whole war
with no day and no toll of its own ("Bryansk, along with Belgorod and Kursk, is one of
the Russian regions hit hardest since the start of the war") struck none of the places
it names. Read in Spanish agency copy; before, Bryansk, Belgorod and Kursk became three
cities struck that day."""

from __future__ import annotations

from datetime import date

import pytest

TUESDAY = date(2025, 3, 18)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Dos muertos en Klintsí\n\nDos personas murieron este martes en un ataque con "
            "drones contra la ciudad de Klintsí, informó el gobernador.\n\nBriansk, junto con "
            "Bélgorod y Kursk, es una de las regiones rusas más castigadas por los ataques "
            "ucranianos desde el inicio de la guerra.",
        ),
        (
            "en",
            "Two killed in Klintsy\n\nTwo people were killed on Tuesday in a drone attack on "
            "the town of Klintsy, the governor said.\n\nBryansk, along with Belgorod and "
            "Kursk, has been among the Russian regions most often attacked since the start "
            "of the war.",
        ),
        (
            "fr",
            "Deux morts à Klintsy\n\nDeux personnes ont été tuées mardi dans une attaque de "
            "drones contre la ville de Klintsy, selon le gouverneur.\n\nBriansk, comme "
            "Belgorod et Koursk, fait partie des régions russes les plus frappées par les "
            "attaques ukrainiennes depuis le début de la guerre.",
        ),
        (
            "de",
            "Zwei Tote in Klinzy\n\nZwei Menschen wurden am Dienstag bei einem Drohnenangriff "
            "auf die Stadt Klinzy getötet, teilte der Gouverneur mit.\n\nBrjansk gehört wie "
            "Belgorod und Kursk seit Beginn des Krieges zu den am häufigsten angegriffenen "
            "russischen Regionen.",
        ),
    ],
)
def test_a_remark_on_the_whole_war_strikes_no_place(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert [(e.place, e.killed) for e in events] == [("Klintsy", 2)]


def test_a_dated_strike_told_beside_the_war_is_still_struck(extract):
    """A day of its own keeps the strike: the remark is only on the war's span."""
    text = (
        "Strike on Sumy\n\nOn Tuesday a missile hit the centre of Sumy, the deadliest "
        "strike on the city since the start of the war."
    )
    assert [e.place for e in extract(text, published=TUESDAY, language="en")] == ["Sumy"]


def test_a_toll_told_with_the_war_span_is_kept(extract):
    """A figure in the remark makes it a report: "Since the start of the war, shelling
    of Nikopol has killed 50" is not this event's toll, but the text is no mere remark."""
    text = (
        "Nikopol under fire\n\nRussian artillery shelled Nikopol on Tuesday, wounding two "
        "people.\n\nSince the start of the war, shelling has killed 50 people in Nikopol."
    )
    events = extract(text, published=TUESDAY, language="en")
    assert [(e.place, e.injured) for e in events] == [("Nikopol", 2)]
