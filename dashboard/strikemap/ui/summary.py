"""Headline counts and the events table of the filtered view (pandas only)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from strikemap.labels import (
    attacker_label,
    country_label,
    date_label,
    figure_label,
    level_label,
    source_label,
    text_label,
    weapons_label,
)

TABLE_COLUMNS: tuple[str, ...] = (
    "date",
    "place",
    "parent",
    "level",
    "oblast",
    "country",
    "weapons",
    "killed",
    "injured",
    "attacker",
    "confidence",
    "sources",
    "event_id",
)


@dataclass(frozen=True)
class Headline:
    """The filtered view in four numbers.

    ``killed``/``injured`` sum the known figures; ``*_at_least`` tells whether
    any event's figure is a lower bound ("at least 10 injured") or unknown, so
    the total is itself a lower bound.
    """

    events: int
    killed: int
    injured: int
    places: int
    killed_at_least: bool
    injured_at_least: bool


def headline(frame: pd.DataFrame) -> Headline:
    """Return the headline counts of an events frame."""
    if frame.empty:
        return Headline(0, 0, 0, 0, False, False)
    places = frame["place_id"].where(frame["place_id"].notna(), frame["place"])
    return Headline(
        events=len(frame),
        killed=int(frame["killed"].sum(skipna=True)),
        injured=int(frame["injured"].sum(skipna=True)),
        places=int(places.nunique()),
        killed_at_least=bool(frame["killed_at_least"].any() or frame["killed"].isna().any()),
        injured_at_least=bool(frame["injured_at_least"].any() or frame["injured"].isna().any()),
    )


def _date_labels(dates: pd.Series) -> pd.Series:
    """:func:`strikemap.labels.date_label` of each day, at once for a column of days.

    Mapping a ``datetime64`` column cell by cell makes a Timestamp of each
    (half a second for 10,000 events).
    """
    if not pd.api.types.is_datetime64_any_dtype(dates):
        return dates.map(date_label)
    labels = dates.dt.strftime("%Y-%m-%d").astype(object)
    return labels.where(dates.notna(), date_label(None))


def _publishers(sources: list[dict]) -> str:
    names = dict.fromkeys(source_label(s) for s in sources or ())
    return ", ".join(names)


def table_frame(frame: pd.DataFrame, limit: int | None = None) -> pd.DataFrame:
    """Return the events as the plain table the dashboard shows, newest first.

    Lists become comma-separated text and sources their publishers, so the
    table is sortable by every column. Values stay data: ``st.dataframe``
    renders them as text, never as markup.

    Parameters
    ----------
    frame
        The events.
    limit
        Keep only the newest ``limit`` events (the browser grid and the
        per-rerun transfer grow with every row).
    """
    if frame.empty:
        return pd.DataFrame(columns=list(TABLE_COLUMNS))
    if limit is not None and len(frame) > limit:
        frame = frame.loc[
            frame["date"].sort_values(ascending=False, na_position="last").index[:limit]
        ]
    out = pd.DataFrame(
        {
            "date": _date_labels(frame["date"]),
            "place": frame["place"],
            "parent": frame["parent"].map(text_label),
            "level": frame["level"].map(level_label),
            "oblast": frame["oblast"].map(text_label),
            "country": frame["country"].map(country_label),
            "weapons": frame["weapons"].map(weapons_label),
            "killed": [
                figure_label(v, bool(a))
                for v, a in zip(frame["killed"], frame["killed_at_least"], strict=True)
            ],
            "injured": [
                figure_label(v, bool(a))
                for v, a in zip(frame["injured"], frame["injured_at_least"], strict=True)
            ],
            "attacker": frame["attacker"].map(attacker_label),
            # Whole percent, shown as "84%" (the column format), sortable as a number.
            "confidence": (frame["confidence"] * 100).round().astype("Int64"),
            "sources": frame["sources"].map(_publishers),
            "event_id": frame["event_id"],
        },
        index=frame.index,
    )
    # Newest first, undated last ("unknown" would sort above every ISO day).
    order = frame["date"].sort_values(ascending=False, na_position="last", kind="stable").index
    return out.loc[order]
