"""A word for a settlement opening a sentence before the name ("Город Харьков
обстрелян", "Місто Харків обстріляли", "Miasto Charków zostało ostrzelane") is
no given name: the place is struck, not read as a person's surname."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 8, 27)

CASES = [
    ("ru", "Город Харьков обстрелян из РСЗВ, ранены два человека.", "Kharkiv"),
    ("ru", "Село Головчино обстреляно из миномётов, ранены два человека.", "Golovchino"),
    ("uk", "Місто Харків обстріляли з РСЗВ, поранено двох людей.", "Kharkiv"),
    ("pl", "Miasto Charków zostało ostrzelane, dwie osoby zostały ranne.", "Kharkiv"),
]


@pytest.mark.parametrize(("language", "text", "place"), CASES, ids=["ru", "ru2", "uk", "pl"])
def test_a_settlement_word_before_the_name_is_no_given_name(extract, language, text, place):
    events = extract(f"Сводка\n\n{text}", published=PUBLISHED, language=language)
    assert [(e.place, e.injured) for e in events] == [(place, 2)]


def test_a_given_name_before_a_place_name_still_makes_a_person(extract):
    text = "Новости\n\nВладимир Харьков заявил, что дрон атаковал Белгород."
    events = extract(text, published=PUBLISHED, language="ru")
    assert [e.place for e in events] == ["Belgorod"]
