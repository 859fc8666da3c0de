""" "In the Belgorod region bordering Ukraine, ... shelled the town of Shebekino":
one strike, in the town.

An oblast that opens a sentence only frames it; the strike is on the town
of it the sentence names (issue 11, phenomenon 8: an oblast mention of the
same strike becomes a second event).  When a clause of speech stands between
them, the town's day ("killed on Monday") is the oblast's too, so that the
oblast gives way to its town as it does on any one day, even when the
article is otherwise about the day of publication.
"""

from __future__ import annotations

from datetime import date

from tests.extraction.phenomena import by_place

TUESDAY = date(2025, 2, 18)
MONDAY = date(2025, 2, 17)


def test_the_oblast_framing_a_town_is_no_event_of_its_own(extract):
    text = (
        "Ukrainian drones hit Russian refinery\n\n"
        "Ukrainian drones attacked an oil refinery in Novokuibyshevsk overnight, starting a "
        "fire, the governor said on Tuesday.\n\n"
        "In the Belgorod region bordering Ukraine, Governor Vyacheslav Gladkov said a man had "
        "been killed on Monday when Ukrainian forces shelled the town of Shebekino."
    )
    events = by_place(extract(text, published=TUESDAY, language="en"))
    assert "Belgorod Oblast" not in events
    assert events["Shebekino"].date == MONDAY
