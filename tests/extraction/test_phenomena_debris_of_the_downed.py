"""Issue 11 (places named but not struck), read in real wire copy from Russian regions:
"Debris from a drone destroyed over X fell on homes and killed three people" gave no
event, as if X were only where the drone was shot down.  Under ANNOTATION.md, debris
that falls and does harm is a hit on the place (`interception_debris`): when the
sentence's subject is the debris of the weapon downed over the place and the debris
did harm, the place is struck.  Drones shot down over a place with nothing harmed stay
interceptions."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place, places


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "Drone debris kills three\n\nDebris from a drone shot down over Belgorod fell on "
            "two homes overnight and killed three people, the governor said.",
            "Belgorod",
        ),
        (
            "ru",
            "Обломки дрона убили троих\n\nОбломки беспилотника, сбитого над Белгородом, "
            "упали ночью на два жилых дома, погибли три человека, сообщил губернатор.",
            "Belgorod",
        ),
        (
            "uk",
            "Уламки дрона вбили трьох\n\nУламки дрона, збитого над Києвом, вночі впали на "
            "житловий будинок, загинули троє людей, повідомив мер.",
            "Kyiv",
        ),
        (
            "it",
            "Detriti di un drone uccidono tre persone\n\nI detriti di un drone abbattuto "
            "sopra Belgorod sono caduti nella notte su due case, uccidendo tre persone.",
            "Belgorod",
        ),
        (
            "pl",
            "Szczątki drona zabiły trzy osoby\n\nSzczątki drona zestrzelonego nad "
            "Biełgorodem spadły w nocy na dwa domy, zginęły trzy osoby.",
            "Belgorod",
        ),
    ],
)
def test_debris_of_a_drone_downed_over_a_place_that_kills_there_is_a_hit(
    extract, lang, text, place
):
    events = by_place(extract(text, published=TUESDAY, language=lang))
    assert place in events
    assert events[place].killed == 3
    assert events[place].weapons == ["drone"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Drones downed\n\nDebris from drones shot down over Kursk and Bryansk was found "
            "in fields, the ministry said.",
        ),
        (
            "ru",
            "Беспилотники сбиты\n\nОбломки беспилотников, сбитых над Курском и Брянском, "
            "нашли в поле, сообщили в министерстве.",
        ),
        (
            "pl",
            "Drony zestrzelone\n\nSzczątki dronów zestrzelonych nad Kurskiem i Briańskiem "
            "znaleziono na polu, podało ministerstwo.",
        ),
    ],
)
def test_debris_found_in_a_field_harms_nothing(extract, lang, text):
    assert places(extract(text, published=TUESDAY, language=lang)) == set()


def test_german_victims_after_a_house_in_the_genitive_are_counted(extract):
    events = extract(
        "Angriff auf Charkiw\n\n"
        "In Charkiw sind zwei Menschen durch Trümmer eines Hauses verletzt worden, nachdem "
        "eine Drohne eingeschlagen war.",
        published=TUESDAY,
        language="de",
    )
    assert {e.place: e for e in events}["Kharkiv"].injured == 2


def test_german_drones_downed_over_a_city_beside_a_hit_elsewhere(extract):
    events = extract(
        "Drohnenangriff\n\n"
        "Über Kiew wurden zehn Drohnen abgeschossen, in Charkiw wurden zwei Menschen "
        "verletzt.",
        published=TUESDAY,
        language="de",
    )
    assert {e.place for e in events} == {"Kharkiv"}
