"""What web intake has fetched and polled, kept in the store beside the articles.

Three tables of the store's schema (:mod:`strikemap.store.schema`), on SQLite
and PostgreSQL alike:

- ``web_pages``: each fetched page URL with its ETag / Last-Modified (for the
  next conditional GET) and the article it became;
- ``web_feeds``: each polled feed with its validators, when it was last polled,
  the outcome, the consecutive failures and when it may be polled again (backoff);
- ``web_feed_entries``: each feed entry seen, with a signature of its content,
  so a restart neither misses nor repeats an entry, and an updated entry is
  fetched again.

Every change is committed at once, so a watcher stopped mid-feed resumes
where it stopped; two watchers of one shared store write with upserts.
:class:`WebState` is the one interface to these tables.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from strikemap.store import EventStore, StoreError
from strikemap.store.engine import first_line
from strikemap.store.schema import web_feed_entries, web_feeds, web_pages
from strikemap.web.client import Validators

_FEED_COLUMNS = (
    web_feeds.c.url,
    web_feeds.c.title,
    web_feeds.c.etag,
    web_feeds.c.last_modified,
    web_feeds.c.last_polled,
    web_feeds.c.last_outcome,
    web_feeds.c.failures,
    web_feeds.c.next_poll,
)

#: An entry whose page failed this many times in a row is given up (until it changes).
MAX_ENTRY_ATTEMPTS = 3
#: Entry statuses that mean "done with this version of the entry".
_FINAL = ("stored", "unchanged", "skipped", "invalid", "gave_up")


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass(frozen=True)
class FeedStatus:
    """One feed's polling record."""

    url: str
    title: str | None
    validators: Validators
    last_polled: datetime | None
    last_outcome: str | None
    failures: int
    next_poll: datetime | None


