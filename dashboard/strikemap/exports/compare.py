"""Two periods side by side: this week against the last, by weapon and by oblast.

``strikemap brief --compare 7d`` and the dashboard's comparison panel both use
:func:`compare_periods`. The current period ends on the newest event of the
frame (news archives are historical: "this week" is the latest week of
reporting), the previous one is the same number of days just before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from strikemap.labels import change_label, weapon_label

__all__ = ["PeriodComparison", "compare_periods", "comparison_text", "parse_period"]

_PERIOD = re.compile(r"^\s*(\d+)\s*([dw])\s*$", re.IGNORECASE)


def parse_period(text: str) -> int:
    """Return the days of a period written as ``7d`` or ``2w``.

    Raises
    ------
    ValueError
        When the text is not a positive number of days or weeks.
    """
    match = _PERIOD.match(text or "")
    if not match or int(match[1]) <= 0:
        raise ValueError(f"period {text!r} must be a number of days or weeks, e.g. 7d or 2w")
    return int(match[1]) * (7 if match[2].lower() == "w" else 1)


@dataclass(frozen=True)
class PeriodComparison:
    """Counts of two consecutive periods of equal length and what changed."""

    current: tuple[date, date]
    previous: tuple[date, date]
    #: Columns ``weapon`` (label), ``current``, ``previous``, ``change``; an event
    #: with two weapon categories counts once in each.
    by_weapon: pd.DataFrame
    #: Columns ``oblast``, ``current``, ``previous``, ``change``.
    by_oblast: pd.DataFrame
    #: Places struck in the current period and not in the previous one ("Place, Parent").
    new_places: list[str]
    events: tuple[int, int]

    @property
    def change(self) -> int:
        return self.events[0] - self.events[1]


def _period(frame: pd.DataFrame, first: date, last: date) -> pd.DataFrame:
    days = pd.to_datetime(frame["date"]).dt.normalize()
    inside = (days >= pd.Timestamp(first)) & (days <= pd.Timestamp(last))
    return frame[inside.to_numpy(dtype=bool)]


def _places(part: pd.DataFrame) -> set[str]:
    """Return the places of ``part`` as "Place, Parent" (or "Place" without a parent)."""
    parents = part["parent"].tolist() if "parent" in part else [None] * len(part)
    return {
        f"{place}, {parent}" if isinstance(parent, str) and parent else str(place)
        for place, parent in zip(part["place"].tolist(), parents, strict=True)
    }


def _counts(current: pd.Series, previous: pd.Series, name: str) -> pd.DataFrame:
    table = pd.DataFrame(
        {"current": current.value_counts(), "previous": previous.value_counts()}
    ).fillna(0)
    table = table.astype(int)
    table["change"] = table["current"] - table["previous"]
    table = table.sort_values(["current", "previous"], ascending=False, kind="stable")
    return table.rename_axis(name).reset_index()


def compare_periods(
    frame: pd.DataFrame, days: int = 7, end: date | None = None
) -> PeriodComparison:
    """Compare the ``days`` up to ``end`` (default: the newest event) with the ``days`` before.

    Parameters
    ----------
    frame
        Events frame (:func:`strikemap.frames.events_to_frame`), filtered or not.
    days
        Length of each period.
    end
        Last day of the current period.
    """
    dated = frame[frame["date"].notna()] if not frame.empty else frame
    if end is None:
        end = pd.to_datetime(dated["date"]).max().date() if len(dated) else date.today()
    current_span = (end - timedelta(days=days - 1), end)
    previous_span = (current_span[0] - timedelta(days=days), current_span[0] - timedelta(days=1))
    now, before = _period(dated, *current_span), _period(dated, *previous_span)

    def weapons(part: pd.DataFrame) -> pd.Series:
        lists = part["weapons"].map(lambda ws: sorted(set(ws or ())) or ["unknown"])
        return lists.explode().map(weapon_label) if len(part) else pd.Series([], dtype=object)

    def oblasts(part: pd.DataFrame) -> pd.Series:
        return part["oblast"].fillna("unknown oblast") if len(part) else pd.Series([], dtype=object)

    new_places = sorted(_places(now) - _places(before))
    return PeriodComparison(
        current=current_span,
        previous=previous_span,
        by_weapon=_counts(weapons(now), weapons(before), "weapon"),
        by_oblast=_counts(oblasts(now), oblasts(before), "oblast"),
        new_places=new_places,
        events=(len(now), len(before)),
    )


def _span(span: tuple[date, date]) -> str:
    return f"{span[0].isoformat()} to {span[1].isoformat()}"


def comparison_text(comparison: PeriodComparison) -> str:
    """Return the comparison as plain text (the command line prints it)."""
    lines = [
        f"This period: {_span(comparison.current)}: {comparison.events[0]} events",
        f"Previous:    {_span(comparison.previous)}: {comparison.events[1]} events "
        f"(change {change_label(comparison.change)})",
    ]
    for title, table, key in (
        ("By weapon", comparison.by_weapon, "weapon"),
        ("By oblast", comparison.by_oblast, "oblast"),
    ):
        lines.append("")
        lines.append(f"{title}: this period / previous / change")
        for _, row in table.iterrows():
            change = change_label(row["change"])
            lines.append(f"  {row[key]}: {row['current']} / {row['previous']} / {change}")
    lines.append("")
    places = "; ".join(comparison.new_places) or "none"
    lines.append(f"New places struck (not struck in the previous period): {places}")
    return "\n".join(lines)
