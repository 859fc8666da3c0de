"""Two names that are never a place struck: the Volga a town stands on ("In
Wolgograd an der Wolga …", "в Волгограде на Волге"), and a capital accused,
blamed or condemned for the attacks ("oskarżają Moskwę o celowe ataki", "Kyiv
accuses Moscow of deliberately attacking civilians")."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 11, 4)

RIVERS = [
    (
        "de",
        "In Wolgograd an der Wolga gerieten Anlagen der Raffinerie nach einem Drohnenangriff in "
        "Brand.",
    ),
    ("ru", "В Волгограде на Волге после атаки беспилотников загорелся НПЗ."),
    ("en", "In Volgograd on the Volga, a refinery caught fire after a drone attack."),
]


@pytest.mark.parametrize(("language", "text"), RIVERS, ids=[c[0] for c in RIVERS])
def test_the_river_a_town_stands_on_is_not_struck(extract, language, text):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    assert [e.place for e in events] == ["Volgograd"]


ACCUSED = [
    ("pl", "Władze w Kijowie oskarżają Moskwę o celowe ataki na cywilów."),
    ("en", "Kyiv accuses Moscow of deliberately attacking civilians."),
    ("uk", "Київ звинувачує Москву в навмисних атаках на цивільних."),
    ("it", "Kiev accusa Mosca di attacchi deliberati contro i civili."),
    ("de", "Kiew beschuldigt Moskau gezielter Angriffe auf Zivilisten."),
    ("de", "Kiew wirft Moskau gezielte Angriffe auf Zivilisten vor."),
]


@pytest.mark.parametrize(
    ("language", "text"), ACCUSED, ids=[f"{c[0]}{i}" for i, c in enumerate(ACCUSED)]
)
def test_a_capital_accused_of_attacks_is_not_struck(extract, language, text):
    assert extract(f"News\n\n{text}", published=PUBLISHED, language=language) == []
