"""Issue 11, phenomenon 8: an oblast named for a village's strike adds no second event."""

from __future__ import annotations

from phenomena import TUESDAY, places


def test_ukrainian_nickname_headline_and_village_body_are_one_strike(extract):
    events = extract(
        "Херсонщина: дрон атакував автомобіль, загинув водій\n\n"
        "У Білозерці російський дрон атакував легковий автомобіль, загинув водій, повідомила "
        "обласна військова адміністрація.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events) == {"Bilozerka"}


def test_english_region_headline_and_village_body_are_one_strike(extract):
    events = extract(
        "Kherson region: drone kills driver in Bilozerka\n\n"
        "A Russian drone attacked a car in Bilozerka in the Kherson region on Tuesday "
        "morning, killing the driver.",
        published=TUESDAY,
    )
    assert places(events) == {"Bilozerka"}


def test_russian_oblast_governor_and_village_are_one_strike(extract):
    events = extract(
        "Белгородская область: дрон атаковал автомобиль\n\n"
        "В Белгородской области дрон атаковал автомобиль в селе Маслова Пристань, ранен "
        "мужчина, сообщил губернатор.",
        published=TUESDAY,
        language="ru",
    )
    assert places(events) == {"Maslova Pristan"}


def test_spanish_region_headline_and_town_body_are_one_strike(extract):
    events = extract(
        "Región de Sumy: un dron ruso mata a un hombre en Bilopillia\n\n"
        "Un dron ruso mató a un hombre en Bilopillia el martes por la mañana, según la "
        "administración militar regional.",
        published=TUESDAY,
        language="es",
    )
    assert places(events) == {"Bilopillia"}


def test_german_town_in_its_oblast_is_the_one_strike(extract):
    events = extract(
        "Raketen treffen Uman\n\n"
        "In der Stadt Uman im zentralukrainischen Gebiet Tscherkassy schlugen zwei Raketen in "
        "ein Industrieobjekt ein. Acht Menschen wurden verletzt.",
        published=TUESDAY,
        language="de",
    )
    assert places(events) == {"Uman"}
