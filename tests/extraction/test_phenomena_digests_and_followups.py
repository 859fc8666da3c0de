"""Weekly digests, anniversaries and follow-up stories (issue 11, phenomena 1, 4
and 5, seen in the thirtieth held-out batch).

- A span of days ("Week in review, 10-16 March", "(18.-23. August)") names no
  one day: each strike takes its own day heading's day, not the span's end.
  "17-18 August" stays the night that ends on the 18th.
- "Two days later", "через два дні", "a week later" count on from the day the
  text last gave, not back from the publication.
- A weekday named beside "a year ago" is that year's weekday.
- A town a victim came from (", откуда она была родом") or is buried in
  ("похоронят ... в") is no place struck.
- A pipeline's name ("the Druzhba pipeline", "нефтепровод «Дружба»") is no
  town; "the General Staff in Kyiv" is where a speaker is; "50 km na
  południowy wschód od Czernihowa" only locates.
- A toll over a week ("Загалом за сім днів") is no strike's; a figure of a
  placeless sentence dated months earlier is not today's event's.
- Explosions heard followed by drones shot down and no damage strike nothing;
  "le bilan s'établissait à quatre morts" is a toll of four dead.
"""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction import dates


def _summary(events):
    return sorted((e.place, e.date, e.primary) for e in events)


def test_a_week_in_review_dates_each_strike_by_its_day_heading(extract):
    text = (
        "Week in review, 3-9 June: drones on Sumy, a missile on Poltava\n\n"
        "Every Sunday we list the week's strikes.\n\n"
        "TUESDAY, 4 JUNE\n\n"
        "Sumy. Two drones hit a school gym in the evening; nobody was hurt.\n\n"
        "FRIDAY, 7 JUNE\n\n"
        "Poltava. A missile struck a bus depot, killing one driver.\n"
    )
    events = extract(text, published=date(2024, 6, 9), language="en")
    assert _summary(events) == [
        ("Poltava", date(2024, 6, 7), True),
        ("Sumy", date(2024, 6, 4), True),
    ]


@pytest.mark.parametrize(
    ("language", "words", "expected"),
    [
        ("en", "10-16 March", ("month", date(2025, 3, 1))),
        ("en", "March 10-16", ("month", date(2025, 3, 1))),
        ("de", "18.–23. August", ("month", date(2024, 8, 1))),
        ("uk", "3–9 листопада", ("month", date(2024, 11, 1))),
        ("en", "17-18 August", ("day", date(2024, 8, 18))),
        ("fr", "30 au 1 mars", ("day", date(2025, 3, 1))),
    ],
)
def test_a_span_of_days_gives_its_month_and_a_night_its_last_day(language, words, expected):
    found = dates.find_dates(f"Strikes of {words}.", date(2025, 3, 20), language)
    assert [(d.precision, d.date) for d in found] == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Two strikes on Dnipro\n\nOn Sunday, 8 December 2024, a missile hit a courtyard in "
            "the Chechelivskyi district of Dnipro. Two days later, attack drones struck the "
            "Novokodatskyi district of Dnipro.",
        ),
        (
            "uk",
            "Два удари по Дніпру\n\nУ неділю, 8 грудня 2024 року, ракета влучила у двір у "
            "Чечелівському районі Дніпра. Через два дні, у ніч на вівторок, ударні безпілотники "
            "атакували Новокодацький район Дніпра.",
        ),
    ],
    ids=["en", "uk"],
)
def test_days_later_count_on_from_the_day_told_before(extract, language, text):
    events = extract(text, published=date(2025, 7, 22), language=language)
    assert {(e.place, e.date) for e in events} == {
        ("Chechelivskyi", date(2024, 12, 8)),
        ("Novokodatskyi", date(2024, 12, 10)),
    }


def test_a_weekday_beside_a_year_ago_is_that_years_weekday(extract):
    text = (
        "Rok po ataku\n\nDokładnie rok temu, w nocy z niedzieli na poniedziałek, rosyjska "
        "rakieta trafiła w blok mieszkalny w Łucku. Zginęło pięć osób."
    )
    events = extract(text, published=date(2026, 3, 24), language="pl")
    # 24 March 2025, a year before the Tuesday of publication, was a Monday.
    assert [(e.place, e.date, e.killed) for e in events] == [("Lutsk", date(2025, 3, 24), 5)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Прощание в Одессе\n\nВ пятницу ракета попала в офисное здание в Одессе, погибли "
            "четыре человека. Одну из погибших похоронят в среду в Измаиле, откуда она была "
            "родом.",
        ),
        (
            "en",
            "Farewell in Odesa\n\nOn Friday a missile hit an office building in Odesa, killing "
            "four people. One of the victims, a student, was from Izmail, where she was born; "
            "she will be laid to rest on Wednesday in Izmail.",
        ),
    ],
    ids=["ru", "en"],
)
def test_a_victims_home_town_or_burial_town_is_not_struck(extract, language, text):
    events = extract(text, published=date(2024, 9, 2), language=language)
    assert [e.place for e in events] == ["Odesa"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Pipeline hit\n\nOvernight Ukrainian drones struck a pumping station of the Druzhba "
            "pipeline in Unecha, according to the General Staff in Kyiv.",
        ),
        (
            "ru",
            "Удар по нефтепроводу\n\nНочью беспилотники атаковали насосную станцию "
            "нефтепровода «Дружба» в Унече.",
        ),
        (
            "de",
            "Pipeline getroffen\n\nIn der Nacht trafen Drohnen laut dem Generalstab in Kiew eine "
            "Pumpstation der Ölpipeline Druschba in Unetscha.",
        ),
    ],
    ids=["en", "ru", "de"],
)
def test_a_pipelines_name_and_a_general_staffs_seat_are_not_struck(extract, language, text):
    events = extract(text, published=date(2025, 8, 22), language=language)
    assert [e.place for e in events] == ["Unecha"]


