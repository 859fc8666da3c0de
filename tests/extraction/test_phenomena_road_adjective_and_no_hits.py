"""A road named after a town, and explosions heard where "there were no hits".

- "загорелся склад на Николаевской дороге": a road named after Mykolaiv in
  adjective form (each language's ``street_after``), not Mykolaiv, nor the
  village the gazetteer knows by that adjective.
- "Взрывы около полуночи слышали и в Николаеве, однако там обошлось без
  попаданий": explosions heard, no hit (issue 11, phenomenon 1).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import places

PUBLISHED = date(2025, 7, 21)

CASES = [
    (
        "ru",
        "Вечером в воскресенье российские дроны атаковали Одессу. В Суворовском районе "
        "загорелся склад на Николаевской дороге. Взрывы около полуночи слышали и в Николаеве, "
        "однако там, по данным местных властей, обошлось без попаданий.",
        {"Odesa"},
    ),
    (
        "uk",
        "Увечері в неділю російські дрони атакували Одесу. Вибухи чули й у Миколаєві, однак там "
        "обійшлося без влучань.",
        {"Odesa"},
    ),
]


@pytest.mark.parametrize(("language", "text", "struck"), CASES)
def test_only_the_city_hit_is_struck(extract, language, text, struck):
    found = places(extract(f"News\n\n{text}", published=PUBLISHED, language=language))
    # Odesa, or its district (Suvorovskyi, renamed Peresypskyi), which stands for it.
    assert found and found <= struck | {"Peresypskyi", "Suvorovskyi"}
