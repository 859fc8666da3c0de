"""Polish case forms of town names whose stem changes: an instrumental in -iem
("nad Łuckiem") is the town's, not a namesake village's whose name ends in -i,
and a fleeting e drops from Kowel in "w Kowlu", "z Kowla", "nad Kowlem"."""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import places

PUBLISHED = date(2025, 10, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drony nad Łuckiem: w nocy uderzyły w obiekt energetyczny.", {"Lutsk"}),
        ("W Kowlu rakieta trafiła w tory i budynek stacji rozrządowej.", {"Kovel"}),
        ("Rakieta uderzyła w dworzec kolejowy nad Kowlem.", {"Kovel"}),
        ("Ranny maszynista z Kowla trafił do szpitala po ataku rakietowym.", {"Kovel"}),
        ("Drony zaatakowały w nocy cele pod Kurskiem i uderzyły w Kursk.", {"Kursk"}),
    ],
)
def test_polish_stems_find_their_towns(extract, text, expected):
    assert places(extract(text, published=PUBLISHED, language="pl")) == expected
