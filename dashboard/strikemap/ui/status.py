"""What the page says about its data: counts, freshness, an empty view, a playback day.

Streamlit-free helpers (:func:`counts_line`, :func:`freshness_text`,
:func:`in_window`) and the few Streamlit pieces that use them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

import pandas as pd
import streamlit as st

from strikemap.filters import NO_LIMIT, PARAM_NAMES
from strikemap.labels import total_label
from strikemap.ui.summary import Headline

__all__ = [
    "counts_line",
    "freshness_text",
    "in_window",
    "render_empty_state",
    "reset_filters",
    "store_updated",
]


def counts_line(counts: Headline) -> list[tuple[str, str]]:
    """Return the headline counts as ``(label, value)``, "≥" on totals that are lower bounds."""
    return [
        ("Events", f"{counts.events:,}"),
        ("Killed", total_label(counts.killed, counts.killed_at_least)),
        ("Injured", total_label(counts.injured, counts.injured_at_least)),
        ("Places", f"{counts.places:,}"),
    ]


def store_updated(path: Any) -> datetime | None:
    """Return when the store's file last changed (UTC), or ``None`` when it is no file."""
    try:
        return datetime.fromtimestamp(os.path.getmtime(str(path)), tz=UTC)
    except (OSError, TypeError, ValueError):
        return None


def freshness_text(newest: date | None, updated: datetime | None) -> str:
    """Return "newest event: DATE · store updated: TIME" (quick ranges count from the first)."""
    newest_text = newest.isoformat() if newest else "none"
    updated_text = updated.strftime("%Y-%m-%d %H:%M UTC") if updated else "unknown"
    return (
        f"Newest event: {newest_text} (the 24h/7d/30d picks count back from it) · "
        f"store updated: {updated_text}"
    )


def in_window(frame: pd.DataFrame, window: tuple[date, date]) -> pd.DataFrame:
    """Return the events whose day lies in the inclusive ``window``."""
    days = pd.to_datetime(frame["date"]).dt.date
    inside = (days >= window[0]) & (days <= window[1])
    return frame[inside.fillna(False).to_numpy(dtype=bool)]


#: Every filter widget's value with no filter active (keys: query parameter names).
FILTER_DEFAULTS: dict[str, Any] = {
    PARAM_NAMES["quick"]: "all",
    PARAM_NAMES["weapons"]: [],
    PARAM_NAMES["attackers"]: [],
    PARAM_NAMES["countries"]: [],
    PARAM_NAMES["oblasts"]: [],
    PARAM_NAMES["sources"]: [],
    PARAM_NAMES["levels"]: [],
    PARAM_NAMES["killed"]: ("0", NO_LIMIT),
    PARAM_NAMES["injured"]: ("0", NO_LIMIT),
    PARAM_NAMES["include_unknown_casualties"]: True,
    PARAM_NAMES["text"]: "",
}


def reset_filters() -> None:
    """Set every filter back to "no filter" (a button callback); the map view stays.

    The widgets are bound to the URL, so their values are set, not dropped: the
    binding then writes the cleared state back into the query string.
    """
    for name, value in FILTER_DEFAULTS.items():
        st.session_state[name] = value
    for name in (PARAM_NAMES["date_from"], PARAM_NAMES["date_to"]):
        st.session_state.pop(name, None)


def render_empty_state(total: int, filters: Mapping[str, Any] | None = None) -> None:
    """Say that nothing matches and offer to reset the filters."""
    del filters
    st.warning(
        f"No events match these filters (the store holds {total:,}). Widen the dates or "
        "clear a filter, or reset them all."
    )
    st.button("Reset filters", key="reset_filters", on_click=reset_filters, type="primary")
