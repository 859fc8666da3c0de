"""Issue 11, phenomenon 5: Portuguese reports (read with the Spanish casualty words).

"Em Kherson, uma mulher morreu": the preposition opening the sentence is no
part of a name, and "uma mulher" is one victim.
"""

from __future__ import annotations

import pytest
from phenomena import MONDAY, TUESDAY, by_place


@pytest.mark.parametrize(
    ("text", "place", "killed", "injured"),
    [
        (
            "Ataques russos na Ucrânia\n\nEm Kherson, uma mulher morreu num bombardeamento de "
            "artilharia na segunda-feira.",
            "Kherson",
            1,
            None,
        ),
        (
            "Ataque com drones\n\nNo distrito de Nikopol, um homem ficou ferido num ataque com "
            "drones na segunda-feira.",
            "Nikopol Raion",
            None,
            1,
        ),
        (
            "Ataque com drones\n\nNa segunda-feira, drones russos atingiram Sumy. Em Sumy "
            "morreram duas mulheres e um menino ficou ferido.",
            "Sumy",
            2,
            1,
        ),
    ],
)
def test_portuguese_victims_are_counted(extract, text, place, killed, injured):
    event = by_place(extract(text, published=TUESDAY, language="pt"))[place]
    assert (event.date, event.killed, event.injured) == (MONDAY, killed, injured)
