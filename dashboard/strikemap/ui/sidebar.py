"""The sidebar: every filter and layer toggle, each bound to the URL's query string.

Widget keys are the query parameter names of :data:`strikemap.filters.PARAM_NAMES`,
and option values are the codes, so a copied link reads like
``?range=7d&weapon=missile&weapon=drone&killed=1&killed=any`` and reproduces the
view; the widgets show them through :mod:`strikemap.labels` ("Glide bomb", never
``glide_bomb``), as every other view does. Streamlit's own binding would write the
shown label into the URL (``?weapon=Glide+bomb``), so the lists shown with labels
keep their codes in the URL through :func:`coded_multiselect` instead. Option lists
that do not depend on the data (weapon categories, attackers, levels, casualty steps)
are fixed so that a shared link stays valid when new events arrive.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import streamlit as st

from strikemap.filters import (
    NO_LIMIT,
    PARAM_NAMES,
    QUICK_LABELS,
    QUICK_RANGES,
    UNKNOWN_ATTACKER,
    FilterState,
)
from strikemap.labels import attacker_label, country_label, level_label, weapon_label
from strikemap.models import ATTACKERS, LEVELS, WEAPON_CATEGORIES

BIND = "query-params"
CUSTOM = "custom"
RANGE_CHOICES: tuple[str, ...] = (*QUICK_RANGES, CUSTOM)
# Casualty figures are heavy-tailed: fine steps where most events lie, coarse above.
CASUALTY_STEPS: tuple[str, ...] = (
    *(str(n) for n in (0, 1, 2, 3, 4, 5, 10, 15, 20, 30, 50, 75, 100, 200, 500)),
    NO_LIMIT,
)


@dataclass(frozen=True)
class LayerChoice:
    """Which optional map layers are switched on."""

    heatmap: bool = False
    choropleth: bool = False
    choropleth_metric: str = "strikes"
    timeline: bool = False
    offline: bool = False


LAYER_KEYS = {
    "heatmap": "heat",
    "choropleth": "choro",
    "choropleth_metric": "choro_by",
    "timeline": "timeline",
    "offline": "offline",
}


def url_codes(key: str, options: Sequence[str]) -> list[str]:
    """Return the codes the URL holds for ``key`` that are options, in the options' order."""
    given = set(st.query_params.get_all(key))
    return [option for option in options if option in given]


def coded_multiselect(
    container: Any,
    label: str,
    options: Sequence[str],
    key: str,
    format_func: Callable[[str], str],
    **kwargs: Any,
) -> list[str]:
    """Draw a multiselect that shows labels and keeps the codes in the URL.

    The URL's ``key`` parameters start the selection (codes that are no option
    are ignored); every run writes the selection back as repeated parameters
    (``?weapon=missile&weapon=drone``), and drops the parameter when nothing is
    selected.
    """
    if key not in st.session_state:
        st.session_state[key] = url_codes(key, options)
    chosen = container.multiselect(label, options, format_func=format_func, key=key, **kwargs)
    if chosen:
        if st.query_params.get_all(key) != list(chosen):
            st.query_params[key] = list(chosen)
    elif key in st.query_params:
        del st.query_params[key]
    return list(chosen)


def _casualty_bounds(value: tuple[str, str]) -> tuple[int, int | None]:
    low, high = value
    return int(low) if low != NO_LIMIT else 0, None if high == NO_LIMIT else int(high)


def _casualty_slider(label: str, field: str, help_text: str) -> tuple[int, int | None]:
    value = st.select_slider(
        label,
        options=CASUALTY_STEPS,
        value=(CASUALTY_STEPS[0], NO_LIMIT),
        key=PARAM_NAMES[field],
        bind=BIND,
        help=help_text,
    )
    return _casualty_bounds(value)


