"""Issue 11 (dates, phenomenon 4), read in a Sumy oblast administration's daily round-up:
"У Великописарівській громаді медичну допомогу отримали двоє чоловіків, ..., а у
Білопільській – 64-річна жінка, яка постраждала внаслідок удару КАБ 8 жовтня". The
date of the last clause's background strike dated every place of the sentence; a
date after a place now skips places that a clause of their own parts from it, while
a list of places still shares its date."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 11, 1)
OCTOBER_8 = date(2025, 10, 8)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "uk",
            "За минулу добу ворог 82 рази обстріляв Сумщину. В Охтирці поранено двох "
            "чоловіків, а в Тростянецькій громаді – жінку, яка постраждала внаслідок удару "
            "КАБ 8 жовтня.",
        ),
        (
            "ru",
            "За прошедшие сутки противник 82 раза обстрелял Сумскую область. В Ахтырке ранены "
            "двое мужчин, а в Тростянце – женщина, пострадавшая от удара КАБ 8 октября.",
        ),
        (
            "en",
            "Russian forces shelled the Sumy region 82 times over the past day. Two men were "
            "wounded in Okhtyrka, while in Trostianets a woman hurt by a guided bomb on "
            "October 8 was treated.",
        ),
    ],
)
def test_a_date_in_a_later_clause_dates_only_its_own_place(extract, lang, sentence):
    events = extract(f"Sumy region under fire\n\n{sentence}", published=PUBLISHED, language=lang)
    days = {e.place: e.date for e in events}
    assert days["Okhtyrka"] == date(2025, 10, 31)
    assert OCTOBER_8 in {day for place, day in days.items() if place.startswith("Trostian")}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Russian drones hit Okhtyrka, Trostianets and Sumy on October 8."),
        ("uk", "Російські дрони атакували Охтирку, Тростянець і Суми 8 жовтня."),
    ],
)
def test_a_list_of_places_shares_the_date_after_it(extract, lang, sentence):
    events = extract(f"Drone attack\n\n{sentence}", published=PUBLISHED, language=lang)
    assert {e.date for e in events} == {OCTOBER_8}
    assert len(events) == 3
