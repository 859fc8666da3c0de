"""The dashboard's event filters as plain data and pandas, usable without Streamlit.

A :class:`FilterState` holds every sidebar choice; :func:`apply_filters` cuts an
events frame (``strikemap.frames.events_to_frame``) down to it and
:func:`describe` puts it in words for the briefing PNG.  The Streamlit app, the
``strikemap brief`` command and the tests all go through these functions, so a
filter means the same thing everywhere.

Semantics worth knowing
-----------------------
Quick ranges
    ``"24h"``, ``"7d"`` and ``"30d"`` are counted back from an *anchor* day,
    the newest event date in the frame being filtered (today only when no event
    has a date).  News archives are historical: anchoring on the data means
    "last 7 days" shows the latest week of reporting rather than an empty map.
    Event dates have day precision, so ``"24h"`` is the anchor day itself,
    ``"7d"`` the anchor day and the six before it.  A quick range other than
    ``"all"`` overrides ``date_from``/``date_to``.
Unknown dates
    Events without a date are kept only when no date bound is active.
Casualty ranges
    ``killed``/``injured`` are ``(low, high)`` with ``high=None`` meaning no upper
    bound; ``(0, None)`` is inactive.  An event whose figure is unknown passes an
    active range only when ``include_unknown_casualties`` is set, and an event
    with neither figure known is dropped when it is not set.
Lists
    Empty tuples mean "no restriction".  An event passes ``weapons`` when any of
    its weapon categories is selected and ``sources`` when any of its sources'
    publishers is selected.  ``attackers`` uses ``"unknown"`` for events with
    no attacker stated.
Text search
    Case-, accent- and punctuation-insensitive substring search over the place,
    its parent, the oblast, the name as written and every evidence sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import Any

import pandas as pd

QUICK_RANGES: dict[str, int | None] = {"24h": 1, "7d": 7, "30d": 30, "all": None}
"""Quick pick -> number of days counted back from the anchor (``None`` = unbounded)."""

QUICK_LABELS: dict[str, str] = {
    "24h": "last 24 hours",
    "7d": "last 7 days",
    "30d": "last 30 days",
    "all": "all dates",
}
UNKNOWN_ATTACKER = "unknown"
NO_LIMIT = "any"
"""Open end of a casualty range in the two-value query form (``killed=1&killed=any``)."""
SEARCH_COLUMN = "_search"
"""Optional precomputed column of folded search text (see :func:`with_search_text`)."""

CasualtyRange = tuple[int, int | None]


@dataclass(frozen=True)
class FilterState:
    """Every filter of the dashboard; the defaults select all events.

    Parameters
    ----------
    quick
        ``"24h"``, ``"7d"``, ``"30d"``, ``"all"`` or ``None`` for the explicit
        ``date_from``/``date_to`` (inclusive days, either may be ``None``).
    weapons, attackers, countries, oblasts, sources, levels
        Allowed values; an empty tuple allows everything.
    killed, injured
        Inclusive ``(low, high)`` ranges; ``high=None`` is unbounded.
    include_unknown_casualties
        Keep events whose casualty figures are unknown.
    include_implausible_dates
        Keep events whose date is implausible (before 2014, or after every
        report of them was published; see :func:`strikemap.models.date_flag`),
        which are hidden by default.
    text
        Free-text search over place names and evidence.
    """

    quick: str | None = "all"
    date_from: date | None = None
    date_to: date | None = None
    weapons: tuple[str, ...] = ()
    killed: CasualtyRange = (0, None)
    injured: CasualtyRange = (0, None)
    include_unknown_casualties: bool = True
    attackers: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    oblasts: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    text: str = ""
    include_implausible_dates: bool = False

    def __post_init__(self) -> None:
        if self.quick is not None and self.quick not in QUICK_RANGES:
            raise ValueError(f"unknown quick range {self.quick!r}; use one of {list(QUICK_RANGES)}")
        for name in ("killed", "injured"):
            low, high = getattr(self, name)
            if low < 0 or (high is not None and high < low):
                raise ValueError(f"invalid {name} range {low}-{high}")

    def with_changes(self, **changes: Any) -> FilterState:
        """Return a copy with some fields replaced (lists are turned into tuples)."""
        for key, value in changes.items():
            if isinstance(value, list | set):
                changes[key] = tuple(value)
        return replace(self, **changes)

    @property
    def is_default(self) -> bool:
        """True when no filter restricts the events."""
        return self == FilterState()


# --- dates -----------------------------------------------------------------------------


def plausible(frame: pd.DataFrame) -> pd.Series:
    """Mask of the events whose date is not flagged as implausible."""
    if "date_flag" not in frame:
        return pd.Series(True, index=frame.index)
    return frame["date_flag"].isna()


def anchor_date(frame: pd.DataFrame, today: date | None = None) -> date:
    """Return the day quick ranges count back from: the newest plausible event date, else today.

    Events dated after their own publication (a threat, a misread date) do not count.
    """
    if "date" in frame and len(frame):
        newest = pd.to_datetime(frame.loc[plausible(frame), "date"]).max()
        if not pd.isna(newest):
            return newest.date()
    return today or date.today()


def resolve_dates(state: FilterState, anchor: date) -> tuple[date | None, date | None]:
    """Return the inclusive ``(first, last)`` days the state selects, ``None`` = open."""
    if state.quick is None:
        return state.date_from, state.date_to
    days = QUICK_RANGES[state.quick]
    if days is None:
        return None, None
    return anchor - timedelta(days=days - 1), anchor


# --- text ------------------------------------------------------------------------------

_PUNCT = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Fold text for searching: casefold, strip accents, punctuation to single spaces.

    Apostrophes vanish rather than split words so that "Kryvyi Rih" and
    "Kryvyi Rih'" or "Bila Tserkva" and "Bila-Tserkva" match alike.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = re.sub(r"['’ʼ`´]", "", stripped)
    return _PUNCT.sub(" ", stripped).strip()


def _row_search_text(row: Mapping[str, Any]) -> str:
    parts: list[str] = []
    for column in ("place", "parent", "oblast", "as_written"):
        value = row.get(column)
        if isinstance(value, str):
            parts.append(value)
    for item in row.get("evidence") or ():
        sentence = (
            item.get("sentence") if isinstance(item, Mapping) else getattr(item, "sentence", None)
        )
        if sentence:
            parts.append(str(sentence))
    return " " + fold(" | ".join(parts)) + " "


def search_text(frame: pd.DataFrame) -> pd.Series:
    """Return the folded text that the free-text search looks in, one string per row."""
    columns = [c for c in ("place", "parent", "oblast", "as_written", "evidence") if c in frame]
    records = frame[columns].to_dict("records")
    return pd.Series([_row_search_text(r) for r in records], index=frame.index, dtype=object)


def with_search_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with a precomputed search column so repeated searches are cheap."""
    out = frame.copy()
    out[SEARCH_COLUMN] = search_text(frame)
    return out


