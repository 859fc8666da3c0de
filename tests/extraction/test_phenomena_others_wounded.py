""" "Killing one and wounding five others": the second count after "others".

Wire copy gives both tolls in one clause, the wounded as "others": Italian
"ferendone altre cinque", "e ne ha ferite altre tre", "e ha ferito altri
due"; Spanish "e hirió a otras cinco"; Portuguese "ferindo outras cinco".
"Others" stands between the verb and the count; the count is still the
wounded (issue 11, phenomenon 5: figures not parsed).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import by_place

PUBLISHED = date(2025, 7, 19)

OTHERS = [
    ("it", "A Kharkiv un drone ha ucciso una persona, ferendone altre cinque.", 1, 5),
    ("it", "A Kharkiv un drone ha ucciso due persone e ne ha ferite altre tre.", 2, 3),
    ("it", "A Kharkiv un missile ha ucciso una donna e ha ferito altri due civili.", 1, 2),
    ("es", "En Járkov un dron mató a una persona e hirió a otras cinco.", 1, 5),
    ("pt", "Em Kharkiv um drone matou uma pessoa, ferindo outras cinco.", 1, 5),
]


@pytest.mark.parametrize(("language", "text", "killed", "injured"), OTHERS)
def test_the_others_wounded_are_counted(extract, language, text, killed, injured):
    events = by_place(extract(f"News\n\n{text}", published=PUBLISHED, language=language))
    assert events["Kharkiv"].killed == killed
    assert events["Kharkiv"].injured == injured
