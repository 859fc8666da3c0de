"""Issue 11: "damals", "back then", "à l'époque" tell of an earlier strike.

"Bereits am 5. Dezember 2022 hatten ukrainische Drohnen den Militärflugplatz
Engels getroffen, damals der erste Angriff so tief im Hinterland": an aside
about an earlier strike (background), whose day is not that of "derselben
Nacht" in the next entry of the ticker.
"""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 11, 2)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Ticker\n\nIn der Nacht zu Sonntag trafen ukrainische Drohnen eine Fabrik in "
            "Kotowsk. Bereits am 5. Dezember 2022 hatten Drohnen die Stadt Engels "
            "getroffen, damals der erste Angriff so tief im Hinterland.\n\n"
            "In derselben Nacht wurden in Lipezk zwei Menschen durch Trümmer verletzt.\n",
        ),
        (
            "en",
            "Ticker\n\nOvernight on Sunday Ukrainian drones hit a plant in Kotovsk. Back then, "
            "on 5 December 2022, drones had struck the Engels airfield for the first time.\n\n"
            "The same night two people were injured by debris in Lipetsk.\n",
        ),
    ],
)
def test_an_aside_back_then_is_background_and_dates_no_later_entry(extract, lang, text):
    events = extract(text, published=PUBLISHED, language=lang)
    by = {e.place: e for e in events}
    assert by["Engels"].primary is False
    assert str(by["Lipetsk"].date) == "2025-11-02"
    assert by["Lipetsk"].primary is True
