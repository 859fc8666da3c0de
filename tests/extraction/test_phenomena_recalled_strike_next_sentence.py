"""A strike recalled in the sentence after its place, and abbreviations inside a sentence.

"The refinery in Ryazan has been targeted before. On March 13, 2024, drones
set fire to one of its units": the day the next sentence gives the place is
a strike a year and more before the report, recalled as background, not
today's strike on the same refinery (issue 11, phenomenon 4: a background
strike's date leaks into today's event).  And an abbreviation such as Polish
"m.in." ("among others") or German "u.a." ends no sentence, so the date
after it stays with its place.
"""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction.segment import split_sentences

PUBLISHED = date(2025, 10, 2)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Ukrainian drones hit the refinery in Ryazan overnight, starting a fire, the governor "
            "said. Nobody was hurt.\n\nThe refinery in Ryazan has been targeted before. On March "
            "13, 2024, drones set fire to one of its units.",
        ),
        (
            "pl",
            "Ukraińskie drony zaatakowały w nocy rafinerię w Riazaniu, wybuchł pożar. Nikt nie "
            "ucierpiał.\n\nRafineria w Riazaniu była już wielokrotnie celem ataków, m.in. 13 "
            "marca 2024 r., gdy drony wywołały tam pożar.",
        ),
    ],
)
def test_a_strike_recalled_is_background_and_today_keeps_its_day(extract, language, text):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    ryazan = {e.date: e for e in events if e.place == "Ryazan"}
    assert ryazan[PUBLISHED].primary
    assert ryazan[PUBLISHED].killed == 0
    assert not ryazan[date(2024, 3, 13)].primary


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Celem były m.in. rafinerie w Riazaniu. Nikt nie ucierpiał.", "pl"),
        ("Getroffen wurden u.a. Wohnhäuser in Charkiw. Verletzt wurde niemand.", "de"),
        ("Пошкоджено т.зв. критичну інфраструктуру. Постраждалих немає.", "uk"),
    ],
)
def test_an_abbreviation_ends_no_sentence(text, language):
    assert len(split_sentences(text)) == 2
