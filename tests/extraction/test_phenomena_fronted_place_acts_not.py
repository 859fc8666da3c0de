"""A place after "in" opening a German sentence is where the strike was, not who struck.

German puts the verb second: "In Kramatorsk hat die russische Armee am Morgen
mit Raketenwerfern angegriffen" fronts the place and leaves the subject after
"hat".  Read as "Kiew hat … angegriffen" (a capital that acts, issue 11,
phenomenon 1), the town was lost.  A place with a locative preposition before
it never acts; a capital without one still does.  And a Raketenwerfer is a
rocket launcher, artillery, not a missile.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import by_place, places

PUBLISHED = date(2025, 8, 10)

FRONTED = [
    "In Kramatorsk hat die russische Armee am Morgen mit Raketenwerfern angegriffen. "
    "Ein Mann wurde verletzt.",
    "Im Zentrum von Kramatorsk haben russische Truppen in der Nacht ein Wohnhaus mit "
    "Mehrfachraketenwerfern angegriffen. Ein Mann wurde verletzt.",
    "Bei Kramatorsk hat die Armee des Nachbarlandes am frühen Morgen mehrere Dörfer mit "
    "Raketenwerfern angegriffen, ein Mann wurde verletzt.",
]


@pytest.mark.parametrize("text", FRONTED, ids=["in", "im-zentrum", "bei"])
def test_a_fronted_place_is_struck_by_rocket_artillery(extract, text):
    events = by_place(extract(f"Ticker\n\n{text}", published=PUBLISHED, language="de"))
    assert events["Kramatorsk"].injured == 1
    assert events["Kramatorsk"].weapons == ["artillery"]


def test_a_capital_that_fired_is_still_no_target(extract):
    text = (
        "Ticker\n\nKiew hat in der Nacht zahlreiche Drohnen abgefeuert. In Belgorod "
        "wurde ein Mann verletzt."
    )
    found = places(extract(text, published=PUBLISHED, language="de"))
    assert "Belgorod" in found
    assert "Kyiv" not in found
