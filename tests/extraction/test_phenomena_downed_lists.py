"""Issue 11, phenomenon 1: drones downed over a long list of regions or towns.

However long the list after "over" ("над Харківською, Полтавською, ...
областями", "über Charkiw, Poltawa, ..."), its places were not struck; and
Polish regions named by a "-cki" adjective ("w obwodzie donieckim") are read.
"""

from __future__ import annotations

import pytest
from phenomena import MONDAY, TUESDAY, by_place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Збиті дрони\n\nУ понеділок російський дрон влучив у будинок у Борисполі, загинув "
            "чоловік. Сили ППО збили 82 дрони над Харківською, Полтавською, Сумською, "
            "Чернігівською, Черкаською, Житомирською, Вінницькою та Миколаївською областями.",
        ),
        (
            "ru",
            "Сбитые дроны\n\nВ понедельник российский беспилотник попал в дом в Борисполе, погиб "
            "мужчина. Силы ПВО сбили 82 дрона над Харьковской, Полтавской, Сумской, "
            "Черниговской, Черкасской, Житомирской, Винницкой и Николаевской областями.",
        ),
        (
            "de",
            "Drohnen abgeschossen\n\nAm Montag traf eine russische Drohne ein Haus in Boryspil, "
            "ein Mann wurde getötet. Die Flugabwehr schoss 82 Drohnen über Charkiw, Poltawa, "
            "Sumy, Tschernihiw, Tscherkassy, Schytomyr, Winnyzja und Mykolajiw ab.",
        ),
    ],
)
def test_places_of_a_long_list_drones_were_downed_over_are_not_struck(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert [(e.place, e.date, e.killed) for e in events] == [("Boryspil", MONDAY, 1)]


@pytest.mark.parametrize(
    ("text", "region", "killed"),
    [
        (
            "Ostrzał obwodu donieckiego\n\nW poniedziałek w obwodzie donieckim zginęły dwie osoby.",
            "Donetsk Oblast",
            2,
        ),
        (
            "Ostrzał obwodu biełgorodzkiego\n\nW poniedziałek w obwodzie biełgorodzkim zginęła "
            "jedna osoba.",
            "Belgorod Oblast",
            1,
        ),
    ],
)
def test_polish_regions_named_by_a_cki_or_zki_adjective(extract, text, region, killed):
    event = by_place(extract(text, published=TUESDAY, language="pl"))[region]
    assert (event.date, event.killed) == (MONDAY, killed)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Drones downed across Ukraine\n\nA Russian drone hit a house in Boryspil on Monday, "
            "killing a man. Air defence shot down 82 drones in the Kharkiv, Poltava, Sumy, "
            "Chernihiv, Cherkasy, Zhytomyr, Vinnytsia, Mykolaiv and Kherson regions.",
        ),
        (
            "pl",
            "Drony nad Ukrainą\n\nW poniedziałek rosyjski dron uderzył w dom w Boryspolu, zginął "
            "mężczyzna. Siły Powietrzne potwierdziły zestrzelenie 82 dronów w obwodach "
            "charkowskim, połtawskim, sumskim, czernihowskim, czerkaskim, żytomierskim, "
            "winnickim, mikołajowskim i chersońskim.",
        ),
        (
            "uk",
            "Збиті дрони\n\nУ понеділок російський дрон влучив у будинок у Борисполі, загинув "
            "чоловік. Повітряні сили повідомили, що збито 82 дрони у Харківській, Полтавській, "
            "Сумській, Чернігівській, Черкаській, Житомирській, Вінницькій, Миколаївській та "
            "Херсонській областях.",
        ),
    ],
)
def test_regions_drones_were_downed_in_are_not_struck(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert [(e.place, e.date, e.killed) for e in events] == [("Boryspil", MONDAY, 1)]
