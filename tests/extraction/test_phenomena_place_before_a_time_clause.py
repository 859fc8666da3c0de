"""A place named alone before a temporal clause is where the main clause after
it happened: "In Valuyki, after a drone attack, a warehouse was damaged".

"After", "після", "после", "po" open a clause of their own, so that "explosions
were heard in Lutsk after drones hit Kovel" strikes Kovel only.  When the clause
before the word is nothing but a preposition and the place, the place belongs
to the sentence's main clause.
"""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 8, 27)

CASES = [
    ("en", "In Kharkiv, after a drone attack, a warehouse was damaged.", "Kharkiv"),
    ("uk", "У Харкові після атаки дрона пошкоджено склад.", "Kharkiv"),
    ("ru", "В Валуйках после атаки беспилотника загорелось складское помещение.", "Valuyki"),
    ("pl", "W Charkowie po ataku drona uszkodzony został magazyn.", "Kharkiv"),
]


@pytest.mark.parametrize(("language", "text", "place"), CASES, ids=[c[0] for c in CASES])
def test_a_bare_place_before_a_time_clause_is_struck(extract, language, text, place):
    events = extract(f"Сводка\n\n{text}", published=PUBLISHED, language=language)
    assert [e.place for e in events] == [place]


NOT_JOINED = [
    ("en", "Explosions were heard in Lutsk after drones hit Kovel.", "Kovel"),
    ("en", "Kyiv was quiet after drones hit Kharkiv.", "Kharkiv"),
    ("uk", "У Луцьку чули вибухи після того, як дрони влучили в Ковель.", "Kovel"),
]


@pytest.mark.parametrize(("language", "text", "place"), NOT_JOINED, ids=["en1", "en2", "uk"])
def test_a_clause_that_says_more_than_where_stays_apart(extract, language, text, place):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    assert [e.place for e in events] == [place]
