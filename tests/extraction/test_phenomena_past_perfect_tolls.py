"""A toll told in the past perfect or the conditional ("20 persone erano morte",
"habían muerto", "tinham morrido", "sarebbero rimaste ferite") is a toll like
one in the present perfect."""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import by_place

PUBLISHED = date(2024, 4, 30)

CASES = [
    ("it", "Lunedì un missile ha colpito Odessa: 20 persone erano morte sul colpo.", "killed"),
    ("it", "Lunedì un drone ha colpito Odessa: 20 persone sarebbero rimaste ferite.", "injured"),
    ("es", "El lunes un misil impactó en Odesa: 20 personas habían muerto.", "killed"),
    ("es", "El lunes un misil impactó en Odesa: 20 personas habrían resultado heridas.", "injured"),
    ("pt", "Na segunda-feira um míssil atingiu Odessa: 20 pessoas tinham morrido.", "killed"),
]


@pytest.mark.parametrize(
    ("language", "text", "kind"), CASES, ids=[f"{c[0]}{i}" for i, c in enumerate(CASES)]
)
def test_a_past_perfect_toll_counts(extract, language, text, kind):
    odesa = by_place(extract(text, published=PUBLISHED, language=language))["Odesa"]
    assert getattr(odesa, kind) == 20
