"""Shared helpers of the ``test_phenomena_*`` modules (issue 11).

The phenomenon tests state, in the domain's terms, what a reader of a strike
report expects; a test the current extractor fails is marked
``xfail(strict=True)`` with the phenomenon as its reason, so it turns into a
failure (to be unmarked) as soon as the mechanism that fixes it lands.
"""

from __future__ import annotations

from datetime import date

import pytest

#: Publication day of most phenomenon articles: a Tuesday.
TUESDAY = date(2025, 3, 4)
MONDAY = date(2025, 3, 3)
SUNDAY = date(2025, 3, 2)
SATURDAY = date(2025, 3, 1)


def by_place(events) -> dict:
    """The events of an article by canonical place name (last one wins)."""
    return {e.place: e for e in events}


def places(events) -> set[str]:
    """Canonical names of the places an article's events are at."""
    return {e.place for e in events}


def issue11(phenomenon: str):
    """Mark a test the extractor fails today because issue 11's mechanism is missing."""
    return pytest.mark.xfail(strict=True, reason=f"issue 11: {phenomenon}")
