"""A sentence whose only strike words are weapons brought down strikes nothing,
wherever its places stand: "the explosions residents heard overnight in Voronezh
were air defences destroying drones over the city" (borderline cases of
ANNOTATION.md: explosions heard, drones shot down over a place).  Debris of "one
of them" in the next sentence is of the weapons that sentence named.  But a
missile that "s'est abattu sur" a district hit it, and "destroyed an ammunition
depot in Rodynske" is a strike."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 8, 21)

NOTHING_STRUCK = [
    (
        "en",
        "Voronezh Governor Alexander Gusev said the explosions residents heard overnight in "
        "Voronezh were air defenses destroying drones over the city and the Rossoshansky "
        "district. There was no damage, he said.",
    ),
    (
        "ru",
        "Губернатор Воронежской области Александр Гусев сообщил, что взрывы, которые ночью "
        "слышали жители Воронежа, — это работа ПВО, уничтожавшей беспилотники над городом и "
        "Россошанским районом. Повреждений нет.",
    ),
    (
        "uk",
        "Вибухи, які вночі чули мешканці Запоріжжя, — це робота ППО, що збивала дрони над "
        "містом. Пошкоджень немає.",
    ),
    (
        "de",
        "Die Explosionen, die Anwohner in Woronesch in der Nacht hörten, stammten von der "
        "Flugabwehr, die Drohnen über der Stadt und dem Bezirk Rossosch abschoss. Schäden gab "
        "es nicht.",
    ),
    (
        "fr",
        "Les explosions que les habitants de Voronej ont entendues dans la nuit étaient dues à "
        "la défense antiaérienne qui abattait des drones au-dessus de la ville. Il n'y a pas "
        "de dégâts.",
    ),
    (
        "es",
        "Las explosiones que los vecinos de Vorónezh oyeron durante la noche se debieron a la "
        "defensa antiaérea, que derribó drones sobre la ciudad. No hubo daños.",
    ),
]


@pytest.mark.parametrize(("language", "text"), NOTHING_STRUCK, ids=[c[0] for c in NOTHING_STRUCK])
def test_explosions_heard_that_were_downings_strike_nothing(extract, language, text):
    assert extract(f"News\n\n{text}", published=PUBLISHED, language=language) == []


STRIKES = [
    (
        "fr",
        "Un missile balistique russe s'est abattu mardi matin sur le quartier Kovpakivskyï de "
        "Soumy.",
        "Kovpakivskyi",
    ),
    (
        "it",
        "Il ministero della Difesa russo sostiene di aver distrutto nella notte un deposito di "
        "munizioni delle forze ucraine a Rodynske.",
        "Rodynske",
    ),
]


@pytest.mark.parametrize(("language", "text", "place"), STRIKES, ids=[c[0] for c in STRIKES])
def test_a_weapon_crashing_down_or_a_depot_destroyed_is_a_strike(extract, language, text, place):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    assert [e.place for e in events] == [place]


DEBRIS = [
    (
        "ru",
        "Ночью силы ПВО сбивали беспилотники над Днепром. Обломки одного из них упали в "
        "Самарском районе города: повреждены гараж и два автомобиля.",
    ),
    (
        "uk",
        "Вночі сили ППО збивали безпілотники над Дніпром. Уламки одного з них впали в "
        "Самарському районі міста: пошкоджено гараж і два автомобілі.",
    ),
    (
        "en",
        "Air defences shot down drones over Dnipro overnight. Debris from one of them fell in "
        "the city's Samarskyi district, damaging a garage and two cars.",
    ),
]


@pytest.mark.parametrize(("language", "text"), DEBRIS, ids=[c[0] for c in DEBRIS])
def test_debris_of_one_of_them_is_of_the_weapons_downed_before(extract, language, text):
    # A Russian glide bomb on Nikopol the same day is no weapon of Dnipro's debris.
    other = {
        "ru": "Днём россияне сбросили управляемую авиабомбу на Никополь.",
        "uk": "Вдень росіяни скинули керовану авіабомбу на Нікополь.",
        "en": "In the afternoon Russian forces dropped a guided bomb on Nikopol.",
    }[language]
    events = extract(f"News\n\n{other}\n\n{text}", published=PUBLISHED, language=language)
    samarskyi = [e for e in events if e.place == "Samarskyi"]
    assert [(e.weapons, e.interception_debris) for e in samarskyi] == [(["drone"], True)]


REPELLED = [
    (
        "en",
        "Air defenses repelled a massive attack on the Kamensky and Millerovsky districts "
        "overnight.",
    ),
    ("ru", "Ночью силы ПВО отразили атаку беспилотников на Белгород."),
    ("uk", "Сили ППО відбили атаку дронів на Київ."),
    ("de", "Die Flugabwehr wehrte einen Angriff auf Belgorod ab."),
    ("es", "La defensa antiaérea repelió un ataque contra Bélgorod durante la noche."),
]


@pytest.mark.parametrize(("language", "text"), REPELLED, ids=[c[0] for c in REPELLED])
def test_an_attack_repelled_strikes_nothing(extract, language, text):
    assert extract(f"News\n\n{text}", published=PUBLISHED, language=language) == []


def test_an_attack_repelled_whose_debris_did_damage_is_a_strike(extract):
    events = extract(
        "News\n\nAir defences repelled a drone attack on Belgorod, but debris damaged two houses.",
        published=PUBLISHED,
        language="en",
    )
    assert [(e.place, e.weapons) for e in events] == [("Belgorod", ["drone"])]
