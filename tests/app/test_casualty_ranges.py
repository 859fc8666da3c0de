"""The sidebar's killed and injured ranges, on events written by hand.

"0 to 3 killed" keeps an event with 3 killed; expected event sets are listed by hand.
"""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.filters import FilterState, apply_filters, from_params
from strikemap.frames import events_to_frame
from strikemap.models import Event


def strike(name: str, killed: int | None, injured: int | None) -> Event:
    return Event(
        event_id=name,
        article_ids=["a"],
        place=name,
        level="city",
        country="UA",
        lat=50.0,
        lon=30.0,
        date=date(2024, 5, 2),
        killed=killed,
        injured=injured,
    )


EVENTS = [
    strike("none", 0, 0),
    strike("three", 3, 1),
    strike("four", 4, 10),
    strike("ten", 10, 30),
    strike("unknown", None, None),
    strike("injured-only", None, 5),
]


def kept(state: FilterState) -> set[str]:
    return set(apply_filters(events_to_frame(EVENTS), state)["event_id"])


@pytest.mark.parametrize(
    ("killed", "include_unknown", "expected"),
    [
        ((0, 3), False, {"none", "three"}),
        ((3, 3), False, {"three"}),
        ((3, 4), False, {"three", "four"}),
        ((4, None), False, {"four", "ten"}),
        ((0, 3), True, {"none", "three", "unknown", "injured-only"}),
        ((11, None), False, set()),
    ],
)
def test_killed_range_includes_both_ends(killed, include_unknown, expected):
    state = FilterState(killed=killed, include_unknown_casualties=include_unknown)
    assert kept(state) == expected


@pytest.mark.parametrize(
    ("injured", "expected"),
    [((0, 1), {"none", "three"}), ((5, 10), {"four", "injured-only"}), ((30, 30), {"ten"})],
)
def test_injured_range_includes_both_ends(injured, expected):
    assert kept(FilterState(injured=injured, include_unknown_casualties=False)) == expected


def test_a_shared_link_with_killed_1_to_4():
    state = from_params({"killed": ["1", "4"]})
    assert state.killed == (1, 4)
    assert kept(state.with_changes(include_unknown_casualties=False)) == {"three", "four"}
