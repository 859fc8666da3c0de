"""Issue 11, read in real oblast summaries and Polish wire copy:

- **a list goes on past the raion locating its first member**: in "Кочеток
  Чугуевского района, Великий Бурлук и Двуречная" all three villages were shelled;
- **Polish raions, hromadas and city districts in small letters, noun first** ("w
  rejonie stryjskim", "hromadę krasnopilską", "w rejonie kowpakiwskim") and the
  locative of towns in -ka ("w Szostce": Shostka).
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Обстрелы Харьковщины\n\nВо вторник под обстрелами находились Кочеток Чугуевского "
            "района, Великий Бурлук и Двуречная.",
        ),
        (
            "uk",
            "Обстріли Харківщини\n\nУ вівторок під обстрілами перебували Кочеток Чугуївського "
            "району, Великий Бурлук і Дворічна.",
        ),
        (
            "en",
            "Shelling in Kharkiv region\n\nOn Tuesday Russian troops shelled Kochetok in the "
            "Chuhuiv district, Velykyi Burluk and Dvorichna.",
        ),
    ],
)
def test_a_list_goes_on_past_the_raion_locating_its_first_member(extract, lang, text):
    assert places(extract(text, published=TUESDAY, language=lang)) == {
        "Kochetok",
        "Velykyi Burluk",
        "Dvorichna",
    }


@pytest.mark.parametrize(
    ("text", "place", "injured"),
    [
        (
            "Atak na Lwowszczyznę\n\nWe wtorek pociski trafiły w obiekt infrastruktury "
            "krytycznej w rejonie stryjskim. Dwie osoby zostały ranne.",
            "Stryi Raion",
            2,
        ),
        (
            "Ostrzał na Sumszczyźnie\n\nWe wtorek Rosjanie ostrzelali hromadę krasnopilską. "
            "Dwie osoby zostały ranne.",
            "Krasnopilska hromada",
            2,
        ),
        (
            "Atak na Sumy\n\nWe wtorek dron trafił w blok w rejonie kowpakiwskim w Sumach. "
            "Dwie osoby zostały ranne.",
            "Kovpakivskyi",
            2,
        ),
        (
            "Atak na Szostkę\n\nWe wtorek dron uderzył w teren przedsiębiorstwa w Szostce. Dwie "
            "osoby zostały ranne.",
            "Shostka",
            2,
        ),
    ],
)
def test_polish_units_in_small_letters_and_towns_in_ka(extract, text, place, injured):
    events = {e.place: e for e in extract(text, published=TUESDAY, language="pl")}
    assert events[place].injured == injured
