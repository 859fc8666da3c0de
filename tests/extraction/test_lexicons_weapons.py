"""Weapon mentions: categories, canonical models, air defence and debris."""

from __future__ import annotations

import pytest
from strikemap.extraction.weapons import event_categories, find_weapons, is_debris


def _strike(sentence: str, lang: str = "en"):
    """(category, model) of the strike-weapon mentions of a sentence."""
    return [(m.category, m.model) for m in find_weapons(sentence, lang) if not m.air_defence]


@pytest.mark.parametrize(
    ("sentence", "lang", "model", "category"),
    [
        ("Two Kh-101 missiles were fired.", "en", "Kh-101", "missile"),
        ("It was an X-101 missile.", "en", "Kh-101", "missile"),
        ("Ракета Х-101 влучила в будинок.", "uk", "Kh-101", "missile"),  # Cyrillic Х
        ("Удар нанесли ракетой Х-22.", "ru", "Kh-22", "missile"),
        ("An X-38 air-to-surface missile hit a market.", "en", "Kh-38", "missile"),
        ("A Kh-59 was launched from a jet.", "en", "Kh-59", "missile"),
        ("Kalibr missiles were fired from the sea.", "en", "Kalibr", "missile"),
        ("З моря випустили «Калібри».", "uk", "Kalibr", "missile"),
        ("An Iskander-M ballistic missile hit the port.", "en", "Iskander-M", "missile"),
        ("An Iskander-K cruise missile hit the port.", "en", "Iskander-K", "missile"),
        ("An Iskander hit the port.", "en", "Iskander", "missile"),
        ("Rosjanie użyli rakiety Iskander-M.", "pl", "Iskander-M", "missile"),
        ("A KN-23 missile struck the city.", "en", "KN-23", "missile"),
        ("A Kinzhal hypersonic missile was used.", "en", "Kinzhal", "missile"),
        ("Ракета «Кинджал» вдарила по аеродрому.", "uk", "Kinzhal", "missile"),
        ("A Zircon missile struck Kyiv.", "en", "Zircon", "missile"),
        ("Onyx missiles hit the coast.", "en", "Onyx", "missile"),
        ("Tochka-U missiles hit the station.", "en", "Tochka-U", "missile"),
        ("Shahed-136 drones attacked the city.", "en", "Shahed-136", "drone"),
        ("Shahed drones attacked the city.", "en", "Shahed-136", "drone"),
        ("Geran-2 drones hit an oil depot.", "en", "Shahed-136", "drone"),
        ("Герани атаковали объект.", "ru", "Shahed-136", "drone"),
        ("KAB-500 bombs hit the town.", "en", "KAB-500", "glide_bomb"),
        ("Окупанти скинули КАБ на село.", "uk", "KAB", "glide_bomb"),
        ("A FAB-1500 with a UMPK kit hit the town.", "en", "FAB-1500", "glide_bomb"),
        ("Grad rockets hit the village.", "en", "Grad", "artillery"),
        ("Smerch launchers fired at the town.", "en", "Smerch", "artillery"),
        ("Uragan rockets struck the suburbs.", "en", "Uragan", "artillery"),
        ("HIMARS rockets hit a depot.", "en", "HIMARS", "artillery"),
        ("Vilkha rockets hit a depot.", "en", "Vilkha", "artillery"),
        ("Czech-made Vampire rockets hit the city.", "en", "Vampire", "artillery"),
        ("ATACMS missiles hit an airfield.", "en", "ATACMS", "missile"),
        ("Storm Shadow missiles hit a plant.", "en", "Storm Shadow", "missile"),
        ("A Neptune missile hit a ship.", "en", "Neptune", "missile"),
        ("Lyutyi drones hit a refinery.", "en", "Lyutyi", "drone"),
        ("Two S-300 missiles hit a tram depot.", "en", "S-300", "missile"),
        ("Due missili S-300 hanno colpito un deposito.", "it", "S-300", "missile"),
    ],
)
def test_models(sentence, lang, model, category):
    assert (category, model) in _strike(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "category"),
    [
        ("A cruise missile hit the plant.", "en", "missile"),
        ("Kamikaze drones struck the port.", "en", "drone"),
        ("An attack drone hit a house.", "en", "drone"),
        ("UAVs attacked the refinery.", "en", "drone"),
        ("Guided aerial bombs hit the centre.", "en", "glide_bomb"),
        ("Glide bombs hit the centre.", "en", "glide_bomb"),
        ("Mortar fire hit the village.", "en", "artillery"),
        ("An airstrike destroyed the school.", "en", "air_strike"),
        ("Air strikes destroyed the school.", "en", "air_strike"),
        ("Ракета влучила в будинок.", "uk", "missile"),
        ("Безпілотник атакував підстанцію.", "uk", "drone"),
        ("Керована авіабомба влучила в будинок.", "uk", "glide_bomb"),
        ("Ракета попала в дом.", "ru", "missile"),
        ("Беспилотник атаковал подстанцию.", "ru", "drone"),
        ("БПЛА атаковали Краснодар.", "ru", "drone"),
        ("Авиаудар разрушил школу.", "ru", "air_strike"),
        ("Rakieta spadła na teatr.", "pl", "missile"),
        ("Dron uderzył w budynek.", "pl", "drone"),
        ("Bomba szybująca trafiła w blok.", "pl", "glide_bomb"),
        ("Un misil impactó contra un edificio.", "es", "missile"),
        ("Un dron atacó la central.", "es", "drone"),
        ("Un missile ha colpito un palazzo.", "it", "missile"),
        ("Un drone ha colpito la centrale.", "it", "drone"),
        ("Una bomba guidata ha colpito il centro.", "it", "glide_bomb"),
    ],
)
def test_generic_words(sentence, lang, category):
    assert category in [c for c, _ in _strike(sentence, lang)]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Russian shelling hit the market.", "en"),
        ("Обстріл пошкодив будинки.", "uk"),
        ("Обстрел повредил дома.", "ru"),
        ("Ostrzał uszkodził domy.", "pl"),
        ("Il bombardamento ha distrutto le case.", "it"),
    ],
)
def test_shelling_is_generic_artillery(sentence, lang):
    mentions = [m for m in find_weapons(sentence, lang) if m.category == "artillery"]
    assert mentions and all(m.generic for m in mentions)


