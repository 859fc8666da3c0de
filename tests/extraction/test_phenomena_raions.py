"""Issue 11, phenomenon 9: raions, hromadas, inflected and foreign forms of places."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place, places
from strikemap.gazetteer.geometry import haversine_km

KUPIANSK = (49.71, 37.6158)
IZMAIL = (45.3506, 28.8375)
MARHANETS = (47.6309, 34.6245)


def _near(events, point, km=30.0):
    return [e for e in events if haversine_km(e.lat, e.lon, *point) <= km]


def test_english_kupiansk_district_is_struck_near_kupiansk(extract):
    events = extract(
        "Kharkiv region shelled\n\n"
        "In the Kupiansk district, a 63-year-old woman was wounded by artillery fire on "
        "Tuesday, governor Oleh Syniehubov said.",
        published=TUESDAY,
    )
    assert [e.injured for e in _near(events, KUPIANSK)] == [1]


def test_italian_distretto_di_izmail_is_struck_near_izmail(extract):
    events = extract(
        "Droni russi sul distretto di Izmail\n\n"
        "Un attacco con droni russi ha colpito nella notte il distretto di Izmail, nella "
        "regione di Odessa. Un uomo è rimasto ferito.",
        published=TUESDAY,
        language="it",
    )
    assert [e.injured for e in _near(events, IZMAIL)] == [1]
    assert "Odesa" not in places(events)


def test_ukrainian_hromada_in_the_dative_is_struck_near_its_centre(extract):
    events = extract(
        "Обстріли Нікопольщини\n\n"
        "У вівторок по Марганецькій громаді били з артилерії, пошкоджено лінію "
        "електропередач.",
        published=TUESDAY,
        language="uk",
    )
    assert len(_near(events, MARHANETS, 20.0)) == 1


def test_ukrainian_adjectival_city_in_the_locative(extract):
    events = extract(
        "Удар по Хмельницькому\n\n"
        "Внаслідок удару безпілотників у Хмельницькому одна людина загинула, ще четверо "
        "постраждали.",
        published=TUESDAY,
        language="uk",
    )
    assert by_place(events)["Khmelnytskyi"].killed == 1


def test_german_exonyms_of_mid_size_towns(extract):
    events = extract(
        "Drohnen auf Tschuhujiw und Woronesch\n\n"
        "In Tschuhujiw wurde ein Mann bei einem russischen Drohnenangriff getötet. In "
        "Woronesch wurden durch Trümmer einer ukrainischen Drohne zwei Menschen verletzt.",
        published=TUESDAY,
        language="de",
    )
    assert {"Chuhuiv", "Voronezh"} <= places(events)


def test_lower_case_city_name(extract):
    events = extract(
        "Drone strike\n\nIn kharkiv, a drone hit a car service station, injuring two men.",
        published=TUESDAY,
    )
    assert by_place(events)["Kharkiv"].injured == 2


def test_russian_list_of_raion_adjectives_gives_three_raions(extract):
    events = extract(
        "Обстрелы Харьковской области\n\n"
        "В результате обстрелов раненые есть в Чугуевском, Изюмском и Купянском районах.",
        published=TUESDAY,
        language="ru",
    )
    assert len(_near(events, KUPIANSK)) == 1 and len(events) == 3


def test_russian_names_of_ukrainian_raions_and_hromadas(extract):
    events = extract(
        "Обстрелы юга\n\n"
        "После атаки на Одессу россияне обстреляли дронами Измаильский район. "
        "Вечером в Марганецкой громаде Никопольского района ранен мужчина.",
        published=TUESDAY,
        language="ru",
    )
    assert {"Izmail Raion", "Marhanetska hromada"} <= places(events)
    assert by_place(events)["Marhanetska hromada"].injured == 1


def test_polish_region_adjective_after_regionie(extract):
    events = extract(
        "Ataki na obwody\n\n"
        "W regionie chersońskim jedna osoba zginęła, a cztery zostały ranne w wyniku "
        "ostrzału.",
        published=TUESDAY,
        language="pl",
    )
    assert [(e.place, e.killed) for e in events] == [("Kherson Oblast", 1)]


NIKOPOL = (47.5667, 34.3964)


def test_portuguese_distrito_de_nikopol_is_the_raion(extract):
    events = extract(
        "Ataque com drones\n\n"
        "Dois homens ficaram feridos num ataque com drones russos no distrito de Nikopol.",
        published=TUESDAY,
        language="pt",
    )
    assert places(events) == {"Nikopol Raion"}


def test_english_raion_named_after_its_town_and_the_region_of_the_title_are_one(extract):
    events = extract(
        "Dnipropetrovsk region shelled\n\n"
        "Russian artillery shelled the Nikopol district overnight, damaging a power line, "
        "the governor said.",
        published=TUESDAY,
    )
    assert places(events) == {"Nikopol Raion"}


def test_ukrainian_hromada_with_its_raion_in_the_genitive_is_one_strike(extract):
    events = extract(
        "Обстріли Дніпропетровщини\n\n"
        "У Межівській громаді Синельниківського району дрон влучив у приватний будинок, "
        "загорілася господарська будівля.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events) == {"Mezhivska hromada"}


def test_russian_in_the_area_of_a_city_is_no_raion(extract):
    events = extract(
        "Обстрел Донецка\n\nСнаряд попал в жилой дом в районе Донецка, ранены два человека.",
        published=TUESDAY,
        language="ru",
    )
    assert "Donetsk Raion" not in places(events)


def test_ukrainian_list_of_hromada_adjectives_gives_each_hromada(extract):
    events = extract(
        "Обстріли Нікопольщини\n\n"
        "Вибухи гриміли у Марганецькій, Мирівській і Покровській громадах: росіяни "
        "атакували безпілотниками, пошкоджено кілька будинків.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events) == {
        "Marhanetska hromada",
        "Myrivska hromada",
        "Pokrovska hromada",
    }


def test_polish_raion_noun_before_its_list_of_adjectives(extract):
    events = extract(
        "Ostrzał obwodu charkowskiego\n\n"
        "Rosjanie ostrzelali z artylerii miejscowości w rejonach czuhujiwskim i kupiańskim.",
        published=TUESDAY,
        language="pl",
    )
    assert places(events) == {"Chuhuiv Raion", "Kupiansk Raion"}


def test_english_coordinated_district_adjectives_give_both_districts(extract):
    events = extract(
        "Night attack on Kyiv\n\n"
        "Debris of downed drones fell in the Holosiivskyi and Solomianskyi districts, "
        "damaging two houses.",
        published=TUESDAY,
    )
    assert {e.place for e in events if e.level == "district"} == {
        "Holosiivskyi",
        "Solomianskyi",
    }


def test_russian_adjectival_city_in_the_locative(extract):
    events = extract(
        "Удар по Кропивницкому\n\n"
        "В Кропивницком в результате удара дронов пострадали два человека.",
        published=TUESDAY,
        language="ru",
    )
    assert by_place(events)["Kropyvnytskyi"].injured == 2


def test_polish_region_adjective_after_w_regionie_names_the_oblast(extract):
    events = extract(
        "Ostrzał\n\nW regionie sumskim rosyjski dron uderzył w dom mieszkalny.",
        published=TUESDAY,
        language="pl",
    )
    assert places(events) == {"Sumy Oblast"}


def test_ukrainian_hromada_noun_then_a_colon_and_its_list(extract):
    events = extract(
        "Обстріли Сумщини\n\n"
        "Росіяни обстріляли дві громади: Юнаківську та Білопільську, пошкоджено будинки.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events) == {"Yunakivska hromada", "Bilopilska hromada"}


def test_russian_raion_noun_then_a_colon_and_its_list(extract):
    events = extract(
        "Обстрелы Харьковской области\n\n"
        "Под обстрел попали районы: Купянский, Изюмский и Чугуевский, повреждены дома.",
        published=TUESDAY,
        language="ru",
    )
    assert places(events) == {"Kupiansk Raion", "Izium Raion", "Chuhuiv Raion"}


def test_portuguese_raion_named_with_a_russian_spelling_of_its_town(extract):
    events = extract(
        "Ataque com drones na região de Dnipro\n\n"
        "No distrito de Sinelnikove morreu um menino de 12 anos num ataque de drones russos.",
        published=TUESDAY,
        language="pt",
    )
    assert "Synelnykove Raion" in places(events)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Нікопольщина під обстрілом\n\nУпродовж неділі під обстрілами були Марганецька та "
            "Покровська громади: пошкоджено будинки та автомобіль.",
        ),
        (
            "ru",
            "Никопольщина под обстрелом\n\nВ воскресенье под обстрелами были Марганецкая и "
            "Покровская громады: повреждены дома и автомобиль.",
        ),
    ],
)
def test_a_list_of_hromadas_in_the_nominative_plural_names_hromadas_not_towns(
    extract, language, text
):
    """ "Покровська громада" is Pokrov's hromada (Dnipropetrovsk oblast), not Pokrovsk."""
    events = extract(text, published=TUESDAY, language=language)
    assert "Pokrovsk" not in places(events)
    assert "Pokrovska hromada" in places(events)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Новини\n\nРосіяни обстріляли чотири громади: Юнаківську, Білопільську та "
            "Краснопільську.",
        ),
    ],
)
def test_a_list_of_hromadas_after_its_plural_noun_names_hromadas(extract, language, text):
    events = extract(text, published=TUESDAY, language=language)
    assert {"Yunakivska hromada", "Bilopilska hromada", "Krasnopilska hromada"} <= places(events)


def test_a_hromada_sharing_its_name_with_others_does_not_anchor_the_article(extract):
    """Velykomykhailivska hromada exists in Dnipropetrovsk and Odesa oblasts: the
    report on Nikopol decides, the larger namesake does not anchor itself."""
    events = extract(
        "Нікопольщина під обстрілом\n\nУночі росіяни обстріляли Нікополь з артилерії. Крім "
        "того, удару зазнала Великомихайлівська громада Синельниківського району: люди не "
        "постраждали.",
        published=TUESDAY,
        language="uk",
    )
    hromada = by_place(events)["Velykomykhailivska hromada"]
    assert (hromada.parent, hromada.iso_region) == ("Synelnykove Raion", "UA-12")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Новини\n\nУпродовж дня росіяни били по Нікопольщині з артилерії, поранено двох людей.",
        ),
        (
            "ru",
            "Новости\n\nВ течение дня россияне обстреливали Никопольщину из артиллерии, ранены "
            "два человека.",
        ),
    ],
)
def test_the_area_around_a_raion_centre_is_the_raion(extract, language, text):
    """ "Нікопольщина" is the Nikopol area: the raion, not the town alone."""
    events = extract(text, published=TUESDAY, language=language)
    assert places(events) == {"Nikopol Raion"}
