"""Issue 11: a written day beats a counted one beside it.

"Попередня атака на Рені була лише одинадцять днів тому — 19 вересня дрон
влучив у навіс": the count ("eleven days ago") may run from another day than
publication; the day written out is the strike's.  "Yesterday, 30 September"
agree, and "yesterday" alone is still yesterday.
"""

from __future__ import annotations

from datetime import date

from strikemap.extraction.dates import find_dates

PUBLISHED = date(2025, 10, 1)


def _days(text: str, lang: str) -> list[str]:
    return [str(m.date) for m in find_dates(text, PUBLISHED, lang) if m.precision == "day"]


def test_a_written_day_beside_a_count_of_days_is_the_day():
    text = "Попередня атака на Рені була одинадцять днів тому — 19 вересня дрон влучив у навіс."
    assert _days(text, "uk") == ["2025-09-19"]


def test_a_count_of_days_alone_still_dates():
    assert _days("Eleven days ago a drone hit the port of Reni.", "en") == ["2025-09-20"]


def test_yesterday_beside_its_written_day_stays():
    assert set(_days("Yesterday, on 30 September, a drone hit Reni.", "en")) == {"2025-09-30"}
