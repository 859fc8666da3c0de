"""A city's case form that is also a village's name, and a preposition opening a sentence.

"во Львове" is Lviv in the Russian locative, although Lvove is also a Ukrainian
village's own name; "Покровське" and "Кірове" are villages in their own right
and stay so.  A capitalised preposition ("Во", "Из", "Od") opening a sentence
does not make the place after it part of a longer name.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places


@pytest.mark.parametrize(
    "text",
    [
        "Ракета попала во Львов\n\nНочью ракета попала в склад во Львове, ранены трое.",
        "Ракетный удар ночью\n\nНочью была атака. Во Львове ракета попала в склад, ранены трое.",
    ],
)
def test_russian_locative_of_lviv_is_lviv_not_the_village_lvove(extract, text):
    events = extract(text, published=TUESDAY, language="ru")
    assert places(events) == {"Lviv"}


def test_ukrainian_village_named_like_a_case_form_stays_the_village(extract):
    events = extract(
        "Обстріл Кірового\n\nУночі росіяни обстріляли село Кірове, пошкоджено будинки.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events) == {"Kirove"}


def test_ukrainian_neuter_village_is_not_the_city_of_its_stem(extract):
    events = extract(
        "Обстріл громади\n\nУночі росіяни обстріляли Покровське, поранено двох людей.",
        published=TUESDAY,
        language="uk",
    )
    assert places(events) == {"Pokrovske"}


def test_a_capitalised_preposition_opening_a_sentence_is_no_part_of_a_name(extract):
    events = extract(
        "Атака ночью\n\nНочью была атака. Во Владимире ракета попала в склад, ранены двое.",
        published=TUESDAY,
        language="ru",
    )
    assert places(events) == {"Vladimir"}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("uk", "Обстріл Марганця\n\nУ Марганці поранено жінку, пошкоджено будинки.", "Marhanets"),
        ("uk", "Удар по Кременцю\n\nРакета влучила в Кременці у склад, є поранені.", "Kremenets"),
        ("ru", "Обстрел Марганца\n\nВ Марганце ранена женщина, повреждены дома.", "Marhanets"),
        ("ru", "Удар по Марганцу\n\nДрон атаковал Марганец, ранены двое.", "Marhanets"),
    ],
)
def test_a_town_in_ets_is_found_without_its_fleeting_e(extract, lang, text, place):
    """Towns in -ець/-ец drop the e in every other case (Марганець: у Марганці,
    Марганця; Марганец: в Марганце), which read in real reports lost the town."""
    assert places(extract(text, published=TUESDAY, language=lang)) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Удар по Волині\n\nВорожий безпілотник атакував підстанцію в Ковелі, поранено двох.",
            "Kovel",
        ),
        ("Атака на Рязань\n\nУ Рязані уламки дрона пошкодили будинок, поранено двох.", "Ryazan"),
    ],
)
def test_ukrainian_locative_of_a_soft_stem_town(extract, text, place):
    # Ковель, Рязань: the locative "у Ковелі" drops the soft sign.
    events = extract(text, published=TUESDAY, language="uk")
    assert [(e.place, e.injured) for e in events] == [(place, 2)]
