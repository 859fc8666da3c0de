"""Issue 11 (figures attached to the wrong place), read in a real Belgorod governor's
report: three wounded "в селе Варваровка", a village the gazetteer has only far
namesakes of, were given to Rakitnoye, struck in the sentence before.  A name that can
only be a far namesake is a village the gazetteer lacks: its figures are nobody else's."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

CASES = [
    (
        "ru",
        "Атака на Белгородскую область\n\nВ поселке Ракитное Белгородской области от удара "
        "FPV-дрона погиб мужчина. Еще один удар пришелся по фермерскому хозяйству в селе "
        "Варваровка: там ранения получили трое местных жителей.",
    ),
    (
        "en",
        "Drone attacks in Belgorod region\n\nIn the settlement of Rakitnoye in the Belgorod "
        "region, a man was killed by an FPV drone. Another drone hit a farm in the village of "
        "Varvarovka, where three residents were injured.",
    ),
    (
        "de",
        "Angriffe im Gebiet Belgorod\n\nIn der Siedlung Rakitnoje im Gebiet Belgorod wurde ein "
        "Mann durch eine FPV-Drohne getötet. Eine weitere Drohne traf einen Bauernhof im Dorf "
        "Warwarowka, dort wurden drei Bewohner verletzt.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_the_wounded_of_an_unplaced_village_are_not_the_town_before(extract, lang, text):
    events = by_place(extract(text, published=TUESDAY, language=lang))
    assert (events["Rakitnoye"].killed, events["Rakitnoye"].injured) == (1, None)
