"""Issue 11, phenomena 1, 4 and 5 as whole pages tell them.

A river that shares a city's name ("às margens do rio Dnipro"), a hospital named
after a doctor in another city ("лікарні імені Мечникова в Дніпрі"), a city that
"recorded no attacks", and a tally since the start of the year or of the war are
no strikes there; a night from one weekday to the next in Portuguese is dated by
the morning it ends, and "não houve mortos nem feridos" is a toll of zero.
"""

from __future__ import annotations

from datetime import date

from phenomena import TUESDAY, by_place, places


def test_portuguese_river_named_like_a_city_is_no_strike(extract):
    events = extract(
        "Rússia ataca refinaria de Kremenchuk\n\n"
        "Em Kremenchuk, cidade industrial às margens do rio Dnipro, mísseis russos "
        "atingiram a refinaria na terça-feira, provocando um grande incêndio.",
        published=TUESDAY,
        language="pt",
    )
    assert places(events) == {"Kremenchuk"}


def test_english_river_named_like_a_city_is_no_strike(extract):
    events = extract(
        "Missiles hit Kremenchuk refinery\n\n"
        "Russian missiles struck the refinery in Kremenchuk, an industrial city on the "
        "river Dnipro, on Tuesday, starting a large fire.",
        published=TUESDAY,
    )
    assert places(events) == {"Kremenchuk"}


def test_french_river_named_like_a_city_is_no_strike(extract):
    events = extract(
        "Frappe sur Krementchouk\n\n"
        "Des missiles russes ont frappé mardi la raffinerie de Krementchouk, ville "
        "industrielle au bord du fleuve Dnipro, provoquant un incendie.",
        published=TUESDAY,
        language="fr",
    )
    assert places(events) == {"Kremenchuk"}


def test_ukrainian_hospital_named_after_a_doctor_in_another_city(extract):
    events = extract(
        "Нічна атака на Запоріжжя\n\n"
        "Уночі ракета влучила в житловий будинок у Запоріжжі, поранено трьох людей. "
        "Трьох поранених перевезли до лікарні імені Мечникова в Дніпрі.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events) == {"Zaporizhzhia"}


def test_russian_hospital_named_after_a_doctor_in_another_city(extract):
    events = extract(
        "Ночная атака на Запорожье\n\n"
        "Ночью ракета попала в жилой дом в Запорожье, ранены три человека. Пострадавших "
        "доставили в больницу имени Мечникова в Днепре.",
        published=TUESDAY,
        language="ru",
    )
    assert places(events) == {"Zaporizhzhia"}


def test_english_hospital_named_after_a_doctor_in_another_city(extract):
    events = extract(
        "Missile hits Zaporizhzhia\n\n"
        "A missile hit an apartment block in Zaporizhzhia overnight, wounding three people. "
        "The wounded were taken to the hospital named after Mechnikov in Dnipro.",
        published=TUESDAY,
    )
    assert places(events) == {"Zaporizhzhia"}


def test_portuguese_city_that_recorded_no_attacks_is_no_strike(extract):
    events = extract(
        "Drones atacam Chernihiv\n\n"
        "Drones russos atingiram Chernihiv na terça-feira. A cidade de Nizhyn não registrou "
        "ataques nas últimas 24 horas, segundo o prefeito.",
        published=TUESDAY,
        language="pt",
    )
    assert places(events) == {"Chernihiv"}


def test_english_city_that_recorded_no_attacks_is_no_strike(extract):
    events = extract(
        "Drones hit Chernihiv\n\n"
        "Russian drones hit Chernihiv on Tuesday. The city of Nizhyn recorded no attacks "
        "over the past day, the mayor said.",
        published=TUESDAY,
    )
    assert places(events) == {"Chernihiv"}


def test_ukrainian_city_where_no_shelling_was_recorded_is_no_strike(extract):
    events = extract(
        "Дрони атакували Чернігів\n\n"
        "У вівторок російські дрони атакували Чернігів. У Ніжині за добу не зафіксовано "
        "обстрілів, повідомив міський голова.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events) == {"Chernihiv"}


def test_portuguese_toll_since_the_start_of_the_year_is_no_event(extract):
    events = extract(
        "Bombas guiadas matam três em Kharkiv\n\n"
        "Três pessoas morreram num ataque russo contra Kharkiv na terça-feira. Desde o "
        "início do ano, mais de 110 civis morreram na região de Kharkiv em consequência "
        "de ataques russos.",
        published=TUESDAY,
        language="pt",
    )
    assert places(events) == {"Kharkiv"}
    assert by_place(events)["Kharkiv"].killed == 3


def test_ukrainian_toll_since_the_start_of_the_year_is_no_event(extract):
    events = extract(
        "КАБ по Харкову\n\n"
        "У вівторок російська авіабомба влучила в будинок у Харкові, загинули троє людей. "
        "З початку року внаслідок російських обстрілів на Харківщині загинули понад 110 "
        "цивільних.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events) == {"Kharkiv"}


def test_spanish_toll_since_the_start_of_the_year_is_no_event(extract):
    events = extract(
        "Bombas guiadas matan a tres en Járkov\n\n"
        "Tres personas murieron el martes en un ataque ruso contra Járkov. Desde el inicio "
        "del año, más de 110 civiles murieron en la región de Járkov a causa de ataques "
        "rusos.",
        published=TUESDAY,
        language="es",
    )
    assert places(events) == {"Kharkiv"}


def test_portuguese_night_from_monday_to_tuesday_is_dated_tuesday(extract):
    events = extract(
        "Bombas guiadas em Kharkiv\n\n"
        "Três pessoas morreram num ataque russo contra a cidade de Kharkiv na noite de "
        "segunda para terça-feira.",
        published=TUESDAY,
        language="pt",
    )
    assert by_place(events)["Kharkiv"].date == date(2025, 3, 4)


def test_portuguese_neither_dead_nor_injured_is_zero(extract):
    events = extract(
        "Drones atingem Poltava\n\n"
        "Drones russos atingiram na terça-feira infraestruturas energéticas em Poltava. Não "
        "houve mortos nem feridos, segundo a administração regional.",
        published=TUESDAY,
        language="pt",
    )
    poltava = by_place(events)["Poltava"]
    assert (poltava.killed, poltava.injured) == (0, 0)


def test_polish_towns_where_explosions_were_heard_and_no_damage_reported(extract):
    events = extract(
        "Atak na Lwów\n\n"
        "Rosyjskie drony zaatakowały Lwów we wtorek w nocy. Wybuchy słychać było także w "
        "Równem i Chmielnickim, jednak władze obu miast nie informowały o zniszczeniach.",
        published=TUESDAY,
        language="pl",
    )
    assert places(events) == {"Lviv"}


def test_english_towns_where_explosions_were_heard_and_no_damage_reported(extract):
    events = extract(
        "Drones attack Lviv\n\n"
        "Russian drones attacked Lviv overnight. Explosions were also heard in Rivne and "
        "Khmelnytskyi, but the authorities did not report damage.",
        published=TUESDAY,
    )
    assert places(events) == {"Lviv"}
