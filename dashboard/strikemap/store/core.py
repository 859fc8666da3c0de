"""The event store: articles, their reports and the merged events, behind one interface.

The command line (``strikemap ingest``) and the app's upload form write to the
same store; the dashboard reads the filtered view with one query. Both
backends (embedded SQLite, shared PostgreSQL/PostGIS, see
:mod:`strikemap.store.location`) behave the same.

Writes
    Articles are stored in batches, each batch in one transaction together
    with its reports and the merged events of every unit they touch
    (:mod:`strikemap.store.merging`), under the store's write lock. An
    article already stored (same id or same content hash) is skipped, so
    ingesting twice is a no-op and concurrent ingests never duplicate; a
    crash mid-batch leaves the store as it was before the batch.
Reads
    Plain queries of the ``merged`` table with the filters pushed down
    (:mod:`strikemap.store.query`), with the public-link policy
    (:mod:`strikemap.store.publication`) applied to everything read out.
Revision
    A counter bumped by every write; the app's cache key.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import sqlalchemy as sa

from strikemap.articles import ArticleResult, ReadError, parse_date
from strikemap.filters import UNKNOWN_ATTACKER, FilterState
from strikemap.labels import found_label
from strikemap.merge import paused_gc
from strikemap.models import WEAPON_CATEGORIES, Article, Event
from strikemap.store import merging, migrate
from strikemap.store.engine import (
    check_sqlite_file,
    first_line,
    postgres_engine,
    sqlite_engine,
    write_transaction,
)
from strikemap.store.location import MEMORY, StoreError, resolve
from strikemap.store.publication import Publication, PublicationError, gazetteer_city_of
from strikemap.store.query import BBox, EventQuery, conditions, ordered
from strikemap.store.schema import SCHEMA_VERSION, articles, events, merged, meta

log = logging.getLogger(__name__)

Extractor = Callable[[Article], list[Event]]
BATCH_ARTICLES = 64
"""Articles stored per transaction by :meth:`EventStore.ingest`."""
EVERYTHING = FilterState(include_implausible_dates=True)
"""No filter at all, what ``filters=None`` means (the dashboard hides implausible dates)."""
_REVISION_BUMP = sa.text(
    "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'revision'"
)


@dataclass
class IngestReport:
    """What one :meth:`EventStore.ingest` call did."""

    articles_read: int = 0
    articles_added: int = 0
    articles_updated: int = 0
    duplicates: int = 0
    events_added: int = 0
    errors: list[ReadError] = field(default_factory=list)
    #: Merged events (markers) in the store before and after the call.
    events_before: int = 0
    events_after: int = 0

    def events_text(self) -> str:
        """Return "16 events found, 14 new on the map (2 merged ...)" for this call."""
        return found_label(self.events_added, self.events_before, self.events_after)

    def summary(self) -> str:
        """One line for the end of a command: counts, then each skipped file with its reason."""
        line = (
            f"{self.articles_read} articles read, {self.articles_added} new stored "
            f"({self.duplicates} already stored), {self.events_text()}"
        )
        if self.articles_updated:
            line += f", {self.articles_updated} updated to a new version"
        if self.errors:
            skipped = "; ".join(str(error) for error in self.errors)
            line += f", {len(self.errors)} skipped: {skipped}"
        return line


def article_row(article: Article) -> dict:
    """Return the ``articles`` row of an article."""
    return {
        "id": article.id,
        "content_hash": article.content_hash,
        "title": article.title,
        "text": article.text,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "url": article.url,
        "language": article.language,
        "path": article.path,
        "published_from": article.published_from,
        "added_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def report_row(article_id: str, index: int, event: Event) -> dict:
    """Return the ``events`` row of the ``index``-th event an article reports."""
    return {
        "event_id": event.event_id,
        "article_id": article_id,
        "date": event.date.isoformat() if event.date else None,
        "place": event.place,
        "level": event.level,
        "lat": event.lat,
        "lon": event.lon,
        "killed": event.killed,
        "injured": event.injured,
        "attacker": event.attacker,
        "weapons": ",".join(event.weapons),
        "record": merging.record_json(event),
        "unit": merging.unit_of(event, article_id, index),
    }


def _as_date(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value  # type: ignore[return-value]


def _env_publication() -> Publication:
    try:
        return Publication.from_settings(os.environ.get)
    except PublicationError as exc:
        raise StoreError(str(exc)) from None


class EventStore:
    """Store of articles and their events (see the module docstring).

    Parameters
    ----------
    url
        ``sqlite:///path``, a plain path, ``postgresql://…``, ``":memory:"``;
        ``None`` for the default store (``$STRIKEMAP_DB`` or the user data folder).
    create
        Create a missing SQLite file (``False``: a missing file is an error).
    read_only
        Open without writing; by default a SQLite store that cannot be written
        is opened read-only and an attempt to write raises :class:`StoreError`.
    publication
        Public-link policy applied to everything read; by default from the
        environment (``STRIKEMAP_PUBLIC_*``).
    check
        Run the quick integrity check on opening.

    Raises
    ------
    StoreError
        With a one-line message when the store cannot be opened, is damaged,
        is not a strikemap store or was made by a newer strikemap.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        create: bool = True,
        read_only: bool | None = None,
        publication: Publication | None = None,
        check: bool = True,
    ) -> None:
        self.location = resolve(url)
        self.note = self.location.note
        if self.note:
            log.info(self.note)
        self.backend = self.location.backend
        self.path = self.location.display
        self.publication = publication if publication is not None else _env_publication()
        memory = self.location.target == MEMORY
        self._lock = threading.RLock() if memory else nullcontext()
        self.read_only = bool(read_only)
        if self.backend == "sqlite":
            writable = memory or check_sqlite_file(self.location.target, create=create)
            self.read_only = bool(read_only) if read_only is not None else not writable
            self.engine = sqlite_engine(self.location.target, read_only=self.read_only)
        else:
            self.engine = postgres_engine(self.location)
        try:
            self._prepare(check)
        except BaseException:
            self.engine.dispose()
            raise

    # -------------------------------------------------------------- opening

    def _prepare(self, check: bool) -> None:
        try:
            self._migrate()
        except sa.exc.OperationalError as exc:
            if not (self.backend == "sqlite" and self.read_only):
                raise self._error("cannot open", exc) from exc
            # A read-only folder cannot hold the WAL index: read the file as immutable.
            self.engine.dispose()
            self.engine = sqlite_engine(self.location.target, read_only=True, immutable=True)
            try:
                self._migrate()
            except sa.exc.DBAPIError as again:
                raise self._error("cannot open", again) from again
        except sa.exc.DBAPIError as exc:
            raise self._error("cannot open", exc) from exc
        if check:
            problems = self.quick_check()
            if problems:
                raise StoreError(
                    f"the store {self.path} is damaged ({problems[0]}); run `strikemap db check`"
                )

    def _migrate(self) -> None:
        with self.engine.connect() as conn:
            revision = migrate.current(conn)
            version = self._schema_version(conn) if revision else None
        if not migrate.known(revision) or (version or 0) > SCHEMA_VERSION:
            label = revision if not migrate.known(revision) else version
            raise StoreError(
                f"{self.path} has schema version {label}; this strikemap reads "
                f"version {SCHEMA_VERSION} (upgrade strikemap)"
            )
        if revision == migrate.head():
            return
        if self.read_only:
            raise StoreError(
                f"the store {self.path} is read-only and "
                + ("empty" if revision is None else "has an older schema")
                + "; open it once with write access (`strikemap db upgrade`)"
            )
        before, after = migrate.upgrade(self.engine)
        if before is not None:
            log.warning("store %s upgraded from schema %s to %s", self.path, before, after)

    @staticmethod
    def _schema_version(conn: sa.Connection) -> int:
        value = conn.execute(sa.select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
        try:
            return int(value or 0)
        except ValueError:
            return 0

    def _error(self, what: str, exc: BaseException) -> StoreError:
        return StoreError(f"{what} the store {self.path}: {first_line(exc)}")

    def quick_check(self) -> list[str]:
        """Return what the backend's quick integrity check finds wrong (empty when sound)."""
        if self.backend != "sqlite":
            return []
        try:
            with self._read() as conn:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check")]
        except sa.exc.DBAPIError as exc:
            return [first_line(exc)]
        return [] if rows == ["ok"] else rows

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _read(self) -> Iterator[sa.Connection]:
        with self._lock, self.engine.connect() as conn:
            try:
                yield conn
            except sa.exc.DBAPIError as exc:
                raise self._error("cannot read", exc) from exc

    @contextmanager
    def _write(self) -> Iterator[sa.Connection]:
        if self.read_only:
            raise StoreError(f"the store {self.path} is read-only; nothing was stored")
        with self._lock:
            try:
                with write_transaction(self.engine) as conn:
                    yield conn
            except sa.exc.DBAPIError as exc:
                raise self._error("cannot write to", exc) from exc

    def _scalar(self, statement) -> object:
        with self._read() as conn:
            return conn.execute(statement).scalar()

    # ------------------------------------------------------------- queries

    def revision(self) -> int:
        """Return a counter that changes whenever stored data changes (a cache key)."""
        return int(self._scalar(sa.select(meta.c.value).where(meta.c.key == "revision")) or 0)

    def has_article(self, article_id: str) -> bool:
        return self._scalar(sa.select(articles.c.id).where(articles.c.id == article_id)) is not None

    def _stored(self, article: Article) -> bool:
        statement = sa.select(articles.c.id).where(
            sa.or_(articles.c.id == article.id, articles.c.content_hash == article.content_hash)
        )
        return self._scalar(statement.limit(1)) is not None

    def stored_hash(self, article_id: str) -> str | None:
        """Return the content hash of the article stored under ``article_id``, or ``None``."""
        statement = sa.select(articles.c.content_hash).where(articles.c.id == article_id)
        return self._scalar(statement)  # type: ignore[return-value]

    def has_content(self, content_hash: str) -> bool:
        """Whether an article with this content hash is stored (under any id)."""
        statement = sa.select(articles.c.id).where(articles.c.content_hash == content_hash)
        return self._scalar(statement.limit(1)) is not None

    def count_articles(self) -> int:
        return int(self._scalar(sa.select(sa.func.count()).select_from(articles)))

    def count_article_events(self) -> int:
        """Return the number of stored per-article events (reports)."""
        return int(self._scalar(sa.select(sa.func.count()).select_from(events)))

    def count_events(
        self,
        filters: FilterState | None = None,
        *,
        bbox: BBox | None = None,
        anchor: date | None = None,
    ) -> int:
        """Return the number of merged events shown (that ``filters`` and ``bbox`` select)."""
        query = self._policy_query(EventQuery(filters or EVERYTHING, bbox, anchor))
        statement = sa.select(sa.func.count()).select_from(merged)
        where = conditions(self.engine.dialect.name, query, self._anchor(query))
        return int(self._scalar(statement.where(*where)))

    def articles(self) -> list[Article]:
        """Return every stored article, in the order they were added."""
        columns = [
            articles.c[name]
            for name in (
                "id",
                "text",
                "title",
                "published",
                "source",
                "url",
                "language",
                "path",
                "published_from",
            )
        ]
        order = articles.c.added_at, articles.c.id
        if self.backend == "sqlite":
            order = (sa.literal_column("articles.rowid"),)
        with self._read() as conn:
            rows = conn.execute(sa.select(*columns).order_by(*order)).all()
        return [
            Article(
                id=r.id,
                text=r.text,
                title=r.title,
                published=parse_date(r.published),
                source=r.source,
                url=r.url,
                language=r.language,
                path=r.path,
                published_from=r.published_from,
            )
            for r in rows
        ]

    def article_events(self, article_id: str | None = None) -> list[Event]:
        """Return stored per-article events (of one article, or all), in storage order."""
        statement = sa.select(events.c.record).order_by(events.c.seq)
        if article_id is not None:
            statement = statement.where(events.c.article_id == article_id)
        with self._read() as conn:
            return [Event.from_record(json.loads(r)) for (r,) in conn.execute(statement)]

    def _policy_query(self, query: EventQuery) -> EventQuery:
        cutoff = self.publication.cutoff()
        if cutoff is None:
            return query
        held = min(cutoff, query.held_back_from) if query.held_back_from else cutoff
        return EventQuery(query.filters, query.bbox, query.anchor, held)

    def _anchor(self, query: EventQuery) -> date | None:
        if query.anchor is not None or query.filters.quick in (None, "all"):
            return query.anchor
        return self.newest_date()

    def date_span(self) -> tuple[date | None, date | None]:
        """Return the oldest and the newest plausible event day shown (``None``: none dated)."""
        statement = sa.select(sa.func.min(merged.c.date), sa.func.max(merged.c.date)).where(
            merged.c.date_flag.is_(None)
        )
        held = self.publication.cutoff()
        if held is not None:
            statement = statement.where(merged.c.date < held)
        with self._read() as conn:
            row = conn.execute(statement).one()
        return _as_date(row[0]), _as_date(row[1])

    def newest_date(self) -> date | None:
        """Return the newest event day shown (the day quick ranges count back from)."""
        return self.date_span()[1]

    def query(
        self,
        filters: FilterState | None = None,
        *,
        bbox: BBox | None = None,
        anchor: date | None = None,
        limit: int | None = None,
        newest: bool = False,
    ) -> list[Event]:
        """Return the merged events that pass ``filters`` and lie in ``bbox``.

        Parameters
        ----------
        filters
            The dashboard's filters (default: every event, implausible dates included).
        bbox
            ``(south, west, north, east)``.
        anchor
            The day quick ranges count back from; default :meth:`newest_date`.
        limit
            At most this many events: the first by day, or with ``newest`` the newest.

        Returns
        -------
        list[Event]
            Dated events by day, then undated ones, as the public-link policy
            publishes them.
        """
        records = self._records(filters, bbox, anchor, limit, newest)
        with paused_gc():  # thousands of small objects, no cycles
            found = [Event.from_record(r) for r in records]
        return self._published(found, bbox)

    def query_records(
        self,
        filters: FilterState | None = None,
        *,
        bbox: BBox | None = None,
        anchor: date | None = None,
        limit: int | None = None,
        newest: bool = False,
    ) -> list[dict]:
        """Return what :meth:`query` returns as records (:meth:`Event.to_record`), not events.

        The app's view is read this way (:func:`strikemap.frames.records_to_frame`):
        the stored records are decoded in one pass and no event object is made,
        unless the public-link precision cap has to move the points.
        """
        if self.publication.precision_km is not None:
            return [
                e.to_record()
                for e in self.query(filters, bbox=bbox, anchor=anchor, limit=limit, newest=newest)
            ]
        return self._records(filters, bbox, anchor, limit, newest)

    def _records(
        self,
        filters: FilterState | None,
        bbox: BBox | None,
        anchor: date | None,
        limit: int | None,
        newest: bool,
    ) -> list[dict]:
        """The stored records of the events that pass, in :meth:`query`'s order."""
        query = self._policy_query(EventQuery(filters or EVERYTHING, bbox, anchor))
        where = conditions(self.engine.dialect.name, query, self._anchor(query))
        statement = ordered(sa.select(merged.c.record).where(*where), newest=newest)
        if limit is not None:
            statement = statement.limit(limit)
        with self._read() as conn:
            texts = conn.execute(statement).scalars().all()
        if newest:
            texts.reverse()
        # One parse of one JSON array: a third of the time of a json.loads per record.
        with paused_gc():
            return json.loads("[" + ",".join(texts) + "]")

    def _published(self, found: list[Event], bbox: BBox | None) -> list[Event]:
        if self.publication.precision_km is None:
            return found
        out = [self.publication.apply(e, gazetteer_city_of) for e in found]
        if bbox is None:
            return out
        south, west, north, east = bbox
        return [
            e
            for e in out
            if e.lat is not None and south <= e.lat <= north and west <= e.lon <= east
        ]

    def events(self) -> list[Event]:
        """Return every merged event (as the public-link policy publishes them)."""
        return self.query()

    def filter_options(self) -> dict[str, list[str]]:
        """Return the choices of each list filter, as :func:`strikemap.filters.options` does.

        One scan of the events (their distinct combinations of the list
        columns), not one per filter: at a million events each scan costs seconds.
        """
        query = self._policy_query(EventQuery(EVERYTHING))
        where = conditions(self.engine.dialect.name, query, None)
        columns = [merged.c[name] for name in _OPTION_COLUMNS]
        with self._read() as conn:
            rows = conn.execute(sa.select(*columns).where(*where).distinct()).all()
        return _options(rows, coarse=self.publication.precision_km is not None)

    # -------------------------------------------------------------- writes

    def add(self, article: Article, events: Iterable[Event]) -> bool:
        """Store an article with its events in one transaction.

        Returns ``False`` (and changes nothing) when the article is already
        stored under its id or its content hash.
        """
        return self.add_many([(article, list(events))])[0]

    def add_many(self, items: Sequence[tuple[Article, Sequence[Event]]]) -> list[bool]:
        """Store articles with their events in one transaction; return which were new."""
        prepared = [
            (a, list(evs), [report_row(a.id, i, e) for i, e in enumerate(evs)]) for a, evs in items
        ]
        with self._write() as conn:
            known_ids, known_hashes = self._known(conn, [a for a, _, _ in prepared])
            added: list[bool] = []
            article_rows: list[dict] = []
            report_rows: list[dict] = []
            fresh: dict[str, list[Event]] = defaultdict(list)
            for article, found, rows in prepared:
                new = article.id not in known_ids and article.content_hash not in known_hashes
                added.append(new)
                if not new:
                    continue
                known_ids.add(article.id)
                known_hashes.add(article.content_hash)
                article_rows.append(article_row(article))
                report_rows.extend(rows)
                for event, row in zip(found, rows, strict=True):
                    fresh[row["unit"]].append(event)
            if article_rows:
                self._insert(conn, article_rows, report_rows, fresh)
        return added

    def replace(self, article: Article, events: Iterable[Event]) -> bool:
        """Store a new version of the article stored under the same id, in one transaction.

        The old version and its reports are removed and the new one inserted
        together, and every unit either touches is merged again, so a failure
        leaves the old version in place. Returns ``False`` (changing nothing)
        when the new text is already stored, under this id or another; with
        nothing stored under the id it is :meth:`add`.
        """
        found = list(events)
        if self.stored_hash(article.id) is None:
            return self.add(article, found)
        rows = [report_row(article.id, i, e) for i, e in enumerate(found)]
        with self._write() as conn:
            if article.content_hash in self._known(conn, [article])[1]:
                return False
            self._swap(conn, article, found, rows)
        return True

    @staticmethod
    def _swap(conn: sa.Connection, article: Article, found: list[Event], rows: list[dict]) -> None:
        """Replace an article's stored version and reports, and merge every unit touched."""
        old_units = (
            conn.execute(sa.select(events.c.unit).where(events.c.article_id == article.id))
            .scalars()
            .all()
        )
        conn.execute(sa.delete(events).where(events.c.article_id == article.id))
        conn.execute(sa.delete(articles).where(articles.c.id == article.id))
        fresh: dict[str, list[Event]] = defaultdict(list)
        for event, row in zip(found, rows, strict=True):
            fresh[row["unit"]].append(event)
        conn.execute(sa.insert(articles), [article_row(article)])
        if rows:
            conn.execute(sa.insert(events), rows)
        merging.remerge(conn, [*old_units, *fresh], (fresh, [article.id]))
        conn.execute(_REVISION_BUMP)

    @staticmethod
    def _insert(
        conn: sa.Connection,
        article_rows: list[dict],
        report_rows: list[dict],
        fresh: dict[str, list[Event]],
    ) -> None:
        """Insert articles and reports, merge the units they touch, bump the revision."""
        conn.execute(sa.insert(articles), article_rows)
        if report_rows:
            conn.execute(sa.insert(events), report_rows)
            merging.remerge(conn, fresh, (fresh, [row["id"] for row in article_rows]))
        conn.execute(_REVISION_BUMP)

    @staticmethod
    def _known(conn: sa.Connection, batch: Sequence[Article]) -> tuple[set[str], set[str]]:
        ids = [a.id for a in batch]
        hashes = [a.content_hash for a in batch]
        statement = sa.select(articles.c.id, articles.c.content_hash).where(
            sa.or_(articles.c.id.in_(ids), articles.c.content_hash.in_(hashes))
        )
        rows = conn.execute(statement).all()
        return {r.id for r in rows}, {r.content_hash for r in rows}

    def ingest(
        self,
        items: Iterable[ArticleResult],
        *,
        extractor: Extractor | None = None,
        batch_size: int = BATCH_ARTICLES,
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
        batch_size
            Articles stored per transaction.

        Returns
        -------
        IngestReport
            Counts and the inputs skipped with their reasons. An article whose
            extraction fails is skipped and reported; stored data is untouched.
        """
        report = IngestReport(events_before=self.count_events())
        pending: list[tuple[Article, list[Event]]] = []
        for item in items:
            if isinstance(item, ReadError):
                report.errors.append(item)
                continue
            report.articles_read += 1
            new_version = self._is_new_version(item)
            if not new_version and self._stored(item):
                report.duplicates += 1
                continue
            extractor = extractor or default_extractor()
            try:
                found = extractor(item)
            except Exception as exc:  # one article's failure must not stop the batch
                log.debug("extraction failed for %s", item.path or item.id, exc_info=True)
                report.errors.append(ReadError(item.path or item.id, f"extraction failed: {exc!r}"))
                continue
            if new_version:
                self._store_version(item, found, report)
                continue
            pending.append((item, found))
            if len(pending) >= batch_size:
                self._flush(pending, report)
        self._flush(pending, report)
        report.events_after = self.count_events()
        return report

    def _is_new_version(self, article: Article) -> bool:
        """An article stored under the same id with another text (an edited post, a new page).

        Articles whose id is their content hash never are; records and pages
        with ids of their own (a URL, a message link) are, when their text changed.
        """
        stored = self.stored_hash(article.id)
        return stored is not None and stored != article.content_hash

    def _store_version(self, article: Article, found: list[Event], report: IngestReport) -> None:
        if self.replace(article, found):
            report.articles_updated += 1
            report.events_added += len(found)
        else:
            report.duplicates += 1

    def _flush(self, pending: list[tuple[Article, list[Event]]], report: IngestReport) -> None:
        if not pending:
            return
        for (_, found), added in zip(pending, self.add_many(pending), strict=True):
            if added:
                report.articles_added += 1
                report.events_added += len(found)
            else:
                report.duplicates += 1
        pending.clear()


_OPTION_COLUMNS = ("weapons_mask", "publishers", "attacker", "country", "oblast", "level")


def _present(rows: Sequence[sa.Row], name: str) -> list[str]:
    return sorted({str(v) for v in (getattr(r, name) for r in rows) if v is not None})


def _options(rows: Sequence[sa.Row], *, coarse: bool) -> dict[str, list[str]]:
    """The list filters' choices from the distinct combinations of their columns.

    ``coarse``: the public-link precision cap shows districts at their city.
    """
    masks = {int(r.weapons_mask) for r in rows if r.weapons_mask is not None}
    publishers = {p for r in rows if r.publishers for p in r.publishers.split("|") if p}
    attackers = _present(rows, "attacker")
    if any(r.attacker is None for r in rows):
        attackers.append(UNKNOWN_ATTACKER)
    levels = _present(rows, "level")
    if coarse:
        levels = sorted({"city" if level == "district" else level for level in levels})
    return {
        "weapons": sorted(
            {w for i, w in enumerate(WEAPON_CATEGORIES) for m in masks if m & (1 << i)}
        ),
        "attackers": attackers,
        "countries": _present(rows, "country"),
        "oblasts": _present(rows, "oblast"),
        "sources": sorted(publishers),
        "levels": levels,
    }


def default_extractor() -> Extractor:
    """Return extraction with the default gazetteer (loaded once, shared by every article)."""
    from strikemap.extraction import extract_article
    from strikemap.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    return lambda article: extract_article(article, gazetteer)
