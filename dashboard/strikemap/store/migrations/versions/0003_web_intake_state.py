"""Web intake state in the store's schema, on both backends (schema version 3).

``web_pages``, ``web_feeds`` and ``web_feed_entries`` (see
:mod:`strikemap.web.state`) were kept by raw SQLite outside the migrations,
and not at all on PostgreSQL. This revision creates them on both backends; a
SQLite store that already has them (made by the web intake before this
revision) keeps every row: the old table is renamed, the new one created, the
rows copied over column by column, and the old table dropped.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

OLD_SUFFIX = "_before_0003"


def _columns() -> dict[str, list[sa.Column]]:
    """The three tables as this revision defines them (fresh objects per call)."""
    return {
        "web_pages": [
            sa.Column("url", sa.Text, primary_key=True),
            sa.Column("canonical_url", sa.Text),
            sa.Column("article_id", sa.Text),
            sa.Column("content_hash", sa.Text),
            sa.Column("etag", sa.Text),
            sa.Column("last_modified", sa.Text),
            sa.Column("fetched_at", sa.Text, nullable=False),
        ],
        "web_feeds": [
            sa.Column("url", sa.Text, primary_key=True),
            sa.Column("title", sa.Text),
            sa.Column("etag", sa.Text),
            sa.Column("last_modified", sa.Text),
            sa.Column("last_polled", sa.Text),
            sa.Column("last_outcome", sa.Text),
            sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
            sa.Column("next_poll", sa.Text),
        ],
        "web_feed_entries": [
            sa.Column("feed_url", sa.Text, primary_key=True),
            sa.Column("entry_key", sa.Text, primary_key=True),
            sa.Column("signature", sa.Text, nullable=False),
            sa.Column("link", sa.Text),
            sa.Column("article_id", sa.Text),
            sa.Column("status", sa.Text, nullable=False),
            sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
            sa.Column("reason", sa.Text),
            sa.Column("seen_at", sa.Text, nullable=False),
        ],
    }


def _adopt(conn: sa.Connection, name: str, columns: list[sa.Column]) -> None:
    """Create ``name``; when an older table of that name exists, carry its rows over."""
    existing = sa.inspect(conn).get_table_names()
    if name not in existing:
        op.create_table(name, *columns)
        return
    old = name + OLD_SUFFIX
    op.rename_table(name, old)
    op.create_table(name, *columns)
    kept = {c["name"] for c in sa.inspect(conn).get_columns(old)}
    shared = ", ".join(c.name for c in columns if c.name in kept)
    op.execute(f"INSERT INTO {name} ({shared}) SELECT {shared} FROM {old}")
    op.drop_table(old)


def upgrade() -> None:
    conn = op.get_bind()
    for name, columns in _columns().items():
        _adopt(conn, name, columns)
    conn.execute(sa.text("UPDATE meta SET value = '3' WHERE key = 'schema_version'"))


def downgrade() -> None:
    conn = op.get_bind()
    for name in reversed(list(_columns())):
        op.drop_table(name)
    conn.execute(sa.text("UPDATE meta SET value = '2' WHERE key = 'schema_version'"))
