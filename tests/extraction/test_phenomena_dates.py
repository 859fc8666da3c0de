"""Issue 11, phenomenon 4: report and update times never date a strike."""

from __future__ import annotations

from datetime import date

from phenomena import MONDAY, SATURDAY, SUNDAY, TUESDAY, by_place, issue11


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


@issue11("background wave dated with today's strike")
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


@issue11("report day dates a Monday strike")
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


@issue11("one city hit on two days merged")
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
