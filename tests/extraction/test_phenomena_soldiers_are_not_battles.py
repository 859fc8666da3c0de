"""A soldier wounded by a strike ("боец получил ранение", "двое бойцов") is no
sign of ground fighting: the town stays struck. Battles ("бои идут у
Волчанска") still are, and their town is no strike.

Expected events are written by hand."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 3, 11)

SOLDIERS = [
    ("ru", "В городе Шебекино боец получил ранение из-за удара дрона ВСУ."),
    ("ru", "В Шебекино двое бойцов получили ранения из-за удара дрона ВСУ."),
    ("en", "A serviceman was wounded in Shebekino by a Ukrainian drone strike."),
    ("de", "In Schebekino wurde ein Soldat durch einen Drohnenangriff verletzt."),
]


@pytest.mark.parametrize(
    ("language", "text"), SOLDIERS, ids=[f"{c[0]}{i}" for i, c in enumerate(SOLDIERS)]
)
def test_a_soldier_wounded_by_a_drone_leaves_the_town_struck(extract, language, text):
    events = extract(text, published=PUBLISHED, language=language)
    assert [(e.place, e.weapons) for e in events] == [("Shebekino", ["drone"])]


def test_battles_near_a_town_are_no_strike_on_it(extract):
    events = extract(
        "Бои идут у Волчанска. Дрон ударил по Белгороду.", published=PUBLISHED, language="ru"
    )
    assert [e.place for e in events] == ["Belgorod"]
