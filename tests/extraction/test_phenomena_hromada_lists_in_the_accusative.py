"""A list of hromadas as the object of the attack: "атакував Шосткинську, Сумську та
Путивльську громади".

Each adjective is in the accusative singular ("Сумську") while the closing
noun is plural ("громади"): every name is one hromada, looked up with the
noun's accusative singular ("Сумську громаду"). Both Ukrainian and Russian
copy write them so.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places

CASES = [
    (
        "uk",
        "Нічна атака на Сумщину\n\nУночі ворог атакував безпілотниками Шосткинську, Сумську, "
        "Бездрицьку та Путивльську громади. Внаслідок ударів пошкоджено житлові будівлі.",
        {"Shostkynska hromada", "Sumska hromada", "Bezdrytska hromada", "Putyvlska hromada"},
    ),
    (
        "uk",
        "Обстріли прикордоння\n\nУ понеділок росіяни обстріляли з артилерії Краснопільську та "
        "Білопільську громади, пошкоджено приватні будинки.",
        {"Krasnopilska hromada", "Bilopilska hromada"},
    ),
    (
        "ru",
        "Атака на Сумскую область\n\nНочью противник атаковал беспилотниками Шосткинскую, "
        "Сумскую и Путивльскую громады. Повреждены жилые дома.",
        {"Shostkynska hromada", "Sumska hromada", "Putyvlska hromada"},
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_each_hromada_of_an_accusative_list_is_struck(extract, language, text, expected):
    assert places(extract(text, published=TUESDAY, language=language)) == expected
