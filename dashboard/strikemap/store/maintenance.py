"""Looking after a store: integrity check, repair, copy between backends, content hashes.

:func:`check` is what ``strikemap db check`` runs (the backend's integrity
check, then the store's own invariants: every report has merged events and
every merged event has reports, and the web intake's tables are there);
:func:`copy_store` moves a store (articles, reports, merged events and the web
intake's state) from one backend to another in one transaction of the
destination and :func:`content_hashes` fingerprints a store's content
independently of the backend and of row ids, so a copy can be compared with
its source.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import sqlalchemy as sa

from strikemap.store import merging, migrate
from strikemap.store.core import EventStore
from strikemap.store.engine import write_transaction
from strikemap.store.location import StoreError
from strikemap.store.schema import WEB_TABLES, articles, events, merged, meta

PAGE = 2_000
"""Rows read and written per round trip when copying."""

_ARTICLE_COLUMNS = [c for c in articles.c]
_REPORT_COLUMNS = [c for c in events.c if c.name != "seq"]
_MERGED_COLUMNS = [c for c in merged.c if c.name != "id"]


@dataclass(frozen=True)
class Fingerprint:
    """Row count and SHA-256 of one table's content."""

    rows: int
    sha256: str

    def __str__(self) -> str:
        return f"{self.rows} rows, sha256 {self.sha256[:16]}"


def _canonical(row: sa.Row) -> str:
    return json.dumps(
        [v.isoformat() if hasattr(v, "isoformat") else v for v in row],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _fingerprint(conn: sa.Connection, statement: sa.Select) -> Fingerprint:
    digest = hashlib.sha256()
    rows = 0
    for row in conn.execute(statement.execution_options(yield_per=PAGE)):
        digest.update(_canonical(row).encode("utf-8"))
        digest.update(b"\n")
        rows += 1
    return Fingerprint(rows, digest.hexdigest())


def content_hashes(store: EventStore) -> dict[str, Fingerprint]:
    """Return the fingerprint of the articles, the reports and the merged events of a store.

    Rows are hashed in a backend-independent order (ids, then content), without
    the backend's row ids, so a faithful copy has the same fingerprints.
    """
    statements = {
        "articles": sa.select(*_ARTICLE_COLUMNS).order_by(articles.c.id),
        "reports": sa.select(*_REPORT_COLUMNS).order_by(
            events.c.article_id, events.c.unit, events.c.record
        ),
        "merged": sa.select(*_MERGED_COLUMNS).order_by(merged.c.unit, merged.c.slot),
        **{table.name: _by_key(table) for table in WEB_TABLES},
    }
    with store.engine.connect() as conn:
        return {name: _fingerprint(conn, st) for name, st in statements.items()}


def _by_key(table: sa.Table) -> sa.Select:
    """Every row of a table, ordered by its primary key."""
    return sa.select(*table.c).order_by(*table.primary_key.columns)


def web_counts(store: EventStore) -> dict[str, int]:
    """Return the rows of each web intake table (pages, feeds, feed entries)."""
    with store.engine.connect() as conn:
        return {
            table.name: int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar())
            for table in WEB_TABLES
        }


def _pages(conn: sa.Connection, statement: sa.Select) -> Iterator[list[dict]]:
    result = conn.execute(statement.execution_options(yield_per=PAGE))
    for partition in result.mappings().partitions(PAGE):
        yield [dict(row) for row in partition]


