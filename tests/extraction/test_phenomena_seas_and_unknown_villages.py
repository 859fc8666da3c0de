"""Issue 11 (places named but not struck; figures attached to the wrong place), read in
real Italian wire copy:

- "sopra le acque del Mar d'Azov" made the town of Azov an event: a sea named after a
  place ("the Sea of Azov", "Mar d'Azov", "mer d'Azov", "mar de Azov") is no place struck;
- "a Bilogorodska, nella regione di Kiev": a village the gazetteer does not know, located
  by its region.  The region only located it, so nothing was struck and the toll went to
  the next place of the report.  With no known place before it to stand for, the region
  is read as any place is: the toll is the region's, not the next place's.
"""

from __future__ import annotations

import pytest
from phenomena import MONDAY, by_place, places


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Attack at sea\n\nA drone hit a cargo ship in the Sea of Azov, injuring two sailors.",
        ),
        (
            "it",
            "Attacco in mare\n\nUn drone ha colpito una nave nel Mar d'Azov, ferendo due marinai.",
        ),
        (
            "fr",
            "Attaque en mer\n\nUn drone a frappé un navire en mer d'Azov, blessant deux marins.",
        ),
        (
            "es",
            "Ataque en el mar\n\nUn dron impactó un buque en el mar de Azov y dejó dos heridos.",
        ),
    ],
)
def test_a_sea_named_after_a_town_is_no_place_struck(extract, lang, text):
    assert "Azov" not in places(extract(text, published=MONDAY, language=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Attacco con droni\n\nLunedì due persone sono morte e quattro sono rimaste ferite in "
            "un attacco con droni che ha colpito un edificio a Tykhodolynne, nella regione "
            "di Kiev. Un altro attacco ha colpito Odessa, ferendo otto persone.",
        ),
        (
            "en",
            "Drone attack\n\nOn Monday two people were killed and four injured when a drone hit "
            "a building in Tykhodolynne, Kyiv region. Another attack hit Odesa, injuring "
            "eight people.",
        ),
        (
            "es",
            "Ataque con drones\n\nEl lunes dos personas murieron y cuatro resultaron heridas "
            "cuando un dron impactó un edificio en Tykhodolynne, en la región de Kiev. Otro "
            "ataque alcanzó Odesa y dejó ocho heridos.",
        ),
    ],
)
def test_a_region_locating_an_unknown_village_keeps_its_toll(extract, lang, text):
    events = by_place(extract(text, published=MONDAY, language=lang))
    assert (events["Kyiv Oblast"].killed, events["Kyiv Oblast"].injured) == (2, 4)
    assert (events["Odesa"].killed, events["Odesa"].injured) == (None, 8)
