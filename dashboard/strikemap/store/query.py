"""The dashboard's filters as SQL over the ``merged`` table, for both backends.

Each filter of :class:`strikemap.filters.FilterState` becomes one condition
with the meaning :func:`strikemap.filters.apply_filters` gives it (the tests
check both agree), plus the map's bounding box:

- dates: the resolved day range on the indexed ``date`` column, and events
  with an implausible date (``date_flag``) left out unless asked for;
- weapons: a bit mask (an event passes when it has any selected category),
  written as the list of masks holding a selected category, so that the
  ``(weapons_mask, date, lat, lon)`` index answers it with the dates and the box;
- killed and injured ranges, with or without unknown figures;
- attacker (``unknown`` = none stated), country, oblast, place precision;
- source: any of the event's publishers is selected;
- text: folded words matched by full-text search (PostgreSQL ``tsvector``
  prefix query, SQLite FTS5 prefix query) and then the folded phrase as a
  substring of the same folded text, so word order and adjacency count;
- bounding box: PostGIS ``&&`` on the GiST-indexed point, SQLite R*Tree; with
  a date range of up to :data:`SHORT_SPAN_DAYS`, the box's latitude and
  longitude bounds only, which the ``(date, lat, lon)`` and ``(weapons_mask,
  date, lat, lon)`` indexes check on their entries before any row is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa

from strikemap.filters import UNKNOWN_ATTACKER, CasualtyRange, FilterState, fold, resolve_dates
from strikemap.models import WEAPON_CATEGORIES
from strikemap.store.merging import weapons_mask
from strikemap.store.schema import merged

BBox = tuple[float, float, float, float]
"""``(south, west, north, east)`` in degrees."""


@dataclass(frozen=True)
class EventQuery:
    """What to read from the store: filters, map bounds, extra conditions.

    Parameters
    ----------
    filters
        The dashboard's filters.
    bbox
        ``(south, west, north, east)``; events without coordinates are left out.
    anchor
        The day quick ranges count back from (the store's newest event by default).
    held_back_from
        Leave out events dated on or after this day, and undated ones (public-link mode).
    """

    filters: FilterState = field(default_factory=FilterState)
    bbox: BBox | None = None
    anchor: date | None = None
    held_back_from: date | None = None


def _range(column: sa.ColumnElement, bounds: CasualtyRange, include_unknown: bool):
    low, high = bounds
    inside = column >= low if high is None else column.between(low, high)
    return (
        sa.or_(column.is_(None), inside)
        if include_unknown
        else sa.and_(column.is_not(None), inside)
    )


def masks_with(weapons: tuple[str, ...]) -> list[int]:
    """Return every weapons mask holding at least one of ``weapons`` (none when none is known).

    ``weapons_mask IN (these)`` is ``weapons_mask & mask(weapons) != 0`` for
    every stored mask (all are below ``2 ** len(WEAPON_CATEGORIES)``), and an
    index on ``weapons_mask`` can answer it.
    """
    wanted = weapons_mask(weapons)
    return [mask for mask in range(1, 1 << len(WEAPON_CATEGORIES)) if mask & wanted]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _any_publisher(publishers: tuple[str, ...]):
    return sa.or_(
        *(merged.c.publishers.like(f"%|{_escape_like(p)}|%", escape="\\") for p in publishers)
    )


def text_condition(dialect: str, text: str):
    """Return the full-text condition for a search text, or ``None`` when it is empty."""
    needle = fold(text)
    if not needle:
        return None
    words = needle.split()
    phrase = merged.c.search.like(f"%{_escape_like(needle)}%", escape="\\")
    if dialect == "postgresql":
        tsquery = " & ".join(f"{w}:*" for w in words)
        matched = sa.literal_column("merged.search_tsv").op("@@")(
            sa.func.to_tsquery(sa.literal_column("'simple'::regconfig"), tsquery)
        )
    else:
        fts = " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)
        matched = merged.c.id.in_(
            sa.select(sa.literal_column("rowid"))
            .select_from(sa.table("merged_fts"))
            .where(sa.literal_column("merged_fts").op("MATCH")(fts))
        )
    return sa.and_(matched, phrase)


SHORT_SPAN_DAYS = 120
"""Date ranges up to this long find the map's box through the ``(date, lat, lon)`` indexes.

Such a range holds few enough index entries that checking the box on each is
quicker than the spatial index, and a planner offered both combines them for
nothing (1,000,000 events in PostGIS, one month, one weapon, a box: 3 ms
through the btree alone, 23 ms with the GiST index as well). Over longer
ranges a small box is found far quicker by the spatial index.
"""


def bbox_condition(dialect: str, bbox: BBox, *, dated: bool = False, short: bool = False):
    """Return the condition that keeps events inside ``(south, west, north, east)``.

    ``short``: the dates are limited to at most :data:`SHORT_SPAN_DAYS`, and
    the box is only the latitude and longitude bounds (checked on the entries
    of the ``(date, lat, lon)`` indexes). Otherwise PostgreSQL is also offered
    the GiST index on the point, SQLite the R*Tree; on SQLite ``dated`` (a
    date range is also active) makes the R*Tree a membership test instead of
    the table the query starts from, since SQLite cannot weigh a virtual table
    against the date indexes.
    """
    south, west, north, east = bbox
    exact = sa.and_(merged.c.lat.between(south, north), merged.c.lon.between(west, east))
    if short:
        return exact
    if dialect == "postgresql":
        from geoalchemy2 import Geometry
        from geoalchemy2.functions import ST_MakeEnvelope

        geom = sa.literal_column("merged.geom", Geometry("POINT", srid=4326))
        envelope = ST_MakeEnvelope(west, south, east, north, 4326)
        return sa.and_(geom.op("&&")(envelope), exact)
    rtree = sa.table(
        "merged_rtree",
        sa.column("id"),
        sa.column("min_lat"),
        sa.column("max_lat"),
        sa.column("min_lon"),
        sa.column("max_lon"),
    )
    inside = sa.select(rtree.c.id).where(
        rtree.c.max_lat >= south,
        rtree.c.min_lat <= north,
        rtree.c.max_lon >= west,
        rtree.c.min_lon <= east,
    )
    key = (merged.c.id + 0) if dated else merged.c.id  # "+ 0": not usable as an index
    return sa.and_(key.in_(inside), exact)


def _date_conditions(query: EventQuery, anchor: date | None) -> list:
    conditions = []
    if not query.filters.include_implausible_dates:
        conditions.append(merged.c.date_flag.is_(None))
    if query.held_back_from is not None:
        conditions.append(merged.c.date < query.held_back_from)
    first, last = resolve_dates(query.filters, anchor or date.today())
    if first is not None:
        conditions.append(merged.c.date >= first)
    if last is not None:
        conditions.append(merged.c.date <= last)
    return conditions


def _list_conditions(state: FilterState) -> list:
    conditions = []
    if state.weapons:
        conditions.append(merged.c.weapons_mask.in_(masks_with(state.weapons)))
    if state.attackers:
        named = [a for a in state.attackers if a != UNKNOWN_ATTACKER]
        options = [merged.c.attacker.in_(named)] if named else []
        if UNKNOWN_ATTACKER in state.attackers:
            options.append(merged.c.attacker.is_(None))
        conditions.append(sa.or_(*options))
    for column, allowed in (
        (merged.c.country, state.countries),
        (merged.c.oblast, state.oblasts),
        (merged.c.level, state.levels),
    ):
        if allowed:
            conditions.append(column.in_(allowed))
    if state.sources:
        conditions.append(_any_publisher(state.sources))
    return conditions


def _casualty_conditions(state: FilterState) -> list:
    conditions = []
    if state.killed != (0, None):
        conditions.append(_range(merged.c.killed, state.killed, state.include_unknown_casualties))
    if state.injured != (0, None):
        conditions.append(_range(merged.c.injured, state.injured, state.include_unknown_casualties))
    if not state.include_unknown_casualties:
        conditions.append(sa.or_(merged.c.killed.is_not(None), merged.c.injured.is_not(None)))
    return conditions


def conditions(dialect: str, query: EventQuery, anchor: date | None) -> list:
    """Return every SQL condition of ``query`` (an empty list selects every event)."""
    out = _date_conditions(query, anchor)
    dated = any(c is not None for c in (query.filters.date_from, query.filters.date_to)) or (
        query.filters.quick not in (None, "all") or query.held_back_from is not None
    )
    out += _list_conditions(query.filters)
    out += _casualty_conditions(query.filters)
    text = text_condition(dialect, query.filters.text)
    if text is not None:
        out.append(text)
    if query.bbox is not None:
        first, last = resolve_dates(query.filters, anchor or date.today())
        if query.held_back_from is not None:
            last = min(last, query.held_back_from) if last else query.held_back_from
        short = first is not None and last is not None and (last - first).days <= SHORT_SPAN_DAYS
        out.append(bbox_condition(dialect, query.bbox, dated=dated, short=short))
    return out


def ordered(select: sa.Select, *, newest: bool = False) -> sa.Select:
    """Order merged events as :func:`strikemap.merge.merge_events` does: dated by day first.

    With ``newest`` the order is reversed (newest day first, undated last), so a
    limit keeps the newest events.
    """
    keys = (merged.c.date, merged.c.place, merged.c.event_id, merged.c.id)
    if newest:
        return select.order_by(merged.c.date.is_(None), *(key.desc() for key in keys))
    return select.order_by(merged.c.date.is_(None), *keys)
