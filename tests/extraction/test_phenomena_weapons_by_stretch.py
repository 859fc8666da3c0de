"""Each place of a sentence takes the weapons of its own stretch between commas.

A feed's headline "drones hit Kharkiv and Izmail, guided bomb kills two in
Bilopillia" names two waves: the drones are Kharkiv's and Izmail's, the glide
bomb Bilopillia's.  A place alone before a comma ("In Kharkiv, drones hit a
house") takes the weapons told right after it; places listed after the strike
words ("Drones and missiles hit Kyiv, Lviv and Odesa") take those before them.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY


def weapons(events) -> dict[str, list[str]]:
    return {e.place: sorted(e.weapons) for e in events}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Overnight drones hit Kharkiv and Izmail, guided bomb kills two in Bilopillia.",
            {"Kharkiv": ["drone"], "Izmail": ["drone"], "Bilopillia": ["glide_bomb"]},
        ),
        (
            "In Kharkiv, drones hit a house, and in Izmail a missile struck the port.",
            {"Kharkiv": ["drone"], "Izmail": ["missile"]},
        ),
        (
            "Missiles struck Kyiv overnight, and in Lviv drones hit a depot.",
            {"Kyiv": ["missile"], "Lviv": ["drone"]},
        ),
        (
            "Drones and missiles hit Kyiv, Lviv and Odesa overnight.",
            {
                "Kyiv": ["drone", "missile"],
                "Lviv": ["drone", "missile"],
                "Odesa": ["drone", "missile"],
            },
        ),
    ],
)
def test_weapons_of_each_place_come_from_its_own_stretch(extract, sentence, expected):
    assert weapons(extract(f"Morning report\n\n{sentence}", published=TUESDAY)) == expected