# --- filtering -------------------------------------------------------------------------


def _any_in(values: pd.Series, allowed: Iterable[str]) -> pd.Series:
    wanted = set(allowed)
    return pd.Series(
        [
            bool(wanted.intersection(v)) if isinstance(v, list | tuple) else v in wanted
            for v in values
        ],
        index=values.index,
        dtype=bool,
    )


def _publishers(sources: Any) -> list[str]:
    out = []
    for s in sources if isinstance(sources, list | tuple) else ():
        publisher = s.get("publisher") if isinstance(s, Mapping) else getattr(s, "publisher", None)
        if publisher:
            out.append(publisher)
    return out


def _range_mask(values: pd.Series, bounds: CasualtyRange, include_unknown: bool) -> pd.Series:
    low, high = bounds
    numbers = pd.to_numeric(values, errors="coerce")
    known = numbers.notna()
    inside = numbers.ge(low)
    if high is not None:
        inside &= numbers.le(high)
    inside = inside.fillna(False).astype(bool)
    if include_unknown:
        return inside | ~known
    return inside & known


def _date_mask(frame: pd.DataFrame, state: FilterState, anchor: date | None) -> pd.Series:
    """Rows dated inside the state's date range (all rows when it has none)."""
    mask = pd.Series(True, index=frame.index)
    first, last = resolve_dates(state, anchor or anchor_date(frame))
    if first is None and last is None:
        return mask
    days = pd.to_datetime(frame["date"])
    mask &= days.notna()
    if first is not None:
        mask &= (days >= pd.Timestamp(first)).fillna(False)
    if last is not None:
        mask &= (days <= pd.Timestamp(last)).fillna(False)
    return mask


