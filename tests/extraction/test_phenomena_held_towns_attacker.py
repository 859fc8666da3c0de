"""A strike on a town Russia held that day comes from the Ukrainian side when
the report names no side ("a drone attack on Horlivka" in a Russian-language
report); a strike on a town Ukraine holds comes from Russia, in whatever
language the report is written ("дроны атаковали город" on a Russian-language
Odesa site).  The towns and the day each was taken are data
(``lexicons/held_by_russia.csv``).

Expected attackers are written by hand."""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction import attacker, lexicon

PUBLISHED = date(2025, 6, 23)

CASES = [
    (
        "ru",
        "В Горловке в результате атаки беспилотников пострадали два человека, повреждены "
        "жилые дома.",
        ("Horlivka", "UA"),
    ),
    (
        "uk",
        "У Мелітополі внаслідок вибухів на території аеродрому пошкоджено кілька будівель.",
        ("Melitopol", "UA"),
    ),
    (
        "en",
        "A drone hit a market in Donetsk's Kyivskyi district, injuring two people.",
        ("Kyivskyi", "UA"),
    ),
    (
        "ru",
        "В Одессе дроны атаковали жилой дом в Киевском районе, пострадали два человека.",
        ("Kyivskyi", "RU"),
    ),
    (
        "ru",
        "В Харькове ночью дроны атаковали город, пострадали три человека.",
        ("Kharkiv", "RU"),
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"), CASES, ids=[f"{c[0]}{i}" for i, c in enumerate(CASES)]
)
def test_a_strike_with_no_side_named_comes_from_whoever_does_not_hold_the_town(
    extract, language, text, expected
):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    assert [(e.place, e.attacker) for e in events] == [expected]


@pytest.mark.parametrize(
    ("place_id", "day", "side"),
    [
        ("gn:713174", date(2022, 8, 1), "RU"),  # Bakhmut, held by Ukraine then
        ("gn:713174", date(2023, 5, 19), "RU"),  # the day before it was taken
        ("gn:713174", date(2023, 5, 20), "UA"),  # taken on 20 May 2023
        ("gn:713174", None, "UA"),
        ("gn:707753", date(2016, 1, 1), "UA"),  # Horlivka, held since 2014
        ("gn:706483", date(2025, 1, 1), "RU"),  # Kharkiv
    ],
)
def test_the_default_attacker_of_a_town_depends_on_who_held_it_that_day(place_id, day, side):
    assert attacker.target_country_default("UA", None, place_id, day) == side


def test_a_held_towns_file_without_a_valid_day_names_the_file_and_line(tmp_path):
    path = tmp_path / "held_by_russia.csv"
    path.write_text(
        "place_id,name,since,source\ngn:1,Sometown,2022-03-01,a source\ngn:2,Othertown,March 2022,"
        "a source\n",
        encoding="utf-8",
    )
    with pytest.raises(lexicon.LexiconError, match=r"held_by_russia\.csv, line 3: 'since'"):
        attacker.held_by_russia(path)


def test_a_held_towns_file_with_a_missing_column_is_an_error(tmp_path):
    path = tmp_path / "held.csv"
    path.write_text("place_id,name,since\ngn:1,Sometown,2022-03-01\n", encoding="utf-8")
    with pytest.raises(lexicon.LexiconError, match=r"held\.csv: the columns must be"):
        attacker.held_by_russia(path)


def test_a_held_town_without_a_source_is_an_error(tmp_path):
    path = tmp_path / "held.csv"
    path.write_text("place_id,name,since,source\ngn:1,Sometown,2022-03-01,\n", encoding="utf-8")
    with pytest.raises(lexicon.LexiconError, match="line 2: a place id and a source"):
        attacker.held_by_russia(path)


def test_every_held_town_is_in_the_gazetteer(gazetteer):
    for place_id in attacker.held_by_russia():
        assert gazetteer.get(place_id).country == "UA"
