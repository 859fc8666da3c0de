"""A bare Italian "bilancio" (the toll) says no kind of its own: after "12 feriti"
it updates the injured ("in serata il bilancio è salito a 15"), never counts
dead; a count with its own kind noun after it ("il bilancio è salito a sei
morti", "il numero è salito a 15 morti") is of that kind."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 10, 5)

CASES = [
    (
        "A Kharkiv una bomba guidata ha colpito il distretto di Kholodnohirskyi. Il sindaco "
        "aveva parlato inizialmente di 12 feriti; in serata il bilancio è salito a 15.",
        ("Kholodnohirskyi", None, 15),
    ),
    (
        "A Dnipro, colpita dai droni Shahed, il bilancio è salito a sei morti.",
        ("Dnipro", 6, None),
    ),
    (
        "A Dnipro, colpita dai droni Shahed, il numero è salito a 15 morti.",
        ("Dnipro", 15, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["injured", "bilancio", "numero"])
def test_a_bare_toll_takes_the_kind_told_before_or_after_it(extract, text, expected):
    events = extract(f"Notizie\n\n{text}", published=PUBLISHED, language="it")
    assert [(e.place, e.killed, e.injured) for e in events] == [expected]
