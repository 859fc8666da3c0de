"""Issue 11 (figures attached to the wrong place, districts in their case forms), read
in oblast heads' daily summaries and in reports from occupied Horlivka:

- a figure told right before a list of places ("a drone hit Kharkiv, and two people were
  killed in Kupiansk and Izium") sums the list: it is no one place's toll, and not the
  toll of the place named earlier in the sentence either;
- Russian city districts with an end-stressed adjective ("Центрально-Городской",
  "Заводской") are found in their oblique cases ("в Центрально-Городском районе").
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import by_place

PUBLISHED = date(2026, 2, 4)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Харківщина за добу\n\n«Герань» влучила в багатоповерхівку в Харкові, загинули "
            "двоє людей у Куп'янську та Ізюмі.",
        ),
        (
            "en",
            "Kharkiv region\n\nA drone hit a building in Kharkiv, and two people were killed "
            "in Kupiansk and Izium.",
        ),
        (
            "pl",
            "Ataki na obwód charkowski\n\nDron uderzył w blok w Charkowie, a dwie osoby "
            "zginęły w Kupiańsku i Iziumie.",
        ),
        (
            "ru",
            "Удары по Харьковской области\n\nДрон попал в дом в Харькове, погибли два "
            "человека в Купянске и Изюме.",
        ),
    ],
)
def test_a_figure_before_a_list_of_places_is_none_of_theirs(extract, lang, text):
    events = by_place(extract(text, published=PUBLISHED, language=lang))
    assert set(events) == {"Kharkiv", "Kupiansk", "Izium"}
    assert [events[p].killed for p in ("Kharkiv", "Kupiansk", "Izium")] == [None, None, None]


@pytest.mark.parametrize(
    ("text", "district", "city"),
    [
        (
            "Удар по Горловке\n\nДрон атаковал автобус в Центрально-Городском районе Горловки.",
            "Tsentralno-Miskyi",
            "Horlivka",
        ),
        (
            "Удар по Запорожью\n\nВ понедельник дрон атаковал дом в Заводском районе Запорожья.",
            "Zavodskyi",
            "Zaporizhzhia",
        ),
    ],
)
def test_end_stressed_russian_district_adjectives_are_found_in_their_cases(
    extract, text, district, city
):
    events = extract(text, published=PUBLISHED, language="ru")
    assert [(e.place, e.level, e.parent) for e in events] == [(district, "district", city)]
