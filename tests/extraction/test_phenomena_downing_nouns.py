"""Issue 11 (places named but not struck), read in Romance wire copy from Crimea and
Russian regions: the downing told as a noun ("informó del derribo de tres drones",
"l'abbattimento di tre droni", "la destruction de trois drones", "o abate de três
drones") is an interception like the verb, so the town it is told of is not struck.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import places

TUESDAY = date(2024, 9, 10)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Ataque en el sur\n\nEn Sebastopol, el gobernador Mijaíl Razvozháyev informó del "
            "derribo de tres drones sobre el mar, sin consecuencias en la ciudad.",
        ),
        (
            "it",
            "Attacco nel sud\n\nA Sebastopoli, il governatore ha riferito dell'abbattimento di "
            "tre droni sul mare, senza conseguenze per la città.",
        ),
        (
            "fr",
            "Attaque dans le sud\n\nÀ Sébastopol, le gouverneur a fait état de la destruction "
            "de trois drones au-dessus de la mer, sans conséquences pour la ville.",
        ),
        (
            "pt",
            "Ataque no sul\n\nEm Sebastopol, o governador informou o abate de três drones sobre "
            "o mar, sem consequências para a cidade.",
        ),
    ],
)
def test_a_downing_told_as_a_noun_is_an_interception(extract, lang, text):
    assert places(extract(text, published=TUESDAY, language=lang)) == set()
