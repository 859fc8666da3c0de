"""Issue 11 (figures attached to the wrong place), read in German agency copy: "In
Sysran, ebenfalls im Gebiet Samara, ... eine Frau wurde leicht verletzt": the region
after the comma and "also in" only locates the town, so the town takes the woman's
injury (before, the Samara region became a strike with it and Syzran had none). And
"Verletzte gebe es nicht" (reported speech) is no one injured."""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction.casualties import find_figures

THURSDAY = date(2025, 8, 7)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Drohnen treffen Raffinerie\n\nUkrainische Drohnen haben in der Nacht eine "
            "Raffinerie in Nowokuibyschewsk im Gebiet Samara angegriffen.\n\nIn Sysran, "
            "ebenfalls im Gebiet Samara, beschädigten Trümmerteile einer abgeschossenen Drohne "
            "ein Wohnhaus; eine Frau wurde leicht verletzt.",
        ),
        (
            "en",
            "Drones hit refinery\n\nUkrainian drones attacked a refinery in Novokuybyshevsk in "
            "the Samara region overnight.\n\nIn Syzran, also in the Samara region, debris of a "
            "downed drone damaged a house; a woman was slightly injured.",
        ),
        (
            "es",
            "Drones atacan refinería\n\nDrones ucranianos atacaron esta noche una refinería en "
            "Novokuibishevsk, en la región de Samara.\n\nEn Syzran, también en la región de "
            "Samara, restos de un dron derribado dañaron una casa; una mujer resultó herida.",
        ),
    ],
)
def test_a_region_after_also_in_locates_the_town_before_it(extract, lang, text):
    events = {e.place: e for e in extract(text, published=THURSDAY, language=lang)}
    assert "Samara Oblast" not in events
    assert events["Syzran"].injured == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Verletzte gebe es nicht.", [("injured", 0)]),
        ("Tote gebe es nicht.", [("killed", 0)]),
        ("Opfer gebe es nicht, schrieb der Gouverneur.", [("injured", 0), ("killed", 0)]),
    ],
)
def test_none_hurt_in_reported_speech_is_zero(sentence, expected):
    assert sorted((f.kind, f.value) for f in find_figures(sentence, "de")) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Bereits am Sonntagabend waren zwei Menschen verletzt worden.", date(2025, 6, 29)),
        ("Am Samstagnachmittag traf eine Rakete ein Wohnhaus.", date(2025, 6, 28)),
        ("Am Montagmorgen heulten erneut die Sirenen.", date(2025, 6, 30)),
    ],
)
def test_a_german_weekday_with_its_part_of_day_is_that_day(phrase, expected):
    """Read in dpa copy published on a Monday: "am Sonntagabend" (one word) gave no day,
    and the raion's wounded took the publication day."""
    from strikemap.extraction.dates import find_dates

    assert [d.date for d in find_dates(phrase, date(2025, 6, 30), "de")] == [expected]


def test_a_raion_spelled_rayon_in_german_is_the_raion(extract):
    text = (
        "Angriffe im Gebiet Dnipropetrowsk\n\nIn der Nacht wurde die Gebietshauptstadt Dnipro "
        "mit Drohnen angegriffen. Im Bezirk Tschetscheliwskyj brannte eine Lagerhalle, "
        "verletzt wurde dort niemand. Bereits am Sonntagabend waren im Rayon Synelnykowe "
        "durch Artilleriebeschuss zwei Menschen verletzt worden."
    )
    events = {e.place: e for e in extract(text, published=date(2025, 6, 30), language="de")}
    assert (events["Synelnykove Raion"].date, events["Synelnykove Raion"].injured) == (
        date(2025, 6, 29),
        2,
    )
    assert events["Chechelivskyi"].injured == 0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Frappes\n\nDimanche, Bilopillia, dans la région voisine de Soumy, a été bombardée à "
            "l'artillerie, sans faire de victimes.",
        ),
        (
            "es",
            "Ataques\n\nEl domingo, Bilopillia, en la vecina región de Sumy, fue bombardeada, "
            "sin víctimas.",
        ),
        (
            "it",
            "Attacchi\n\nDomenica Bilopillia, nella vicina regione di Sumy, è stata bombardata, "
            "senza vittime.",
        ),
    ],
)
def test_the_neighbouring_region_after_a_town_only_locates_it(extract, lang, text):
    # "la région voisine de Soumy" is the Sumy region, locating Bilopillia:
    # not the city of Sumy struck, and the zero is the town's.
    events = extract(text, published=date(2024, 10, 28), language=lang)
    assert [(e.place, e.killed, e.injured) for e in events] == [("Bilopillia", 0, 0)]
