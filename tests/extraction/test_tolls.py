"""Killed and injured tolls of short articles whose figures change as the day goes on.

Expected figures are the ones a careful reader would report, written by hand.
"""

from __future__ import annotations


def only_event(events):
    assert len(events) == 1, [(e.place, e.killed, e.injured) for e in events]
    return events[0]


def test_a_toll_corrected_from_12_to_9_gives_9(extract):
    event = only_event(
        extract(
            "Missile strike on Lutsk\n\n"
            "A Russian missile hit a warehouse in Lutsk on Tuesday, killing 9 people.\n\n"
            "Earlier, officials had reported 12 people killed.\n"
        )
    )
    assert event.killed == 9


def test_a_toll_that_rose_from_5_to_12_gives_12(extract):
    """A later figure that officials announce is the current one, not an earlier report."""
    event = only_event(
        extract(
            "Missile strike on Lutsk\n\n"
            "A Russian missile hit a warehouse in Lutsk on Tuesday, killing 5 people.\n\n"
            "The death toll rose to 12, the governor said.\n"
        )
    )
    assert event.killed == 12


def test_a_toll_raised_earlier_in_the_day_stands(extract):
    """'earlier' without a report of a figure does not make the figure superseded."""
    event = only_event(
        extract(
            "Missile strike on Lutsk\n\n"
            "A Russian missile hit a warehouse in Lutsk on Tuesday, killing 5 people.\n\n"
            "Rescuers found more bodies after the earlier search, and 12 people are now dead.\n"
        )
    )
    assert event.killed == 12


def test_an_earlier_report_of_injured_does_not_stand(extract):
    event = only_event(
        extract(
            "Drone strike on Lutsk\n\n"
            "A Russian drone hit an apartment block in Lutsk on Tuesday, injuring 4 people.\n\n"
            "Initially, the mayor reported 7 injured.\n"
        )
    )
    assert event.injured == 4


def test_nearly_70_is_no_toll(extract):
    """An upper bound ('nearly 70') is not a count of the dead."""
    event = only_event(
        extract(
            "Missile strike on Lutsk\n\n"
            "A Russian missile hit a warehouse in Lutsk on Tuesday, killing 3 people.\n\n"
            "Nearly 70 people were injured.\n"
        )
    )
    assert event.killed == 3
