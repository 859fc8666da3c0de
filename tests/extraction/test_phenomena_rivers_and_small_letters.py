"""Issue 11, from heldout_real_5's Polish report on Izmail: three faults of name matching.

* "nie spadły żadne szczątki" (no debris fell): "żadne" is a small letter word that
  the matcher took for a capitalised name, because Latin Extended-A interleaves
  capitals and small letters (Ż U+017B, ż U+017C);
* "w Izmaile": the Polish locative of Izmaił;
* "nad Dunajem", "on the Danube": a river's name that villages share is no place struck.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places
from strikemap.extraction.placematch import PlaceMatcher


def test_a_small_polish_letter_is_no_capital():
    matcher = PlaceMatcher([("zadne", "village:1"), ("zarnowo", "village:2")])
    assert matcher.find("Na terytorium nie spadły żadne szczątki.", "pl") == []
    assert [m.as_written for m in matcher.find("Drony uderzyły w Żadne.", "pl")] == ["Żadne"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "We wtorek drony zaatakowały port w Izmaile nad Dunajem. Trzy osoby zostały ranne.",
        ),
        (
            "en",
            "On Tuesday drones attacked the port of Izmail on the Danube, wounding three people.",
        ),
        (
            "uk",
            "У вівторок дрони атакували порт в Ізмаїлі на Дунаї, поранено трьох людей.",
        ),
        (
            "de",
            "Am Dienstag griffen Drohnen den Hafen von Ismajil an der Donau an, drei Menschen "
            "wurden verletzt.",
        ),
    ],
)
def test_a_port_on_the_danube_is_struck_and_the_river_is_not(extract, lang, text):
    assert places(extract(f"Port\n\n{text}", published=TUESDAY, language=lang)) == {"Izmail"}
