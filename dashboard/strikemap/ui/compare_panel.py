"""The comparison panel: the latest period of the view against the one before it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from strikemap.exports.compare import compare_periods
from strikemap.labels import change_label

PERIODS = {"7 days": 7, "30 days": 30}


def _table(table: pd.DataFrame, key: str) -> pd.DataFrame:
    # A change reads "+4", "±0" or "−2", as in the briefing's comparison.
    table = table.assign(change=table["change"].map(change_label))
    return table.rename(
        columns={key: key.capitalize(), "current": "This period", "previous": "Previous"}
    ).rename(columns={"change": "Change"})


def render_comparison(view: pd.DataFrame) -> None:
    """Draw this week (or 30 days) against the previous one: by weapon, by oblast, new places."""
    choice = st.radio(
        "Period", list(PERIODS), horizontal=True, key="compare_period", label_visibility="collapsed"
    )
    comparison = compare_periods(view, PERIODS[choice])
    (first, last), (before_first, before_last) = comparison.current, comparison.previous
    st.caption(
        f"This period: {first} to {last} ({comparison.events[0]} events) · previous: "
        f"{before_first} to {before_last} ({comparison.events[1]} events). Periods end on the "
        "newest event of the view; an event with several weapons counts under each."
    )
    left, right = st.columns(2)
    left.dataframe(
        _table(comparison.by_weapon, "weapon"),
        hide_index=True,
        width="stretch",
        key="cmp_weapon",
    )
    right.dataframe(
        _table(comparison.by_oblast, "oblast"),
        hide_index=True,
        width="stretch",
        key="cmp_oblast",
    )
    places = comparison.new_places
    st.markdown("**New places struck** (not struck in the previous period)")
    if places:
        st.dataframe(
            pd.DataFrame({"place": places}), hide_index=True, width="stretch", key="cmp_places"
        )
    else:
        st.caption("None.")