def _casualty_mask(frame: pd.DataFrame, state: FilterState) -> pd.Series:
    """Rows inside the killed and injured ranges (unknown figures as the state says)."""
    mask = pd.Series(True, index=frame.index)
    unknown = state.include_unknown_casualties
    if state.killed != (0, None):
        mask &= _range_mask(frame["killed"], state.killed, unknown)
    if state.injured != (0, None):
        mask &= _range_mask(frame["injured"], state.injured, unknown)
    if not unknown:
        mask &= frame["killed"].notna() | frame["injured"].notna()
    return mask


def _list_mask(frame: pd.DataFrame, state: FilterState) -> pd.Series:
    """Rows with one of the chosen weapons, attackers, countries, oblasts, levels, sources."""
    mask = pd.Series(True, index=frame.index)
    if state.weapons:
        mask &= _any_in(frame["weapons"], state.weapons)
    if state.attackers:
        attackers = frame["attacker"].where(frame["attacker"].notna(), UNKNOWN_ATTACKER)
        mask &= attackers.isin(state.attackers)
    for column, chosen in (
        ("country", state.countries),
        ("oblast", state.oblasts),
        ("level", state.levels),
    ):
        if chosen:
            mask &= frame[column].isin(chosen)
    if state.sources:
        mask &= _any_in(frame["sources"].map(_publishers), state.sources)
    return mask


def apply_filters(
    frame: pd.DataFrame, state: FilterState, *, anchor: date | None = None
) -> pd.DataFrame:
    """Return the rows of an events frame that pass every filter of ``state``.

    Parameters
    ----------
    frame
        An events frame as built by ``strikemap.frames.events_to_frame``; a
        :data:`SEARCH_COLUMN` from :func:`with_search_text` is used when present.
    state
        The filters.
    anchor
        Day quick ranges count back from; default :func:`anchor_date` of ``frame``.

    Returns
    -------
    pandas.DataFrame
        A filtered view of ``frame`` (same type and columns, original order).
    """
    if frame.empty:
        return frame
    mask = pd.Series(True, index=frame.index)
    if not state.include_implausible_dates:
        mask &= plausible(frame)
    mask &= _date_mask(frame, state, anchor)
    mask &= _casualty_mask(frame, state)
    mask &= _list_mask(frame, state)
    needle = fold(state.text)
    if needle:
        haystack = frame[SEARCH_COLUMN] if SEARCH_COLUMN in frame else search_text(frame)
        mask &= haystack.str.contains(needle, regex=False)
    return frame[mask.to_numpy(dtype=bool)]


# --- options for the widgets -----------------------------------------------------------


def options(frame: pd.DataFrame) -> dict[str, list[str]]:
    """Return the sorted distinct values each list filter can choose from in ``frame``."""

    def distinct(column: str) -> list[str]:
        if column not in frame:
            return []
        return sorted({str(v) for v in frame[column].dropna()})

    weapons = sorted({w for ws in frame.get("weapons", ()) for w in (ws or ())})
    attackers = distinct("attacker")
    if "attacker" in frame and frame["attacker"].isna().any():
        attackers.append(UNKNOWN_ATTACKER)
    publishers = sorted({p for s in frame.get("sources", ()) for p in _publishers(s)})
    return {
        "weapons": weapons,
        "attackers": attackers,
        "countries": distinct("country"),
        "oblasts": distinct("oblast"),
        "sources": publishers,
        "levels": distinct("level"),
    }


