"""A toll told right after an aside about an earlier strike ("On 23 June 2024
ATACMS missiles were shot down over Sevastopol ... Four people died and more
than 150 were injured") is that strike's, not the current event's.

Expected events are written by hand."""

from __future__ import annotations

from datetime import date

import pytest

CASES = [
    (
        "en",
        date(2025, 6, 23),
        "Drones attack Sevastopol\n\n"
        "Debris of downed drones damaged houses in Sevastopol overnight; two people were "
        "injured.\n\n"
        "On 23 June 2024, ATACMS missiles were shot down over Sevastopol and fragments fell "
        "on a beach. Four people died and more than 150 were injured.",
        ("Sevastopol", date(2025, 6, 23), None, 2),
    ),
    (
        "de",
        date(2025, 6, 23),
        "Drohnen über Sewastopol\n\n"
        "In Sewastopol beschädigten in der Nacht Trümmer abgeschossener Drohnen mehrere "
        "Privathäuser; zwei Menschen wurden verletzt.\n\n"
        "Am 23. Juni 2024 waren ATACMS-Raketen über Sewastopol abgefangen worden. Nach "
        "russischen Angaben starben mindestens vier Menschen, mehr als 150 wurden verletzt.",
        ("Sevastopol", date(2025, 6, 23), None, 2),
    ),
    (
        "pl",
        date(2025, 6, 23),
        "Drony nad Sewastopolem\n\n"
        "W nocy szczątki zestrzelonych dronów uszkodziły domy w Sewastopolu; dwie osoby "
        "zostały ranne.\n\n"
        "23 czerwca 2024 roku nad Sewastopolem zestrzelono pociski ATACMS. Zginęły cztery "
        "osoby, a ponad 150 zostało rannych.",
        ("Sevastopol", date(2025, 6, 23), None, 2),
    ),
]


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_the_toll_after_an_aside_is_not_the_current_events(
    extract, language, published, text, expected
):
    events = extract(text, published=published, language=language)
    primary = [(e.place, e.date, e.killed, e.injured) for e in events if e.primary]
    assert primary == [expected]
