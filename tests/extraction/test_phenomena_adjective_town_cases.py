"""Issue 11: Ukrainian towns named like adjectives, in their case forms.

Лозова, Борова, Балаклія's neighbours: a town whose name is a feminine
adjective declines like one, "у Лозовій" (locative), "з Борової" (genitive).
Those forms name the town, as "у Харкові" names Kharkiv.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place


@pytest.mark.parametrize(
    ("sentence", "place", "injured"),
    [
        ("У вівторок дрон влучив у депо в Лозовій, поранено трьох працівників.", "Lozova", 3),
        ("У вівторок росіяни обстріляли центр Борової, поранено двох людей.", "Borova", 2),
    ],
)
def test_a_town_named_like_an_adjective_in_its_cases(extract, sentence, place, injured):
    events = by_place(extract(f"Удар\n\n{sentence}", published=TUESDAY, language="uk"))
    assert events[place].injured == injured
