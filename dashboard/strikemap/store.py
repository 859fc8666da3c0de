"""The embedded event store: articles and their per-article events in SQLite.

The command line (``strikemap ingest``) and the app's upload form write to the
same file. Each article is stored in one transaction together with its
events, so a failing article never leaves half its data behind, and an
article already stored (same id or same content hash) is skipped, which makes
ingesting twice a no-op.

Events are stored per article (one JSON record each, plus indexed columns for
querying); :meth:`EventStore.events` merges them across articles and caches
the result per store *revision*, a counter bumped by every write, which the
app also uses as its cache key.

Location
--------
``EventStore(url)`` takes a path or ``sqlite:///path``. Without one it uses
``$STRIKEMAP_DB`` or ``<platformdirs user data dir>/strikemap.sqlite``; when
that directory is not writable (a read-only checkout on Streamlit Community
Cloud) it falls back to ``<tempdir>/strikemap/strikemap.sqlite``. An explicit
``url`` is used as given. ``":memory:"`` gives a private in-memory store.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from strikemap.articles import ArticleResult, ReadError, parse_date
from strikemap.merge import merge_events, paused_gc
from strikemap.models import Article, Event

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
DB_FILENAME = "strikemap.sqlite"
ENV_VAR = "STRIKEMAP_DB"

Extractor = Callable[[Article], list[Event]]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    text TEXT NOT NULL,
    published TEXT,
    source TEXT,
    url TEXT,
    language TEXT,
    path TEXT,
    published_from TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    date TEXT,
    place TEXT NOT NULL,
    level TEXT NOT NULL,
    lat REAL,
    lon REAL,
    killed INTEGER,
    injured INTEGER,
    attacker TEXT,
    weapons TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_place ON events(place);
"""


class StoreError(Exception):
    """The store cannot be opened or has an unknown schema."""


