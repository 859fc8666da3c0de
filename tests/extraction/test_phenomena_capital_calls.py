"""Issue 11: "В Москве назвали атаки «террористическими»" is a government speaking.

A capital where someone "called" the attacks something (назвали, розцінили)
stands for its government, as one that "said" or "denied" does (ANNOTATION.md:
a capital standing for its government is not struck by that mention).
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Во вторник беспилотник атаковал автобус в Суземке, ранены пятеро. В Москве "
            "назвали атаки на приграничные регионы «террористическими».",
        ),
        (
            "uk",
            "У вівторок дрон атакував автобус у Сумах, поранено п'ятьох. У Києві назвали "
            "атаку «терором проти цивільних».",
        ),
    ],
)
def test_a_capital_that_calls_an_attack_something_is_its_government(extract, lang, text):
    found = places(extract(f"Атака\n\n{text}", published=TUESDAY, language=lang))
    assert found in ({"Suzemka"}, {"Sumy"})
