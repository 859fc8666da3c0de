""" "Moscou n'a pas commenté", "Kijów oskarża Moskwę": a capital that speaks.

A capital standing for its government is not struck (issue 11, phenomenon
1).  Wire copy in every language has it deny, accuse, ask, comment or not
comment; the verbs of each language's ``speaker_verbs`` slot say so.  The
reverse holds too: in an inverted sentence the verb has its own subject
after it ("Про влучання в Харкові повідомив мер", "Удар по Белгороду
подтвердил губернатор"), so the city before the verb is the one struck, not
the one speaking.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import by_place

PUBLISHED = date(2025, 6, 2)

LEADS = {
    "en": "A Russian drone attack hit Kharkiv on Monday evening, injuring five people.",
    "de": "Ein russischer Drohnenangriff traf Charkiw am Montagabend, fünf Verletzte.",
    "fr": "Une attaque russe de drones a frappé Kharkiv lundi soir, blessant cinq personnes.",
    "es": "Un ataque ruso con drones alcanzó Járkov el lunes e hirió a cinco personas.",
    "it": "Un attacco russo con droni ha colpito Kharkiv lunedì sera, ferendo cinque persone.",
    "pt": "Um ataque russo com drones atingiu Kharkiv na segunda-feira, ferindo cinco pessoas.",
    "pl": "Rosyjski atak dronów uderzył w Charków w poniedziałek, pięć osób zostało rannych.",
    "uk": "Російські дрони атакували Харків у понеділок увечері, поранено п'ятьох людей.",
    "ru": "Российские дроны атаковали Харьков в понедельник вечером, ранены пять человек.",
}

SPEAKING = [
    ("de", "Moskau äußerte sich nicht zu dem Angriff auf Charkiw.", "Moscow"),
    ("fr", "Moscou n'a pas commenté l'attaque contre Kharkiv.", "Moscow"),
    ("fr", "Kiev accuse Moscou de viser délibérément les infrastructures.", "Kyiv"),
    ("es", "Moscú no ha comentado el ataque contra Járkov.", "Moscow"),
    ("it", "Mosca non ha commentato l'attacco su Kharkiv.", "Moscow"),
    ("pt", "Moscou não comentou o ataque a Kharkiv.", "Moscow"),
    ("pl", "Oficjalnie Kijów nie skomentował ataku na Moskwę.", "Kyiv"),
    ("pl", "Moskwa oskarża Kijów o terroryzm, Kijów odpowiada, że uderza w rafinerie.", "Kyiv"),
    ("uk", "Москва не коментувала атаку на Харків.", "Moscow"),
    ("ru", "Киев не комментировал удар по Белгороду.", "Kyiv"),
]


@pytest.mark.parametrize(("language", "text", "capital"), SPEAKING)
def test_a_capital_that_speaks_is_not_struck(extract, language, text, capital):
    article = f"News\n\n{LEADS[language]} {text}"
    events = by_place(extract(article, published=PUBLISHED, language=language))
    assert "Kharkiv" in events
    assert capital not in events


INVERTED = [
    ("uk", "Про влучання дрона в Харкові повідомив мер Ігор Терехов, поранено двох.", "Kharkiv"),
    ("ru", "Об ударе по Харькову сообщил мэр Игорь Терехов, ранены два человека.", "Kharkiv"),
    ("ru", "Удар по Белгороду подтвердил губернатор, ранены два человека.", "Belgorod"),
    ("pl", "O ataku dronów na Charków poinformował mer miasta, dwie osoby są ranne.", "Kharkiv"),
]


@pytest.mark.parametrize(("language", "text", "place"), INVERTED)
def test_the_subject_after_the_verb_speaks_not_the_city(extract, language, text, place):
    events = by_place(extract(f"News\n\n{text}", published=PUBLISHED, language=language))
    assert events[place].injured == 2
