"""Issue 11: sirens with "no damage was reported" strike no place.

An alert sentence that also says nothing was damaged is still an alert only:
the negated damage word ("no damage", "without damage") is no report of a
hit (ANNOTATION.md, Borderline cases: alerts are not strikes).
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY


@pytest.mark.parametrize(
    "alert",
    [
        "Air raid sirens sounded in Kyiv overnight, but no damage was reported.",
        "Air raid sirens sounded in Kyiv; no damage was reported.",
        "Air raid sirens wailed over Kyiv for two hours, without damage.",
    ],
)
def test_sirens_with_no_damage_strike_no_place(extract, alert):
    text = f"Drone hits Sumy\n\nOn Tuesday a drone hit a house in Sumy, injuring two. {alert}"
    events = extract(text, published=TUESDAY, language="en")
    assert [(e.place, e.injured) for e in events] == [("Sumy", 2)]


def test_sirens_and_real_damage_still_strike(extract):
    text = (
        "Night attack\n\nAir raid sirens sounded in Kyiv overnight on Tuesday, and debris "
        "damaged a house in the Darnytskyi district, injuring one man."
    )
    events = extract(text, published=TUESDAY, language="en")
    assert ("Darnytskyi", 1) in [(e.place, e.injured) for e in events]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Die Bewohner von Charkiw hörten in der Nacht eine Serie von Explosionen."),
        ("fr", "Les habitants de Kharkiv ont entendu une série d'explosions."),
        ("es", "Los vecinos de Járkov escucharon una serie de explosiones."),
        ("it", "Gli abitanti di Kharkiv hanno sentito una serie di esplosioni."),
        ("pt", "Os moradores de Kharkiv ouviram uma série de explosões."),
        ("pl", "Mieszkańcy Charkowa słyszeli serię eksplozji."),
    ],
)
def test_residents_who_heard_explosions_report_no_strike(extract, lang, sentence):
    assert extract(f"Nachrichten\n\n{sentence}", published=TUESDAY, language=lang) == []
