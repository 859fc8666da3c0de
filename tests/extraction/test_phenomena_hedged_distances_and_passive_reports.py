"""Reference points with a hedged distance, a place where a government spoke, and
explosions reported in the passive (issue 11, phenomenon 1).

- "a circa 100 chilometri da Rostov sul Don", "a unos 100 kilómetros de",
  "à environ 100 km de": the distance may be hedged.
- "le gouvernement a indiqué à Chisinau que…": where it spoke.
- "Explosions were reported in Kramatorsk … no hits were recorded":
  explosions heard, no strike.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import places

PUBLISHED = date(2025, 10, 18)

CASES = [
    (
        "it",
        "Droni ucraini hanno colpito nella notte la raffineria di Novoshakhtinsk, a circa 100 "
        "chilometri da Rostov sul Don, provocando un vasto incendio.",
        {"Novoshakhtinsk"},
    ),
    (
        "es",
        "Drones ucranianos alcanzaron la refinería de Novoshajtinsk, a unos 100 kilómetros de "
        "Rostov del Don, y provocaron un incendio.",
        {"Novoshakhtinsk"},
    ),
    (
        "fr",
        "Des drones russes ont frappé le port d'Izmaïl. En Moldavie voisine, le gouvernement a "
        "indiqué à Chisinau qu'un drone avait pénétré dans l'espace aérien du pays.",
        {"Izmail"},
    ),
    (
        "en",
        "Russian drones hit Sloviansk on Friday. Explosions were reported in Kramatorsk, the "
        "district center, overnight, but officials said no hits were recorded.",
        {"Sloviansk"},
    ),
]


@pytest.mark.parametrize(("language", "text", "struck"), CASES)
def test_places_only_named(extract, language, text, struck):
    assert places(extract(f"News\n\n{text}", published=PUBLISHED, language=language)) == struck
