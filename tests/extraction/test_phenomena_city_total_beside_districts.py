"""A city-wide toll larger than any one of its districts' ("19 injured in
Saltivskyi, five in Kyivskyi ... the number of injured in Kharkiv rose to 27")
is the city's own total: the city keeps its event with it, beside its
districts, as the shared corpus annotates such reports.

Expected events are written by hand."""

from __future__ import annotations

from datetime import date

import pytest

CASES = [
    (
        "en",
        date(2024, 11, 8),
        "Glide bombs hit Kharkiv\n\nRussian glide bombs hit Kharkiv on Friday. In the "
        "Saltivskyi district 19 people were injured. In the Kyivskyi district five people "
        "were hurt. The number of injured in Kharkiv rose to 27.",
        [("Kharkiv", None, 27), ("Saltivskyi", None, 19), ("Kyivskyi", None, 5)],
    ),
    (
        "uk",
        date(2024, 11, 8),
        "Удар КАБами по Харкову\n\nУ п'ятницю росіяни скинули на Харків керовані авіабомби. "
        "У Салтівському районі поранення дістали 19 людей. У Київському районі постраждали "
        "п'ятеро людей. Таким чином, кількість поранених у Харкові зросла до 27.",
        [("Kharkiv", None, 27), ("Saltivskyi", None, 19), ("Kyivskyi", None, 5)],
    ),
    (
        "de",
        date(2025, 1, 11),
        "Angriff auf Kiew\n\nBei einem russischen Angriff auf Kiew ist in der Nacht zum "
        "Samstag ein Mensch getötet worden. Neun weitere wurden verletzt, teilte Klitschko "
        "mit. Im Stadtbezirk Dniprowskyj wurden fünf Bewohner verletzt. Im Bezirk "
        "Solomjanskyj wurden vier Menschen verletzt.",
        [("Kyiv", 1, 9), ("Dniprovskyi", 1, 5), ("Solomianskyi", None, 4)],
    ),
]


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_a_city_total_larger_than_each_district_stays_on_the_city(
    extract, language, published, text, expected
):
    events = extract(text, published=published, language=language)
    assert [(e.place, e.killed, e.injured) for e in events] == expected


def test_a_city_toll_no_larger_than_its_district_goes_to_the_district(extract):
    # One district carries the whole toll: the city gives way to it.
    text = (
        "Drone attack on Kharkiv\n\nA Russian drone hit Kharkiv overnight. In the "
        "Saltivskyi district three people were injured. In the Kyivskyi district a "
        "warehouse caught fire. Three people were injured in Kharkiv in all."
    )
    events = extract(text, published=date(2024, 11, 8), language="en")
    assert [(e.place, e.injured) for e in events] == [("Saltivskyi", 3), ("Kyivskyi", None)]
