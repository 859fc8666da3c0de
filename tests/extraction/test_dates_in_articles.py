"""Strike dates read from short articles, stated in calendar terms.

Each test names the article's publication date and what a reader would take the
strike date to be. Expected dates are worked out by hand from a calendar.
"""

from __future__ import annotations

from datetime import date

import pytest


def only_event(events):
    assert len(events) == 1, [(e.place, e.date) for e in events]
    return events[0]


def test_a_date_one_day_after_publication_is_this_year(extract):
    """'March 13' in an article published on March 12 is the next day (time zones), not 2023."""
    event = only_event(
        extract(
            "Missile strike on Lutsk\n\n"
            "A Russian missile hit a warehouse in Lutsk on March 13, killing two people.\n",
            published=date(2024, 3, 12),
        )
    )
    assert event.date == date(2024, 3, 13)


def test_a_date_two_days_after_publication_is_last_year(extract):
    """'March 14' in an article of March 12 cannot be a report of the future: it is 2023."""
    event = only_event(
        extract(
            "Missile strike on Lutsk\n\n"
            "A Russian missile hit a warehouse in Lutsk on March 14, killing two people.\n",
            published=date(2024, 3, 12),
        )
    )
    assert event.date == date(2023, 3, 14)


def test_a_date_earlier_in_the_year_is_this_year(extract):
    event = only_event(
        extract(
            "Missile strike on Lutsk\n\n"
            "A Russian missile hit a warehouse in Lutsk on February 2, killing two people.\n",
            published=date(2024, 3, 12),
        )
    )
    assert event.date == date(2024, 2, 2)


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("two weeks ago", date(2024, 3, 20), date(2024, 3, 6)),
        ("three weeks ago", date(2024, 3, 20), date(2024, 2, 28)),  # 2024 is a leap year
        ("a week ago", date(2024, 3, 20), date(2024, 3, 13)),
        ("three days ago", date(2024, 3, 20), date(2024, 3, 17)),
    ],
)
def test_weeks_and_days_ago_count_back_from_publication(extract, phrase, published, expected):
    event = only_event(
        extract(
            "Drone strike on Lutsk\n\n"
            f"A Russian drone hit an apartment block in Lutsk {phrase}, injuring four people.\n",
            published=published,
        )
    )
    assert event.date == expected


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("two weeks ago", date(2024, 3, 20), date(2024, 3, 6)),
        ("three weeks ago", date(2024, 3, 20), date(2024, 2, 28)),
        ("10 days ago", date(2024, 3, 20), date(2024, 3, 10)),
        ("yesterday", date(2024, 3, 20), date(2024, 3, 19)),
    ],
)
def test_relative_dates_of_one_sentence(phrase, published, expected):
    from strikemap.extraction.dates import resolve_date

    mention = resolve_date(f"A drone hit Lutsk {phrase}.", published, "en")
    assert mention is not None and mention.date == expected


def test_an_ago_beyond_a_month_is_no_strike_date():
    """'six weeks ago' is too vague to date a strike to the day."""
    from strikemap.extraction.dates import resolve_date

    assert resolve_date("A drone hit Lutsk six weeks ago.", date(2024, 3, 20), "en") is None


def test_in_march_said_in_march_is_this_march():
    """'In March' in an article of 20 March 2024 is March 2024, known to the month."""
    from strikemap.extraction.dates import resolve_date

    mention = resolve_date("In March, drones hit Lutsk.", date(2024, 3, 20), "en")
    assert mention is not None
    assert (mention.date, mention.precision) == (date(2024, 3, 1), "month")


def test_in_april_said_in_march_is_last_april():
    from strikemap.extraction.dates import resolve_date

    mention = resolve_date("In April, drones hit Lutsk.", date(2024, 3, 20), "en")
    assert mention is not None
    assert (mention.date, mention.precision) == (date(2023, 4, 1), "month")


# An article published on Wednesday 20 March 2024: what each phrase dates a strike to.
WEDNESDAY = date(2024, 3, 20)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("A drone hit Lutsk on 2024-03-18.", "en", (date(2024, 3, 18), "day")),
        # Slash dates in English are month/day; a first number above 12 is a day.
        ("A drone hit Lutsk on 03/04/2024.", "en", (date(2024, 3, 4), "day")),
        ("A drone hit Lutsk on 13/04/2023.", "en", (date(2023, 4, 13), "day")),
        # Dotted dates are day.month.
        ("A drone hit Lutsk on 04.03.2024.", "en", (date(2024, 3, 4), "day")),
        ("Drones hit Lutsk on 18 March.", "en", (date(2024, 3, 18), "day")),
        ("Drones hit Lutsk on March 18.", "en", (date(2024, 3, 18), "day")),
        # May 20 has not come yet in March 2024: it is last year's.
        ("Drones hit Lutsk on May 20.", "en", (date(2023, 5, 20), "day")),
        ("In March 2023, drones hit Lutsk.", "en", (date(2023, 3, 1), "month")),
        ("Drones hit Lutsk in 2023.", "en", (date(2023, 1, 1), "year")),
        ("Drones hit Lutsk yesterday.", "en", (date(2024, 3, 19), "day")),
        ("Drones hit Lutsk on Monday.", "en", (date(2024, 3, 18), "day")),
        ("Drones hit Lutsk last Wednesday.", "en", (date(2024, 3, 13), "day")),
        ("Drones hit Lutsk two days ago.", "en", (date(2024, 3, 18), "day")),
        ("Drones hit Lutsk a week ago.", "en", (date(2024, 3, 13), "day")),
        ("Дрони атакували Луцьк тиждень тому.", "uk", (date(2024, 3, 13), "day")),
        ("Drony zaatakowały Łuck dwa tygodnie temu.", "pl", (date(2024, 3, 6), "day")),
        ("Los drones atacaron Lutsk hace dos semanas.", "es", (date(2024, 3, 6), "day")),
    ],
)
def test_a_phrase_in_an_article_of_wednesday_20_march_2024(sentence, lang, expected):
    from strikemap.extraction.dates import resolve_date

    mention = resolve_date(sentence, WEDNESDAY, lang)
    assert mention is not None
    assert (mention.date, mention.precision) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Drones hit Lutsk on 31 February.",  # no such day
        "Drones hit Lutsk 40 days ago.",  # too far back to date to the day
        "In Mar, drones hit Lutsk.",  # a bare abbreviation is too ambiguous
        "Up to 20 people may 20 be hurt.",  # the verb, not the month
    ],
)
def test_a_phrase_that_gives_no_date(sentence):
    from strikemap.extraction.dates import resolve_date

    assert resolve_date(sentence, WEDNESDAY, "en") is None


def test_relative_dates_need_a_publication_date():
    from strikemap.extraction.dates import resolve_date

    for sentence in ("Drones hit Lutsk yesterday.", "Drones hit Lutsk two days ago."):
        assert resolve_date(sentence, None, "en") is None
    mention = resolve_date("A drone hit Lutsk on 2024-03-18.", None, "en")
    assert mention is not None and mention.date == date(2024, 3, 18)
