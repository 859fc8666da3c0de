"""A region named with a compass word or two adjectives is the region, not its capital.

Wire copy in the Romance languages places a strike "in the southern region of
Kherson" with a compass noun ("região sul de", "regione nord di") or with two
adjectives ("la región rusa fronteriza de Bélgorod"). The words between the
region noun and the name must not cut the name loose from its region: the
strike is in the oblast, and no marker goes on the oblast's capital.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

CASES = [
    (
        "pt",
        "Ataques russos no sul\n\nNa região sul de Kherson, cinco pessoas ficaram feridas "
        "num ataque russo com drones na segunda-feira.",
        "Kherson Oblast",
        5,
    ),
    (
        "pt",
        "Drone atinge casa\n\nNa segunda-feira, um drone ucraniano atingiu uma casa na "
        "região russa fronteiriça de Belgorod e feriu cinco pessoas.",
        "Belgorod Oblast",
        5,
    ),
    (
        "es",
        "Ataque en el sur\n\nEn la región sur de Jersón, cinco personas resultaron heridas "
        "el lunes por un ataque ruso con drones.",
        "Kherson Oblast",
        5,
    ),
    (
        "es",
        "Dron ucraniano\n\nUn dron ucraniano hirió el lunes a cinco personas en la región "
        "rusa fronteriza de Bélgorod.",
        "Belgorod Oblast",
        5,
    ),
    (
        "fr",
        "Frappe dans le nord-est\n\nLundi, une frappe de drone russe a blessé cinq personnes "
        "dans la région nord-est de Kharkiv.",
        "Kharkiv Oblast",
        5,
    ),
    (
        "fr",
        "Drone ukrainien\n\nLundi, un drone ukrainien a blessé cinq personnes dans la région "
        "russe frontalière de Belgorod.",
        "Belgorod Oblast",
        5,
    ),
    (
        "it",
        "Attacco nel nord\n\nLunedì un attacco di droni russi ha ferito cinque persone "
        "nella regione nord di Kharkiv.",
        "Kharkiv Oblast",
        5,
    ),
    (
        "it",
        "Drone ucraino\n\nLunedì un drone ucraino ha ferito cinque persone nella regione "
        "russa di confine di Belgorod.",
        "Belgorod Oblast",
        5,
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "region", "injured"),
    CASES,
    ids=[f"{c[0]}-{c[2]}" for c in CASES],
)
def test_a_region_with_compass_or_border_words_is_the_region(
    extract, language, text, region, injured
):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == {region}
    assert events[region].injured == injured