def test_a_town_located_by_its_distance_and_bearing_is_not_struck(extract):
    text = (
        "Atak na Niżyn\n\nW środę wieczorem drony zaatakowały Niżyn, położony około 80 km na "
        "południowy wschód od Czernihowa. Dwie osoby zostały ranne."
    )
    events = extract(text, published=date(2024, 12, 5), language="pl")
    assert [(e.place, e.injured) for e in events] == [("Nizhyn", 2)]


def test_a_weeks_toll_for_the_region_is_no_strike_of_its_own(extract):
    text = (
        "Тиждень на Харківщині\n\nЩопонеділка ми збираємо удари минулого тижня.\n\n"
        "Середа, 5 листопада\n\nУвечері дрон атакував Чугуїв, "
        "поранено двох людей.\n\nСубота, 8 листопада\n\nВранці артилерія обстріляла Куп'янськ, "
        "загинула жінка.\n\nЗагалом за сім днів через російські удари на Харківщині "
        "загинули щонайменше четверо цивільних, ще 13 дістали поранення."
    )
    events = extract(text, published=date(2025, 11, 10), language="uk")
    primary = [(e.place, e.date, e.killed, e.injured) for e in events if e.primary]
    assert primary == [
        ("Chuhuiv", date(2025, 11, 5), None, 2),
        ("Kupiansk", date(2025, 11, 8), 1, None),
    ]


def test_an_earlier_strikes_toll_is_not_todays(extract):
    text = (
        "Szkoła znów otwarta\n\nUczniowie wrócili w poniedziałek do odbudowanej szkoły.\n\n"
        "17 kwietnia trzy rakiety uderzyły w centrum miasta, zabijając 18 osób.\n\n"
        "W środę wieczorem drony zaatakowały Niżyn. Dwie osoby zostały ranne."
    )
    events = extract(text, published=date(2024, 12, 5), language="pl")
    nizhyn = [e for e in events if e.place == "Nizhyn"]
    assert [(e.date, e.killed, e.injured) for e in nizhyn] == [(date(2024, 12, 4), None, 2)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Nuit agitée\n\nCe matin, des habitants d'Odessa ont fait état de fortes explosions. "
            "L'administration régionale a indiqué que la défense antiaérienne avait abattu "
            "plusieurs drones.",
        ),
        (
            "de",
            "Unruhige Nacht\n\nIn der Nacht zu Samstag meldeten Bewohner von Sumy mehrere "
            "Explosionen. Die Flugabwehr sei im Einsatz gewesen.",
        ),
    ],
    ids=["fr", "de"],
)
def test_explosions_reported_then_drones_downed_strike_nothing(extract, language, text):
    assert extract(text, published=date(2024, 2, 11), language=language) == []


def test_a_toll_that_stood_at_four_dead_counts_four_killed(extract):
    text = (
        "Frappe sur Kyiv\n\nLa nuit de mardi à mercredi, des missiles ont frappé une tour "
        "d'habitation du quartier de Holossiïv à Kyiv. Dimanche, le bilan s'établissait à "
        "quatre morts."
    )
    events = extract(text, published=date(2024, 2, 11), language="fr")
    assert [(e.place, e.date, e.killed) for e in events] == [("Holosiivskyi", date(2024, 2, 7), 4)]


def test_a_weekday_away_from_a_year_ago_stays_this_weeks():
    # Wednesday 3 September 2025: the commemoration's day; the strike a year before.
    found = dates.find_dates(
        "Die Ukraine hat am Mittwoch an den Angriff auf Poltawa vor genau einem Jahr erinnert.",
        date(2025, 9, 3),
        "de",
    )
    assert [d.date for d in found] == [date(2025, 9, 3), date(2024, 9, 3)]


def test_an_absurd_count_of_days_later_dates_nothing_and_breaks_nothing(extract):
    text = (
        "Strikes\n\nOn Sunday, December 8, a missile hit Kharkiv. 99999999 days later, drones "
        "struck Sumy on Monday."
    )
    events = extract(text, published=date(2024, 12, 30), language="en")
    # Monday 30 December 2024, the day of publication.
    assert ("Sumy", date(2024, 12, 30)) in [(e.place, e.date) for e in events]
