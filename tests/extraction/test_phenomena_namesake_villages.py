"""Issue 11, phenomenon 9: villages that share their name with dozens of others.

Oblast heads list the villages shelled over the day ("Антонівка, Зеленівка, …,
Олександрівка, Софіївка"); many of these names belong to twenty or a hundred
villages across Ukraine, and the gazetteer knows most of them only by their
hromada.  The village meant is the one in the oblast, raion or hromada the
article names; a city that GeoNames lists under the same name as an old or
alternative one (Donetsk under "Олександрівка") is not it.  A village named by a
neuter adjective is found in its oblique cases ("у Козацькому"), and a street or
highway named after a town is no strike on that town.
"""

from __future__ import annotations

from phenomena import TUESDAY, by_place, places

KHERSON = "UA-65"


def test_ukrainian_daily_list_of_kherson_villages_stays_in_the_oblast(extract):
    events = extract(
        "Херсонщина: за добу шестеро поранених\n\n"
        "У Херсонській області упродовж доби внаслідок російської агресії поранено "
        "шестеро людей, повідомив голова ОВА. Під артилерійськими обстрілами та ударами "
        "дронів перебували Антонівка, Молодіжне, Придніпровське, Іванівка, Олександрівка, "
        "Софіївка, Берислав та Херсон.",
        published=TUESDAY,
        language="uk",
    )
    found = by_place(events)
    for village in ("Molodizhne", "Prydniprovske", "Ivanivka", "Oleksandrivka", "Sofiivka"):
        assert found[village].iso_region == KHERSON, village
    assert "Donetsk" not in found


def test_russian_daily_list_of_kherson_villages_stays_in_the_oblast(extract):
    events = extract(
        "Обстрелы Херсонщины\n\n"
        "В Херсонской области за сутки под обстрелами российской армии оказались "
        "Антоновка, Молодежное, Александровка и Ивановка, сообщила областная военная "
        "администрация.",
        published=TUESDAY,
        language="ru",
    )
    # GeoNames spells one Kherson Oleksandrivka "Oleksanvrivka": the region is what counts.
    written = {e.as_written: e for e in events}
    for village in ("Молодежное", "Александровка", "Ивановка"):
        assert written[village].iso_region == KHERSON, village
    assert "Donetsk" not in places(events)


def test_english_village_of_a_named_raion_is_that_raions_village(extract):
    events = extract(
        "Two men wounded in Kherson region\n\n"
        "Russian artillery shelled the village of Havrylivka in the Beryslav district of the "
        "Kherson region on Tuesday, wounding two men.",
        published=TUESDAY,
    )
    found = by_place(events)
    assert found["Havrylivka"].iso_region == KHERSON
    assert found["Havrylivka"].injured == 2
    assert "Beryslav Raion" not in found


def test_polish_village_of_a_named_raion_is_that_raions_village(extract):
    events = extract(
        "Ostrzał obwodu chersońskiego\n\n"
        "W obwodzie chersońskim rosyjska artyleria ostrzelała wieś Hawryliwka w rejonie "
        "berysławskim, dwóch mężczyzn zostało rannych.",
        published=TUESDAY,
        language="pl",
    )
    found = by_place(events)
    assert found["Havrylivka"].iso_region == KHERSON
    assert "Beryslav Raion" not in found


def test_ukrainian_village_of_a_named_raion_is_that_raions_village(extract):
    events = extract(
        "Обстріл Бериславщини\n\n"
        "15 серпня під обстріл потрапило село Гаврилівка Бериславського району. Окупанти "
        "скинули вибухівку з дрона на автомобіль, поранено двох чоловіків.",
        published=TUESDAY,
        language="uk",
    )
    found = by_place(events)
    assert found["Havrylivka"].iso_region == KHERSON
    assert "Beryslav Raion" not in found


def test_ukrainian_village_named_by_a_neuter_adjective_in_the_locative(extract):
    events = extract(
        "Херсонщина під обстрілами\n\n"
        "Росія продовжує обстрілювати Херсонську область. Того ж дня росіяни скинули з "
        "дрона вибухівку у Козацькому, загинув 60-річний чоловік.",
        published=TUESDAY,
        language="uk",
    )
    kozatske = by_place(events)["Kozatske"]
    assert kozatske.iso_region == KHERSON
    assert kozatske.killed == 1


def test_an_adjective_opening_an_office_name_is_no_village(extract):
    events = extract(
        "Удар по Харкову\n\n"
        "Російський дрон влучив у житловий будинок у Харкові, повідомили в пресслужбі "
        "Головного управління ДСНС.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events) == {"Kharkiv"}


def test_ukrainian_highway_named_after_a_town_is_no_strike_on_it(extract):
    events = extract(
        "Ракетний удар по Дніпру\n\n"
        "Уночі росіяни атакували Дніпро ракетою. Ударною хвилею вибито вікна у будинках на "
        "Запорізькому шосе.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events) == {"Dnipro"}


def test_russian_highway_named_after_a_town_is_no_strike_on_it(extract):
    events = extract(
        "Удар по Днепру\n\n"
        "Ночью российская ракета попала в многоэтажку в Днепре. Взрывной волной выбиты окна "
        "в домах на Запорожском шоссе.",
        published=TUESDAY,
        language="ru",
    )
    assert places(events) == {"Dnipro"}
