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
