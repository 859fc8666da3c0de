"""A town opening a sentence as the subject of a passive strike ("Isjum wurde mit
Artillerie angegriffen", "Ізюм знову потрапив під обстріл") is struck, though a
small place matched only by a sentence's first word is otherwise taken for an
ordinary capitalised word (issue 11, phenomenon 1)."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places

SENTENCES = [
    ("en", "Attacks in the east\n\nIzium was attacked with artillery overnight."),
    ("de", "Angriffe im Osten\n\nIsjum wurde in der Nacht mit Artillerie angegriffen."),
    ("de", "Angriffe im Osten\n\nIsjum geriet am Montag erneut unter Beschuss."),
    ("de", "Angriffe im Osten\n\nIsjum wurde mit Raketen- und Drohnenangriffen überzogen."),
    ("uk", "Обстріли на Харківщині\n\nІзюм знову потрапив під обстріл."),
    ("ru", "Обстрелы Харьковщины\n\nИзюм вновь попал под обстрел."),
    ("ru", "Обстрелы Харьковщины\n\nИзюм подвергся массированному обстрелу."),
    ("pl", "Ataki na wschodzie\n\nIzium został w nocy ostrzelany."),
    ("fr", "Attaques dans l'est\n\nIzioum a été bombardée dans la nuit."),
    ("es", "Ataques en el este\n\nIzium fue atacada con drones durante la noche."),
    ("it", "Attacchi nell'est\n\nIzium è stata colpita da droni durante la notte."),
    ("pt", "Ataques no leste\n\nIzium foi atacada por drones durante a noite."),
]


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_a_town_opening_a_passive_strike_is_struck(extract, lang, text):
    assert places(extract(text, published=TUESDAY, language=lang)) == {"Izium"}


def test_a_town_opening_a_sentence_without_a_strike_on_it_stays_unstruck(extract):
    # "Isjum" opens a sentence about a speaker's report, not a strike on it.
    events = extract(
        "Angriffe im Osten\n\nIsjum meldete am Montag Stromausfälle nach Angriffen auf Charkiw.",
        published=TUESDAY,
        language="de",
    )
    assert "Izium" not in places(events)
