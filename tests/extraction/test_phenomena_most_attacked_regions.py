"""Issue 11 (a general remark about a region becomes an event), read in German and
Russian reports from the Kursk region: "das Gebiet Kursk ist eines der am häufigsten
angegriffenen Gebiete", "Курская область остается одним из самых обстреливаемых
регионов" is a remark on how often the region is attacked, not a strike on it.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import places

WEDNESDAY = date(2026, 1, 14)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Обломки дрона в Курске\n\nВ ночь на среду обломки сбитого беспилотника упали на "
            "жилой дом в Курске, сообщил губернатор. С августа 2024 года Курская область "
            "остается одним из самых обстреливаемых регионов России.",
        ),
        (
            "en",
            "Drone debris in Kursk\n\nDebris from a downed drone fell on an apartment block in "
            "Kursk overnight into Wednesday, the governor said. Since the Ukrainian incursion in "
            "August 2024 the Kursk region has been one of the most frequently attacked regions "
            "of Russia.",
        ),
        (
            "de",
            "Drohnentrümmer in Kursk\n\nIn Kursk seien in der Nacht zu Mittwoch Trümmer einer "
            "Drohne auf ein Wohnhaus gefallen. Seit dem ukrainischen Vorstoß im August 2024 ist "
            "das Gebiet Kursk eines der am häufigsten angegriffenen Gebiete Russlands.",
        ),
    ],
)
def test_a_region_most_often_attacked_is_a_remark_not_a_strike(extract, lang, text):
    assert places(extract(text, published=WEDNESDAY, language=lang)) == {"Kursk"}