def copy_store(
    source: EventStore, target: EventStore, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Copy every article, report, merged event and web intake row into the empty ``target``.

    The copy is one transaction of the target: it is complete or absent.

    Returns
    -------
    dict[str, int]
        Rows copied per table.

    Raises
    ------
    StoreError
        When the target already holds articles or is read-only.
    """
    if target.read_only:
        raise StoreError(f"the store {target.path} is read-only")
    if target.count_articles() or any(web_counts(target).values()):
        raise StoreError(f"the store {target.path} is not empty; copy into an empty store")
    plan = (
        ("articles", articles, sa.select(*_ARTICLE_COLUMNS).order_by(articles.c.added_at)),
        ("reports", events, sa.select(*_REPORT_COLUMNS).order_by(events.c.seq)),
        ("merged", merged, sa.select(*_MERGED_COLUMNS).order_by(merged.c.id)),
        *((table.name, table, _by_key(table)) for table in WEB_TABLES),
    )
    copied = {}
    with source.engine.connect() as reader, write_transaction(target.engine) as writer:
        for name, table, statement in plan:
            copied[name] = 0
            for rows in _pages(reader, statement):
                writer.execute(sa.insert(table), rows)
                copied[name] += len(rows)
                if progress:
                    progress(name, copied[name])
        revision = reader.execute(sa.select(meta.c.value).where(meta.c.key == "revision")).scalar()
        writer.execute(
            sa.update(meta).where(meta.c.key == "revision").values(value=str(revision or 0))
        )
    return copied


def _sqlite_checks(conn: sa.Connection, full: bool) -> list[str]:
    pragma = "integrity_check" if full else "quick_check"
    found = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
    problems = [] if found == ["ok"] else [f"SQLite {pragma}: {p}" for p in found[:10]]
    keys = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    if keys:
        problems.append(f"{len(keys)} rows point at missing articles")
    rtree = conn.exec_driver_sql("SELECT rtreecheck('merged_rtree')").scalar()
    if rtree != "ok":
        problems.append(f"spatial index: {rtree.splitlines()[0]}")
    located = conn.execute(
        sa.select(sa.func.count()).where(merged.c.lat.is_not(None), merged.c.lon.is_not(None))
    ).scalar()
    indexed = conn.exec_driver_sql("SELECT count(*) FROM merged_rtree").scalar()
    if located != indexed:
        problems.append(f"spatial index holds {indexed} points for {located} located events")
    return problems


def _postgres_checks(conn: sa.Connection) -> list[str]:
    version = conn.exec_driver_sql(
        "SELECT extversion FROM pg_extension WHERE extname = 'postgis'"
    ).scalar()
    return [] if version else ["the PostGIS extension is not installed in this database"]


def _web_tables(conn: sa.Connection) -> list[str]:
    """The web intake's tables must exist (with every column this strikemap writes)."""
    inspector = sa.inspect(conn)
    problems = []
    for table in WEB_TABLES:
        if not inspector.has_table(table.name):
            problems.append(f"the web intake table {table.name} is missing")
            continue
        present = {c["name"] for c in inspector.get_columns(table.name)}
        missing = [c.name for c in table.c if c.name not in present]
        if missing:
            problems.append(f"the web intake table {table.name} lacks {', '.join(missing)}")
    return problems


def _invariants(conn: sa.Connection) -> list[str]:
    problems = _web_tables(conn)
    unitless = conn.execute(
        sa.select(sa.func.count()).select_from(events).where(events.c.unit.is_(None))
    ).scalar()
    if unitless:
        problems.append(f"{unitless} reports have no unit")
    merged_units = sa.select(merged.c.unit)
    unmerged = conn.execute(
        sa.select(sa.func.count(sa.distinct(events.c.unit))).where(
            events.c.unit.is_not(None), events.c.unit.not_in(merged_units)
        )
    ).scalar()
    if unmerged:
        problems.append(f"{unmerged} units have reports but no merged event")
    orphans = conn.execute(
        sa.select(sa.func.count())
        .select_from(merged)
        .where(merged.c.unit.not_in(sa.select(events.c.unit).where(events.c.unit.is_not(None))))
    ).scalar()
    if orphans:
        problems.append(f"{orphans} merged events have no reports")
    return problems


def check(store: EventStore, *, full: bool = False) -> list[str]:
    """Return the problems found in a store (empty when it is sound).

    Parameters
    ----------
    full
        On SQLite, run the full ``integrity_check`` instead of ``quick_check``.
    """
    try:
        with store.engine.connect() as conn:
            revision = migrate.current(conn)
            problems = [] if revision == migrate.head() else [f"schema at {revision}"]
            if store.backend == "sqlite":
                problems += _sqlite_checks(conn, full)
            else:
                problems += _postgres_checks(conn)
            problems += _invariants(conn)
    except sa.exc.DBAPIError as exc:
        from strikemap.store.engine import first_line

        return [first_line(exc)]
    return problems


def repair(store: EventStore) -> int:
    """Rebuild every merged event (and the search indexes) from the stored reports."""
    if store.read_only:
        raise StoreError(f"the store {store.path} is read-only")
    with write_transaction(store.engine) as conn:
        written = merging.rebuild(conn)
        if store.backend == "sqlite":
            conn.exec_driver_sql("INSERT INTO merged_fts (merged_fts) VALUES ('rebuild')")
            conn.exec_driver_sql("DELETE FROM merged_rtree")
            conn.exec_driver_sql(
                "INSERT INTO merged_rtree SELECT id, lat, lat, lon, lon FROM merged "
                "WHERE lat IS NOT NULL AND lon IS NOT NULL"
            )
        conn.exec_driver_sql(
            "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
            "WHERE key = 'revision'"
        )
    return written
