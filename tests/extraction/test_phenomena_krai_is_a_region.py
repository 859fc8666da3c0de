"""A Russian krai named by its city ("le kraï de Krasnodar", "el krai de
Krasnodar", "il territorio di Krasnodar") is the region, not the city: the
place struck is the refinery's village inside it.

Expected events are written by hand."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 4, 29)

CASES = [
    (
        "fr",
        "Dans le kraï de Krasnodar, un incendie s'est déclaré cette nuit sur le site de la "
        "raffinerie d'Afipski après la chute de débris de drone.",
    ),
    (
        "es",
        "En el krai de Krasnodar se declaró un incendio en la refinería de Afipski tras la "
        "caída de restos de un dron.",
    ),
    (
        "it",
        "Nel territorio di Krasnodar un incendio è scoppiato nella raffineria di Afipskij dopo "
        "la caduta di detriti di un drone.",
    ),
    (
        "en",
        "In the Krasnodar krai, a fire broke out overnight at the Afipsky refinery after drone "
        "debris fell.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_krai_named_by_its_city_is_no_strike_on_the_city(extract, language, text):
    events = extract(text, published=PUBLISHED, language=language)
    assert [e.place for e in events] == ["Afipskiy"]
