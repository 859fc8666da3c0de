"""Places an Air Force summary and its regional follow-ups only name.

- "🔹 2 балістичними ракетами Іскандер-М — з Курської області рф": the
  region after the dash is where the missiles came from.
- "запровадили відключення світла також у Конотопі": a power cut caused by
  the strike on another town.
- "Вибухи чули й у Черкасах …, інформації про влучання чи постраждалих
  немає": explosions heard, no hit; its "nobody hurt" is said of those
  towns, not of the town struck before (issue 11, phenomena 1 and 5).
"""

from __future__ import annotations

from datetime import date

from tests.extraction.phenomena import by_place

PUBLISHED = date(2025, 3, 16)

SUMMARY = """Нічна атака 16 березня

У ніч на 16 березня противник атакував:
🔹 2 балістичними ракетами Іскандер-М — з Курської області рф;
🔹 137 ударними БпЛА типу Shahed — з напрямків Курськ, Орел.

• Сумщина. Обидва «Іскандери» влучили по Шостці — зруйновано будівлю, поранено трьох людей. \
Через пошкодження енергооб'єкта вранці запровадили відключення світла також у Конотопі.

Вибухи цієї ночі чули й у Черкасах та Кропивницькому: там працювала протиповітряна оборона, \
інформації про влучання чи постраждалих немає."""


def test_only_the_town_hit_is_struck(extract):
    events = by_place(extract(SUMMARY, published=PUBLISHED, language="uk"))
    assert set(events) == {"Shostka"}
    assert events["Shostka"].injured == 3
    assert events["Shostka"].killed is None


def test_a_launch_region_after_a_dash_in_russian(extract):
    text = (
        "Ночная атака\n\n🔹 2 баллистическими ракетами Искандер-М — из Курской области РФ;\n\n"
        "Обе ракеты попали по Шостке, ранены три человека."
    )
    assert set(by_place(extract(text, published=PUBLISHED, language="ru"))) == {"Shostka"}
