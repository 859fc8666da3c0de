""" "120 km west of the regional capital Samara": a reference point named by its kind.

A distance or a direction makes the place after it a reference point, not a
target (issue 11, phenomenon 1).  Wire copy often names the reference by its
kind first: "west of the regional capital Samara", "westlich der Stadt
Cherson", "на захід від обласного центру Херсона".  The words naming the kind
(each language's ``reference_descriptors``) stand between the reference word
and the place; the place is still only a reference, and the toll stays with
the town struck.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import by_place

PUBLISHED = date(2025, 2, 18)

CASES = [
    (
        "en",
        "In Syzran, around 120 km west of the regional capital Samara, drone debris "
        "injured a woman.",
        "Syzran",
        "Samara",
    ),
    (
        "en",
        "A drone hit a house in Bilozerka, 20 km west of the city of Kherson, injuring two people.",
        "Bilozerka",
        "Kherson",
    ),
    (
        "de",
        "Eine Drohne traf ein Haus in Bilosirka, 20 Kilometer westlich der Stadt Cherson; "
        "zwei Menschen wurden verletzt.",
        "Bilozirka",
        "Kherson",
    ),
    (
        "uk",
        "Дрон атакував Білозерку, що за 20 км на захід від обласного центру Херсона, "
        "поранено двох людей.",
        "Bilozerka",
        "Kherson",
    ),
]


@pytest.mark.parametrize(("language", "text", "struck", "reference"), CASES)
def test_a_reference_named_by_its_kind_is_not_struck(extract, language, text, struck, reference):
    events = by_place(extract(f"News\n\n{text}", published=PUBLISHED, language=language))
    assert reference not in events
    assert events[struck].injured in (1, 2)
