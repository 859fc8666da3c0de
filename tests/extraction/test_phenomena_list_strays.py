"""Issue 11 (a place the gazetteer lacks), read in real Zaporizhzhia oblast tallies: in
"атакували Запоріжжя, Червонодніпровку, Плавні, ... Долинку", the villages Plavni and
Dolynka of the Zaporizhzhia region were placed at their namesakes in the Odesa region,
400 km away.  A small place in a list whose one match lies in a region nothing else of
the article names, far from all its other places, is a village the gazetteer lacks: no
marker rather than a wrong one.  "Rodynske, Donetsk Oblast" is no such list."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places

CASES = [
    (
        "uk",
        "Під обстрілом населені пункти Запорізької області\n\nЗа добу 484 БпЛА атакували "
        "Запоріжжя, Червонодніпровку, Плавні, Гуляйполе, Оріхів, Щербаки, Новоданилівку, "
        "Долинку, Малу Токмачку та Чарівне.",
    ),
    (
        "ru",
        "Атаки на Запорожскую область\n\nЗа сутки российские дроны атаковали Запорожье, "
        "Червоноднепровку, Плавни, Гуляйполе и Орехов.",
    ),
    (
        "de",
        "Angriffe im Gebiet Saporischschja\n\nRussische Drohnen griffen Saporischschja, "
        "Tscherwonodniprowka, Plawni, Huljajpole und Orichiw an, teilte der Gouverneur mit.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_a_listed_village_is_not_placed_at_a_far_namesake(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert "Orikhiv" in places(events)
    assert {e.parent for e in events if e.place in ("Plavni", "Dolynka")} <= {
        "Vasylivska hromada",
        "Zaporizhzhia Oblast",
    }


def test_a_town_with_its_oblast_after_a_comma_is_kept(extract):
    text = (
        "Tolls of the day\n\nGovernor Vadym Filashkin reported one death in Rodynske, Donetsk "
        "Oblast, after a Russian drone strike."
    )
    assert "Rodynske" in places(extract(text, published=TUESDAY, language="en"))
