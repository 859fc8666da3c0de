"""Issue 11 (places named but not struck), read in reports of Ukrainian drone strikes
on Russian refineries: where the drones took off ("drony wystartowały z obwodu
odeskiego", "die Drohnen wurden aus dem Gebiet Odessa gestartet", "los drones despegaron
de la región de Odesa") is no target, and a town whose residents only described
explosions while the authorities reported no damage is not struck either.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import places

WEDNESDAY = date(2025, 10, 22)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Atak na Tuapse\n\nUkraińskie drony uderzyły w rafinerię w Tuapse. Według resortu "
            "drony wystartowały z obwodu odeskiego.",
        ),
        (
            "de",
            "Angriff auf Tuapse\n\nUkrainische Drohnen trafen die Raffinerie in Tuapse. Die "
            "Drohnen wurden aus dem Gebiet Odessa gestartet.",
        ),
        (
            "es",
            "Ataque en Tuapsé\n\nDrones ucranianos atacaron la refinería de Tuapsé. Los drones "
            "despegaron de la región de Odesa.",
        ),
    ],
)
def test_where_the_drones_took_off_is_no_target(extract, lang, text):
    assert places(extract(text, published=WEDNESDAY, language=lang)) == {"Tuapse"}


def test_explosions_residents_only_described_strike_nothing(extract):
    text = (
        "Atak na Tuapse\n\nUkraińskie drony uderzyły w rafinerię w Tuapse. Mieszkańcy Anapy "
        "opisywali serię eksplozji nad morzem; władze nie poinformowały o zniszczeniach."
    )
    assert places(extract(text, published=WEDNESDAY, language="pl")) == {"Tuapse"}
