""" "The city centre" names the city just named: its weapon is that city's.

A later paragraph says what hit the building "in the city centre" ("du
centre-ville", "im Stadtzentrum", "del centro città") without naming the
city again. Like "the city", the centre of the city stands for the current
place, so the glide bomb it names is the strike's weapon, not the air strike
of the lead alone.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

CASES = [
    (
        "fr",
        "Frappe sur Kramatorsk\n\nUne frappe aérienne russe a touché lundi un immeuble "
        "d'habitation à Kramatorsk, tuant six personnes.\n\nSelon les autorités, l'aviation "
        "russe a largué une bombe planante KAB-500 sur cet immeuble de cinq étages du "
        "centre-ville peu après 13h00.",
    ),
    (
        "de",
        "Angriff auf Kramatorsk\n\nEin russischer Luftangriff traf am Montag ein Wohnhaus in "
        "Kramatorsk, sechs Menschen starben.\n\nNach Angaben der Behörden warf die russische "
        "Luftwaffe eine Gleitbombe vom Typ KAB-500 auf das fünfstöckige Gebäude im "
        "Stadtzentrum ab.",
    ),
    (
        "it",
        "Attacco su Kramatorsk\n\nUn attacco aereo russo ha colpito lunedì un palazzo a "
        "Kramatorsk, uccidendo sei persone.\n\nSecondo le autorità, l'aviazione russa ha "
        "sganciato una bomba plananti KAB-500 sul palazzo di cinque piani del centro città.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[c[0] for c in CASES])
def test_the_city_centre_takes_the_weapon_to_the_city(extract, language, text):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == {"Kramatorsk"}
    assert events["Kramatorsk"].weapons == ["glide_bomb"]
    assert events["Kramatorsk"].killed == 6
