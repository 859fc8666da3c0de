"""Issue 11, read in real weekly round-ups and UN monitoring reports:

- **a day heading** a round-up's entry ("MONDAY.", "ПОНЕДІЛОК.", "ПЯТНИЦА.") dates the
  strikes told after it in its paragraph;
- **a region named without a day or a toll** over towns of it struck on the days the
  text gives ("a day-by-day account of the attacks on the Kherson region") only sums
  them up: no event of its own;
- **a monitors' tally** over a month ("the mission recorded 31 civilians killed and
  112 injured in the Kherson region in October", "139 civils ont été tués ... en
  janvier ; un tiers ... recensées dans la région de Donetsk") strikes no place.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import TUESDAY

SUNDAY_12 = date(2023, 11, 12)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kherson region's week\n\nBelow is a day-by-day account of Russian attacks on the "
            "Kherson region.\n\nMONDAY. Russian aircraft dropped two guided bombs on Beryslav. "
            "Two men were killed.\n\nFRIDAY. Russian troops fired Grad rockets at Tiahynka. No "
            "one was hurt.",
        ),
        (
            "uk",
            "Тиждень на Херсонщині\n\nПодаємо хроніку російських атак на Херсонщину за "
            "тиждень.\n\nПОНЕДІЛОК. Російська авіація скинула дві керовані бомби на Берислав. "
            "Загинули двоє чоловіків.\n\nП'ЯТНИЦЯ. Російські війська обстріляли з «Градів» "
            "Тягинку. Ніхто не постраждав.",
        ),
        (
            "ru",
            "Неделя на Херсонщине\n\nПредлагаем хронику российских атак на Херсонскую область "
            "за неделю.\n\nПОНЕДЕЛЬНИК. Российская авиация сбросила две управляемые бомбы на "
            "Берислав. Погибли двое мужчин.\n\nПЯТНИЦА. Российские войска обстреляли из «Градов» "
            "Тягинку. Никто не пострадал.",
        ),
    ],
)
def test_day_headings_date_a_roundups_entries_and_the_region_sums_them_up(extract, lang, text):
    events = extract(text, published=SUNDAY_12, language=lang)
    assert sorted((e.place, e.date, e.killed) for e in events) == [
        ("Beryslav", date(2023, 11, 6), 2),
        ("Tiahynka", date(2023, 11, 10), 0),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "struck"),
    [
        (
            "en",
            "Drone hits Kherson\n\nOn Tuesday a Russian drone hit a bus in Kherson, wounding "
            "two. On Monday the UN monitoring mission said it had recorded 31 civilians killed "
            "and 112 injured in the Kherson region in February.",
            {"Kherson"},
        ),
        (
            "fr",
            "Missiles sur Kramatorsk\n\nMardi, deux missiles ont tué trois personnes à "
            "Kramatorsk. Selon la mission de l'ONU, au moins 139 civils ont été tués et 738 "
            "blessés en février dans l'ensemble du pays ; un tiers des victimes ont été "
            "recensées dans la région de Donetsk.",
            {"Kramatorsk"},
        ),
        (
            "uk",
            "Удар по Херсону\n\nУ вівторок російський дрон атакував автобус у Херсоні, поранено "
            "двох людей. Моніторингова місія ООН зафіксувала 31 загиблого та 112 поранених "
            "цивільних на Херсонщині у лютому.",
            {"Kherson"},
        ),
    ],
)
def test_a_monitors_monthly_tally_strikes_no_place(extract, lang, text, struck):
    events = extract(text, published=TUESDAY, language=lang)
    assert {e.place for e in events} == struck
