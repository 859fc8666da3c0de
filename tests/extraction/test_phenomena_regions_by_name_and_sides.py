"""A region known by a name of its own ("Krim", "Крым", "Crimea") is that
region, not a village sharing the name; and the side a sentence names
("Ukrainian drones") launched every strike of that sentence on one country."""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import by_place, places

PUBLISHED = date(2025, 6, 23)

CRIMEA = [
    ("de", "Krim: Ukrainische Drohnen setzen Öldepot in Feodossija in Brand"),
    ("ru", "Украинские дроны атаковали Крым, в Феодосии горит нефтебаза."),
    ("en", "Ukrainian drones attacked Crimea overnight, setting an oil depot in Feodosia ablaze."),
]


@pytest.mark.parametrize(("language", "text"), CRIMEA, ids=[c[0] for c in CRIMEA])
def test_crimea_is_the_region_and_its_town_the_place_struck(extract, language, text):
    events = extract(text, published=PUBLISHED, language=language)
    # The peninsula gives way to its town struck the same day; no village
    # called Krym in Rostov Oblast appears.
    assert places(events) == {"Feodosiia"}
    assert by_place(events)["Feodosiia"].attacker == "UA"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Russian drones struck the Kuban village of Afipsky.", {"Afipskiy": "RU"}),
        (
            "en",
            "Russian drones struck Kharkiv, while Ukrainian drones hit Belgorod.",
            {"Kharkiv": "RU", "Belgorod": "UA"},
        ),
        (
            "pl",
            "Ukraińskie drony zaatakowały Krym, w Teodozji płonie baza paliw.",
            {"Feodosiia": "UA"},
        ),
    ],
)
def test_the_side_named_launched_the_strikes_on_one_country(extract, language, text, expected):
    events = extract(text, published=PUBLISHED, language=language)
    assert {e.place: e.attacker for e in events} == expected
