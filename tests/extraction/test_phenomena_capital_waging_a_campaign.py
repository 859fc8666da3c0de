"""A capital that wages a campaign stands for its government ("Kyiv has for months
waged a campaign of strikes on Russian refineries"): it is no struck place."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places

CASES = [
    (
        "en",
        "Drone hits refinery in Belgorod\n\nA Ukrainian drone hit a fuel depot in Belgorod "
        "on Monday night. Kyiv has for months waged a campaign of long-range strikes on Russian "
        "oil plants.",
    ),
    (
        "pl",
        "Dron uderzył w Biełgorod\n\nW Biełgorodzie w poniedziałek w nocy dron uderzył w "
        "skład paliw. Kijów od miesięcy prowadzi kampanię uderzeń na rosyjski przemysł naftowy.",
    ),
    (
        "uk",
        "Дрон атакував Бєлгород\n\nУ понеділок уночі дрон атакував нафтобазу в Бєлгороді. "
        "Київ уже кілька місяців веде кампанію ударів по російських НПЗ.",
    ),
    (
        "ru",
        "Беспилотник атаковал Белгород\n\nВ понедельник ночью беспилотник атаковал нефтебазу "
        "в Белгороде. Киев уже несколько месяцев ведет кампанию ударов по российским НПЗ.",
    ),
    (
        "de",
        "Drohne trifft Belgorod\n\nIn der Nacht zum Montag traf eine Drohne ein Tanklager in "
        "Belgorod. Kiew führt seit Monaten eine Kampagne gegen russische Raffinerien.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_capital_waging_a_campaign_is_no_struck_place(extract, language, text):
    assert places(extract(text, published=TUESDAY, language=language)) == {"Belgorod"}
