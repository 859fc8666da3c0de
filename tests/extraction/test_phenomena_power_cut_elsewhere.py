""" "Leaving part of the town of Vilniansk without electricity": a power cut, no strike.

A strike on a substation or a power line often cuts the light in a town
nearby (issue 11, phenomenon 1: a place named but not struck).  The town
left without power, water or heating (each language's ``outage_before`` and
``outage_after``) is not struck; the place the strike hit is.  A strike that
leaves people without power where it hit keeps its place.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import places

PUBLISHED = date(2025, 9, 18)

CASES = [
    (
        "en",
        "Russian bombs hit an enterprise in Zaporizhzhia, injuring 17. The strike on the "
        "enterprise knocked out a power line, leaving part of the town of Vilniansk without "
        "electricity for several hours.",
        {"Zaporizhzhia"},
    ),
    (
        "pt",
        "Um drone atingiu uma subestação em Kryvyi Rih, sem causar vítimas. O ataque à "
        "subestação deixou sem eletricidade parte de Apostolove durante várias horas.",
        {"Kryvyi Rih"},
    ),
    (
        "es",
        "Un dron impactó en una subestación de Sumy. El ataque dejó sin electricidad a "
        "parte de Konotop.",
        {"Sumy"},
    ),
    (
        "en",
        "A drone hit an energy facility in Sumy, leaving 20,000 people without power.",
        {"Sumy"},
    ),
]


@pytest.mark.parametrize(("language", "text", "struck"), CASES)
def test_a_town_left_without_power_is_not_struck(extract, language, text, struck):
    assert places(extract(f"News\n\n{text}", published=PUBLISHED, language=language)) == struck
