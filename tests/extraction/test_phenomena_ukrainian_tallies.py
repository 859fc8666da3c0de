"""Issue 11, read in real Dnipropetrovsk oblast tallies: the regional officials' own words
for a strike ("поцілив по Нікополю", "гатять по району", "снарядів випустили по громаді")
and for artillery ("внаслідок артобстрілу") are strike words and a weapon, so the
towns and hromadas they name are struck, with artillery."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Вночі агресор двічі поцілив по Нікополю з важкої артилерії.", "Nikopol"),
        ("З самого ранку росіяни гатять по Нікополю з артилерії.", "Nikopol"),
        ("З десяток артилерійських снарядів випустили по Мирівській громаді.", "Myrivska hromada"),
    ],
)
def test_an_officials_word_for_a_strike_strikes_the_place(extract, text, place):
    events = by_place(extract("Обстріли\n\n" + text, published=TUESDAY, language="uk"))
    assert list(events) == [place]
    assert events[place].weapons == ["artillery"]


def test_artillery_shelling_is_artillery(extract):
    text = "Обстріл\n\nУ вівторок чоловік загинув у Нікополі внаслідок артобстрілу."
    event = by_place(extract(text, published=TUESDAY, language="uk"))["Nikopol"]
    assert (event.weapons, event.killed) == (["artillery"], 1)
