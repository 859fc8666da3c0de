"""How codes and figures read in every view: filters, table, charts, popups, panel, exports.

One function per kind of value, so the legend, the filter chips, the table, the
charts, the map's popups and the briefings say the same thing: "Glide bomb",
never ``glide_bomb``; "unknown", never "None"; confidence as "84%" everywhere;
and a figure that is a lower bound keeps its "at least" (or "≥" where space is
short).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

__all__ = [
    "ATTACKER_LABELS",
    "LEVEL_LABELS",
    "UNKNOWN",
    "WEAPON_LABELS",
    "attacker_label",
    "confidence_label",
    "figure_label",
    "is_missing",
    "level_label",
    "source_label",
    "total_label",
    "weapon_label",
    "weapons_label",
]

UNKNOWN = "unknown"

WEAPON_LABELS: dict[str, str] = {
    "missile": "Missile",
    "drone": "Drone",
    "glide_bomb": "Glide bomb",
    "artillery": "Artillery",
    "air_strike": "Air strike",
    "unknown": "Unknown weapon",
}
ATTACKER_LABELS: dict[str, str] = {"RU": "Russia", "UA": "Ukraine", "unknown": "not stated"}
LEVEL_LABELS: dict[str, str] = {
    "district": "district",
    "city": "city",
    "region": "oblast",
    "country": "country",
}


def is_missing(value: Any) -> bool:
    """Return whether a cell is empty: ``None``, NaN, ``pd.NA``/``NaT`` or a blank string."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or array: not one missing cell
        return False


def weapon_label(code: Any) -> str:
    """Return the label of a weapon category code (``glide_bomb`` -> ``Glide bomb``)."""
    if is_missing(code):
        return WEAPON_LABELS["unknown"]
    return WEAPON_LABELS.get(str(code), str(code).replace("_", " ").capitalize())


def weapons_label(codes: Iterable[str] | None) -> str:
    """Return an event's weapon categories as text (``"Missile, Drone"``; none: "unknown")."""
    labels = [weapon_label(c) for c in codes or ()]
    return ", ".join(labels) if labels else UNKNOWN


def attacker_label(code: Any) -> str:
    """Return the attacker as a country name ("not stated" when unknown)."""
    if is_missing(code):
        return ATTACKER_LABELS["unknown"]
    return ATTACKER_LABELS.get(str(code), str(code))


def level_label(code: Any) -> str:
    """Return a place precision level in words."""
    if is_missing(code):
        return UNKNOWN
    return LEVEL_LABELS.get(str(code), str(code))


def confidence_label(value: Any) -> str:
    """Return a confidence in [0, 1] as a whole percentage ("84%"); missing: "unknown"."""
    if is_missing(value):
        return UNKNOWN
    return f"{round(float(value) * 100):d}%"


def figure_label(value: Any, at_least: bool = False) -> str:
    """Return one event's casualty figure: "12", "at least 12" or "unknown"."""
    if is_missing(value):
        return UNKNOWN
    return f"at least {int(value):,}" if at_least else f"{int(value):,}"


def total_label(value: int, lower_bound: bool) -> str:
    """Return a summed figure, with "≥" when it includes lower bounds or unknown figures."""
    return f"≥ {int(value):,}" if lower_bound else f"{int(value):,}"


#: Characters of a source's name in tables and lists (one line).
SOURCE_CHARS = 90


def source_label(source: dict, limit: int = SOURCE_CHARS) -> str:
    """Return a source's name: its publisher, else its title cut to one line, else "source".

    An article without a title may carry its first paragraph as one.
    """
    name = " ".join(str(source.get("publisher") or source.get("title") or "source").split())
    if len(name) <= limit:
        return name
    return name[: limit - 1].rsplit(" ", 1)[0] + "\u2026"
