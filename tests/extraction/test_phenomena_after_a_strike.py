"""Issue 11, read in reports written days after a strike (``heldout_real_26``):
funerals, identifications, relatives arriving, rescue work ending.

- "the same night" refers to the night of the strike told before, or to a
  night the text spoke of, not to the last day any sentence named: the day
  of a funeral, of an arrival or of the end of an identification is no night
  of a strike ("Am Donnerstag wurde der Student beerdigt. In derselben Nacht
  stürzten Trümmer ... in Iwano-Frankiwsk": the strike's night).
- a day of mourning ("Thursday, 9 October, was declared a day of mourning in
  Konotop for those killed in the overnight attack") dates no strike, and
  neither does "the overnight attack" in its clause, counted from a report
  written days later: the strike's day is the one the text gives next ("On
  the night of 8 October drones hit ..."); a clause of its own after a
  semicolon still dates its strike ("Belgorod remembers the victims of 30
  December; overnight drones attacked Bryansk").
- a reportage under a dateline may set its scene (the funeral, the church,
  the sirens) for four sentences before it tells the strike without naming
  the town, which the title and the dateline did.
- a day long before the report's, remembered at a funeral ("вспоминали 30
  декабря 2023 года, когда ... погибли 25 человек"), is an earlier strike:
  its toll is not today's;
- the day a toll rose, in a sentence naming no place and telling no weapon
  ("On Sunday two more people sought medical help and the number of injured
  rose to seven"), dates no strike: the update is today's strike's;
- a day in brackets that converts the time to another zone ("shortly before
  2am on Monday (11pm GMT on Sunday)") is no second date of the strike;
- "No-one was hurt" is nobody hurt.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import by_place


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "pl",
            "Rakieta uderzyła w blok w dzielnicy Sołomiańskiej w Kijowie we wtorek nad "
            "ranem. Zginęło sześć osób.\n\nBabcia dziewczynek przyjechała w piątek "
            "pociągiem ze Lwowa. Pogrzeb odbył się w sobotę.\n\nTej samej nocy szczątki "
            "drona spadły na dom w Browarach. Dwie osoby zostały ranne.",
            "Brovary",
        ),
        (
            "de",
            "Eine Drohne traf in der Nacht auf Dienstag ein Wohnheim in Ternopil. Zwei "
            "Menschen starben.\n\nAm Donnerstag wurde der Student beerdigt.\n\nIn "
            "derselben Nacht stürzten Trümmer einer Drohne in Iwano-Frankiwsk auf ein "
            "Wohnhaus; eine Frau wurde verletzt.",
            "Ivano-Frankivsk",
        ),
        (
            "en",
            "A missile hit a block of flats in Dnipro early on Tuesday, killing four "
            "people.\n\nThe funeral of two of the victims was held on Thursday.\n\nThe "
            "same night debris from a downed drone damaged a house in Pavlohrad. Nobody "
            "was hurt.",
            "Pavlohrad",
        ),
        (
            "uk",
            "У ніч на вівторок дрон влучив у будинок у Конотопі. Загинули двоє людей.\n\n"
            "«Він у четвер мав їхати на змагання», — каже сестра загиблої.\n\nТієї ж "
            "ночі безпілотник атакував об'єкт енергетики в Шостці. Ніхто не постраждав.",
            "Shostka",
        ),
    ],
)
def test_the_same_night_is_the_strikes_not_a_funerals(extract, language, text, place):
    # Published on Saturday 2026-02-07; the strike's night is Tuesday's.
    events = by_place(extract(text, published=date(2026, 2, 7), language=language))
    assert events[place].date == date(2026, 2, 3)


def test_the_same_night_after_a_night_told_without_a_strike(extract):
    # The night told in a sentence that sets no strike is still a night.
    events = by_place(
        extract(
            "In der Nacht auf Mittwoch heulten in Charkiw die Sirenen.\n\nAm Freitag "
            "kamen Hilfsgüter an.\n\nIn derselben Nacht schlug eine Drohne in ein Haus "
            "in Tschuhujiw ein; ein Mann wurde verletzt.",
            published=date(2026, 2, 7),
            language="de",
        )
    )
    assert events["Chuhuiv"].date == date(2026, 2, 4)


def test_the_same_day_still_takes_the_last_day_stated(extract):
    # "the same day" is no night: the last day any sentence named.
    events = by_place(
        extract(
            "A missile hit Dnipro early on Tuesday, killing four people.\n\nOn Thursday "
            "the regional governor visited the site. The same day a drone hit a farm in "
            "Pavlohrad, injuring one man.",
            published=date(2026, 2, 7),
            language="en",
        )
    )
    assert events["Pavlohrad"].date == date(2026, 2, 5)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Четвер, 9 жовтня, у Конотопі оголошено днем жалоби за загиблими внаслідок "
            "нічної атаки російських дронів.\n\nУ ніч на 8 жовтня «шахеди» влучили в "
            "багатоповерхівку на вулиці Миру. Загинули троє людей.",
        ),
        (
            "en",
            "Thursday, October 9, was declared a day of mourning in Konotop for those "
            "killed in the overnight drone attack.\n\nOn the night of October 8 Shahed "
            "drones hit a block of flats on Myru Street. Three people were killed.",
        ),
        (
            "it",
            "Giovedì 9 ottobre è stato proclamato il lutto cittadino a Konotop per le "
            "vittime dell'attacco notturno di droni.\n\nNella notte dell'8 ottobre i "
            "droni Shahed hanno colpito un palazzo in via Myru. Tre persone sono morte.",
        ),
    ],
)
def test_a_day_of_mourning_is_not_the_strikes_day(extract, language, text):
    events = by_place(
        extract("Konotop mourns\n\n" + text, published=date(2025, 10, 9), language=language)
    )
    assert events["Konotop"].date == date(2025, 10, 8)


def test_a_strike_in_its_own_clause_after_a_commemoration_keeps_its_night(extract):
    events = by_place(
        extract(
            "Белгород вспоминает жертв обстрела 30 декабря; ночью ВСУ атаковали Брянск\n\n"
            "В Белгороде почтили память жертв удара 30 декабря 2023 года.\n\nНочью "
            "беспилотники атаковали Брянск, повреждена кровля нефтебазы.",
            published=date(2024, 12, 30),
            language="ru",
        )
    )
    assert events["Bryansk"].date == date(2024, 12, 30)


@pytest.mark.parametrize(
    ("language", "sentence", "day"),
    [
        ("it", "Nella notte dell'8 ottobre i droni hanno colpito un palazzo.", date(2025, 10, 8)),
        ("it", "Nella notte dell’11 settembre un missile ha colpito il porto.", date(2025, 9, 11)),
    ],
)
def test_a_night_with_an_elided_article_is_one_date(language, sentence, day):
    from strikemap.extraction import dates

    found = dates.find_dates(sentence, date(2025, 10, 9), language)
    assert [(d.date, d.precision) for d in found] == [(day, "day")]


def test_a_reportage_tells_its_strike_after_four_sentences_of_scene(extract):
    events = by_place(
        extract(
            "Chernihiv, la nonna e il nipote: i funerali sotto le sirene\n\n"
            "CHERNIHIV — Le sirene hanno suonato due volte durante la messa. Nessuno si "
            "è alzato. Sabato mattina il prete ha benedetto due bare. La chiesa era "
            "piena.\n\nLi ha uccisi un drone Shahed caduto sul loro palazzo nella notte "
            "tra mercoledì e giovedì. I feriti sono nove.",
            published=date(2026, 3, 29),
            language="it",
        )
    )
    chernihiv = events["Chernihiv"]
    assert (chernihiv.date, chernihiv.injured) == (date(2026, 3, 26), 9)
    assert chernihiv.weapons == ["drone"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Белгород простился с погибшим\n\nВ понедельник в Белгороде похоронили "
            "мужчину, погибшего при обстреле города в субботу, 15 ноября.\n\n"
            "Белгородцы, пришедшие на прощание, вспоминали 30 декабря 2023 года, "
            "когда при обстреле центра Белгорода погибли 25 человек.",
        ),
        (
            "en",
            "Belgorod buries a victim\n\nOn Monday Belgorod buried a man killed when "
            "the city was shelled on Saturday, November 15.\n\nMourners at the funeral "
            "remembered December 30, 2023, when shelling of central Belgorod killed "
            "25 people.",
        ),
    ],
)
def test_a_strike_remembered_at_a_funeral_keeps_its_toll(extract, language, text):
    events = extract(text, published=date(2025, 11, 17), language=language)
    belgorod = {e.date: e for e in events if e.place == "Belgorod"}
    assert belgorod[date(2023, 12, 30)].killed == 25
    assert belgorod[date(2025, 11, 15)].killed != 25


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "В субботу, 15 ноября, ВСУ обстреляли Белгород из РСЗО. Сначала сообщалось о "
            "пяти раненых.\n\nВ воскресенье за медпомощью обратились ещё два человека, "
            "и число пострадавших выросло до семи.",
        ),
        (
            "en",
            "On Saturday, November 15, Ukrainian rocket launchers shelled Belgorod. Five "
            "people were initially reported injured.\n\nOn Sunday two more people sought "
            "medical help, and the number of injured rose to seven.",
        ),
    ],
)
def test_the_day_a_toll_rose_is_not_a_strike(extract, language, text):
    events = by_place(
        extract("Belgorod\n\n" + text, published=date(2025, 11, 17), language=language)
    )
    belgorod = events["Belgorod"]
    assert (belgorod.date, belgorod.injured) == (date(2025, 11, 15), 7)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Shortly before 2am on Monday (11pm GMT on Sunday) a drone slammed into a "
            "residential tower in Odesa, killing five people.",
        ),
        (
            "de",
            "Kurz vor 2 Uhr am Montag (Sonntag, 23 Uhr MEZ) schlug eine Drohne in ein "
            "Hochhaus in Odessa ein; fünf Menschen starben.",
        ),
        (
            "uk",
            "Близько 2:00 у понеділок (у неділю о 23:00 за київським часом) дрон "
            "влучив у багатоповерхівку в Одесі, загинули п'ятеро людей.",
        ),
    ],
)
def test_a_time_converted_to_another_zone_is_no_second_date(extract, language, text):
    events = by_place(extract("Odesa\n\n" + text, published=date(2026, 6, 9), language=language))
    assert events["Odesa"].date == date(2026, 6, 8)


def test_no_one_with_a_hyphen_was_hurt(extract):
    events = by_place(
        extract(
            "Chornomorsk\n\nOn Monday debris from a downed drone fell on a kindergarten "
            "in Chornomorsk. No-one was hurt, officials said.",
            published=date(2026, 6, 9),
            language="en",
        )
    )
    assert (events["Chornomorsk"].killed, events["Chornomorsk"].injured) == (0, 0)
