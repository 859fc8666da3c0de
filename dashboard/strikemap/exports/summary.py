"""Figures and lists that describe an events frame in a briefing: counts, dates, sources."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

__all__ = ["Headline", "date_range_text", "date_span", "headline_counts", "source_records"]


@dataclass(frozen=True, slots=True)
class Headline:
    """The headline counts of a view: events, reported killed and injured, distinct places.

    ``*_lower_bound`` tell whether a total includes a figure reported as "at
    least" or an unknown figure, so that the total itself is a lower bound ("≥").
    """

    events: int
    killed: int
    injured: int
    places: int
    killed_lower_bound: bool = False
    injured_lower_bound: bool = False


def headline_counts(frame: pd.DataFrame) -> Headline:
    """Count events, killed, injured (unknown figures count as none) and distinct places.

    Places are told apart by gazetteer id, or by name and parent when an event has
    no id, so that two villages of the same name in different oblasts count twice.
    """
    if frame.empty:
        return Headline(0, 0, 0, 0)
    killed = pd.to_numeric(frame["killed"], errors="coerce").sum(skipna=True)
    injured = pd.to_numeric(frame["injured"], errors="coerce").sum(skipna=True)
    keys = {
        place_id if isinstance(place_id, str) and place_id else (place, parent)
        for place_id, place, parent in zip(
            frame["place_id"], frame["place"], frame["parent"], strict=True
        )
    }
    return Headline(
        len(frame),
        int(killed),
        int(injured),
        len(keys),
        killed_lower_bound=_lower_bound(frame, "killed"),
        injured_lower_bound=_lower_bound(frame, "injured"),
    )


def _lower_bound(frame: pd.DataFrame, column: str) -> bool:
    """Return whether the total of ``column`` is a lower bound ("at least" or unknown figures)."""
    flags = frame.get(f"{column}_at_least")
    at_least = bool(flags.fillna(False).astype(bool).any()) if flags is not None else False
    return at_least or bool(pd.to_numeric(frame[column], errors="coerce").isna().any())


def date_span(frame: pd.DataFrame) -> tuple[date | None, date | None]:
    """Return the first and last event day of the frame (``None`` when no event is dated)."""
    if frame.empty:
        return None, None
    days = pd.to_datetime(frame["date"]).dropna()
    if days.empty:
        return None, None
    return days.min().date(), days.max().date()


def _day(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


def date_range_text(frame: pd.DataFrame) -> str:
    """Put the span of event dates in words, e.g. ``"2 May 2024 to 4 May 2024"``."""
    first, last = date_span(frame)
    undated = int(pd.to_datetime(frame["date"]).isna().sum()) if not frame.empty else 0
    if first is None or last is None:
        text = "No dated events"
    elif first == last:
        text = f"Events of {_day(first)}"
    else:
        text = f"Events from {_day(first)} to {_day(last)}"
    if undated and first is not None:
        text += f" (and {undated} undated)"
    return text


def source_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Return every distinct source of the frame's events, newest publication first.

    A source is identified by its article id; events merged from several
    articles contribute each of their sources once.
    """
    seen: dict[str, dict[str, Any]] = {}
    for sources in frame.get("sources", ()):
        for source in sources if isinstance(sources, list | tuple) else ():
            if not isinstance(source, Mapping):
                continue
            key = str(source.get("article_id") or (source.get("url"), source.get("title")))
            seen.setdefault(key, dict(source))
    records = sorted(seen.values(), key=lambda r: (r.get("publisher") or "", r.get("title") or ""))
    # A stable sort keeps publisher order within a day; ISO dates sort as text and
    # undated sources ("") come last.
    records.sort(key=lambda r: r.get("published") or "", reverse=True)
    return records
