"""Bodies recovered "after a drone attack": the place of the recovery was struck.

"Rescuers in Sumy pulled two bodies from the rubble after a missile strike"
names the strike only in a phrase after "after"; the clause before it tells
the harm and where.  The place is struck (issue 11, phenomenon 1 read the
other way: a place with harm reported is no mere mention).  "After" still
parts a clause about something else ("flights were suspended after a drone
attack") and a phrase naming its own place ("after a strike on Kharkiv").

A place opening the sentence after a direction word ("Further north, in the
Kharkiv region, ...") is that place, not a region locating the word before
the comma.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import by_place, places

PUBLISHED = date(2025, 7, 19)

RECOVERED = [
    ("en", "In Sumy, rescuers recovered the bodies of two people after a drone attack.", "Sumy"),
    (
        "it",
        "A Sumy i soccorritori hanno estratto due corpi dalle macerie dopo un attacco "
        "missilistico.",
        "Sumy",
    ),
    ("es", "En Sumy, los rescatistas recuperaron dos cuerpos tras un ataque con drones.", "Sumy"),
    (
        "uk",
        "У Сумах рятувальники дістали з-під завалів тіла двох людей після атаки дронів.",
        "Sumy",
    ),
    (
        "en",
        "Further north, in the Kharkiv region, emergency services said they had recovered "
        "the bodies of a woman and a boy after a drone attack.",
        "Kharkiv Oblast",
    ),
    (
        "it",
        "Più a nord, nella regione di Kharkiv, i soccorritori hanno recuperato i corpi di una "
        "donna e di un bambino dopo un attacco con un drone.",
        "Kharkiv Oblast",
    ),
]


@pytest.mark.parametrize(("language", "text", "place"), RECOVERED)
def test_bodies_recovered_after_a_strike_mark_the_place(extract, language, text, place):
    events = by_place(extract(f"News\n\n{text}", published=PUBLISHED, language=language))
    assert place in events
    assert events[place].killed == 2


ELSEWHERE = [
    ("en", "Flights at Kazan airport were suspended after a drone attack.", "Kazan"),
    ("it", "A Kazan i voli sono stati sospesi dopo un attacco di droni.", "Kazan"),
    ("en", "In Sumy, residents laid flowers after a missile strike on Kharkiv killed two.", "Sumy"),
]


@pytest.mark.parametrize(("language", "text", "place"), ELSEWHERE)
def test_after_still_parts_other_news(extract, language, text, place):
    found = places(extract(f"News\n\n{text}", published=PUBLISHED, language=language))
    assert place not in found