def render_filters(
    choices: Mapping[str, Sequence[str]], span: tuple[date, date] | None = None
) -> FilterState:
    """Draw the filter widgets in the sidebar and return the state they select.

    Parameters
    ----------
    choices
        Options of the data-dependent lists (``countries``, ``oblasts``,
        ``sources``), as :func:`strikemap.filters.options` returns them.
    span
        The first and last event day of the data: custom dates start there and
        the date inputs say so.
    """
    sb = st.sidebar
    sb.header("Filters")
    quick = sb.radio(
        "Dates",
        RANGE_CHOICES,
        index=RANGE_CHOICES.index("all"),
        horizontal=True,
        key=PARAM_NAMES["quick"],
        bind=BIND,
        help="Quick ranges count back from the newest event's date: news archives are "
        "historical, so '7d' is the latest week of reporting. "
        + "; ".join(f"{k} = {v}" for k, v in QUICK_LABELS.items()),
    )
    date_from = date_to = None
    if quick == CUSTOM:
        first, last = span if span is not None else (None, None)
        hint = f"The data runs from {first} to {last}." if first and last else None
        # One above the other: side by side, the sidebar cuts the dates ("2024 / 0").
        date_from = sb.date_input(
            "From",
            value=first,
            key=PARAM_NAMES["date_from"],
            bind=BIND,
            help=hint,
            format="YYYY-MM-DD",
        )
        date_to = sb.date_input(
            "To", value=last, key=PARAM_NAMES["date_to"], bind=BIND, help=hint,
            format="YYYY-MM-DD",
        )  # fmt: skip
        if date_from and date_to and date_to < date_from:
            sb.warning("'To' is before 'From'; the dates were swapped.")
            date_from, date_to = date_to, date_from

    weapons = coded_multiselect(
        sb,
        "Weapon categories",
        WEAPON_CATEGORIES,
        PARAM_NAMES["weapons"],
        weapon_label,
        placeholder="All weapons",
    )
    with sb.container(border=True):
        killed = _casualty_slider("Killed", "killed", "Range of people reported killed.")
        injured = _casualty_slider("Injured", "injured", "Range of people reported injured.")
        include_unknown = st.checkbox(
            "Include events with unknown casualties",
            value=True,
            key=PARAM_NAMES["include_unknown_casualties"],
            bind=BIND,
        )
    include_implausible = sb.checkbox(
        "Include events with implausible dates",
        value=False,
        key=PARAM_NAMES["include_implausible_dates"],
        bind=BIND,
        help="Events dated before 2014 or after their reports were published (a threat, "
        "a historical mention or a misread date) are hidden unless this is ticked.",
    )
    attackers = coded_multiselect(
        sb,
        "Attacker",
        (*ATTACKERS, UNKNOWN_ATTACKER),
        PARAM_NAMES["attackers"],
        attacker_label,
        placeholder="Any attacker",
    )
    countries = coded_multiselect(
        sb,
        "Country",
        choices["countries"],
        PARAM_NAMES["countries"],
        country_label,
        placeholder="All countries",
    )
    oblasts = sb.multiselect(
        "Oblast / region",
        choices["oblasts"],
        key=PARAM_NAMES["oblasts"],
        bind=BIND,
        placeholder="All regions",
    )
    sources = sb.multiselect(
        "Source",
        choices["sources"],
        key=PARAM_NAMES["sources"],
        bind=BIND,
        placeholder="All sources",
    )
    levels = coded_multiselect(
        sb,
        "Place precision",
        LEVELS,
        PARAM_NAMES["levels"],
        level_label,
        placeholder="Any precision",
    )
    text = sb.text_input(
        "Search places and evidence",
        key=PARAM_NAMES["text"],
        bind=BIND,
        placeholder="e.g. Pecherskyi, school, Shahed",
    )
    return FilterState(
        quick=None if quick == CUSTOM else quick,
        date_from=date_from,
        date_to=date_to,
        weapons=tuple(weapons),
        killed=killed,
        injured=injured,
        include_unknown_casualties=include_unknown,
        attackers=tuple(attackers),
        countries=tuple(countries),
        oblasts=tuple(oblasts),
        sources=tuple(sources),
        levels=tuple(levels),
        text=text or "",
        include_implausible_dates=include_implausible,
    )


def apply_brush(dates: tuple | None) -> None:
    """Set the date filter to the days a brush on the events chart selected (a callback)."""
    if dates is None:
        return
    first, last = (d.date() if hasattr(d, "date") else d for d in dates)
    st.session_state[PARAM_NAMES["quick"]] = CUSTOM
    st.session_state[PARAM_NAMES["date_from"]] = first
    st.session_state[PARAM_NAMES["date_to"]] = last


def render_layer_toggles() -> LayerChoice:
    """Draw the map layer toggles in the sidebar and return the choice."""
    sb = st.sidebar
    sb.header("Map layers")
    heatmap = sb.toggle("Heatmap", key=LAYER_KEYS["heatmap"], bind=BIND)
    choropleth = sb.toggle("Oblast choropleth", key=LAYER_KEYS["choropleth"], bind=BIND)
    metric = "strikes"
    if choropleth:
        metric = sb.radio(
            "Shade oblasts by",
            ("strikes", "casualties"),
            horizontal=True,
            key=LAYER_KEYS["choropleth_metric"],
            bind=BIND,
        )
    timeline = sb.toggle(
        "Timeline playback", key=LAYER_KEYS["timeline"], bind=BIND, help="Play strikes day by day."
    )
    offline = sb.toggle(
        "Offline base map",
        key=LAYER_KEYS["offline"],
        bind=BIND,
        help="Show only the bundled country and oblast outlines, without map tiles. The "
        "outlines are always drawn, so the map stays readable when tiles cannot load.",
    )
    return LayerChoice(heatmap, choropleth, metric, timeline, offline)
