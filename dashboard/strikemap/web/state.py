"""What web intake has fetched and polled, kept beside the articles in the store.

Three tables live in the store's database file, created on first use:

- ``web_pages``: each fetched page URL with its ETag / Last-Modified (for the
  next conditional GET) and the article it became;
- ``web_feeds``: each polled feed with its validators, when it was last polled,
  the outcome, the consecutive failures and when it may be polled again (backoff);
- ``web_feed_entries``: each feed entry seen, with a signature of its content,
  so a restart neither misses nor repeats an entry, and an updated entry is
  fetched again.

Every change is committed at once, so a watcher stopped mid-feed resumes
where it stopped. :class:`WebState` is the one interface to these tables.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from strikemap.web.client import Validators

_SCHEMA = """
CREATE TABLE IF NOT EXISTS web_pages (
    url TEXT PRIMARY KEY,
    canonical_url TEXT,
    article_id TEXT,
    content_hash TEXT,
    etag TEXT,
    last_modified TEXT,
    fetched_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS web_feeds (
    url TEXT PRIMARY KEY,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    last_polled TEXT,
    last_outcome TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    next_poll TEXT
);
CREATE TABLE IF NOT EXISTS web_feed_entries (
    feed_url TEXT NOT NULL,
    entry_key TEXT NOT NULL,
    signature TEXT NOT NULL,
    link TEXT,
    article_id TEXT,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    reason TEXT,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, entry_key)
);
"""

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
    path
        The store's SQLite file (``EventStore.path``); ``":memory:"`` keeps
        the state in memory for the life of the object.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(path, check_same_thread=False, timeout=30.0)
        self._lock = threading.RLock()
        with self._lock, self._conn:
            self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> WebState:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _write(self, sql: str, params: tuple) -> None:
        with self._lock, self._conn:
            self._conn.execute(sql, params)

    def _one(self, sql: str, params: tuple) -> tuple | None:
        with self._lock:
            return self._conn.execute(sql, params).fetchone()

    # ------------------------------------------------------------------ pages

    def page_validators(self, url: str) -> Validators | None:
        """ETag / Last-Modified of the last fetch of ``url`` that became an article."""
        row = self._one("SELECT etag, last_modified FROM web_pages WHERE url = ?", (url,))
        return Validators(row[0], row[1]) if row else None

    def page_article(self, url: str) -> str | None:
        """The id of the article the page at ``url`` became, when it was stored."""
        row = self._one("SELECT article_id FROM web_pages WHERE url = ?", (url,))
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
        self._write(
            "INSERT INTO web_pages (url, canonical_url, article_id, content_hash, etag, "
            "last_modified, fetched_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET "
            "canonical_url = excluded.canonical_url, article_id = excluded.article_id, "
            "content_hash = excluded.content_hash, etag = excluded.etag, "
            "last_modified = excluded.last_modified, fetched_at = excluded.fetched_at",
            (
                url,
                canonical,
                article_id,
                content_hash,
                validators.etag,
                validators.last_modified,
                _iso(_now()),
            ),
        )

    # ------------------------------------------------------------------ feeds

    def feed(self, url: str) -> FeedStatus | None:
        row = self._one(
            "SELECT url, title, etag, last_modified, last_polled, last_outcome, failures, "
            "next_poll FROM web_feeds WHERE url = ?",
            (url,),
        )
        return _feed_status(row) if row else None

    def feeds(self) -> list[FeedStatus]:
        """Every feed polled so far, most recently polled first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT url, title, etag, last_modified, last_polled, last_outcome, failures, "
                "next_poll FROM web_feeds ORDER BY last_polled DESC, url"
            ).fetchall()
        return [_feed_status(r) for r in rows]

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
        when = when or _now()
        self._ensure_feed(url)
        self._write(
            "UPDATE web_feeds SET title = COALESCE(?, title), last_polled = ?, last_outcome = ?, "
            "failures = 0, next_poll = NULL, etag = CASE WHEN ? THEN ? ELSE etag END, "
            "last_modified = CASE WHEN ? THEN ? ELSE last_modified END WHERE url = ?",
            (
                title,
                _iso(when),
                outcome,
                validators is not None,
                validators.etag if validators else None,
                validators is not None,
                validators.last_modified if validators else None,
                url,
            ),
        )

    def forget_feed_validators(self, url: str) -> None:
        """Drop a feed's ETag / Last-Modified so its next poll reads it whole."""
        self._write("UPDATE web_feeds SET etag = NULL, last_modified = NULL WHERE url = ?", (url,))

    def record_failure(
        self, url: str, reason: str, delay: timedelta, *, when: datetime | None = None
    ) -> int:
        """A failed poll: count it and set the time before which the feed is not polled.

        Returns the number of consecutive failures.
        """
        when = when or _now()
        self._ensure_feed(url)
        self._write(
            "UPDATE web_feeds SET last_polled = ?, last_outcome = ?, failures = failures + 1, "
            "next_poll = ? WHERE url = ?",
            (_iso(when), f"failed: {reason}", _iso(when + delay), url),
        )
        status = self.feed(url)
        return status.failures if status else 1

    def _ensure_feed(self, url: str) -> None:
        self._write("INSERT OR IGNORE INTO web_feeds (url) VALUES (?)", (url,))

    # ---------------------------------------------------------------- entries

    def entry_done(self, feed_url: str, key: str, signature: str) -> bool:
        """Whether this version of the entry was already handled (stored, skipped, given up)."""
        row = self._one(
            "SELECT signature, status FROM web_feed_entries WHERE feed_url = ? AND entry_key = ?",
            (feed_url, key),
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
                "SELECT signature, attempts FROM web_feed_entries "
                "WHERE feed_url = ? AND entry_key = ?",
                (feed_url, key),
            )
            attempts = (row[1] if row and row[0] == signature else 0) + 1
            if attempts >= MAX_ENTRY_ATTEMPTS:
                status = "gave_up"
        self._write(
            "INSERT INTO web_feed_entries (feed_url, entry_key, signature, link, article_id, "
            "status, attempts, reason, seen_at) VALUES (?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(feed_url, entry_key) DO UPDATE SET signature = excluded.signature, "
            "link = excluded.link, article_id = COALESCE(excluded.article_id, article_id), "
            "status = excluded.status, attempts = excluded.attempts, reason = excluded.reason, "
            "seen_at = excluded.seen_at",
            (feed_url, key, signature, link, article_id, status, attempts, reason, _iso(_now())),
        )
        return status

    def entry_count(self, feed_url: str) -> int:
        row = self._one("SELECT COUNT(*) FROM web_feed_entries WHERE feed_url = ?", (feed_url,))
        return int(row[0]) if row else 0


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
