"""A comma and a word of contrast open a clause of its own, in every language.

"Drones hit the refinery in Syzran, while in Lviv a charity concert went on":
the strike words of the first clause say nothing of the place in the second.
English had its contrast words ("but", "while", "whereas"); the other eight
languages now have theirs.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import TUESDAY, places


@pytest.mark.parametrize(
    ("lang", "text", "struck"),
    [
        (
            "ru",
            "Дроны атаковали НПЗ в Сызрани, а в Петербурге выпал рекордный снег.",
            {"Syzran"},
        ),
        (
            "uk",
            "Дрони атакували Харків, а у Львові відбувся благодійний концерт.",
            {"Kharkiv"},
        ),
        (
            "it",
            "Un drone ha colpito Kharkiv, mentre a Leopoli si è tenuto un concerto di beneficenza.",
            {"Kharkiv"},
        ),
        (
            "es",
            "Un dron alcanzó un edificio en Járkov, mientras en Leópolis se celebraba un acto.",
            {"Kharkiv"},
        ),
        (
            "de",
            "Eine Drohne traf ein Wohnhaus in Charkiw, während in Lwiw ein Konzert stattfand.",
            {"Kharkiv"},
        ),
        (
            "pl",
            "Dron uderzył w blok w Charkowie, natomiast we Lwowie odbył się koncert.",
            {"Kharkiv"},
        ),
    ],
)
def test_a_place_in_a_contrasting_clause_is_not_struck(extract, lang, text, struck):
    assert places(extract(f"Nachricht\n\n{text}", published=TUESDAY, language=lang)) == struck


def test_a_day_in_a_contrasting_clause_does_not_date_the_place_before_it(extract):
    text = (
        "Атака на Дніпропетровщину\n\n"
        "У ніч на 18 червня росія атакувала Дніпропетровщину дронами. "
        "Удару зазнав також Павлоград, а напередодні ввечері окупанти били по Нікопольщині."
    )
    events = extract(text, published=date(2025, 6, 18), language="uk")
    assert {e.date for e in events if e.place == "Pavlohrad"} == {date(2025, 6, 18)}


@pytest.mark.parametrize(
    ("lang", "text", "struck"),
    [
        (
            "uk",
            "Вибухи гриміли в Нікополі, а також у Марганецькій і Покровській громадах.",
            {"Nikopol", "Marhanetska hromada", "Pokrovska hromada"},
        ),
        (
            "ru",
            "ВСУ нанесли удары по Донецку, а также по Новой Каховке и Энергодару.",
            {"Donetsk", "Nova Kakhovka", "Enerhodar"},
        ),
    ],
)
def test_and_also_after_a_comma_is_no_contrast(extract, lang, text, struck):
    assert places(extract(f"Сводка\n\n{text}", published=TUESDAY, language=lang)) == struck
