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

from strikemap.filters import PARAM_NAMES
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


def reset_filters() -> None:
    """Clear every filter (widget state and the URL's filter parameters); keep the map view."""
    for name in PARAM_NAMES.values():
        st.session_state.pop(name, None)
        if name in st.query_params:
            del st.query_params[name]


def render_empty_state(total: int, filters: Mapping[str, Any] | None = None) -> None:
    """Say that nothing matches and offer to reset the filters."""
    del filters
    st.warning(
        f"No events match these filters (the store holds {total:,}). Widen the dates or "
        "clear a filter, or reset them all."
    )
    st.button("Reset filters", key="reset_filters", on_click=reset_filters, type="primary")