@pytest.mark.parametrize(
    ("sentence", "model"),
    [
        ("Patriot systems shot down a Kinzhal.", "Patriot"),
        ("IRIS-T units destroyed the drones.", "IRIS-T"),
        ("NASAMS intercepted three cruise missiles.", "NASAMS"),
        ("A Pantsir battery fired at the drones.", "Pantsir"),
        ("S-300 air defence systems shot down two drones.", "S-300"),
    ],
)
def test_air_defence_is_never_a_strike_weapon(sentence, model):
    mentions = find_weapons(sentence, "en")
    defence = [m for m in mentions if m.model == model]
    assert defence and all(m.air_defence for m in defence)


def test_interceptors_and_air_defence_words():
    mentions = find_weapons("Air defence forces used interceptor missiles over the city.", "en")
    assert mentions and all(m.air_defence for m in mentions)
    assert event_categories(mentions) == []


def test_s300_fired_at_ground_is_a_missile():
    (mention,) = [m for m in find_weapons("An S-300 missile hit a school.", "en") if m.model]
    assert mention.model == "S-300" and not mention.air_defence


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Debris of a downed drone fell on a house.", "en"),
        ("Wreckage of an intercepted missile damaged cars.", "en"),
        ("Уламки збитого безпілотника впали на дах.", "uk"),
        ("Обломки беспилотника упали на территорию завода.", "ru"),
        ("Szczątki drona spadły na dom.", "pl"),
    ],
)
def test_debris_of_interception(sentence, lang):
    assert is_debris(sentence, lang)
    drones = [m for m in find_weapons(sentence, lang) if m.category in ("drone", "missile")]
    assert drones and all(m.debris for m in drones)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers searched the debris for survivors.",
        "Rescuers searched the debris after the building fell.",
        "Metal fragments and missile debris were recovered near the impact site.",
    ],
)
def test_rubble_and_remains_of_a_hit_are_not_interception_debris(sentence):
    assert not is_debris(sentence, "en")


def test_falling_debris_is_interception_debris():
    assert is_debris("Falling debris damaged a house in the east of the city.", "en")


def test_air_raid_alert_is_not_a_strike():
    assert _strike("An air raid alert sounded at noon.") == []


def test_hail_is_not_grad():
    # Lower-case Russian "град" is hail, not the MLRS.
    assert _strike("Вчера прошёл сильный град.", "ru") == []


def test_specific_weapon_beats_loose_word_in_sentence():
    # "shelled" is used loosely for a missile strike here.
    cats = {c for c, _ in _strike("Rosjanie ostrzelali miasto, rakieta spadła na teatr.", "pl")}
    assert cats == {"missile"}


def test_rockets_after_mlrs_model_are_artillery():
    cats = {c for c, _ in _strike("Vampire rockets hit the centre.")}
    assert cats == {"artillery"}


def test_event_categories():
    mentions = [
        *find_weapons("Air strikes hit the capital.", "en"),
        *find_weapons("Missiles and drones hit the capital.", "en"),
    ]
    assert event_categories(mentions) == ["missile", "drone"]
    loose = [
        *find_weapons("The shelling went on all day.", "en"),
        *find_weapons("One of the rockets hit a shop.", "en"),
    ]
    assert event_categories(loose) == ["artillery"]


def test_aircraft_is_a_loose_air_strike_word():
    mentions = find_weapons("Russian aircraft struck the town.", "en")
    assert [(m.category, m.generic) for m in mentions] == [("air_strike", True)]
    assert event_categories(find_weapons("Aircraft dropped guided bombs.", "en")) == ["glide_bomb"]
