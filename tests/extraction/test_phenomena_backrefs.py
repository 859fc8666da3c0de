"""Issue 11, phenomenon 3: "the city", "the capital", "our city" link back to the place."""

from __future__ import annotations

import pytest
from phenomena import MONDAY, SATURDAY, SUNDAY, TUESDAY, by_place


def test_a_toll_given_for_the_city_in_a_later_paragraph_is_the_citys(extract):
    events = extract(
        "Missile strike on Dnipro\n\n"
        "A Russian missile hit an apartment block in Dnipro overnight, the governor said.\n\n"
        "Three people were killed in the city and 11 were injured, among them two children.",
        published=TUESDAY,
    )
    dnipro = by_place(events)["Dnipro"]
    assert (dnipro.killed, dnipro.injured) == (3, 11)


def test_the_ukrainian_capital_is_kyiv(extract):
    events = extract(
        "Night attack on the capital\n\n"
        "Russia attacked the Ukrainian capital with drones overnight. Two people were killed "
        "and five injured, the city military administration said.",
        published=TUESDAY,
    )
    kyiv = by_place(events)["Kyiv"]
    assert (kyiv.killed, kyiv.injured) == (2, 5)


def test_ukrainian_injured_in_the_city_rose_to_seventeen(extract):
    events = extract(
        "Удар по Запоріжжю\n\n"
        "Увечері в понеділок російські війська завдали ракетного удару по Запоріжжю.\n\n"
        "Станом на ранок вівторка кількість поранених у місті зросла до 17. Загинула одна "
        "людина.",
        published=TUESDAY,
        language="uk",
    )
    city = by_place(events)["Zaporizhzhia"]
    assert (city.killed, city.injured) == (1, 17)


def test_german_toll_in_the_city_belongs_to_poltava(extract):
    events = extract(
        "Zahl der Toten in Poltawa steigt\n\n"
        "Nach dem russischen Raketenangriff auf Poltawa vom Sonntag ist die Zahl der Toten auf "
        "acht gestiegen.\n\nIn der Stadt wurden zudem 42 Menschen verletzt.",
        published=TUESDAY,
        language="de",
    )
    poltava = by_place(events)["Poltava"]
    assert (poltava.date, poltava.killed, poltava.injured) == (SUNDAY, 8, 42)


def test_spanish_la_ciudad_takes_the_toll_of_odesa(extract):
    events = extract(
        "Misiles Kalibr contra Odesa\n\n"
        "Rusia lanzó anoche 12 misiles Kalibr contra Odesa.\n\n"
        "La ciudad sufrió daños en el puerto; murieron dos personas y otras cinco resultaron "
        "heridas, según el gobernador.",
        published=TUESDAY,
        language="es",
    )
    odesa = by_place(events)["Odesa"]
    assert (odesa.killed, odesa.injured) == (2, 5)


def test_italian_capital_takes_the_toll_of_kyiv(extract):
    events = extract(
        "Attacco su Kiev\n\n"
        "Droni russi hanno colpito Kiev nella notte.\n\n"
        "Nella capitale ucraina i feriti sono 29 e i morti tre, ha detto il sindaco.",
        published=TUESDAY,
        language="it",
    )
    kyiv = by_place(events)["Kyiv"]
    assert (kyiv.killed, kyiv.injured) == (3, 29)


def test_a_town_named_without_strike_words_after_a_regional_report_is_the_target(extract):
    events = extract(
        "Ukrainian drone injures one in Bryansk region\n\n"
        "A Ukrainian drone attack on Saturday in the Bryansk region injured one person and "
        "damaged an administrative building, the governor said. The governor said the "
        "incident occurred in the town of Trubchevsk.",
        published=TUESDAY,
    )
    assert "Trubchevsk" in by_place(events)


