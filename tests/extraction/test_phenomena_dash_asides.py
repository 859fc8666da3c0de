"""A dash aside between a count and its casualty word keeps the count.

Wire copy describes the victims inside dashes: "Two other people — a 44-year-old
man and a 39-year-old woman — were injured". Like an aside in commas or
brackets, the dashes' content stands between the number and the verb without
taking the count away.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

CASES = [
    (
        "en",
        "Strike on Zaporizhzhia\n\nA Russian strike hit cars in Zaporizhzhia on Monday. Two "
        "other people — a 44-year-old man and a 39-year-old woman — were injured.",
    ),
    (
        "fr",
        "Frappe sur Zaporijjia\n\nUne frappe russe a touché Zaporijjia lundi. Deux autres "
        "personnes – un homme de 44 ans et une femme de 39 ans – ont été blessées.",
    ),
    (
        "de",
        "Angriff auf Saporischschja\n\nEin russischer Angriff traf am Montag Saporischschja. "
        "Zwei weitere Menschen – ein 44-jähriger Mann und eine 39-jährige Frau – wurden "
        "verletzt.",
    ),
    (
        "es",
        "Ataque en Zaporiyia\n\nUn ataque ruso alcanzó Zaporiyia el lunes. Otras dos personas "
        "— un hombre de 44 años y una mujer de 39 — resultaron heridas.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_dash_aside_keeps_the_count(extract, language, text):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == {"Zaporizhzhia"}
    assert events["Zaporizhzhia"].injured == 2
