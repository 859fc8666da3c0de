"""Incremental merge at ingest: a new article's reports join the stored events of their unit.

Every per-article event ("report") belongs to a *unit*, the place, day and
level it reports (:func:`strikemap.merge.unit_key`). Units are independent:
merging all reports at once gives the same events as merging each unit's
reports on its own. So when articles arrive, only the units they touch are
merged again, with :func:`strikemap.merge.merge_events` over that unit's
stored reports, and their rows in ``merged`` are replaced. Undated reports
are never merged and get a unit of their own.

The caller runs this inside the write transaction that stores the reports,
under the store's write lock, so merged rows always agree with the reports.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

import sqlalchemy as sa

from strikemap.filters import fold
from strikemap.merge import merge_events, unit_key
from strikemap.models import WEAPON_CATEGORIES, Event
from strikemap.store.schema import events, merged

CHUNK = 500
"""Units per ``IN (...)`` query (well below every backend's parameter limit)."""
Batch = tuple[dict[str, list[Event]], Sequence[str]]
"""Reports stored by the current transaction, by unit, and the ids of their articles."""
_WEAPON_BITS = {name: 1 << i for i, name in enumerate(WEAPON_CATEGORIES)}


def unit_of(event: Event, article_id: str, index: int) -> str:
    """Return the unit string of a report: ``level|day|place``, or a unique one when undated."""
    key = unit_key(event)
    if key is None:
        return f"~{article_id}|{index}"
    level, day, place = key
    return f"{level}|{day.isoformat()}|{place}"


def weapons_mask(weapons: Iterable[str]) -> int:
    """Return the bit mask of weapon categories (bit ``i`` = ``WEAPON_CATEGORIES[i]``)."""
    mask = 0
    for name in weapons:
        mask |= _WEAPON_BITS.get(name, 0)
    return mask


def search_text(event: Event, oblast: str | None) -> str:
    """Return the folded text the free-text search looks in (places and evidence)."""
    parts = [p for p in (event.place, event.parent, oblast, event.as_written) if p]
    parts.extend(item.sentence for item in event.evidence if item.sentence)
    return " " + fold(" | ".join(parts)) + " "


def record_json(event: Event) -> str:
    """Return an event's record as compact JSON (the stored form)."""
    return json.dumps(event.to_record(), ensure_ascii=False, separators=(",", ":"))


def merged_row(unit: str, slot: int, event: Event) -> dict:
    """Return the ``merged`` row of one merged event."""
    from strikemap.frames import oblast_of  # the gazetteer's region names, loaded once

    oblast = oblast_of(event)
    publishers = sorted({s.publisher for s in event.sources if s.publisher})
    return {
        "unit": unit,
        "slot": slot,
        "event_id": event.event_id,
        "date": event.date,
        "date_flag": event.date_flag,
        "place": event.place,
        "place_id": event.place_id,
        "level": event.level,
        "parent": event.parent,
        "country": event.country,
        "oblast": oblast,
        "lat": event.lat,
        "lon": event.lon,
        "killed": event.killed,
        "injured": event.injured,
        "attacker": event.attacker,
        "weapons_mask": weapons_mask(event.weapons),
        "publishers": "|" + "|".join(publishers) + "|" if publishers else "",
        "search": search_text(event, oblast),
        "record": record_json(event),
    }


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def stored_reports(
    conn: sa.Connection, units: Sequence[str], *, skip_articles: Sequence[str] = ()
) -> dict[str, list[Event]]:
    """Return the stored reports of ``units``, grouped by unit, in storage order.

    Reports of ``skip_articles`` (the batch being stored, already in memory) are left out.
    """
    grouped: dict[str, list[Event]] = defaultdict(list)
    for chunk in _chunks(units):
        query = (
            sa.select(events.c.unit, events.c.record)
            .where(events.c.unit.in_(chunk))
            .order_by(events.c.seq)
        )
        if skip_articles:
            query = query.where(events.c.article_id.not_in(skip_articles))
        for unit, record in conn.execute(query):
            grouped[unit].append(Event.from_record(json.loads(record)))
    return grouped


def _insert_rows(conn: sa.Connection, rows: list[dict]) -> None:
    conn.execute(sa.insert(merged), rows)


def remerge(
    conn: sa.Connection,
    units: Iterable[str],
    fresh: Batch | None = None,
    insert: Callable[[sa.Connection, list[dict]], None] = _insert_rows,
) -> int:
    """Merge the reports of ``units`` again and replace their merged rows.

    Parameters
    ----------
    units
        The units to merge again.
    fresh
        Reports just inserted in this transaction, by unit, with the ids of
        their articles: used as they are instead of being read back.
    insert
        How the new merged rows are written (PostgreSQL bulk loads use COPY).

    Returns
    -------
    int
        The number of merged rows written.
    """
    wanted = sorted(set(units))
    fresh_reports, fresh_articles = fresh or ({}, [])
    grouped = stored_reports(conn, wanted, skip_articles=fresh_articles)
    rows = []
    for unit in wanted:
        reports = grouped.get(unit, []) + fresh_reports.get(unit, [])
        for slot, event in enumerate(merge_events(reports)):
            rows.append(merged_row(unit, slot, event))
    for chunk in _chunks(wanted):
        conn.execute(sa.delete(merged).where(merged.c.unit.in_(chunk)))
    if rows:
        insert(conn, rows)
    return len(rows)


def rebuild(conn: sa.Connection) -> int:
    """Rebuild every merged row from the stored reports (migrations, ``db check --repair``)."""
    units = [u for (u,) in conn.execute(sa.select(events.c.unit).distinct()) if u is not None]
    conn.execute(sa.delete(merged))
    written = 0
    for chunk in _chunks(units):
        written += remerge(conn, chunk)
    return written
