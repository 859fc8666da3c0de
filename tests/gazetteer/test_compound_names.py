"""Hyphenated and two-word names are not shadowed by a place named like their first part."""

from __future__ import annotations

import re

import pytest
from strikemap.gazetteer import Gazetteer
from strikemap.gazetteer.names import is_raion_phrase, normalize


@pytest.mark.parametrize(
    ("name", "expected", "oblast"),
    [
        ("Bilhorod-Dnistrovskyi", "Bilhorod-Dnistrovskyi", "Odesa Oblast"),
        ("Білгород-Дністровський", "Bilhorod-Dnistrovskyi", "Odesa Oblast"),
        ("Bilhorod Dnistrovskyi", "Bilhorod-Dnistrovskyi", "Odesa Oblast"),
        ("Novohrad-Volynskyi", "Zviahel", "Zhytomyr Oblast"),
        ("Kamianets-Podilskyi", "Kamianets-Podilskyi", "Khmelnytskyi Oblast"),
        ("Pereiaslav-Khmelnytskyi", "Pereiaslav", "Kyiv Oblast"),
        ("Pereiaslav", "Pereiaslav", "Kyiv Oblast"),
        ("Kamianske", "Kamianske", "Dnipropetrovsk Oblast"),
        ("Velykyi Burluk", "Velykyi Burluk", "Kharkiv Oblast"),
    ],
)
def test_compound_name_comes_first(
    gazetteer: Gazetteer, name: str, expected: str, oblast: str
) -> None:
    first = gazetteer.candidates(name)[0]
    assert (first.name, first.parent) == (expected, oblast)
    resolution = gazetteer.resolve(name)
    assert resolution.place == first
    assert resolution.confidence >= 0.85


def test_belgorod_keeps_its_own_names(gazetteer: Gazetteer) -> None:
    # Dropping the conflated compound must not drop Belgorod's real spellings.
    for name in ("Belgorod", "Bilhorod", "Белгород"):
        assert gazetteer.candidates(name)[0].name == "Belgorod"
    assert all(p.name != "Belgorod" for p in gazetteer.candidates("Bilhorod-Dnistrovskyi"))


def test_current_names_rank_before_alternates_everywhere(gazetteer: Gazetteer) -> None:
    # For every spelling that is some place's own name, no place holding it
    # only as an alternate is listed before it.
    offenders = []
    for key, entries in gazetteer._names.items():
        if entries.__class__ is int or is_raion_phrase(key):
            continue
        places = gazetteer.candidates(key)
        flags = [int(gazetteer.is_primary_name(p, key)) for p in places]
        if any(flags) and flags != sorted(flags, reverse=True):
            offenders.append(key)
    assert offenders == [], offenders[:10]
    assert normalize("Bilhorod-Dnistrovskyi") in gazetteer._names


def test_ukrainian_display_names_have_no_cyrillic_leftovers(gazetteer: Gazetteer) -> None:
    # A Belarusian alternate (Чугуеў) once gave the display name "Chuhuiў".
    leftovers = [p.name for p in gazetteer if p.country == "UA" and re.search("[Ѐ-ӿ]", p.name)]
    assert leftovers == []
    assert gazetteer.candidates("Чугуїв")[0].name == "Chuhuiv"
