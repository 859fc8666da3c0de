"""Altair charts of the filtered view: strikes per day by weapon, casualties by oblast."""

from __future__ import annotations

import altair as alt
import pandas as pd

from strikemap.mapping.styles import CATEGORY_STYLES
from strikemap.models import WEAPON_CATEGORIES


def strikes_per_day(frame: pd.DataFrame) -> pd.DataFrame:
    """Count events per day and weapon category (an event with two weapons counts in both)."""
    dated = frame.loc[frame["date"].notna(), ["date", "weapons"]].explode("weapons")
    if dated.empty:
        return pd.DataFrame({"date": [], "weapon": [], "strikes": []})
    dated["weapons"] = dated["weapons"].fillna("unknown")
    counts = dated.groupby(["date", "weapons"]).size().rename("strikes").reset_index()
    return counts.rename(columns={"weapons": "weapon"})


def casualties_by_oblast(frame: pd.DataFrame, top: int = 15) -> pd.DataFrame:
    """Sum killed and injured per oblast, long format, for the ``top`` worst oblasts."""
    known = frame.loc[frame["oblast"].notna(), ["oblast", "killed", "injured"]]
    if known.empty:
        return pd.DataFrame({"oblast": [], "kind": [], "people": []})
    sums = known.groupby("oblast")[["killed", "injured"]].sum(min_count=1).fillna(0).astype(int)
    sums = sums[(sums["killed"] + sums["injured"]) > 0]
    order = (sums["killed"] + sums["injured"]).sort_values(ascending=False).index[:top]
    long = sums.loc[order].reset_index().melt("oblast", var_name="kind", value_name="people")
    return long


def _weapon_scale() -> alt.Scale:
    return alt.Scale(
        domain=list(WEAPON_CATEGORIES),
        range=[CATEGORY_STYLES[w].colour for w in WEAPON_CATEGORIES],
    )


def strikes_per_day_chart(frame: pd.DataFrame) -> alt.Chart:
    """Stacked bars of strikes per day, coloured like the map's weapon categories."""
    data = strikes_per_day(frame)
    return (
        alt.Chart(data, title="Strikes per day by weapon category")
        .mark_bar()
        .encode(
            x=alt.X("date:T", title=None),
            y=alt.Y("strikes:Q", title="Strikes", stack="zero"),
            color=alt.Color("weapon:N", scale=_weapon_scale(), title="Weapon"),
            tooltip=[
                alt.Tooltip("date:T", format="%Y-%m-%d"),
                alt.Tooltip("weapon:N"),
                alt.Tooltip("strikes:Q"),
            ],
        )
        .properties(height=260)
    )


def casualties_by_oblast_chart(frame: pd.DataFrame) -> alt.Chart:
    """Horizontal stacked bars of killed and injured per oblast, worst first."""
    data = casualties_by_oblast(frame)
    order = list(dict.fromkeys(data["oblast"]))
    return (
        alt.Chart(data, title="Casualties by oblast")
        .mark_bar()
        .encode(
            y=alt.Y("oblast:N", sort=order, title=None),
            x=alt.X("people:Q", title="People (reported)", stack="zero"),
            color=alt.Color(
                "kind:N",
                scale=alt.Scale(domain=["killed", "injured"], range=["#7f1d1d", "#f59e0b"]),
                title=None,
            ),
            tooltip=["oblast:N", "kind:N", "people:Q"],
        )
        .properties(height=260)
    )
