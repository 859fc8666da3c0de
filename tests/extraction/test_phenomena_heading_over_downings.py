"""A place heading a paragraph of downings only was not struck.

Governors' summaries go through their districts one paragraph each:
"Грайворонский округ. В селе Козинка дрон ударил по автомобилю". A place
heading its paragraph is struck like a list item; but when the paragraph
only tells of drones brought down over it ("Валуйский городской округ. Над
округом сбиты два беспилотника, последствий нет"), the drones were downed
there and nothing was hit (issue 11, phenomenon 1: drones shot down over a
region).
"""

from __future__ import annotations

from datetime import date

from tests.extraction.phenomena import places

PUBLISHED = date(2024, 11, 10)


def test_a_heading_over_downings_only_is_not_struck(extract):
    text = (
        "Сводка\n\n"
        "Грайворонский округ. В селе Козинка дрон ударил по легковому автомобилю, ранены "
        "двое мужчин.\n\n"
        "Валуйский городской округ. Над округом сбиты два беспилотника, последствий нет.\n\n"
        "Белгород. Беспилотник атаковал припаркованный автомобиль, пострадавших нет."
    )
    assert places(extract(text, published=PUBLISHED, language="ru")) == {"Kozinka", "Belgorod"}