@dataclass
class IngestReport:
    """What one :meth:`EventStore.ingest` call did."""

    articles_read: int = 0
    articles_added: int = 0
    articles_updated: int = 0
    duplicates: int = 0
    events_added: int = 0
    errors: list[ReadError] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the end of a command: counts, then each skipped file with its reason."""
        line = (
            f"{self.articles_read} articles read, {self.articles_added} new stored "
            f"({self.duplicates} already stored), {self.events_added} events found"
        )
        if self.articles_updated:
            line += f", {self.articles_updated} updated to a new version"
        if self.errors:
            skipped = "; ".join(str(error) for error in self.errors)
            line += f", {len(self.errors)} skipped: {skipped}"
        return line


# ------------------------------------------------------------------ location


def _path_from_url(url: str) -> str:
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :] or ":memory:"
    if url in ("sqlite://", "sqlite:///:memory:"):
        return ":memory:"
    if url.startswith("sqlite:") or re.match(r"[A-Za-z][A-Za-z0-9+.-]+://", url):
        raise StoreError(f"unsupported store URL {url!r} (use a path or sqlite:///path)")
    return url


def _writable_dir(directory: Path) -> bool:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(directory, os.W_OK)


def default_path() -> Path:
    """Return the default store file ($STRIKEMAP_DB, user data dir, or temp fallback)."""
    from platformdirs import user_data_dir

    configured = os.environ.get(ENV_VAR)
    preferred = (
        Path(_path_from_url(configured)).expanduser()
        if configured
        else Path(user_data_dir("strikemap")) / DB_FILENAME
    )
    if _writable_dir(preferred.parent):
        return preferred
    fallback = Path(tempfile.gettempdir()) / "strikemap" / DB_FILENAME
    log.warning("%s is not writable; using %s instead", preferred.parent, fallback)
    fallback.parent.mkdir(parents=True, exist_ok=True)
    return fallback


def resolve_path(url: str | None = None) -> str:
    """Return the SQLite file path (or ``":memory:"``) that ``url`` designates."""
    if url is None:
        return str(default_path())
    path = _path_from_url(url)
    return path if path == ":memory:" else str(Path(path).expanduser())


# --------------------------------------------------------------------- store


class EventStore:
    """SQLite store of articles and their events (see the module docstring).

    Safe to share between threads (Streamlit reruns run in other threads):
    every access goes through one connection under a lock.
    """

    def __init__(self, url: str | None = None) -> None:
        self.path = resolve_path(url)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(
                self.path, check_same_thread=False, timeout=30.0, isolation_level=None
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from exc
        self._lock = threading.RLock()
        self._merged: tuple[int, list[Event]] | None = None
        self._init_schema()

    def _init_schema(self) -> None:
        with self._lock:
            conn = self._conn
            conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                # WAL lets the app read while the command line writes.
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            with conn:
                conn.executescript(_SCHEMA)
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
                if row is None:
                    conn.executemany(
                        "INSERT INTO meta (key, value) VALUES (?, ?)",
                        [("schema_version", str(SCHEMA_VERSION)), ("revision", "0")],
                    )
                elif int(row[0]) > SCHEMA_VERSION:
                    raise StoreError(
                        f"{self.path} has schema version {row[0]}; this strikemap reads "
                        f"version {SCHEMA_VERSION} (upgrade strikemap)"
                    )

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction that also bumps the revision; rolled back on any error."""
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute(
                    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'"
                )
            except BaseException:
                conn.rollback()
                raise
            conn.commit()

    # ------------------------------------------------------------- queries

    def revision(self) -> int:
        """Return a counter that changes whenever stored data changes (a cache key)."""
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0])

    def has_article(self, article_id: str) -> bool:
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        return row is not None

    def _stored(self, article: Article) -> bool:
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM articles WHERE id = ? OR content_hash = ?",
                (article.id, article.content_hash),
            ).fetchone()
        return row is not None

    def stored_hash(self, article_id: str) -> str | None:
        """Return the content hash of the article stored under ``article_id``, or ``None``."""
        with self._lock:
            row = self._conn.execute(
                "SELECT content_hash FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        return row[0] if row else None

    def has_content(self, content_hash: str) -> bool:
        """Whether an article with this content hash is stored (under any id)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)
            ).fetchone()
        return row is not None

    def count_articles(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def count_events(self) -> int:
        """Return the number of merged events (what :meth:`events` returns)."""
        return len(self.events())

    def count_article_events(self) -> int:
        """Return the number of stored per-article events."""
        with self._lock:
            return self._conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]

    def articles(self) -> list[Article]:
        """Return every stored article, in the order they were added."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, text, title, published, source, url, language, path, published_from "
                "FROM articles ORDER BY rowid"
            ).fetchall()
        return [
            Article(
                id=r[0],
                text=r[1],
                title=r[2],
                published=parse_date(r[3]),
                source=r[4],
                url=r[5],
                language=r[6],
                path=r[7],
                published_from=r[8],
            )
            for r in rows
        ]

    def article_events(self, article_id: str | None = None) -> list[Event]:
        """Return stored per-article events (of one article, or all), in storage order."""
        query = "SELECT record FROM events"
        params: tuple[str, ...] = ()
        if article_id is not None:
            query += " WHERE article_id = ?"
            params = (article_id,)
        with self._lock:
            rows = self._conn.execute(query + " ORDER BY seq", params).fetchall()
        return [Event.from_record(json.loads(r[0])) for r in rows]

    def events(self) -> list[Event]:
        """Return the stored events merged across articles.

        The merge is cached per :meth:`revision`; the returned events are
        shared with the cache, so callers must copy before changing them.
        """
        revision = self.revision()
        cached = self._merged
        if cached is not None and cached[0] == revision:
            return list(cached[1])
        with paused_gc():
            merged = merge_events(self.article_events())
        self._merged = (revision, merged)
        return list(merged)

    # -------------------------------------------------------------- writes

    def add(self, article: Article, events: Iterable[Event]) -> bool:
        """Store an article with its events in one transaction.

        Returns ``False`` (and changes nothing) when the article is already
        stored under its id or its content hash.
        """
        rows = [_event_row(article.id, e) for e in events]
        with self._lock:
            if self._stored(article):
                return False
            try:
                with self._transaction() as conn:
                    self._insert(conn, article, rows)
            except sqlite3.IntegrityError:
                # Another process stored the same article in the meantime.
                if self._stored(article):
                    return False
                raise
        return True

    def replace(self, article: Article, events: Iterable[Event]) -> bool:
        """Store a new version of the article stored under the same id, in one transaction.

        The old version and its events are removed and the new one inserted
        together, so a failure leaves the old version in place. Returns
        ``False`` (changing nothing) when the new text is already stored, under
        this id or another; with nothing stored under the id it is :meth:`add`.
        """
        events = list(events)
        rows = [_event_row(article.id, e) for e in events]
        with self._lock:
            if self.has_content(article.content_hash):
                return False
            if self.stored_hash(article.id) is None:
                return self.add(article, events)
            with self._transaction() as conn:
                conn.execute("DELETE FROM events WHERE article_id = ?", (article.id,))
                conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
                self._insert(conn, article, rows)
        return True

    @staticmethod
    def _insert(conn: sqlite3.Connection, article: Article, rows: list[tuple]) -> None:
        conn.execute(
            "INSERT INTO articles (id, content_hash, title, text, published, source, url, "
            "language, path, published_from, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                article.id,
                article.content_hash,
                article.title,
                article.text,
                article.published.isoformat() if article.published else None,
                article.source,
                article.url,
                article.language,
                article.path,
                article.published_from,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
        conn.executemany(
            "INSERT INTO events (event_id, article_id, date, place, level, lat, lon, killed, "
            "injured, attacker, weapons, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )

    def ingest(
        self,
        items: Iterable[ArticleResult],
        *,
        extractor: Extractor | None = None,
    ) -> IngestReport:
        """Extract and store articles that are not stored yet.

        Parameters
        ----------
        items
            Articles, or :class:`~strikemap.articles.ReadError` results from
            :func:`~strikemap.articles.read_articles`, which are reported.
        extractor
            Function from an article to its events; by default
            :func:`strikemap.extraction.extract_article` with the default
            gazetteer, loaded once for the batch.

        Returns
        -------
        IngestReport
            Counts and the inputs skipped with their reasons. An article whose
            extraction fails is skipped and reported; stored data is untouched.
        """
        report = IngestReport()
        for item in items:
            if isinstance(item, ReadError):
                report.errors.append(item)
                continue
            report.articles_read += 1
            new_version = self._is_new_version(item)
            if self._stored(item) and not new_version:
                report.duplicates += 1
                continue
            extractor = extractor or default_extractor()
            try:
                events = extractor(item)
            except Exception as exc:  # one article's failure must not stop the batch
                log.debug("extraction failed for %s", item.path or item.id, exc_info=True)
                report.errors.append(ReadError(item.path or item.id, f"extraction failed: {exc!r}"))
                continue
            if new_version and self.replace(item, events):
                report.articles_updated += 1
                report.events_added += len(events)
            elif not new_version and self.add(item, events):
                report.articles_added += 1
                report.events_added += len(events)
            else:
                report.duplicates += 1
        return report

    def _is_new_version(self, article: Article) -> bool:
        """An article stored under the same id with another text (an edited post, an updated page).

        Articles whose id is their content hash never are; records and pages
        with ids of their own (a URL, a message link) are, when their text changed.
        """
        stored = self.stored_hash(article.id)
        return stored is not None and stored != article.content_hash


def default_extractor() -> Extractor:
    """Return extraction with the default gazetteer (loaded once, shared by every article)."""
    from strikemap.extraction import extract_article
    from strikemap.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    return lambda article: extract_article(article, gazetteer)


def _event_row(article_id: str, event: Event) -> tuple:
    return (
        event.event_id,
        article_id,
        event.date.isoformat() if event.date else None,
        event.place,
        event.level,
        event.lat,
        event.lon,
        event.killed,
        event.injured,
        event.attacker,
        ",".join(event.weapons),
        json.dumps(event.to_record(), ensure_ascii=False, separators=(",", ":")),
    )
