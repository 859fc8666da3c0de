"""Issue 11: drones "abgewehrt" or "neutralizados" over regions strike none of them.

"86 Drohnen seien abgewehrt worden, die meisten über den Gebieten
Dnipropetrowsk, Poltawa und Tscherkassy", "neutralizaron 40 drones sobre las
regiones de Bélgorod, Kursk y Briansk": downings over regions, which are not
strikes on them (ANNOTATION.md, Borderline cases).
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Am Dienstag traf eine Drohne ein Haus in Sumy, zwei Menschen wurden verletzt. Die "
            "Luftwaffe meldete 110 Drohnen, von denen 86 abgewehrt worden seien, die meisten "
            "über den Gebieten Dnipropetrowsk, Poltawa und Tscherkassy.",
            {"Sumy"},
        ),
        (
            "es",
            "El martes un dron alcanzó una casa en Sumy e hirió a dos personas. Según Moscú, sus "
            "sistemas neutralizaron 40 drones sobre las regiones de Bélgorod, Kursk y Briansk.",
            {"Sumy"},
        ),
    ],
)
def test_drones_fended_off_over_regions_strike_none(extract, lang, text, expected):
    assert places(extract(f"Drohnen\n\n{text}", published=TUESDAY, language=lang)) == expected
