"""Date mentions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction.dates import find_dates, mentions_month, resolve_date

# A Tuesday.
PUBLISHED = date(2024, 3, 12)


def _first(sentence: str, lang: str, published: date | None = PUBLISHED):
    mention = resolve_date(sentence, published, lang)
    return mention.date if mention else None


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # relative words: the publication day, or counted back from it
        ("The drones arrived overnight.", "en", date(2024, 3, 12)),
        ("Explosions were heard last night in the port.", "en", date(2024, 3, 12)),
        ("Sirens sounded this morning.", "en", date(2024, 3, 12)),
        ("A depot was hit yesterday.", "en", date(2024, 3, 11)),
        ("Two days ago a school was damaged.", "en", date(2024, 3, 10)),
        ("A week earlier the same pier was hit.", "en", date(2024, 3, 5)),
        ("Вчора ввечері ракета влучила в депо.", "uk", date(2024, 3, 11)),
        ("Вночі дрони атакували місто.", "uk", date(2024, 3, 12)),
        ("Вчера вечером беспилотник упал на склад.", "ru", date(2024, 3, 11)),
        ("Ночью сбили дрон.", "ru", date(2024, 3, 12)),
        ("Wczoraj rakieta spadła na magazyn.", "pl", date(2024, 3, 11)),
        ("W nocy drony zaatakowały miasto.", "pl", date(2024, 3, 12)),
        ("Ayer un misil alcanzó un almacén.", "es", date(2024, 3, 11)),
        ("Anoche se oyeron explosiones.", "es", date(2024, 3, 12)),
        ("Ieri un missile ha colpito un deposito.", "it", date(2024, 3, 11)),
        ("Stanotte i droni hanno colpito la città.", "it", date(2024, 3, 12)),
        # weekdays: most recent on or before publication
        ("The strike came on Tuesday.", "en", date(2024, 3, 12)),
        ("The strike came on Saturday.", "en", date(2024, 3, 9)),
        ("Late on Wednesday a drone hit a house.", "en", date(2024, 3, 6)),
        ("Last Tuesday a drone hit a house.", "en", date(2024, 3, 5)),
        ("У суботу ракета влучила в школу.", "uk", date(2024, 3, 9)),
        ("У п’ятницю дрон влучив у склад.", "uk", date(2024, 3, 8)),
        ("В воскресенье беспилотник атаковал завод.", "ru", date(2024, 3, 10)),
        ("W sobotę rakieta uderzyła w teatr.", "pl", date(2024, 3, 9)),
        ("El domingo un dron atacó la ciudad.", "es", date(2024, 3, 10)),
        ("Lunedì un missile ha colpito il porto.", "it", date(2024, 3, 11)),
        # written dates, year from the publication date when missing
        ("The city was last targeted on Oct. 17.", "en", date(2023, 10, 17)),
        ("It was hit on March 2.", "en", date(2024, 3, 2)),
        ("Strikes resumed on December 29, 2023.", "en", date(2023, 12, 29)),
        ("Strikes resumed on 2 January 2024.", "en", date(2024, 1, 2)),
        ("Jan 2 saw a new wave.", "en", date(2024, 1, 2)),
        ("Published 2024-03-01.", "en", date(2024, 3, 1)),
        ("Updated 29-02-2024 10:41", "en", date(2024, 2, 29)),
        ("9 березня ракета влучила в депо.", "uk", date(2024, 3, 9)),
        ("30 августа дрон упал на завод.", "ru", date(2023, 8, 30)),
        ("19 sierpnia rakieta spadła na teatr.", "pl", date(2023, 8, 19)),
        ("El 13 de abril de 2023 un misil cayó.", "es", date(2023, 4, 13)),
        ("La sera del 17 agosto un missile è caduto.", "it", date(2023, 8, 17)),
        ("ROMA, 19 AGO – un missile", "it", date(2023, 8, 19)),
        # nights spanning two days are dated by the morning they end
        ("В ніч на 10 березня дрони атакували місто.", "uk", date(2024, 3, 10)),
        ("The night of 8 to 9 March was loud.", "en", date(2024, 3, 9)),
    ],
)
def test_resolves_date(sentence, lang, expected):
    assert _first(sentence, lang) == expected


def test_month_day_after_publication_goes_to_previous_year():
    # "December 29" in an article of 2 January is last December.
    assert _first("the attack of December 29", "en", date(2024, 1, 2)) == date(2023, 12, 29)


def test_weekday_and_written_date_form_one_mention():
    mentions = find_dates("Russia claimed on Tuesday (Jan 2) that", date(2024, 1, 2), "en")
    assert len(mentions) == 1
    assert mentions[0].date == date(2024, 1, 2)
    assert mentions[0].text.startswith("Tuesday")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Talks will resume next Monday.", "en"),
        ("The curfew lasts until Friday.", "en"),
        ("Переговори відбудуться наступного понеділка.", "uk"),
        ("Il vertice è previsto per il prossimo lunedì.", "it"),
        ("The death toll may rise.", "en"),  # modal verb, not the month
        ("Protesters organised a march.", "en"),
    ],
)
def test_no_date(sentence, lang):
    assert [m for m in find_dates(sentence, PUBLISHED, lang) if m.precision == "day"] == []


def test_relative_mentions_need_a_publication_date():
    assert find_dates("A depot was hit yesterday.", None, "en") == []
    assert find_dates("It was hit on March 2.", None, "en") == []
    assert _first("It was hit on 2 March 2022.", "en", None) == date(2022, 3, 2)


def test_precision_and_kind():
    mentions = find_dates("Attacks began in February 2022 and resumed in August.", PUBLISHED, "en")
    assert [(m.date, m.precision) for m in mentions] == [
        (date(2022, 2, 1), "month"),
        (date(2023, 8, 1), "month"),
    ]
    year = find_dates("Attacks have continued since 2014.", PUBLISHED, "en")
    assert [(m.date.year, m.precision) for m in year] == [(2014, "year")]


def test_written_date_beats_time_of_day_word():
    # "вранці" (in the morning) is a time of day here, the date is written.
    assert _first("Вранці 9 березня ракета влучила в депо.", "uk") == date(2024, 3, 9)


def test_relative_flag():
    (overnight,) = find_dates("overnight", PUBLISHED, "en")
    (written,) = find_dates("on Oct. 17", PUBLISHED, "en")
    assert overnight.relative and overnight.kind == "relative"
    assert not written.relative and written.kind == "written"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Drones attacked overnight from Monday to Tuesday.", "en"),
        ("Дрони атакували в ніч з понеділка на вівторок.", "uk"),
        ("Беспилотники атаковали в ночь с понедельника на вторник.", "ru"),
        ("Drony zaatakowały w nocy z poniedziałku na wtorek.", "pl"),
        ("Los drones atacaron en la noche de lunes a martes.", "es"),
    ],
)
def test_night_between_two_weekdays_is_the_morning_after(sentence, lang):
    assert _first(sentence, lang) == date(2024, 3, 12)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Минулої доби загинула одна людина.", "uk"),
        ("За прошедшие сутки погиб один человек.", "ru"),
    ],
)
def test_past_day_report_is_yesterday(sentence, lang):
    assert _first(sentence, lang) == date(2024, 3, 11)


def test_night_between_weekdays_needs_between_for_and():
    sunday = date(2024, 3, 10)
    assert _first("nella notte tra sabato e domenica", "it", sunday) == sunday
    assert _first("on Saturday night into Sunday", "en", sunday) == sunday
    # Two separate days, not one night.
    assert _first("on Saturday and Sunday", "en", sunday) == date(2024, 3, 9)


def test_mentions_month():
    assert mentions_month("On 17 August a missile hit", "en")
    assert mentions_month("17 серпня ракета влучила", "uk")
    assert not mentions_month("Five people were killed", "en")


def test_portuguese_dates_are_read_from_the_portuguese_file():
    from datetime import date

    from strikemap.extraction.dates import find_dates

    sunday = date(2025, 10, 26)
    found = find_dates(
        "Um ataque na madrugada desta quarta-feira (22) e outro ontem; em 3 de outubro também.",
        sunday,
        "pt",
    )
    assert [(m.text, m.date) for m in found] == [
        ("quarta-feira (22)", date(2025, 10, 22)),
        ("ontem", date(2025, 10, 25)),
        ("3 de outubro", date(2025, 10, 3)),
    ]
    assert [m.date for m in find_dates("há dois dias", sunday, "pt")] == [date(2025, 10, 24)]