class WebState:
    """Pages fetched, feeds polled and entries seen (see the module docstring).

    Parameters
    ----------
    store
        The store whose tables hold the state (its engine is used; the store
        stays open), or a store URL or path, opened here and closed by
        :meth:`close`.

    Raises
    ------
    StoreError
        When a store named by URL cannot be opened, or a write fails
        (a read-only store, a server gone), with a one-line message.
    """

    def __init__(self, store: EventStore | str) -> None:
        self._owned = isinstance(store, str)
        self.store = EventStore(store) if isinstance(store, str) else store
        self.engine = self.store.engine
        self.path = self.store.path
        self._lock = threading.RLock()  # one connection at a time for an in-memory store

    def close(self) -> None:
        if self._owned:
            self.store.close()

    def __enter__(self) -> WebState:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _begin(self) -> Iterator[sa.Connection]:
        """A short write transaction (``BEGIN IMMEDIATE`` on SQLite: no upgrade deadlock)."""
        if self.store.read_only:
            raise StoreError(f"the store {self.path} is read-only; web intake state not kept")
        with self._lock, self.engine.connect() as conn:
            if self.engine.dialect.name == "sqlite":
                conn.execution_options(sqlite_begin="IMMEDIATE")
            try:
                with conn.begin():
                    yield conn
            except sa.exc.DBAPIError as exc:
                raise StoreError(
                    f"cannot write to the store {self.path}: {first_line(exc)}"
                ) from exc

    def _rows(self, statement: sa.Select) -> list[sa.Row]:
        try:
            with self._lock, self.engine.connect() as conn:
                return list(conn.execute(statement))
        except sa.exc.DBAPIError as exc:
            raise StoreError(f"cannot read the store {self.path}: {first_line(exc)}") from exc

    def _one(self, statement: sa.Select) -> sa.Row | None:
        rows = self._rows(statement.limit(1))
        return rows[0] if rows else None

    def _insert(self, table: sa.Table):
        """The backend's INSERT, which has ``on_conflict_do_update`` / ``_do_nothing``."""
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        return dialect.insert(table)

    def _upsert(self, table: sa.Table, row: dict, keys: list[str], update: dict) -> None:
        statement = self._insert(table).values(**row)
        statement = statement.on_conflict_do_update(
            index_elements=keys,
            set_={name: value(statement.excluded) for name, value in update.items()},
        )
        with self._begin() as conn:
            conn.execute(statement)

    # ------------------------------------------------------------------ pages

    def page_validators(self, url: str) -> Validators | None:
        """ETag / Last-Modified of the last fetch of ``url`` that became an article."""
        row = self._one(
            sa.select(web_pages.c.etag, web_pages.c.last_modified).where(web_pages.c.url == url)
        )
        return Validators(row[0], row[1]) if row else None

    def page_article(self, url: str) -> str | None:
        """The id of the article the page at ``url`` became, when it was stored."""
        row = self._one(sa.select(web_pages.c.article_id).where(web_pages.c.url == url))
        return row[0] if row else None

    def record_page(
        self,
        url: str,
        *,
        canonical: str,
        article_id: str,
        content_hash: str,
        validators: Validators,
    ) -> None:
        """Remember a page fetched and stored (or found already stored)."""
        row = {
            "url": url,
            "canonical_url": canonical,
            "article_id": article_id,
            "content_hash": content_hash,
            "etag": validators.etag,
            "last_modified": validators.last_modified,
            "fetched_at": _iso(_now()),
        }
        update = {name: _excluded(name) for name in row if name != "url"}
        self._upsert(web_pages, row, ["url"], update)

    # ------------------------------------------------------------------ feeds

    def feed(self, url: str) -> FeedStatus | None:
        row = self._one(sa.select(*_FEED_COLUMNS).where(web_feeds.c.url == url))
        return _feed_status(row) if row else None

    def feeds(self) -> list[FeedStatus]:
        """Every feed polled so far, most recently polled first."""
        statement = sa.select(*_FEED_COLUMNS).order_by(
            web_feeds.c.last_polled.desc().nulls_last(), web_feeds.c.url
        )
        return [_feed_status(r) for r in self._rows(statement)]

    def record_poll(
        self,
        url: str,
        outcome: str,
        *,
        title: str | None = None,
        validators: Validators | None = None,
        when: datetime | None = None,
    ) -> None:
        """A successful poll: failures reset; validators kept when given (else the old ones)."""
        values: dict[str, object] = {
            "last_polled": _iso(when or _now()),
            "last_outcome": outcome,
            "failures": 0,
            "next_poll": None,
        }
        if title is not None:
            values["title"] = title
        if validators is not None:
            values["etag"] = validators.etag
            values["last_modified"] = validators.last_modified
        self._update_feed(url, values)

    def forget_feed_validators(self, url: str) -> None:
        """Drop a feed's ETag / Last-Modified so its next poll reads it whole."""
        with self._begin() as conn:
            conn.execute(
                sa.update(web_feeds)
                .where(web_feeds.c.url == url)
                .values(etag=None, last_modified=None)
            )

    def record_failure(
        self, url: str, reason: str, delay: timedelta, *, when: datetime | None = None
    ) -> int:
        """A failed poll: count it and set the time before which the feed is not polled.

        Returns the number of consecutive failures.
        """
        when = when or _now()
        values = {
            "last_polled": _iso(when),
            "last_outcome": f"failed: {reason}",
            "failures": web_feeds.c.failures + 1,
            "next_poll": _iso(when + delay),
        }
        self._update_feed(url, values)
        status = self.feed(url)
        return status.failures if status else 1

    def _update_feed(self, url: str, values: dict[str, object]) -> None:
        """Create the feed's row when new, then update it, in one transaction."""
        with self._begin() as conn:
            conn.execute(self._insert(web_feeds).values(url=url).on_conflict_do_nothing())
            conn.execute(sa.update(web_feeds).where(web_feeds.c.url == url).values(**values))

    # ---------------------------------------------------------------- entries

    def entry_done(self, feed_url: str, key: str, signature: str) -> bool:
        """Whether this version of the entry was already handled (stored, skipped, given up)."""
        row = self._one(
            sa.select(web_feed_entries.c.signature, web_feed_entries.c.status).where(
                web_feed_entries.c.feed_url == feed_url, web_feed_entries.c.entry_key == key
            )
        )
        return row is not None and row[0] == signature and row[1] in _FINAL

    def record_entry(
        self,
        feed_url: str,
        key: str,
        signature: str,
        status: str,
        *,
        link: str | None = None,
        article_id: str | None = None,
        reason: str | None = None,
    ) -> str:
        """Record what became of an entry; a failure counts an attempt.

        Returns the status recorded: ``"failed"`` becomes ``"gave_up"`` after
        :data:`MAX_ENTRY_ATTEMPTS` failures of the same version of the entry.
        """
        attempts = 0
        if status == "failed":
            row = self._one(
                sa.select(web_feed_entries.c.signature, web_feed_entries.c.attempts).where(
                    web_feed_entries.c.feed_url == feed_url, web_feed_entries.c.entry_key == key
                )
            )
            attempts = (row[1] if row and row[0] == signature else 0) + 1
            if attempts >= MAX_ENTRY_ATTEMPTS:
                status = "gave_up"
        row = {
            "feed_url": feed_url,
            "entry_key": key,
            "signature": signature,
            "link": link,
            "article_id": article_id,
            "status": status,
            "attempts": attempts,
            "reason": reason,
            "seen_at": _iso(_now()),
        }
        update = {name: _excluded(name) for name in row if name not in ("feed_url", "entry_key")}
        # An entry that failed keeps the article it became before.
        update["article_id"] = lambda excluded: sa.func.coalesce(
            excluded.article_id, web_feed_entries.c.article_id
        )
        self._upsert(web_feed_entries, row, ["feed_url", "entry_key"], update)
        return status

    def entry_count(self, feed_url: str) -> int:
        row = self._one(
            sa.select(sa.func.count())
            .select_from(web_feed_entries)
            .where(web_feed_entries.c.feed_url == feed_url)
        )
        return int(row[0]) if row else 0


def _excluded(name: str):
    """The value the upsert tried to insert into ``name`` (``excluded.name``)."""
    return lambda excluded: excluded[name]


def _feed_status(row: tuple) -> FeedStatus:
    return FeedStatus(
        url=row[0],
        title=row[1],
        validators=Validators(row[2], row[3]),
        last_polled=_parse(row[4]),
        last_outcome=row[5],
        failures=int(row[6] or 0),
        next_poll=_parse(row[7]),
    )
