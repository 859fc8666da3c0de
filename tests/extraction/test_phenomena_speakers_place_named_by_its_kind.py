"""Where the speaker is, when the strike words name that place by its kind.

"Police in Kharkiv said drones hit the city": the city is Kharkiv, struck,
though Kharkiv itself is only named as where the police are.  An official of a
region who says "the city" speaks of the region's city of the same name
("Odesa governor Oleh Kiper said … an attack on the city" is Odesa, not Odesa
Oblast).  A country named as where the speakers are ("Prosecutors in Ukraine
said that …") is no place a toll after it is told for.
"""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 11, 9)

SPEAKERS = [
    ("en", "Police in Kharkiv said three people were injured when drones hit the city overnight."),
    (
        "fr",
        "La police de Kharkiv a indiqué que trois personnes avaient été blessées lorsque des "
        "drones ont frappé la ville dans la nuit.",
    ),
    (
        "de",
        "Die Polizei in Charkiw teilte mit, dass drei Menschen verletzt wurden, als Drohnen "
        "die Stadt in der Nacht trafen.",
    ),
    (
        "es",
        "La policía de Járkov informó de que tres personas resultaron heridas cuando drones "
        "atacaron la ciudad durante la noche.",
    ),
    (
        "it",
        "La polizia di Kharkiv ha riferito che tre persone sono rimaste ferite quando i droni "
        "hanno colpito la città nella notte.",
    ),
    (
        "uk",
        "У поліції Харкова повідомили, що троє людей поранені, коли дрони атакували місто вночі.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_the_city_where_the_speakers_are_is_the_city_struck(extract, language, text):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    assert [(e.place, e.level, e.injured, e.weapons) for e in events] == [
        ("Kharkiv", "city", 3, ["drone"])
    ]


OFFICIALS = [
    (
        "en",
        "Odesa governor Oleh Kiper said a woman was killed in an overnight attack on the city.",
    ),
    (
        "es",
        "El gobernador de Odesa, Oleh Kiper, informó de que una mujer murió en un ataque "
        "nocturno contra la ciudad.",
    ),
    (
        "it",
        "Il governatore di Odessa, Oleh Kiper, ha detto che una donna è morta in un attacco "
        "notturno contro la città.",
    ),
]


@pytest.mark.parametrize(("language", "text"), OFFICIALS, ids=[c[0] for c in OFFICIALS])
def test_a_governor_speaking_of_the_city_means_the_city(extract, language, text):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    assert [(e.place, e.level, e.killed) for e in events] == [("Odesa", "city", 1)]


def test_a_governor_speaking_of_the_region_means_the_region(extract):
    events = extract(
        "News\n\nOdesa governor Oleh Kiper said a woman was killed in an overnight attack on "
        "the region.",
        published=PUBLISHED,
        language="en",
    )
    assert [(e.place, e.level, e.killed) for e in events] == [("Odesa Oblast", "region", 1)]


def test_a_capital_speaking_of_strikes_elsewhere_is_not_struck(extract):
    events = extract(
        "News\n\nKyiv said Russian missiles hit energy facilities overnight.",
        published=PUBLISHED,
        language="en",
    )
    assert events == []


COUNTRIES = [
    (
        "en",
        "Prosecutors in Ukraine said that a woman was killed in an overnight Russian attack on "
        "Odesa.",
    ),
    (
        "it",
        "La procura in Ucraina ha riferito che una donna è stata uccisa in un attacco russo "
        "notturno su Odessa.",
    ),
    ("uk", "Прокурори в Україні заявили, що внаслідок нічної атаки на Одесу загинула жінка."),
]


@pytest.mark.parametrize(("language", "text"), COUNTRIES, ids=[c[0] for c in COUNTRIES])
def test_a_country_where_the_speakers_are_does_not_take_the_toll(extract, language, text):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    assert [(e.place, e.killed) for e in events] == [("Odesa", 1)]