# "The Ukrainian capital", named without "Kyiv", is Kyiv.
@pytest.mark.parametrize(
    ("text", "language", "toll"),
    [
        (
            "Ночная атака\n\nРоссийские дроны атаковали столицу Украины ночью. Погибли два "
            "человека, еще шесть ранены, сообщили в городской администрации.",
            "ru",
            (2, 6),
        ),
        (
            "Nächtlicher Angriff\n\nRussland hat die ukrainische Hauptstadt in der Nacht mit "
            "Drohnen angegriffen. Zwei Menschen wurden getötet und sieben verletzt, teilte die "
            "Stadtverwaltung mit.",
            "de",
            (2, 7),
        ),
        (
            "Nocny atak\n\nRosja zaatakowała w nocy stolicę Ukrainy dronami. Zginęły dwie osoby, "
            "a pięć zostało rannych, poinformowały władze miasta.",
            "pl",
            (2, 5),
        ),
    ],
)
def test_the_qualified_capital_is_kyiv_with_its_toll(extract, text, language, toll):
    kyiv = by_place(extract(text, published=TUESDAY, language=language))["Kyiv"]
    assert (kyiv.killed, kyiv.injured) == toll


# "As of Tuesday morning, the injured in the city rose to 12": the count's
# time, not another strike; the toll is the city's of Monday.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Strike on Kharkiv\n\nOn Monday evening Russian forces launched a missile strike on "
            "Kharkiv.\n\nAs of Tuesday morning, the number of injured in the city had risen to "
            "12. One person was killed.",
            "en",
        ),
        (
            "Удар по Харькову\n\nВечером в понедельник российские войска нанесли ракетный удар "
            "по Харькову.\n\nПо состоянию на утро вторника число раненых в городе выросло до 12. "
            "Погиб один человек.",
            "ru",
        ),
        (
            "Atak na Charków\n\nW poniedziałek wieczorem rosyjskie wojska przeprowadziły atak "
            "rakietowy na Charków.\n\nWedług stanu na wtorek rano liczba rannych w mieście "
            "wzrosła do 12. Zginęła jedna osoba.",
            "pl",
        ),
    ],
)
def test_a_toll_in_the_city_as_of_a_later_day_is_the_citys(extract, text, language):
    (event,) = extract(text, published=TUESDAY, language=language)
    assert (event.place, event.date, event.killed, event.injured) == ("Kharkiv", MONDAY, 1, 12)


# "The incident occurred in the town of X" names the target of the strike
# just reported for its region.
@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        (
            "Беспилотник атаковал Брянскую область\n\nВ субботу украинский беспилотник атаковал "
            "Брянскую область, ранен один человек, сообщил губернатор. Инцидент произошел в "
            "городе Трубчевск.",
            "ru",
            "Trubchevsk",
        ),
        (
            "Дрон атакував Сумщину\n\nУ суботу російський дрон атакував Сумську область, поранено "
            "одну людину. Інцидент стався в місті Шостка.",
            "uk",
            "Shostka",
        ),
        (
            "Drohne greift Region Brjansk an\n\nAm Samstag hat eine ukrainische Drohne die Region "
            "Brjansk angegriffen, ein Mensch wurde verletzt. Der Vorfall ereignete sich in der "
            "Stadt Trubtschewsk.",
            "de",
            "Trubchevsk",
        ),
    ],
)
def test_the_town_where_the_incident_occurred_is_the_target(extract, text, language, town):
    (event,) = extract(text, published=TUESDAY, language=language)
    assert (event.place, event.date, event.injured) == (town, SATURDAY, 1)


def test_the_city_of_an_earlier_strike_is_the_one_the_sentence_before_named(extract):
    # The text was last at Odesa; the paragraph turns back to Dnipro by name,
    # and "the city" of its earlier strike is Dnipro.
    text = (
        "Night of strikes\n\n"
        "On Monday night a Russian missile hit a block of flats in Dnipro, killing three. "
        "In Odesa, drones damaged a substation, but nobody was hurt.\n\n"
        "For the people of Dnipro the picture is not new. On 14 January 2023 a Kh-22 "
        "missile destroyed part of a residential block in the city and killed 46 people."
    )
    events = extract(text, published=TUESDAY)
    earlier = [e for e in events if e.date is not None and e.date.year == 2023]
    assert [(e.place, e.killed) for e in earlier] == [("Dnipro", 46)]
