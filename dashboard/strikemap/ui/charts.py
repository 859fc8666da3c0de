"""Altair charts of the filtered view: events over time by weapon, casualties by oblast."""

from __future__ import annotations

import altair as alt
import pandas as pd

from strikemap.labels import WEAPON_LABELS, weapon_label
from strikemap.mapping.styles import CATEGORY_STYLES
from strikemap.models import WEAPON_CATEGORIES

#: Span in days above which bars are weeks, and above which they are months.
WEEKLY_ABOVE_DAYS = 120
MONTHLY_ABOVE_DAYS = 730
BRUSH = "brush"
"""Name of the chart's date selection (``st.altair_chart`` reports it under this name)."""
_FREQ = {"day": None, "week": "W-MON", "month": "MS"}


def time_bin(frame: pd.DataFrame) -> str:
    """Return the bar width for the view's span of dates: ``day``, ``week`` or ``month``."""
    days = pd.to_datetime(frame["date"]).dropna() if len(frame) else pd.Series([], dtype=object)
    if days.empty:
        return "day"
    span = (days.max() - days.min()).days
    if span > MONTHLY_ABOVE_DAYS:
        return "month"
    return "week" if span > WEEKLY_ABOVE_DAYS else "day"


def _bin_start(dates: pd.Series, unit: str) -> pd.Series:
    dates = pd.to_datetime(dates)
    if unit == "week":
        return (dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")).dt.normalize()
    if unit == "month":
        return dates.dt.to_period("M").dt.start_time
    return dates.dt.normalize()


def strikes_per_day(frame: pd.DataFrame, unit: str | None = None) -> pd.DataFrame:
    """Count events per time bin and weapon category.

    An event counts once in each of its categories (an event with a missile and a
    drone counts once under each; two missile models still count once), and
    ``events`` gives the number of distinct events of the bin, the bar's true
    total. Columns: ``date`` (start of the bin), ``weapon`` (label), ``strikes``
    (events with that category), ``events`` (events of the bin).

    Parameters
    ----------
    frame
        The events.
    unit
        ``day``, ``week`` or ``month``; default :func:`time_bin` of the frame.
    """
    empty = pd.DataFrame({"date": [], "weapon": [], "strikes": [], "events": []})
    dated = frame.loc[frame["date"].notna(), ["event_id", "date", "weapons"]]
    if dated.empty:
        return empty
    unit = unit or time_bin(frame)
    dated = dated.assign(date=_bin_start(dated["date"], unit))
    dated["weapons"] = dated["weapons"].map(lambda ws: sorted(set(ws or ())) or ["unknown"])
    pairs = dated.explode("weapons").drop_duplicates(["event_id", "weapons"])
    counts = pairs.groupby(["date", "weapons"]).size().rename("strikes").reset_index()
    totals = dated.groupby("date")["event_id"].nunique().rename("events")
    counts = counts.join(totals, on="date")
    counts["weapon"] = counts.pop("weapons").map(weapon_label)
    return counts[["date", "weapon", "strikes", "events"]]


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
        domain=[WEAPON_LABELS[w] for w in WEAPON_CATEGORIES],
        range=[CATEGORY_STYLES[w].colour for w in WEAPON_CATEGORIES],
    )


def strikes_per_day_chart(frame: pd.DataFrame) -> alt.Chart:
    """Stacked bars of events per day (week, month) by weapon, with a brush that picks dates.

    Dragging across the chart selects a date range (:data:`BRUSH`); the app turns
    it into the date filter. A tick marks each bar's number of distinct events,
    since an event with several weapons is in several stacks.
    """
    unit = time_bin(frame)
    data = strikes_per_day(frame, unit)
    brush = alt.selection_interval(name=BRUSH, encodings=["x"])
    axis = alt.Axis(format="%Y-%m-%d") if unit == "day" else alt.Axis()
    x = alt.X("date:T", title=None, axis=axis)
    bars = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=x,
            y=alt.Y(
                "strikes:Q",
                title="Events",
                stack="zero",
                axis=alt.Axis(tickMinStep=1, format="d"),
            ),
            color=alt.Color("weapon:N", scale=_weapon_scale(), title="Weapon"),
            tooltip=[
                alt.Tooltip("date:T", title=f"{unit} of", format="%Y-%m-%d"),
                alt.Tooltip("weapon:N", title="weapon"),
                alt.Tooltip("strikes:Q", title="events with this weapon"),
                alt.Tooltip("events:Q", title="events in all"),
            ],
        )
        .add_params(brush)
    )
    totals = (
        alt.Chart(data)
        .mark_tick(color="#111", thickness=2)
        .encode(x=x, y=alt.Y("events:Q"), tooltip=[alt.Tooltip("events:Q", title="events")])
    )
    # The axis only says "Events": a longer title was cut off at the chart's height.
    title = alt.TitleParams(
        f"Strikes per {unit} by weapon",
        subtitle=[
            "An event with several weapons counts under each; the black tick is the "
            "number of events.",
            "Drag across the bars to pick their dates.",
        ],
        anchor="start",
    )
    return alt.layer(bars, totals, title=title).properties(height=260)


def casualties_by_oblast_chart(frame: pd.DataFrame) -> alt.Chart:
    """Horizontal stacked bars of killed and injured per oblast, worst first."""
    data = casualties_by_oblast(frame)
    order = list(dict.fromkeys(data["oblast"]))
    return (
        alt.Chart(data, title="Casualties by oblast (as reported)")
        .mark_bar()
        .encode(
            y=alt.Y("oblast:N", sort=order, title=None),
            x=alt.X("people:Q", title="People (reported)", stack="zero", axis=alt.Axis(format="d")),
            color=alt.Color(
                "kind:N",
                scale=alt.Scale(domain=["killed", "injured"], range=["#7f1d1d", "#f59e0b"]),
                title=None,
            ),
            tooltip=["oblast:N", "kind:N", "people:Q"],
        )
        .properties(height=260)
    )


def brush_dates(selection: object) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """Return the dates a brush on the chart selected (Streamlit's selection), else ``None``."""
    try:
        values = selection["selection"][BRUSH]["date"]  # type: ignore[index]
        first, last = (pd.Timestamp(v, unit="ms") if isinstance(v, int | float) else pd.Timestamp(v)
                       for v in values)  # fmt: skip
    except (KeyError, TypeError, ValueError):
        return None
    return (first, last) if first <= last else (last, first)
