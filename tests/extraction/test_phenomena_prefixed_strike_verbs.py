"""Strike verbs whose stem the strike vocabulary missed: Polish perfectives with
a prefix ("zaatakowały", "zbombardowali"), Ukrainian "уразили" and Russian
"поразили" (the General Staff's and the Ministry's word for a hit).  Without
them a sentence with no weapon word named no struck place at all."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places

CASES = [
    (
        "pl",
        "Komunikat sztabu\n\nW poniedziałek w nocy siły ukraińskie zaatakowały rafinerię "
        "w Nowoszachtyńsku.",
        "Novoshakhtinsk",
    ),
    (
        "pl",
        "Komunikat władz\n\nW poniedziałek wieczorem Rosjanie zbombardowali szpital w Charkowie.",
        "Kharkiv",
    ),
    (
        "uk",
        "Повідомлення Генштабу\n\nУ понеділок уночі Сили оборони уразили нафтобазу в Бєлгороді.",
        "Belgorod",
    ),
    (
        "ru",
        "Сводка Минобороны\n\nВ понедельник ночью российские войска поразили склад в Краматорске.",
        "Kramatorsk",
    ),
]


@pytest.mark.parametrize(("language", "text", "place"), CASES, ids=[c[0] for c in CASES])
def test_a_prefixed_strike_verb_makes_its_place_struck(extract, language, text, place):
    assert places(extract(text, published=TUESDAY, language=language)) == {place}
