"""Bulk loading into a PostgreSQL store with COPY, with the contract of ``add_many``.

:func:`copy_many` stores articles with their per-article events exactly as
:meth:`strikemap.store.EventStore.add_many` does (an article already stored
under its id or content hash is skipped, the units touched are merged again
with :mod:`strikemap.store.merging`, all in one transaction under the write
lock), but moves the rows with PostgreSQL's ``COPY`` instead of one
``INSERT`` per row:

1. the batch's articles are copied into a temporary table, and inserted from
   there, in batch order, when neither their id nor their content hash is
   stored (``INSERT ... SELECT ... ON CONFLICT DO NOTHING RETURNING id``);
2. the reports of the articles inserted are copied straight into ``events``;
3. the merged events of every unit they touch are rebuilt and copied into
   ``merged``.

Loading the same batch twice therefore changes nothing the second time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa

from strikemap.models import Article, Event
from strikemap.store import merging
from strikemap.store.core import _REVISION_BUMP, EventStore, article_row, report_row
from strikemap.store.schema import articles, events, merged

_ARTICLE_COLUMNS = [c.name for c in articles.c]
_REPORT_COLUMNS = [c.name for c in events.c if c.name != "seq"]
_MERGED_COLUMNS = [c.name for c in merged.c if c.name != "id"]
STAGE = "strikemap_load_articles"
"""The temporary table articles are copied into (dropped at commit)."""


def copy_rows(conn: sa.Connection, table: str, columns: Sequence[str], rows: list[dict]) -> None:
    """``COPY table (columns) FROM STDIN`` the rows, inside the connection's transaction."""
    names = ", ".join(columns)
    cursor = conn.connection.driver_connection.cursor()
    with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[name] for name in columns])


def _copy_merged(conn: sa.Connection, rows: list[dict]) -> None:
    copy_rows(conn, "merged", _MERGED_COLUMNS, rows)


def _insert_new_articles(conn: sa.Connection, rows: list[dict]) -> set[tuple[str, str]]:
    """Insert the staged articles that are not stored yet; return their (id, content hash)."""
    conn.exec_driver_sql(
        f"CREATE TEMPORARY TABLE {STAGE} ON COMMIT DROP AS "
        "SELECT *, 0 AS ord FROM articles WITH NO DATA"
    )
    staged = [{**row, "ord": n} for n, row in enumerate(rows)]
    copy_rows(conn, STAGE, [*_ARTICLE_COLUMNS, "ord"], staged)
    names = ", ".join(_ARTICLE_COLUMNS)
    # The first of the batch's articles with one text wins, as in add_many; a later one
    # with the id of an earlier one is left out by ON CONFLICT.
    inserted = conn.exec_driver_sql(
        f"INSERT INTO articles ({names}) SELECT {names} FROM ("
        f"SELECT DISTINCT ON (s.content_hash) s.* FROM {STAGE} s "
        "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.id) "
        "AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = s.content_hash) "
        "ORDER BY s.content_hash, s.ord) first ORDER BY ord "
        "ON CONFLICT DO NOTHING RETURNING id, content_hash"
    )
    return {(row[0], row[1]) for row in inserted}


def copy_many(store: EventStore, items: Sequence[tuple[Article, Sequence[Event]]]) -> list[bool]:
    """Store articles with their events with COPY; return which were new (as ``add_many``).

    Raises
    ------
    StoreError
        When the store is read-only, not PostgreSQL, or the write fails; nothing
        of the batch is stored then.
    """
    if store.backend != "postgresql":
        return store.add_many(items)
    if not items:
        return []
    with store._write() as conn:
        inserted = _insert_new_articles(conn, [article_row(a) for a, _ in items])
        added: list[bool] = []
        reports: list[dict] = []
        fresh: dict[str, list[Event]] = defaultdict(list)
        for article, found in items:
            key = (article.id, article.content_hash)
            new = key in inserted
            added.append(new)
            if not new:
                continue
            inserted.discard(key)  # the same article twice in a batch is new once
            for index, event in enumerate(found):
                row = report_row(article.id, index, event)
                reports.append(row)
                fresh[row["unit"]].append(event)
        if reports:
            copy_rows(conn, "events", _REPORT_COLUMNS, reports)
            loaded = [a.id for (a, _), new in zip(items, added, strict=True) if new]
            merging.remerge(conn, fresh, (fresh, loaded), insert=_copy_merged)
        if any(added):
            conn.execute(_REVISION_BUMP)
    return added
