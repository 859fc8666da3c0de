"""Issue 11, phenomenon 4: report and update times never date a strike."""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import MONDAY, SATURDAY, SUNDAY, TUESDAY, by_place


def test_toll_risen_by_monday_evening_keeps_the_saturday_strike_date(extract):
    events = extract(
        "Death toll from Saturday strike on Dnipro rises to nine\n\n"
        "The death toll from Saturday's Russian missile strike on Dnipro rose to nine by "
        "Monday evening, the regional administration said on Tuesday.",
        published=TUESDAY,
    )
    assert by_place(events)["Dnipro"].date == SATURDAY


def test_russian_toll_reported_on_monday_evening_keeps_the_sunday_strike_date(extract):
    events = extract(
        "Число погибших при ударе по Донецку выросло до шести\n\n"
        "Число погибших в результате удара по Донецку в воскресенье выросло до шести, "
        "сообщил в понедельник вечером Денис Пушилин.",
        published=TUESDAY,
        language="ru",
    )
    assert by_place(events)["Donetsk"].date == SUNDAY


def test_polish_report_of_tuesday_keeps_the_monday_strike_date(extract):
    events = extract(
        "Już pięć osób zabitych w ataku na Zaporoże\n\n"
        "Do pięciu wzrosła liczba ofiar śmiertelnych rosyjskiego ataku rakietowego na "
        "Zaporoże, do którego doszło w poniedziałek - powiadomił we wtorek sekretarz rady "
        "miejskiej.",
        published=TUESDAY,
        language="pl",
    )
    assert by_place(events)["Zaporizhzhia"].date == MONDAY


def test_undated_district_takes_its_citys_strike_date(extract):
    events = extract(
        "Удар по Харкову\n\n"
        "Увечері в неділю ворог атакував Харків ударними дронами. У Салтівському районі "
        "пошкоджено багатоповерхівку, поранено чотирьох людей.",
        published=TUESDAY,
        language="uk",
    )
    assert {e.date for e in events} == {SUNDAY}


def test_spanish_district_mentioned_later_takes_the_sunday_of_its_city(extract):
    events = extract(
        "Un dron deja cuatro muertos en Járkov\n\n"
        "Al menos cuatro personas han muerto este domingo a causa de un ataque de un dron "
        "ruso en la ciudad de Járkov. El gobernador había informado de un incendio en el "
        "distrito de Shevchenkivski de Járkov como consecuencia del ataque.",
        published=MONDAY,
        language="es",
    )
    assert {e.date for e in events} == {SUNDAY}


def test_live_blog_entries_with_times_only_are_dated_the_publication_day(extract):
    events = extract(
        "Wojna w Ukrainie. Relacja na żywo\n\n"
        "09:45\nRosyjski dron uderzył w budynek mieszkalny w Charkowie. Ranne zostały trzy "
        "osoby.\n\n08:30\nW Izmaile uszkodzona została infrastruktura portowa, jedna osoba "
        "zginęła.",
        published=TUESDAY,
        language="pl",
    )
    assert {e.date for e in events} == {TUESDAY}


def test_a_background_wave_days_earlier_is_not_dated_today(extract):
    events = extract(
        "Night drone attack kills three in Kyiv\n\n"
        "A Russian drone attack killed three people in Kyiv overnight, mayor Vitali Klitschko "
        "said on Tuesday. Last Wednesday, a wave of 400 missiles and drones hit Kharkiv and "
        "Sumy, killing seven.",
        published=TUESDAY,
    )
    today = [e for e in events if e.date == TUESDAY]
    assert {e.place for e in today} == {"Kyiv"}


def test_portuguese_wave_of_wednesday_22_is_not_dated_on_sunday_26(extract):
    events = extract(
        "Ataque noturno russo com drones mata três em Kiev\n\n"
        "Um ataque noturno russo com drones matou três pessoas em Kiev neste domingo (26). "
        "A Ucrânia foi alvo de ataque em larga escala na madrugada desta quarta-feira (22): "
        "segundo o presidente, o ataque atingiu Kharkiv, Sumy e Poltava.",
        published=date(2025, 10, 26),
        language="pt",
    )
    assert by_place(events)["Sumy"].date == date(2025, 10, 22)


