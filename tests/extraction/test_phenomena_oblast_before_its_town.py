"""An oblast named before a town of its own ("In Donetsk Oblast, Kramatorsk was
shelled and two people were injured") only says where the town is: the toll
after them is the town's, not a sum over a list of the oblast and the town."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 10, 15)

CASES = [
    ("en", "In Donetsk Oblast, Kramatorsk was shelled and two people were injured."),
    (
        "fr",
        "Dans la région de Donetsk, Kramatorsk a été bombardée et deux personnes ont été blessées.",
    ),
    (
        "es",
        "En la región de Donetsk, Kramatorsk fue bombardeada y dos personas resultaron heridas.",
    ),
    (
        "it",
        "Nella regione di Donetsk, Kramatorsk è stata bombardata e due persone sono rimaste "
        "ferite.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[c[0] for c in CASES])
def test_the_toll_after_an_oblast_and_its_town_is_the_towns(extract, language, text):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    assert [(e.place, e.injured) for e in events] == [("Kramatorsk", 2)]
