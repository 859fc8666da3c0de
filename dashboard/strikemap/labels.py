"""How codes and figures read in every view: filters, table, charts, popups, panel, exports.

One function per kind of value, so the legend, the filter chips, the table, the
charts, the map's popups and the briefings say the same thing: "Glide bomb",
never ``glide_bomb``; "unknown", never "None"; confidence as "84%" everywhere;
and a figure that is a lower bound keeps its "at least" (or "≥" where space is
short).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import Any

import pandas as pd

from strikemap.safetext import safe_url

__all__ = [
    "ATTACKER_LABELS",
    "LEVEL_LABELS",
    "UNKNOWN",
    "WEAPON_LABELS",
    "attacker_label",
    "change_label",
    "confidence_label",
    "country_label",
    "date_label",
    "figure_label",
    "found_label",
    "is_missing",
    "level_label",
    "link_label",
    "source_label",
    "text_label",
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


def text_label(value: Any, missing: str = UNKNOWN) -> str:
    """Return a free-text cell (a place, a publisher) as text; missing: "unknown"."""
    return missing if is_missing(value) else str(value)


def date_label(value: Any) -> str:
    """Return a day as ISO text (``2024-01-02``, which also sorts by date); missing: "unknown"."""
    if is_missing(value):
        return UNKNOWN
    return pd.Timestamp(value).date().isoformat()


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


@cache
def _country_names() -> dict[str, str]:
    """Return the country names of the bundled outlines (``geodata/countries.geojson``)."""
    from strikemap.gazetteer.paths import default_geodata_dir

    try:
        with (default_geodata_dir() / "countries.geojson").open(encoding="utf-8") as handle:
            features = json.load(handle)["features"]
    except (OSError, ValueError, KeyError):  # no gazetteer: the codes stay readable
        return {}
    return {f["properties"]["iso2"]: f["properties"]["name"] for f in features}


def country_label(code: Any) -> str:
    """Return a country's name from its ISO code (``UA`` -> ``Ukraine``); missing: "unknown"."""
    if is_missing(code):
        return UNKNOWN
    return _country_names().get(str(code), str(code))


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


def link_label(url: Any) -> str:
    """Return a source's URL when it is a safe http(s) link, else "" (a link cell shows nothing).

    A table's link column draws a missing cell as "None"; an empty one stays blank.
    Only URLs :func:`strikemap.safetext.safe_url` accepts become links.
    """
    return safe_url(url) or ""


def change_label(value: int) -> str:
    """Return a change between two periods: "+4", "±0" or "−2" (a true minus sign)."""
    value = int(value)
    return f"+{value}" if value > 0 else ("±0" if value == 0 else f"\u2212{-value}")


def found_label(found: int, before: int, after: int) -> str:
    """Return how many events were found and how many of them the map gained.

    Reports of one strike (two articles on the same attack, or one article
    naming it twice) are merged into one event on the map, so 16 events found
    can add 14 markers; saying only "16 found" would hide that 2 were merged.

    Parameters
    ----------
    found
        Events the extractor found in the articles stored (one per report).
    before, after
        Events (merged) in the store before and after storing them.
    """
    added = after - before
    merged = found - added
    text = f"{found:,} event{'s' if found != 1 else ''} found"
    if merged <= 0 or added < 0:
        return f"{text}; the map now holds {after:,}"
    reports = "a report" if merged == 1 else "reports"
    return f"{text}, {added:,} new on the map ({merged:,} merged with {reports} of the same strike)"