def test_polish_monday_wave_in_a_tuesday_report_keeps_monday(extract):
    events = extract(
        "Wzrosła liczba ofiar ataku na Zaporoże\n\n"
        "We wtorek sekretarz rady miejskiej przekazał, że liczba ofiar ataku na Zaporoże "
        "wzrosła do pięciu. W poniedziałek siły najeźdźcy przeprowadziły zmasowany atak "
        "rakietowy. Pociski uderzyły m.in. w centrum Kijowa.",
        published=TUESDAY,
        language="pl",
    )
    assert by_place(events)["Kyiv"].date == MONDAY


def test_yesterdays_and_overnight_attacks_on_one_city_are_two_days(extract):
    events = extract(
        "Attacks on Dnipro\n\n"
        "In Dnipro, Russian attacks killed one person yesterday and wounded two other men "
        "overnight, governor Serhii Lysak said on Tuesday.",
        published=TUESDAY,
    )
    assert sorted((e.date, e.killed, e.injured) for e in events) == [
        (MONDAY, 1, None),
        (TUESDAY, None, 2),
    ]


# "The same evening": the day the text last gave, not the publication day.
@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "Drones hit Kursk region\n\nOn Sunday evening, residents of Kursk reported "
            "explosions, the governor said.\n\nThe same evening a Ukrainian drone hit an "
            "administrative building in Rylsk, injuring two.",
            "en",
            "Rylsk",
        ),
        (
            "Дрон влучив у будинок у Бериславі\n\nУ неділю ввечері в Херсоні лунала повітряна "
            "тривога.\n\nТого ж вечора російський дрон влучив у будинок у Бериславі, поранено "
            "двох людей.",
            "uk",
            "Beryslav",
        ),
        (
            "Angriffe im Süden\n\nAm Sonntag gab es am Abend in Cherson Luftalarm.\n\nAm selben "
            "Abend traf eine russische Drohne ein Haus in Beryslaw, zwei Menschen wurden "
            "verletzt.",
            "de",
            "Beryslav",
        ),
    ],
)
def test_the_same_evening_is_the_day_last_given(extract, text, language, place):
    (event,) = extract(text, published=TUESDAY, language=language)
    assert (event.place, event.date, event.injured) == (place, SUNDAY, 2)


# A dated wave told without places dates the places its paragraph goes on to
# name, not the day of the report's lead.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Drones hit Odesa\n\nRussian drones hit a warehouse in Odesa overnight.\n\n"
            "On Sunday, Russia launched a massive missile attack on Ukraine. Missiles hit energy "
            "facilities in Lviv and Ivano-Frankivsk.",
            "en",
        ),
        (
            "Дрони атакували Одесу\n\nУночі російські дрони влучили у склад в Одесі.\n\n"
            "У неділю Росія завдала масованого ракетного удару по Україні. Ракети влучили в "
            "енергетичні об'єкти у Львові та Івано-Франківську.",
            "uk",
        ),
        (
            "Drohnen treffen Odessa\n\nRussische Drohnen trafen in der Nacht ein Lager in "
            "Odessa.\n\nAm Sonntag hat Russland die Ukraine mit einem massiven Raketenangriff "
            "überzogen. Raketen trafen Energieanlagen in Lwiw und Iwano-Frankiwsk.",
            "de",
        ),
    ],
)
def test_places_after_a_dated_wave_take_its_day(extract, text, language):
    events = extract(text, published=TUESDAY, language=language)
    assert {(e.place, e.date) for e in events} == {
        ("Odesa", TUESDAY),
        ("Lviv", SUNDAY),
        ("Ivano-Frankivsk", SUNDAY),
    }


# Yesterday's death and last night's injuries in one city: two strikes.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Атаки на Херсон\n\nВ Херсоне вчера в результате обстрела погиб один человек, а "
            "ночью ранены двое, сообщил глава администрации.",
            "ru",
        ),
        (
            "Атаки на Херсон\n\nУ Херсоні вчора внаслідок обстрілу загинула одна людина, а "
            "вночі поранено двох, повідомив очільник ОВА.",
            "uk",
        ),
        (
            "Ataki na Chersoń\n\nW Chersoniu w wyniku ostrzału wczoraj zginęła jedna osoba, a w "
            "nocy ranne zostały dwie kolejne, przekazał gubernator.",
            "pl",
        ),
    ],
)
def test_figures_of_two_days_in_one_sentence_are_two_events(extract, text, language):
    events = extract(text, published=TUESDAY, language=language)
    assert sorted((e.date, e.killed, e.injured) for e in events) == [
        (MONDAY, 1, None),
        (TUESDAY, None, 2),
    ]
