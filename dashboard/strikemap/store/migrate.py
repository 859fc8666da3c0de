"""Schema migrations with Alembic, for both backends.

A store made before strikemap used Alembic (schema version 1: ``meta``,
``articles`` and ``events`` but no ``alembic_version``) is stamped at
revision ``0001`` and upgraded from there, so nothing in it is lost.
Migrations run in one transaction under the store's write lock: two
processes opening a fresh store at once do not both create it.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from strikemap.store.engine import write_transaction

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
LEGACY_REVISION = "0001"


def config() -> Config:
    """Return the Alembic configuration of the store's migrations."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head() -> str:
    """Return the newest migration revision."""
    return ScriptDirectory.from_config(config()).get_current_head()


def current(conn: sa.Connection) -> str | None:
    """Return the store's migration revision (``0001`` for a pre-Alembic store, else None)."""
    revision = MigrationContext.configure(conn).get_current_revision()
    if revision is None and sa.inspect(conn).has_table("articles"):
        return LEGACY_REVISION
    return revision


def known(revision: str | None) -> bool:
    """Whether this strikemap knows a revision (a newer strikemap may have written others)."""
    if revision is None:
        return True
    try:
        return ScriptDirectory.from_config(config()).get_revision(revision) is not None
    except Exception:  # alembic raises its own errors for unknown ids
        return False


def upgrade(engine: sa.Engine, target: str = "head") -> tuple[str | None, str]:
    """Bring the store's schema up to ``target``; return ``(revision before, after)``."""
    cfg = config()
    with write_transaction(engine) as conn:
        before = current(conn)
        cfg.attributes["connection"] = conn
        stamped = MigrationContext.configure(conn).get_current_revision()
        if before == LEGACY_REVISION and stamped is None:
            command.stamp(cfg, LEGACY_REVISION)
        command.upgrade(cfg, target)
        after = MigrationContext.configure(conn).get_current_revision()
    return before, after or ""
