"""Issue 11, phenomenon 1: places named but not struck.

Explosions only heard, drones only flying over, and two capitals named
together as the two sides of the war are no strikes on those places.
"""

from __future__ import annotations

import pytest
from phenomena import MONDAY, TUESDAY, places


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Drone attack on Kharkiv\n\nRussian drones hit a warehouse in Kharkiv overnight, "
            "the governor said. Explosions could also be heard in Poltava and Sumy, local media "
            "reported.",
        ),
        (
            "fr",
            "Attaque de drones sur Kharkiv\n\nDes drones russes ont frappé un entrepôt à Kharkiv "
            "dans la nuit. Des explosions se sont également fait entendre à Poltava et Soumy.",
        ),
        (
            "ru",
            "Атака дронов на Харьков\n\nНочью российские дроны попали в склад в Харькове. "
            "Взрывы также прогремели в Полтаве и Сумах, сообщают местные СМИ.",
        ),
        (
            "de",
            "Drohnenangriff auf Charkiw\n\nIn der Nacht trafen russische Drohnen ein Lager in "
            "Charkiw. Explosionen waren in der Nacht auch in Poltawa und Sumy zu hören.",
        ),
        (
            "uk",
            "Атака дронів на Харків\n\nУночі російські дрони влучили у склад у Харкові. "
            "Пролунали вибухи також у Полтаві та Сумах.",
        ),
    ],
)
def test_explosions_only_heard_elsewhere_strike_nothing_there(extract, lang, text):
    assert places(extract(text, published=TUESDAY, language=lang)) == {"Kharkiv"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Drone strike on Odesa port\n\nA Russian drone hit a grain terminal in Odesa on "
            "Monday, wounding a guard. Since February 2022, Moscow and Kyiv have both relied "
            "heavily on long-range drones.",
        ),
        (
            "de",
            "Drohnenangriff auf Odessa\n\nEine russische Drohne hat am Montag ein Getreideterminal "
            "in Odessa getroffen. Seit Beginn der Invasion, Moskau und Kiew setzen beide "
            "verstärkt auf Drohnen.",
        ),
        (
            "fr",
            "Frappe de drone sur Odessa\n\nUn drone russe a frappé lundi un terminal céréalier à "
            "Odessa. Depuis le début de l'invasion, Moscou et Kiev ont tous deux multiplié les "
            "attaques de drones.",
        ),
        (
            "pl",
            "Atak drona na Odessę\n\nRosyjski dron trafił w poniedziałek w terminal zbożowy w "
            "Odessie. Od początku inwazji Moskwa i Kijów stale rozbudowują swoje floty dronów "
            "bojowych.",
        ),
    ],
)
def test_two_capitals_named_as_the_two_sides_are_not_struck(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert [(e.place, e.date) for e in events] == [("Odesa", MONDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Raketen auf Charkiw\n\nIn der Nacht hat eine russische Rakete ein Wohnhaus in Charkiw "
        "getroffen. Nachdem Soldaten bei einem Angriff getötet worden waren, hat Kiew eine "
        "Untersuchung eingeleitet.",
        "Raketen auf Charkiw\n\nIn der Nacht hat eine russische Rakete ein Wohnhaus in Charkiw "
        "getroffen. Weil der Angriff Zivilisten getötet hatte, kündigte Moskau Vergeltung an.",
    ],
)
def test_german_capital_after_the_verb_of_its_main_clause_is_its_government(extract, text):
    assert places(extract(text, published=TUESDAY, language="de")) == {"Kharkiv"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Drones over Moscow region\n\nA drone hit a house in Kolomna overnight, killing one "
            "man, the governor said. A week earlier, Ukrainian drones flew over the outskirts of "
            "Moscow on Feb. 23.",
        ),
        (
            "pl",
            "Drony nad obwodem moskiewskim\n\nDron uderzył w nocy w dom w Kołomnie, zginął jeden "
            "mężczyzna. Tydzień wcześniej, 23 lutego, ukraińskie drony przeleciały nad okolicami "
            "Moskwy.",
        ),
        (
            "ru",
            "Дроны над Подмосковьем\n\nНочью беспилотник попал в жилой дом в Коломне, погиб "
            "мужчина. Неделей ранее, 23 февраля, украинские дроны пролетели над окрестностями "
            "Москвы.",
        ),
    ],
)
def test_drones_only_flying_over_a_city_strike_nothing_there(extract, lang, text):
    assert places(extract(text, published=TUESDAY, language=lang)) == {"Kolomna"}
