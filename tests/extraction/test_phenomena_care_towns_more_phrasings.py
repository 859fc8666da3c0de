"""More ways of naming the town where victims are treated, which is no struck
place: "sought help from medics in Kramatorsk" (uk, ru) and "transferred to the
hospitals of Kramatorsk and Sloviansk" (it, a plural hospital word)."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

CASES = [
    (
        "uk",
        "Дрони атакували Костянтинівку\n\nУ понеділок росіяни атакували Костянтинівку "
        "дронами, поранено чотирьох людей. Трьох постраждалих доправили до лікарні в "
        "Дружківці, ще одна жінка самостійно звернулася по допомогу до медиків у Краматорську.",
        "Kostiantynivka",
    ),
    (
        "ru",
        "Дроны атаковали Константиновку\n\nВ понедельник россияне атаковали Константиновку "
        "дронами, ранены четыре человека. Троих пострадавших доставили в больницу в "
        "Дружковке, еще одна женщина сама обратилась за помощью к медикам в Краматорске.",
        "Kostiantynivka",
    ),
    (
        "it",
        "Bombe plananti su Dobropillia\n\nLunedì bombe plananti russe hanno colpito "
        "Dobropillia, ferendo quattro persone. I feriti più gravi sono stati trasferiti negli "
        "ospedali di Kramatorsk e Sloviansk.",
        "Dobropillia",
    ),
]


@pytest.mark.parametrize(("language", "text", "town"), CASES, ids=[c[0] for c in CASES])
def test_the_town_victims_are_treated_in_is_not_struck(extract, language, text, town):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == {town}
    assert events[town].injured == 4
