"""Issue 11, read in real Portuguese and Spanish wire copy: drones **destroyed over
regions** in the active past ("destruíram 10 drones: oito sobre a região fronteiriça
de Bryansk e dois sobre a Crimeia", "destruyeron 10 drones: ocho sobre la región
fronteriza de Briansk") strike nothing there."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Drones atingem Kharkiv\n\nNa terça-feira drones russos atingiram um prédio em "
            "Kharkiv, ferindo 40 pessoas. O Ministério da Defesa da Rússia informou que suas "
            "unidades destruíram 10 drones: oito sobre a região fronteiriça de Bryansk e dois "
            "sobre a Crimeia.",
        ),
        (
            "es",
            "Drones contra Járkov\n\nEl martes drones rusos alcanzaron un edificio en Járkov, "
            "hiriendo a 40 personas. El Ministerio de Defensa ruso informó que sus unidades "
            "destruyeron 10 drones: ocho sobre la región fronteriza de Briansk y dos sobre "
            "Crimea.",
        ),
    ],
)
def test_drones_destroyed_over_regions_strike_nothing_there(extract, lang, text):
    assert places(extract(text, published=TUESDAY, language=lang)) == {"Kharkiv"}
