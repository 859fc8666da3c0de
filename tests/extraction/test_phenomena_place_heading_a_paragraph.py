"""A place alone heading a paragraph of strike news that names no place of its
own is the place struck: daily summaries go through their towns so
("Белгород. Беспилотник атаковал автомобиль. Ранен мужчина.", "▪️ Комишани.
Обстріл з «Градів», загинув чоловік.").
"""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 8, 27)

SUMMARIES = {
    "ru": """Гладков: за сутки пострадали три мирных жителя

Губернатор Белгородской области рассказал о последствиях атак за прошедшие сутки.

Белгород. Беспилотник атаковал припаркованный автомобиль во дворе. Ранен мужчина.

Грайворонский городской округ. В Грайвороне при атаке дрона на частный дом ранены две женщины.

Валуйки. Дрон сбросил взрывное устройство на склад. Пострадавших нет.
""",
    "uk": """Херсонщина: за добу під ударами три населені пункти

Протягом минулої доби російські війська атакували населені пункти області.

▪️ Білозерка. Удар КАБом по центру селища: поранено чотирьох людей.
▪️ Комишани. Обстріл з «Градів», загинув 52-річний чоловік.
▪️ Станіслав. Дрон атакував легковик, постраждалих немає.
""",
    "en": """Kharkiv region: three towns shelled over the past day

The regional governor gave the toll of the past day's attacks.

Kupiansk. A guided bomb hit a five-storey building. Two people were killed.

Chuhuiv. A drone struck a private house. Nobody was hurt.

Balakliia. Artillery shelled the town centre, wounding three people.
""",
}

EXPECTED = {
    "ru": {("Belgorod", None, 1), ("Grayvoron", None, 2), ("Valuyki", 0, 0)},
    "uk": {("Bilozerka", None, 4), ("Komyshany", 1, None), ("Stanislav", 0, 0)},
    "en": {("Kupiansk", 2, None), ("Chuhuiv", 0, 0), ("Balakliia", None, 3)},
}


@pytest.mark.parametrize("language", sorted(SUMMARIES))
def test_each_heading_place_is_struck_with_its_paragraphs_toll(extract, language):
    events = extract(SUMMARIES[language], published=PUBLISHED, language=language)
    assert {(e.place, e.killed, e.injured) for e in events} == EXPECTED[language]


def test_a_heading_whose_paragraph_names_its_own_place_is_not_struck(extract):
    text = (
        "Сводка\n\nГубернатор рассказал о последствиях атак.\n\n"
        "Грайворонский городской округ. В Грайвороне при атаке дрона ранена женщина.\n"
    )
    events = extract(text, published=PUBLISHED, language="ru")
    assert [(e.place, e.injured) for e in events] == [("Grayvoron", 1)]


def test_a_place_alone_before_a_paragraph_without_strike_news_is_not_struck(extract):
    text = (
        "News\n\nDrones hit Sumy overnight, injuring two people.\n\n"
        "Kupiansk. The town's theatre reopened on Monday after repairs.\n"
    )
    events = extract(text, published=PUBLISHED, language="en")
    assert [(e.place, e.injured) for e in events] == [("Sumy", 2)]


def test_a_heading_over_an_alert_with_no_impacts_is_not_struck(extract):
    text = (
        "Em resumo\n\n"
        "Ucrânia. Drones russos atacaram Odessa durante a madrugada, atingindo um armazém.\n\n"
        "Kiev. O alerta aéreo na capital ucraniana prolongou-se por mais de três horas, "
        "sem impactos reportados."
    )
    events = extract(text, published=PUBLISHED, language="pt")
    assert {e.place for e in events} == {"Odesa"}


def test_a_heading_over_impacts_without_victims_is_struck_with_no_casualties(extract):
    text = (
        "Наслідки обстрілів Херсонщини\n\n"
        "За добу ворог атакував населені пункти області.\n\n"
        "▪️ Чорнобаївка. Прильоти біля ферми, без постраждалих."
    )
    events = {e.place: e for e in extract(text, published=PUBLISHED, language="uk")}
    assert set(events) == {"Chornobaivka"}
    assert (events["Chornobaivka"].killed, events["Chornobaivka"].injured) == (0, 0)
