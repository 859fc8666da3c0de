"""A zero told for "the three regions" just listed belongs to each of them.

"Energy facilities in the Lviv, Ivano-Frankivsk and Khmelnytskyi regions were hit.
Nobody was hurt in the three western regions": the count of regions gives the
zero a campaign's scope, so no single place took it and the three events had no
figure.  A zero is true of every place of the list (a count would be a sum).
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

REGIONS = {"Lviv Oblast", "Ivano-Frankivsk Oblast", "Khmelnytskyi Oblast"}

CASES = [
    (
        "en",
        "Russia strikes the grid overnight\n\nEnergy facilities in the Lviv, "
        "Ivano-Frankivsk and Khmelnytskyi regions were hit by Russian drones on Monday night, "
        "the ministry said. Nobody was hurt in the three western regions, officials said.",
        (0, 0),
    ),
    (
        "uk",
        "Удар по енергетиці\n\nУ ніч на понеділок російські дрони атакували енергетичні "
        "об'єкти у Львівській, Івано-Франківській та Хмельницькій областях. У трьох західних "
        "областях ніхто не постраждав, повідомили в ОВА.",
        (0, 0),
    ),
    (
        "de",
        "Angriff auf das Stromnetz\n\nIn der Nacht zum Montag griffen russische Drohnen "
        "Energieanlagen in den Gebieten Lwiw, Iwano-Frankiwsk und Chmelnyzkyj an. In den drei "
        "westlichen Gebieten wurde niemand verletzt, teilten die Behörden mit.",
        # "niemand verletzt" says nothing of the dead.
        (None, 0),
    ),
]


@pytest.mark.parametrize(("language", "text", "figures"), CASES, ids=[c[0] for c in CASES])
def test_nobody_hurt_in_the_regions_listed_is_zero_for_each(extract, language, text, figures):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == REGIONS
    for region in REGIONS:
        assert (events[region].killed, events[region].injured) == figures, region
