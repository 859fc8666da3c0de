"""Issue 11: a quiet night and last year's strike are no strike of today.

"В Харькове ночь прошла без прилетов" (the night passed without hits) and
"ніч минула спокійно" report that nothing was hit.  "Najtragiczniejszy atak
... w ubiegłym roku dotknął Lwów" recalls last year's strike: background, with
no day of its own, so no event, also inside a live blog's dated entry.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import TUESDAY, places


@pytest.mark.parametrize(
    ("lang", "quiet"),
    [
        ("ru", "В Харькове ночь прошла без прилетов, сообщил городской голова."),
        ("uk", "У Харкові ніч минула спокійно, повідомив міський голова."),
    ],
)
def test_a_quiet_night_strikes_nothing(extract, lang, quiet):
    lead = {
        "ru": "Во вторник дрон атаковал Сумы, ранены два человека.",
        "uk": "У вівторок дрон атакував Суми, поранено двох людей.",
    }[lang]
    assert places(extract(f"Сводка\n\n{lead} {quiet}", published=TUESDAY, language=lang)) == {
        "Sumy"
    }


@pytest.mark.parametrize(
    ("lang", "aside"),
    [
        ("pl", "Najtragiczniejszy atak na zachodnią Ukrainę w ubiegłym roku dotknął Lwów."),
        ("uk", "Торік найтрагічніший удар по заходу України припав на Львів."),
        ("fr", "L'an dernier, l'attaque la plus meurtrière dans l'ouest a frappé Lviv."),
    ],
)
def test_last_years_strike_is_no_event(extract, lang, aside):
    lead = {
        "pl": "W środę rano dron uderzył w Żytomierz, ranny jest mężczyzna.",
        "uk": "У середу вранці дрон влучив у Житомир, поранено чоловіка.",
        "fr": "Mercredi matin, un drone a frappé Jytomyr, blessant un homme.",
    }[lang]
    text = f"Relacja\n\n{lead} {aside}"
    found = places(extract(text, published=date(2025, 10, 22), language=lang))
    assert found == {"Zhytomyr"}


def test_last_years_strike_in_a_live_entry_is_no_event(extract):
    text = (
        "Relacja na żywo\n\n"
        "Środa, 22.10.2025\n\n"
        "09:30\n"
        "W środę rano dron uderzył w Żytomierz, ranny jest mężczyzna. Jak przypomina "
        "ekspert, najtragiczniejszy atak na zachodnią Ukrainę w ubiegłym roku dotknął Lwów.\n"
    )
    assert places(extract(text, published=date(2025, 10, 22), language="pl")) == {"Zhytomyr"}
