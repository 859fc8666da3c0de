"""Issue 11 (toll updates), read in real Polish reporting: the toll noun is often
inflected because the sentence talks about it rather than with it ("odnośnie liczby
rannych, która wzrosła do 14", "о числе пострадавших, которое выросло до 14", "щодо
кількості поранених, яка зросла до 14"): it is the same toll update as "the number of
injured rose to 14"."""

from __future__ import annotations

import pytest
from strikemap.extraction.casualties import find_figures


@pytest.mark.parametrize(
    ("lang", "sentence", "figure"),
    [
        (
            "pl",
            "W nocy pojawiało się wiele komunikatów odnośnie liczby rannych, która w czwartek "
            "rano wzrosła do co najmniej 14 osób.",
            ("injured", 14, True),
        ),
        ("pl", "Władze podały nową liczbę ofiar, która wzrosła do 9.", ("killed", 9, False)),
        (
            "ru",
            "Сообщения о числе пострадавших, которое утром выросло до 14, поступали всю ночь.",
            ("injured", 14, False),
        ),
        (
            "uk",
            "Повідомлення щодо кількості поранених, яка зранку зросла до 14, надходили всю ніч.",
            ("injured", 14, False),
        ),
        (
            "en",
            "Reports on the number of injured, which rose to 14 by Thursday morning, kept coming.",
            ("injured", 14, False),
        ),
    ],
)
def test_an_inflected_toll_noun_still_gives_the_update(lang, sentence, figure):
    assert [(f.kind, f.value, f.at_least) for f in find_figures(sentence, lang)] == [figure]
