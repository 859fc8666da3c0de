"""Issue 11: a daily round-up's oblast headings say which oblast "the oblast" is.

Round-ups go through the oblasts under headings of their own ("Kharkiv
Oblast", "Харківщина", "Obwód charkowski.") and speak of "the oblast" below
them without naming it.  The toll "across the oblast" is the heading's
oblast's (ANNOTATION.md: an oblast with a toll of its own is an event, as in
dev x07/x08), never a toll of the last town of the part before it.
"""

from __future__ import annotations

from phenomena import TUESDAY, by_place

EN = (
    "Russian attacks kill 3 across Ukraine over past day\n\n"
    "Russian forces attacked six oblasts over the past day, regional authorities said.\n\n"
    "Donetsk Oblast\n\n"
    "Two people were killed in Kostiantynivka when Russian artillery hit a residential "
    "quarter. In Dobropillia, a drone hit a car.\n\n"
    "Kharkiv Oblast\n\n"
    "Eleven people were injured across the oblast, Governor Oleh Syniehubov reported. "
    "Three men were wounded by artillery fire in Kupiansk.\n"
)

UK = (
    "Росіяни за добу атакували п'ять областей\n\n"
    "Упродовж минулої доби внаслідок російських ударів загинула одна людина.\n\n"
    "Донеччина\n"
    "• Краматорськ — удар КАБом по багатоповерхівці, загинула жінка.\n"
    "• Дружківка — обстріл з артилерії, пошкоджено школу.\n\n"
    "Харківщина\n"
    "• Куп'янськ — артилерійський обстріл, поранено двох чоловіків.\n"
    "• Золочів — атака дрона на адмінбудівлю.\n"
    "Загалом по області — семеро поранених.\n"
)


def test_the_oblast_under_a_heading_is_the_headings_oblast(extract):
    events = by_place(extract(EN, published=TUESDAY, language="en"))
    assert events["Kharkiv Oblast"].injured == 11
    assert events["Dobropillia"].injured is None
    assert events["Kostiantynivka"].killed == 2
    assert events["Kupiansk"].injured == 3


def test_a_ukrainian_round_ups_oblast_total(extract):
    events = by_place(extract(UK, published=TUESDAY, language="uk"))
    assert events["Kharkiv Oblast"].injured == 7
    assert events["Kupiansk"].injured == 2
    assert events["Zolochiv"].injured is None
    assert events["Kramatorsk"].killed == 1
    assert "Donetsk Oblast" not in events


def test_one_heading_alone_is_no_round_up(extract):
    text = (
        "Drone attack on Kharkiv region\n\n"
        "Kharkiv Oblast\n\n"
        "Drones hit a warehouse in Kupiansk on Tuesday, injuring two workers. "
        "Strikes on the oblast continue daily, the governor said.\n"
    )
    events = by_place(extract(text, published=TUESDAY, language="en"))
    assert events["Kupiansk"].injured == 2
    assert "Kharkiv Oblast" not in events


def test_a_regional_hospital_is_no_oblast(extract):
    text = (
        "Атаки на приграничье\n\n"
        "Курская область\n\n"
        "В Рыльске во вторник беспилотник атаковал остановку. Ранены двое, их доставили "
        "в Курскую областную больницу.\n\n"
        "Брянская область\n\n"
        "Кроме того, ВСУ обстреляли из РСЗО посёлок Климово: повреждены три дома, "
        "пострадавших нет.\n"
    )
    events = by_place(extract(text, published=TUESDAY, language="ru"))
    assert events["Rylsk"].injured == 2
    assert "Kursk Oblast" not in events
    assert events["Klimovo"].injured == 0
