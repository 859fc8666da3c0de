"""Issue 11 (places named but not struck), read in French-Canadian and wire copy: the
lead opens with where the story was filed in brackets, "(Kyiv) Une attaque de drones a
tué trois personnes à Odessa".  The bracketed place is a dateline, not a target; a lead
that opens with a bracket of another kind ("(Updated)", "(Reuters)") keeps its places.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places
from strikemap.extraction.segment import dateline_end


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Frappe à Odessa\n\n(Kyiv) Une attaque de drones russes a tué trois personnes à "
            "Odessa dans la nuit, ont indiqué les autorités.",
        ),
        (
            "en",
            "Odesa attack\n\n(Kyiv) — A Russian drone attack killed three people in Odesa "
            "overnight, officials said.",
        ),
        (
            "es",
            "Ataque en Odesa\n\n(Kiev) Un ataque con drones rusos mató a tres personas en "
            "Odesa durante la noche.",
        ),
    ],
)
def test_the_bracketed_place_that_opens_a_lead_is_where_the_story_was_filed(extract, lang, text):
    assert places(extract(text, published=TUESDAY, language=lang)) == {"Odesa"}


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("(Kyiv) Une attaque", len("(Kyiv) ")),
        ("(Kiev, Ukraine) — Russian missiles", len("(Kiev, Ukraine) — ")),
        ("(Kryvyi Rih) Un missile", len("(Kryvyi Rih) ")),
        # A lower-case word after the bracket: the bracket is part of a sentence.
        ("(Kyiv) a été visée", 0),
        ("Kyiv (Reuters) a été visée", 0),
    ],
)
def test_a_bracketed_dateline_ends_before_the_lead(text, length):
    assert dateline_end(text) == length
