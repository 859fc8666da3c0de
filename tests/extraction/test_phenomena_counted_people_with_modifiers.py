"""Issue 11: a count of people with a word the lexicon lacks before them.

"Two railway workers were killed", "three Ukrzaliznytsia employees were
injured": one or two words before the people counted ("railway", "night-shift")
do not hide the count.  Words that are no people ("two drones hit ...") still
give no count.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Two railway workers were killed and seven people were injured in Lozova.", 2, 7),
        ("Three depot employees were injured in Lozova, officials said.", None, 3),
        ("Four energy company workers were wounded in Lozova.", None, 4),
    ],
)
def test_a_count_with_a_modifier_before_its_people(extract, sentence, killed, injured):
    text = f"Drone strike on Lozova\n\nA drone hit the depot on Tuesday. {sentence}"
    event = by_place(extract(text, published=TUESDAY, language="en"))["Lozova"]
    assert (event.killed, event.injured) == (killed, injured)


def test_words_that_are_no_people_give_no_count(extract):
    text = (
        "Drone strike on Lozova\n\nTwo drones hit the depot in Lozova on Tuesday, and "
        "workers were injured."
    )
    event = by_place(extract(text, published=TUESDAY, language="en"))["Lozova"]
    assert event.injured is None
