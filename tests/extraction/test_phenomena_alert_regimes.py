"""Issue 11 (heldout_real_3): a declared "drone danger" is an alert, not a strike.

Russian governors and the media retelling them say "беспилотную опасность
объявляли в Курской области" ("a drone danger was declared"); Ukrainian
outlets say "ракетну небезпеку оголошували"; English copy translates it as "a
drone danger regime".  Like an air-raid alert, such a declaration strikes no
place.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "Атака на Шебекино\n\nВо вторник беспилотник атаковал частный дом в Шебекино, ранена "
            "женщина. Беспилотную опасность ночью объявляли также в Курской и Воронежской "
            "областях.",
            [("Shebekino", 1)],
        ),
        (
            "uk",
            "Атака на Суми\n\nУ вівторок дрон влучив у будинок у Сумах, поранено двох людей. "
            "Ракетну небезпеку оголошували також на Чернігівщині та Полтавщині.",
            [("Sumy", 2)],
        ),
        (
            "en",
            "Drone strike in Belgorod region\n\nOn Tuesday a drone hit a house in Shebekino, "
            "injuring a woman. A drone danger regime was also declared in the Kursk and Voronezh "
            "regions overnight.",
            [("Shebekino", 1)],
        ),
    ],
)
def test_a_declared_drone_danger_strikes_no_place(extract, lang, text, expected):
    events = extract(text, published=TUESDAY, language=lang)
    assert [(e.place, e.injured) for e in events] == expected
