"""A sentence that names the place only by its kind, or tells the aftermath,
still dates its strike (issue 11, phenomenon 4 and mechanism 2).

- "On Monday afternoon a guided bomb hit a school in the city", after a report
  of the night's drones on Kharkiv, is a strike of its own on Kharkiv, on
  Monday: a clause with a strike and a day of its own, and no place but "the
  city", becomes a new event of the current place when its day differs.
- "Funerals were held today for the three people killed on Monday": the
  funeral's day is the aftermath's, Monday is the strike's.

A sentence naming a place of its own ("In Dnipro air defences were at work;
no hits were recorded in the city") or only updating a toll overnight ("In
the night the mayor said the wounded in the city now number six") opens no
event of another day.
"""

from __future__ import annotations

from datetime import date

import pytest

#: A Tuesday.
PUBLISHED = date(2025, 6, 3)
MONDAY = date(2025, 6, 2)

SECOND_STRIKE = [
    (
        "en",
        "Russian drones struck Kharkiv overnight, injuring three people. On Monday afternoon "
        "a guided bomb hit a school in the city, killing one man.",
        "Kharkiv",
    ),
    (
        "uk",
        "Уночі російські дрони атакували Харків, поранено трьох людей. У понеділок вдень "
        "керована авіабомба влучила у школу в місті, загинув чоловік.",
        "Kharkiv",
    ),
    (
        "ru",
        "Ночью украинские беспилотники атаковали Белгород, ранены три человека. В понедельник "
        "днем снаряд попал в школу в городе, погиб мужчина.",
        "Belgorod",
    ),
    (
        "de",
        "In der Nacht griffen russische Drohnen Charkiw an, drei Menschen wurden verletzt. Am "
        "Montagnachmittag traf eine Gleitbombe eine Schule in der Stadt, ein Mann wurde "
        "getötet.",
        "Kharkiv",
    ),
    (
        "fr",
        "Des drones russes ont frappé Kharkiv dans la nuit, blessant trois personnes. Lundi "
        "après-midi, une bombe guidée a touché une école de la ville, tuant un homme.",
        "Kharkiv",
    ),
    (
        "pt",
        "Drones russos atacaram Kharkiv durante a noite, ferindo três pessoas. Na "
        "segunda-feira à tarde, uma bomba guiada atingiu uma escola na cidade, matando um "
        "homem.",
        "Kharkiv",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "place"), SECOND_STRIKE, ids=[c[0] for c in SECOND_STRIKE]
)
def test_the_city_struck_on_another_day_is_a_strike_of_its_own(extract, language, text, place):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    figures = {(e.place, e.date): (e.killed, e.injured) for e in events}
    assert figures == {(place, PUBLISHED): (None, 3), (place, MONDAY): (1, None)}


def test_no_hits_in_a_city_the_sentence_names_is_no_strike_there(extract):
    text = (
        "Уночі ворожий безпілотник атакував Синельниківський район, загорівся приватний "
        "будинок.\n\nУ Дніпрі в понеділок також було гучно — працювала протиповітряна оборона, "
        "влучань у місті не зафіксовано."
    )
    events = extract(f"News\n\n{text}", published=PUBLISHED, language="uk")
    assert [(e.place, e.date) for e in events] == [("Synelnykove Raion", PUBLISHED)]


def test_a_toll_updated_in_the_night_opens_no_strike_of_that_day(extract):
    text = (
        "Увечері у понеділок російська армія вдарила балістичною ракетою по Кривому Рогу, "
        "поранено чотирьох людей. Уночі голова міської ради оборони уточнив: постраждалих у "
        "місті вже шестеро."
    )
    events = extract(f"News\n\n{text}", published=PUBLISHED, language="uk")
    assert [(e.place, e.date) for e in events] == [("Kryvyi Rih", MONDAY)]


#: A Thursday, three days after the strike.
FUNERAL_DAY = date(2025, 5, 29)
STRIKE_DAY = date(2025, 5, 26)

FUNERALS = [
    (
        "en",
        "Funerals were held today in Krasnopillia for the three people killed on Monday when a "
        "Russian drone hit a minibus at the entrance to the village.",
    ),
    (
        "it",
        "Si sono svolti oggi a Krasnopillia, nella regione di Sumy, i funerali delle tre persone "
        "uccise lunedì da un drone russo che ha colpito un minibus all'ingresso del paese.",
    ),
    (
        "fr",
        "Les obsèques des trois personnes tuées lundi par un drone russe qui a frappé un minibus "
        "à Krasnopillia ont eu lieu aujourd'hui.",
    ),
    (
        "uk",
        "Сьогодні у Краснопіллі поховали трьох людей, загиблих у понеділок внаслідок удару "
        "російського дрона по мікроавтобусу.",
    ),
    (
        "de",
        "In Krasnopillja wurden heute die drei Menschen beigesetzt, die am Montag bei einem "
        "russischen Drohnenangriff auf einen Kleinbus getötet wurden.",
    ),
]


@pytest.mark.parametrize(("language", "text"), FUNERALS, ids=[c[0] for c in FUNERALS])
def test_a_funeral_dates_the_strike_by_the_day_of_the_deaths(extract, language, text):
    events = extract(f"News\n\n{text}", published=FUNERAL_DAY, language=language)
    assert [(e.place, e.date) for e in events] == [("Krasnopillia", STRIKE_DAY)]
