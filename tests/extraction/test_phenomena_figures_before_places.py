"""Issue 11 (figures attached to the wrong place), read in real Italian and Spanish wire
copy: a list that tells each figure before its place ("almeno due morti e due feriti
nella regione di Sumy, un morto e due feriti nella regione di Kherson, un morto nella
regione di Odessa") gave each place the figures of the place after it.  A figure goes
to the nearest place that no comma, semicolon or list word ("e", "y", "and") parts
from it.  The dead told as "una víctima mortal", "la muerte de un civil", "dos
muertes", "la mort d'un civil" are counted too.
"""

from __future__ import annotations

import pytest
from phenomena import MONDAY, by_place
from strikemap.extraction.casualties import find_figures

EXPECTED = {
    "Sumy Oblast": (2, 2),
    "Kherson Oblast": (1, 2),
    "Odesa Oblast": (1, None),
    "Kharkiv Oblast": (None, 27),
    "Dnipropetrovsk Oblast": (None, 5),
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Raid notturni sull'Ucraina\n\nGli attacchi russi di lunedì hanno causato due "
            "morti e due feriti nella regione di Sumy, un morto e due feriti nella regione "
            "di Kherson, un morto nella regione di Odessa, 27 feriti nella regione di "
            "Kharkiv e cinque feriti nella regione di Dnipropetrovsk.",
        ),
        (
            "es",
            "Ataques nocturnos en Ucrania\n\nLos ataques rusos del lunes causaron dos muertos "
            "y dos heridos en la región de Sumy, un muerto y dos heridos en la región de "
            "Jersón, un muerto en la región de Odesa, 27 heridos en la región de Járkov y "
            "cinco heridos en la región de Dnipropetrovsk.",
        ),
        (
            "en",
            "Overnight attacks on Ukraine\n\nRussian attacks on Monday killed two and injured "
            "two in the Sumy region, killed one and injured two in the Kherson region, killed "
            "one in the Odesa region, injured 27 in the Kharkiv region and injured five in "
            "the Dnipropetrovsk region.",
        ),
    ],
)
def test_each_figure_told_before_its_place_is_that_places(extract, lang, text):
    events = by_place(extract(text, published=MONDAY, language=lang))
    found = {name: (events[name].killed, events[name].injured) for name in EXPECTED}
    assert found == EXPECTED


@pytest.mark.parametrize(
    ("lang", "sentence", "killed"),
    [
        ("es", "Un misil impactó en un edificio, causando una víctima mortal y tres heridos.", 1),
        ("es", "En Járkiv se registró la muerte de un civil y 11 heridos.", 1),
        ("es", "Las autoridades informaron de dos muertes y 15 hospitalizados.", 2),
        ("fr", "On a enregistré la mort d'un civil et 11 blessés à Kharkiv.", 1),
        ("fr", "La frappe a causé la mort d’une femme.", 1),
    ],
)
def test_the_dead_told_by_a_noun_are_counted(lang, sentence, killed):
    assert [f.value for f in find_figures(sentence, lang) if f.kind == "killed"] == [killed]