# --- words -----------------------------------------------------------------------------


def format_range(bounds: CasualtyRange) -> str:
    """Format a casualty range as ``"2-10"``, ``"2+"`` or ``"0"``: the inverse of parse_range."""
    low, high = bounds
    if high is None:
        return f"{low}+"
    return str(low) if low == high else f"{low}-{high}"


def parse_range(text: str) -> CasualtyRange:
    """Parse ``"2-10"``, ``"2+"``, ``"5"`` (exactly five) or ``"-10"`` (up to ten).

    Raises
    ------
    ValueError
        When the text is not a range of non-negative integers.
    """
    match = re.fullmatch(r"\s*(\d*)\s*(?:(\+)|-\s*(\d*))?\s*", text)
    if not match or not (match.group(1) or match.group(3)):
        raise ValueError(f"not a casualty range: {text!r} (use e.g. 2-10, 2+ or 5)")
    low = int(match.group(1)) if match.group(1) else 0
    if match.group(2) or (match.group(3) is not None and not match.group(3)):
        high: int | None = None
    elif match.group(3):
        high = int(match.group(3))
    else:
        high = low
    if high is not None and high < low:
        raise ValueError(f"not a casualty range: {text!r} (upper bound below lower)")
    return low, high


def parse_date(text: str) -> date:
    """Parse an ISO day (``2024-01-31``); raise ``ValueError`` naming the value otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _describe_range(name: str, bounds: CasualtyRange) -> str:
    low, high = bounds
    if high is None:
        return f"{name} at least {low}"
    if low == high:
        return f"{name} exactly {low}"
    if low == 0:
        return f"{name} at most {high}"
    return f"{name} {low} to {high}"


def describe(state: FilterState, *, anchor: date | None = None) -> str:
    """Put the filters in words, e.g. for the briefing PNG.

    Parameters
    ----------
    state
        The filters.
    anchor
        The day a quick range counts back from; when given, the range's dates
        are spelled out as well.
    """
    parts: list[str] = []
    if state.quick is not None:
        label = QUICK_LABELS[state.quick]
        if anchor is not None and state.quick != "all":
            first, last = resolve_dates(state, anchor)
            label += (
                f" ({first.isoformat()} to {last.isoformat()})"
                if first != last
                else (f" ({last.isoformat()})")
            )
        parts.append(f"Dates: {label}")
    else:
        first, last = state.date_from, state.date_to
        if first and last:
            parts.append(f"Dates: {first.isoformat()} to {last.isoformat()}")
        elif first:
            parts.append(f"Dates: from {first.isoformat()}")
        elif last:
            parts.append(f"Dates: until {last.isoformat()}")
        else:
            parts.append("Dates: all dates")
    lists = (
        ("weapons", "weapons", lambda w: w.replace("_", " ")),
        ("attackers", "attacker", str),
        ("countries", "countries", str),
        ("oblasts", "oblasts", str),
        ("sources", "sources", str),
        ("levels", "place precision", str),
    )
    for attr, label, show in lists:
        values = getattr(state, attr)
        if values:
            parts.append(f"{label}: {', '.join(show(v) for v in values)}")
    if state.killed != (0, None):
        parts.append(_describe_range("killed", state.killed))
    if state.injured != (0, None):
        parts.append(_describe_range("injured", state.injured))
    if not state.include_unknown_casualties:
        parts.append("events with unknown casualties excluded")
    if state.text.strip():
        parts.append(f'text contains "{state.text.strip()}"')
    if state.include_implausible_dates:
        parts.append("events with implausible dates included")
    if len(parts) == 1 and parts[0] == "Dates: all dates":
        return "All events, no filters"
    return "; ".join(parts)


# --- query-string form -----------------------------------------------------------------

PARAM_NAMES: dict[str, str] = {
    "quick": "range",
    "date_from": "from",
    "date_to": "to",
    "weapons": "weapon",
    "killed": "killed",
    "injured": "injured",
    "include_unknown_casualties": "unknown",
    "attackers": "attacker",
    "countries": "country",
    "oblasts": "oblast",
    "sources": "source",
    "levels": "level",
    "text": "q",
    "include_implausible_dates": "implausible",
}
"""FilterState field -> query parameter name (also the app's widget keys)."""


def _range_from_values(values: Sequence[str]) -> CasualtyRange:
    """Parse a range given as ``"2-10"`` or, as the dashboard's slider writes it, two values."""
    if len(values) == 2:
        low, high = values
        return parse_range(f"{0 if low == NO_LIMIT else low}-{'' if high == NO_LIMIT else high}")
    return parse_range(values[-1])


def to_params(state: FilterState) -> dict[str, list[str]]:
    """Return the non-default filters as query parameters (repeated values as lists)."""
    default = FilterState()
    out: dict[str, list[str]] = {}
    for f in fields(FilterState):
        value = getattr(state, f.name)
        if value == getattr(default, f.name):
            continue
        name = PARAM_NAMES[f.name]
        if f.name == "quick":
            out[name] = ["custom" if value is None else value]
        elif isinstance(value, tuple) and f.name in ("killed", "injured"):
            # The two-value form is what the dashboard's range slider reads from the URL.
            out[name] = [str(value[0]), NO_LIMIT if value[1] is None else str(value[1])]
        elif isinstance(value, tuple):
            out[name] = list(value)
        elif isinstance(value, bool):
            out[name] = ["true" if value else "false"]
        elif isinstance(value, date):
            out[name] = [value.isoformat()]
        else:
            out[name] = [str(value)]
    return out


def from_params(params: Mapping[str, str | Sequence[str]]) -> FilterState:
    """Build a state from query parameters as written by :func:`to_params`.

    Raises
    ------
    ValueError
        When a value cannot be parsed; the message names the parameter.
    """

    def values(name: str) -> list[str]:
        raw = params.get(name)
        if raw is None:
            return []
        return [raw] if isinstance(raw, str) else [str(v) for v in raw]

    changes: dict[str, Any] = {}
    for f in fields(FilterState):
        got = [v for v in values(PARAM_NAMES[f.name]) if v != ""]
        if not got:
            continue
        try:
            if f.name == "quick":
                changes[f.name] = None if got[-1] == "custom" else got[-1]
                if changes[f.name] is not None and changes[f.name] not in QUICK_RANGES:
                    raise ValueError(f"use one of {[*QUICK_RANGES, 'custom']}")
            elif f.name in ("date_from", "date_to"):
                changes[f.name] = parse_date(got[-1])
            elif f.name in ("killed", "injured"):
                changes[f.name] = _range_from_values(got)
            elif f.name in ("include_unknown_casualties", "include_implausible_dates"):
                changes[f.name] = got[-1].lower() in ("1", "true", "yes", "on")
            elif f.name == "text":
                changes[f.name] = got[-1]
            else:
                changes[f.name] = tuple(dict.fromkeys(got))
        except ValueError as exc:
            raise ValueError(f"query parameter {PARAM_NAMES[f.name]!r}: {exc}") from None
    if ("date_from" in changes or "date_to" in changes) and "quick" not in changes:
        changes["quick"] = None
    return FilterState(**changes)


__all__ = [
    "NO_LIMIT",
    "PARAM_NAMES",
    "QUICK_LABELS",
    "QUICK_RANGES",
    "SEARCH_COLUMN",
    "UNKNOWN_ATTACKER",
    "FilterState",
    "anchor_date",
    "apply_filters",
    "describe",
    "fold",
    "format_range",
    "from_params",
    "options",
    "parse_date",
    "parse_range",
    "plausible",
    "resolve_dates",
    "search_text",
    "to_params",
    "with_search_text",
]
