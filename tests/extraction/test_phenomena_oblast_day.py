"""Towns of an oblast summary take the day the summary gives the oblast.

Oblast administrations open their daily summary with the day and the oblast
("Over the past day, 19 March, Russian forces struck 14 settlements of the
Kharkiv region, and overnight they hit Kharkiv itself with drones"), then go
through the towns without repeating the day.  Those towns were struck on the
summary's day, not on the day the report came out (issue 11, phenomenon 4:
undated mentions inherit the date of their event), and the oblast named in the
lead is the same strikes, not one more (phenomenon 8).

The day of a governor's statement ("the Belgorod governor said on Monday
evening") dates no town of the oblast: it is when the governor spoke.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import by_place

PUBLISHED = date(2025, 3, 20)
YESTERDAY = date(2025, 3, 19)

SUMMARIES = [
    (
        "uk",
        "Минулої доби, 19 березня, російські війська завдали ударів по 14 населених пунктах "
        "Харківщини, а вночі атакували дронами Харків.\n\n"
        "🔹 Уночі ворог атакував Харків ударними БпЛА, постраждали четверо людей.\n\n"
        "🔹 У м. Куп'янськ унаслідок удару КАБ загинула жінка.\n\n"
        "🔹 В Ізюмі від удару дрона поранено чоловіка.",
    ),
    (
        "en",
        "On Wednesday, 19 March, Russian forces struck 14 settlements in the Kharkiv region. "
        "Overnight they attacked Kharkiv itself with drones.\n\n"
        "• Overnight, drones hit Kharkiv, injuring four people.\n\n"
        "• In Kupiansk, a glide bomb killed a woman.\n\n"
        "• In Izium, a drone strike wounded a man.",
    ),
    (
        "ru",
        "В среду, 19 марта, российские войска нанесли удары по 14 населенным пунктам "
        "Харьковской области. Ночью они атаковали дронами сам Харьков.\n\n"
        "🔹 Ночью враг атаковал Харьков ударными БпЛА, пострадали четыре человека.\n\n"
        "🔹 В Купянске в результате удара КАБ погибла женщина.\n\n"
        "🔹 В Изюме в результате удара дрона ранен мужчина.",
    ),
    (
        "it",
        "Mercoledì 19 marzo le forze russe hanno colpito 14 località della regione di Kharkiv. "
        "Nella notte hanno attaccato con i droni la stessa Kharkiv.\n\n"
        "• Nella notte i droni hanno colpito Kharkiv, ferendo quattro persone.\n\n"
        "• A Kupiansk una bomba plananti ha ucciso una donna.\n\n"
        "• A Izium un drone ha ferito un uomo.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SUMMARIES, ids=[c[0] for c in SUMMARIES])
def test_towns_of_the_summary_take_the_oblast_day(extract, language, text):
    events = by_place(extract(f"Summary\n\n{text}", published=PUBLISHED, language=language))
    assert events["Kupiansk"].date == YESTERDAY
    assert events["Kupiansk"].killed == 1
    assert events["Izium"].date == YESTERDAY
    assert events["Izium"].injured == 1
    assert events["Kharkiv"].date == PUBLISHED
    assert "Kharkiv Oblast" not in events


GOVERNOR_SPOKE = [
    (
        "ru",
        "Губернатор Белгородской области в среду вечером и в четверг утром рассказал о "
        "последствиях обстрелов.\n\n"
        "Шебекинский округ. В среду около 18:00 FPV-дрон атаковал автомобиль в Шебекино, "
        "ранен водитель.\n\n"
        "Белгородский район. Ночью над областным центром работала система ПВО. В посёлке "
        "Разумное обломки снаряда повредили кровлю дома.",
    ),
    (
        "uk",
        "Губернатор Бєлгородської області в середу ввечері та в четвер вранці розповів про "
        "наслідки обстрілів.\n\n"
        "Грайворонський округ. У середу близько 18:00 FPV-дрон атакував автомобіль у "
        "Грайвороні, поранено водія.\n\n"
        "Валуйський округ. Уночі над районом працювала ППО. У Валуйках уламки снаряда "
        "пошкодили дах будинку.",
    ),
    (
        "en",
        "The governor of the Belgorod region described the aftermath of the shelling on "
        "Wednesday evening and on Thursday morning.\n\n"
        "Shebekino district. On Wednesday at about 6 p.m. an FPV drone hit a car in Shebekino, "
        "wounding its driver.\n\n"
        "Belgorod district. Overnight air defences were active over the regional centre. In "
        "the village of Razumnoye, shell debris damaged the roof of a house.",
    ),
]


@pytest.mark.parametrize(("language", "text"), GOVERNOR_SPOKE, ids=[c[0] for c in GOVERNOR_SPOKE])
def test_the_day_a_governor_spoke_dates_no_town(extract, language, text):
    events = by_place(extract(f"News\n\n{text}", published=PUBLISHED, language=language))
    first, second = ("Grayvoron", "Valuyki") if language == "uk" else ("Shebekino", "Razumnoye")
    assert events[first].date == YESTERDAY
    assert events[second].date == PUBLISHED
