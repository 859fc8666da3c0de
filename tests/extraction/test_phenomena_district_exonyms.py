"""Issue 11 (several districts in one list), read in a real French report: "les districts
Chevtchenkivsky et Saltivsky de la ville" put Kharkiv's Shevchenkivskyi district in the
Luhansk region, a village of that name being the only place so spelt.  City districts are
spelt in translated copy as the cities are: French, German, Polish, Spanish and Italian
transliterations of their Ukrainian and Russian names find them."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY


@pytest.mark.parametrize(
    ("lang", "text", "district"),
    [
        ("fr", "Des drones ont frappé les districts Chevtchenkivsky et Saltivsky de Kharkiv.",
         "Shevchenkivskyi"),
        ("de", "Russische Drohnen trafen die Bezirke Cholodnohirskyj und Saltiwskyj in Charkiw.",
         "Kholodnohirskyi"),
        ("pl", "Rosyjskie drony uderzyły w dzielnice Szewczenkiwskyj i Saltiwskyj w Charkowie.",
         "Shevchenkivskyi"),
    ],
)  # fmt: skip
def test_districts_spelt_as_translated_copy_spells_them(extract, lang, text, district):
    events = extract(f"Drones\n\n{text}", published=TUESDAY, language=lang)
    districts = {(e.place, e.parent) for e in events if e.level == "district"}
    assert districts == {(district, "Kharkiv"), ("Saltivskyi", "Kharkiv")}
