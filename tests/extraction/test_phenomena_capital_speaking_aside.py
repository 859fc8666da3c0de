"""A capital speaking for its state after an adverb or a short aside is no
place struck (issue 11, phenomenon 1: a capital standing for its government):
"Moskau wiederum erklärte, Drohnen hätten Belgorod angegriffen", "Kyiv, for its
part, said drones struck Novorossiysk"."""

from __future__ import annotations

from datetime import date

import pytest

CASES = [
    (
        "de",
        "Moskau wiederum erklärte, ukrainische Drohnen hätten Belgorod angegriffen.",
        "Belgorod",
    ),
    ("de", "Kiew seinerseits sagte, eine Rakete habe Noworossijsk getroffen.", "Novorossiysk"),
    ("en", "Kyiv, for its part, said drones struck an oil depot in Novorossiysk.", "Novorossiysk"),
    ("en", "Moscow, in turn, claimed Ukrainian drones hit Belgorod.", "Belgorod"),
]


@pytest.mark.parametrize(("language", "text", "place"), CASES, ids=[c[0] for c in CASES])
def test_the_capital_that_speaks_is_not_struck(extract, language, text, place):
    events = extract(f"News\n\n{text}", published=date(2024, 6, 29), language=language)
    assert [e.place for e in events] == [place]
