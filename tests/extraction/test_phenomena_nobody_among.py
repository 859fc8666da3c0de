""" "Nobody among the residents was hurt" ("Никто из местных жителей не
пострадал", "Nikt z mieszkańców nie ucierpiał", "Keiner der Bewohner wurde
verletzt") is a zero like "nobody was hurt"."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 6, 1)

CASES = [
    ("ru", "Дрон атаковал Белгород. Никто из местных жителей не пострадал.", "Belgorod"),
    ("uk", "Дрон атакував Харків. Ніхто з місцевих жителів не постраждав.", "Kharkiv"),
    ("pl", "Dron zaatakował Charków. Nikt z mieszkańców nie ucierpiał.", "Kharkiv"),
    ("de", "Eine Drohne traf Charkiw. Keiner der Bewohner wurde verletzt.", "Kharkiv"),
    ("en", "A drone hit Kharkiv. None of the residents were hurt.", "Kharkiv"),
]


@pytest.mark.parametrize(("language", "text", "place"), CASES, ids=[c[0] for c in CASES])
def test_nobody_among_a_group_hurt_is_zero(extract, language, text, place):
    events = extract(text, published=PUBLISHED, language=language)
    assert [(e.place, e.killed, e.injured) for e in events] == [(place, 0, 0)]
