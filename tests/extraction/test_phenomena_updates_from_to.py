"""A toll update that gives the old and the new figure ("the number of injured
rose from four to six", "passé de quatre à six", "зросла з чотирьох до шести")
is the new figure; and a French spelling with ou for u ("Kremenchouk") finds
its town."""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import by_place

PUBLISHED = date(2025, 4, 29)

CASES = [
    ("en", "The number of injured rose from four to six, the governor said."),
    ("fr", "Le nombre de blessés est passé de quatre à six, indique le gouverneur."),
    ("de", "Die Zahl der Verletzten stieg von vier auf sechs."),
    ("it", "Il numero dei feriti è salito da quattro a sei."),
    ("es", "El número de heridos pasó de cuatro a seis."),
    ("pt", "O número de feridos passou de quatro para seis."),
    ("pl", "Liczba rannych wzrosła z czterech do sześciu."),
    ("ru", "Число раненых выросло с четырех до шести."),
    ("uk", "Кількість поранених зросла з чотирьох до шести."),
]
STRIKE = {
    "en": "A missile hit Kremenchuk overnight. ",
    "fr": "Un missile a touché Kremenchouk cette nuit. ",
    "de": "Eine Rakete traf in der Nacht Krementschuk. ",
    "it": "Un missile ha colpito Kremenchuk nella notte. ",
    "es": "Un misil impactó en Kremenchuk esta noche. ",
    "pt": "Um míssil atingiu Kremenchuk esta noite. ",
    "pl": "Rakieta uderzyła w nocy w Krzemieńczuk. ",
    "ru": "Ракета ночью попала в Кременчуг. ",
    "uk": "Ракета вночі влучила в Кременчук. ",
}


@pytest.mark.parametrize(("language", "update"), CASES, ids=[c[0] for c in CASES])
def test_an_update_from_one_figure_to_another_gives_the_new_one(extract, language, update):
    events = extract(STRIKE[language] + update, published=PUBLISHED, language=language)
    assert by_place(events)["Kremenchuk"].injured == 6
