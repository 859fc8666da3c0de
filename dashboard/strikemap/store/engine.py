"""SQLAlchemy engines for both backends, the write lock, and one-line connection errors.

SQLite
    Each connection is opened by :func:`sqlite3.connect` with autocommit
    (``isolation_level=None``) so that SQLAlchemy's ``begin`` emits the
    ``BEGIN`` itself: ``BEGIN IMMEDIATE`` for writes, which serialises
    writers across processes, a deferred ``BEGIN`` for reads. The file is
    in WAL mode, so the app reads while ``strikemap ingest`` writes. A store
    that cannot be written is opened read-only (``mode=ro``, or ``immutable``
    when not even the WAL index can be created).
PostgreSQL
    psycopg 3; writers take a transaction-level advisory lock around the
    merge, so concurrent ingests queue instead of racing for the same unit.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy import event, pool

from strikemap.store.location import MEMORY, Location, StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
WRITE_LOCK_KEY = 726_201_313
"""Key of the PostgreSQL advisory lock writers hold while merging."""
BUSY_TIMEOUT_S = 60.0


def first_line(exc: BaseException) -> str:
    """Return the first line of an exception's message (driver errors span several)."""
    original = getattr(exc, "orig", None) or exc
    text = str(original).strip().splitlines()
    return text[0] if text else type(original).__name__


def check_sqlite_file(path: str, *, create: bool) -> bool:
    """Check a SQLite store file before opening it; return whether it can be written.

    Raises
    ------
    StoreError
        When the file is missing (and ``create`` is false), is a folder, is
        not a SQLite file, or its folder cannot be created.
    """
    file = Path(path)
    if file.is_dir():
        raise StoreError(f"{path} is a folder, not a store file")
    if not file.exists():
        if not create:
            raise StoreError(f"no store at {path} (check the path, or run `strikemap ingest`)")
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise StoreError(f"cannot create the store {path}: a parent is not a folder") from None
        except OSError as exc:
            raise StoreError(f"cannot create the store {path}: {exc.strerror}") from None
        return os.access(file.parent, os.W_OK)
    try:
        with file.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"cannot read the store {path}: {exc.strerror}") from None
    if header and header != SQLITE_HEADER:
        raise StoreError(f"{path} is not a strikemap store (not a SQLite database file)")
    return os.access(file, os.W_OK) and os.access(file.parent, os.W_OK)


def _sqlite_connect(path: str, read_only: bool, immutable: bool):
    def connect() -> sqlite3.Connection:
        if path == MEMORY:
            conn = sqlite3.connect(MEMORY, check_same_thread=False, isolation_level=None)
        else:
            uri = f"file:{quote(path)}"
            if read_only:
                uri += "?immutable=1" if immutable else "?mode=ro"
            conn = sqlite3.connect(
                uri,
                uri=True,
                check_same_thread=False,
                timeout=BUSY_TIMEOUT_S,
                isolation_level=None,
            )
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only and path != MEMORY:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    return connect


def sqlite_engine(path: str, *, read_only: bool = False, immutable: bool = False) -> sa.Engine:
    """Return an engine for a SQLite store file (see the module docstring)."""
    options: dict = {"creator": _sqlite_connect(path, read_only, immutable)}
    if path == MEMORY:
        options["poolclass"] = pool.StaticPool
    engine = sa.create_engine("sqlite://", **options)

    @event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def postgres_engine(location: Location) -> sa.Engine:
    """Return an engine for a PostgreSQL store (reconnects after a server restart)."""
    return sa.create_engine(
        location.sqlalchemy_url,
        pool_pre_ping=True,
        pool_size=4,
        max_overflow=8,
        connect_args={"connect_timeout": 10, "application_name": "strikemap"},
    )


@contextmanager
def write_transaction(engine: sa.Engine) -> Iterator[sa.Connection]:
    """Yield a connection in a write transaction that holds the store's write lock.

    Committed when the block ends, rolled back on any error, so a crash
    mid-write leaves the store as it was.
    """
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.execution_options(sqlite_begin="IMMEDIATE")
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
            yield conn
