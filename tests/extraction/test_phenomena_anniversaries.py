"""Anniversaries and commemorations date the strike remembered, not the
ceremony (issue 11, phenomenon 4: a background strike's date must not leak
into today's event, nor the reverse).

- A commemoration's day is the ceremony's: "Residents of Kyiv on Tuesday
  commemorated the victims of the strike on the hospital on 8 July 2024. At the
  time, 33 people were killed" is the strike of 8 July 2024 and its toll.
- "A year ago", "vor genau einem Jahr", "hace un año", "рік тому" is this day
  last year.
- A day written without its year ("обстрела 30 декабря") takes the year the
  article writes for that day ("30 декабря 2023 года"), and a semicolon parts
  two reports of one title ("...; ночью ВСУ атаковали Брянск").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import by_place

CEREMONY_DAY = date(2025, 7, 8)

REMEMBERED = [
    (
        "en",
        "Kyiv remembers the victims of the strike of 8 July\n\nResidents of Kyiv on Tuesday "
        "commemorated the victims of the missile strike on the children's hospital on 8 July "
        "2024. At the time, 33 people were killed.\n\nOvernight a drone hit a warehouse in "
        "Kharkiv. Nobody was hurt.",
    ),
    (
        "ru",
        "Киев вспоминает жертв удара 8 июля\n\nВ Киеве во вторник почтили память жертв ракетного "
        "удара по детской больнице 8 июля 2024 года. Тогда погибли 33 человека.\n\nНочью "
        "беспилотник попал в склад в Харькове. Пострадавших нет.",
    ),
    (
        "de",
        "Kiew gedenkt der Opfer des Angriffs vom 8. Juli\n\nIn Kiew haben die Menschen am "
        "Dienstag der Opfer des Raketenangriffs auf das Kinderkrankenhaus vom 8. Juli 2024 "
        "gedacht. Damals wurden 33 Menschen getötet.\n\nIn der Nacht traf eine Drohne ein Lager "
        "in Charkiw. Verletzt wurde niemand.",
    ),
    (
        "fr",
        "Kiev commémore les victimes de la frappe du 8 juillet\n\nLes habitants de Kiev ont rendu "
        "hommage mardi aux victimes de la frappe de missile sur l'hôpital pour enfants du 8 "
        "juillet 2024. À l'époque, 33 personnes avaient été tuées.\n\nDans la nuit, un drone a "
        "touché un entrepôt à Kharkiv. Personne n'a été blessé.",
    ),
]


@pytest.mark.parametrize(("language", "text"), REMEMBERED, ids=[c[0] for c in REMEMBERED])
def test_a_commemorated_strike_keeps_its_own_day_and_toll(extract, language, text):
    events = extract(text, published=CEREMONY_DAY, language=language)
    assert [(e.place, e.date, e.primary) for e in events] == [
        ("Kyiv", date(2024, 7, 8), False),
        ("Kharkiv", CEREMONY_DAY, True),
    ]
    assert by_place(events)["Kyiv"].killed == 33


A_YEAR_AGO = [
    (
        "en",
        "Ukraine marks a year since the Poltava strike\n\nWith candles and a minute of silence, "
        "Ukraine on Wednesday remembered the victims of the Russian missile strike on Poltava a "
        "year ago.\n\nOvernight a drone hit a train in Synelnykove, injuring three.",
    ),
    (
        "de",
        "Ukraine gedenkt der Opfer von Poltawa\n\nMit einer Schweigeminute hat die Ukraine am "
        "Mittwoch an den russischen Raketenangriff auf Poltawa vor genau einem Jahr erinnert.\n\n"
        "In der Nacht traf eine Drohne einen Zug in Synelnykowe, drei Menschen wurden verletzt.",
    ),
    (
        "es",
        "Ucrania recuerda a las víctimas de Poltava\n\nUcrania conmemoró el miércoles el ataque "
        "ruso con misiles contra Poltava de hace un año.\n\nDurante la noche un dron alcanzó un "
        "tren en Synelnykove e hirió a tres personas.",
    ),
    (
        "uk",
        "Україна вшанувала пам'ять загиблих у Полтаві\n\nУ середу Україна вшанувала пам'ять "
        "жертв ракетного удару по Полтаві, який стався рік тому.\n\nВночі дрон влучив у потяг у "
        "Синельниковому, поранено трьох людей.",
    ),
]


@pytest.mark.parametrize(("language", "text"), A_YEAR_AGO, ids=[c[0] for c in A_YEAR_AGO])
def test_a_strike_a_year_ago_is_this_day_last_year(extract, language, text):
    events = extract(text, published=date(2025, 9, 3), language=language)
    assert [(e.place, e.date, e.primary) for e in events] == [
        ("Poltava", date(2024, 9, 3), False),
        ("Synelnykove", date(2025, 9, 3), True),
    ]


def test_a_day_without_its_year_takes_the_year_the_article_gives_it(extract):
    text = (
        "Белгород вспоминает жертв обстрела 30 декабря; ночью ВСУ атаковали Брянск\n\nВ "
        "Белгороде в понедельник почтили память жертв удара по центру города 30 декабря 2023 "
        "года. Тогда ВСУ выпустили по Белгороду реактивные снаряды. Погибли 25 человек.\n\n"
        "Ночью беспилотники атаковали Брянск. Пострадавших нет."
    )
    events = extract(text, published=date(2024, 12, 30), language="ru")
    assert [(e.place, e.date, e.primary, e.killed) for e in events] == [
        ("Belgorod", date(2023, 12, 30), False, 25),
        ("Bryansk", date(2024, 12, 30), True, 0),
    ]


@pytest.mark.parametrize(
    ("language", "text", "published", "day"),
    [
        ("en", "The strike a year ago killed 18.", date(2025, 4, 17), date(2024, 4, 17)),
        ("ru", "Год назад ракета попала в дом.", date(2024, 2, 29), date(2023, 2, 28)),
        ("pl", "Rok temu rakieta trafiła w dom.", date(2025, 1, 1), date(2024, 1, 1)),
    ],
)
def test_a_year_ago_is_the_same_day_of_the_year_before(language, text, published, day):
    from strikemap.extraction.dates import find_dates

    assert [d.date for d in find_dates(text, published, language)] == [day]


def test_a_day_written_out_beats_a_year_since(extract):
    # The anniversary falls a day before publication: the written day is meant.
    from strikemap.extraction.dates import find_dates

    text = "Passou um ano desde o ataque: a 17 de novembro de 2024, um míssil atingiu Sumy."
    assert [d.date for d in find_dates(text, date(2025, 11, 18), "pt")] == [date(2024, 11, 17)]
