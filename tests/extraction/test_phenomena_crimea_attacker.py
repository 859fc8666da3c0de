"""A strike in Crimea or Sevastopol, held by Russia since 2014, comes from
the Ukrainian side when the report names no side ("debris of downed drones
damaged houses in Sevastopol"); a strike elsewhere in Ukraine still defaults
to Russia.

Expected attackers are written by hand."""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction import attacker

PUBLISHED = date(2025, 6, 23)

CASES = [
    (
        "de",
        "In Sewastopol beschädigten Trümmer abgeschossener Drohnen mehrere Privathäuser; "
        "zwei Menschen wurden verletzt.",
        ("Sevastopol", "UA"),
    ),
    (
        "ru",
        "В Севастополе обломки сбитых беспилотников повредили несколько частных домов, "
        "пострадали два человека.",
        ("Sevastopol", "UA"),
    ),
    (
        "en",
        "Drone debris damaged several houses in Dzhankoi overnight, injuring two people.",
        ("Dzhankoi", "UA"),
    ),
    (
        "en",
        "Drone debris damaged several houses in Kherson overnight, injuring two people.",
        ("Kherson", "RU"),
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"), CASES, ids=[f"{c[0]}{i}" for i, c in enumerate(CASES)]
)
def test_a_strike_in_crimea_with_no_side_named_comes_from_ukraine(
    extract, language, text, expected
):
    events = extract(text, published=PUBLISHED, language=language)
    assert [(e.place, e.attacker) for e in events] == [expected]


@pytest.mark.parametrize(
    ("country", "region", "side"),
    [
        ("UA", "UA-43", "UA"),
        ("UA", "UA-40", "UA"),
        ("UA", "UA-63", "RU"),
        ("RU", "RU-BEL", "UA"),
        ("PL", None, "RU"),
        (None, None, "RU"),
    ],
)
def test_the_default_attacker_by_country_and_region(country, region, side):
    assert attacker.target_country_default(country, region) == side
