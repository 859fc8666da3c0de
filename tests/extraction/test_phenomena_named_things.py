"""Issue 11: a ship, a shop or a club named after a town is no place struck.

"Буксир «Вилкове» ... не постраждав", "the tanker \\"Volgograd\\" was damaged",
"ракета влучила в ТЦ «Київ» у Полтаві", "le remorqueur « Vylkove »": a name in
quotation marks after a word for a vessel, a shopping centre, a club, a
channel or a train is that thing's name (ANNOTATION.md: a place inside a name
is not struck); the port or the town named beside it is.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "uk",
            "У вівторок дрони атакували порт Рені. Буксир «Вилкове» стояв біля причалу "
            "і не постраждав.",
            {"Reni"},
        ),
        (
            "ru",
            "Во вторник дроны атаковали Курск. Танкер «Волгоград» получил повреждения.",
            {"Kursk"},
        ),
        ("en", 'On Tuesday drones hit the port of Reni. The tug "Vylkove" was damaged.', {"Reni"}),
        ("uk", "У вівторок ракета влучила в ТЦ «Київ» у Полтаві.", {"Poltava"}),
        (
            "fr",
            "Mardi, des drones ont frappé le port de Reni. Le remorqueur « Vylkove » a été "
            "endommagé.",
            {"Reni"},
        ),
    ],
)
def test_a_thing_named_after_a_town_is_no_place(extract, lang, text, expected):
    assert places(extract(f"Удар\n\n{text}", published=TUESDAY, language=lang)) == expected


def test_a_facility_in_quotes_without_such_a_word_keeps_its_town(extract):
    text = (
        "Атака\n\nВо вторник после атаки беспилотника на нефтеперекачивающей станции «Унеча» "
        "в Брянской области пожар."
    )
    assert "Unecha" in places(extract(text, published=TUESDAY, language="ru"))
