"""Issue 11, phenomenon 2: a person's surname that matches a place stays a person."""

from __future__ import annotations

from phenomena import TUESDAY, places


def test_romanov_added_in_an_article_about_kursk_gives_no_murmansk(extract):
    events = extract(
        "Drone debris damages homes in Kursk\n\n"
        "Debris of a Ukrainian drone damaged two houses in Kursk overnight, the governor said. "
        '"Nobody was hurt," said Pavel Romanov, a regional emergency official. Romanov added '
        "that crews worked until dawn.",
        published=TUESDAY,
    )
    assert places(events) == {"Kursk"}


def test_danilov_described_gives_no_town_of_danilov(extract):
    events = extract(
        "Missile hits Kryvyi Rih\n\n"
        "A Russian missile hit a residential area of Kryvyi Rih, killing three people. "
        "Danilov, a pensioner who lives nearby, described the blast as the loudest he had "
        "ever heard.",
        published=TUESDAY,
    )
    assert places(events) == {"Kryvyi Rih"}


def test_pokrovskyi_wrote_gives_no_pokrovsk(extract):
    events = extract(
        "Missile hits Kryvyi Rih\n\n"
        "A Russian missile hit Kryvyi Rih on Monday evening, killing three people. Andriy "
        "Pokrovskyi, a member of the city council, wrote that power had been cut. Pokrovskyi "
        "wrote later that repairs had begun.",
        published=TUESDAY,
    )
    assert places(events) == {"Kryvyi Rih"}


def test_ukrainian_commander_syrskyi_and_spokeswoman_shevchenko_are_people(extract):
    events = extract(
        "Дрони атакували Суми\n\n"
        "Російські дрони атакували Суми вночі, поранено трьох людей. Головнокомандувач ЗСУ "
        "Олександр Сирський заявив, що ворог накопичує сили. Як зазначив Сирський, удари "
        "мають залякати населення. Шевченко, речниця ДСНС, додала, що пожежу ліквідували.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events) == {"Sumy"}


def test_russian_romanov_added_gives_no_murmansk(extract):
    events = extract(
        "Обломки беспилотника повредили дом в Курске\n\n"
        "В Курске обломки беспилотника повредили крышу дома, пострадала женщина. "
        "Романов добавил, что жильцов временно отселили.",
        published=TUESDAY,
        language="ru",
    )
    assert places(events) == {"Kursk"}


def test_polish_romanow_added_gives_no_murmansk(extract):
    events = extract(
        "Szczątki drona uszkodziły dom w Kursku\n\n"
        "W Kursku szczątki drona uszkodziły dach domu, ranna została kobieta. "
        "Romanow dodał, że mieszkańców ewakuowano.",
        published=TUESDAY,
        language="pl",
    )
    assert places(events) == {"Kursk"}


def test_a_village_before_its_hromada_adjective_is_no_persons_name(extract):
    events = extract(
        "Синєгубов: за добу на Харківщині постраждала жінка\n\n"
        "У селі Безруки Дергачівської громади дрон влучив у приватний будинок, постраждала "
        "70-річна жінка.",
        published=TUESDAY,
        language="uk",
    )
    assert "Bezruky" in places(events)


def test_russian_village_before_its_raion_adjective_is_no_persons_name(extract):
    events = extract(
        "Обстрел Белгородской области\n\n"
        "В селе Шебекино Белгородской области беспилотник атаковал автомобиль, ранен "
        "мужчина.",
        published=TUESDAY,
        language="ru",
    )
    assert "Shebekino" in places(events)


def test_ukrainian_village_before_its_raion_adjective_is_no_persons_name(extract):
    events = extract(
        "Обстріли Дніпропетровщини\n\n"
        "У Межівській громаді Синельниківського району дрон влучив у будинок.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events) == {"Mezhivska hromada"}


def test_english_names_of_a_university_and_a_park_are_no_villages(extract):
    events = extract(
        "Missile strike on central Kyiv\n\n"
        "A Russian missile hit central Kyiv; the buildings of Shevchenko University and "
        "the Khanenko and Shevchenko museums were damaged, and a crater opened in "
        "Shevchenko Park.",
        published=TUESDAY,
    )
    assert places(events) == {"Kyiv"}


def test_russian_square_named_after_a_person_is_no_village(extract):
    events = extract(
        "Обстрел Донецка\n\n"
        "Снаряд попал в маршрутный автобус на площади Дзержинского в Донецке, ранены три "
        "человека.",
        published=TUESDAY,
        language="ru",
    )
    assert places(events) == {"Donetsk"}


def test_ukrainian_street_named_after_a_poet_is_no_village(extract):
    events = extract(
        "Удар по Харкову\n\n"
        "Дрон влучив у багатоповерхівку на вулиці Шевченка в Харкові, поранено двох людей.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events) == {"Kharkiv"}
