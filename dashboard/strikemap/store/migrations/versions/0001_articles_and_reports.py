"""Articles and their per-article events: the schema of strikemap's first store (version 1).

Stores created before strikemap used Alembic already have these tables; they
are stamped with this revision and upgraded from here.

Revision ID: 0001
Revises:
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("content_hash", sa.Text, nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("language", sa.Text),
        sa.Column("path", sa.Text),
        sa.Column("published_from", sa.Text, nullable=False),
        sa.Column("added_at", sa.Text, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.Text, nullable=False),
        sa.Column(
            "article_id",
            sa.Text,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("date", sa.Text),
        sa.Column("place", sa.Text, nullable=False),
        sa.Column("level", sa.Text, nullable=False),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("killed", sa.Integer),
        sa.Column("injured", sa.Integer),
        sa.Column("attacker", sa.Text),
        sa.Column("weapons", sa.Text, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("events_article", "events", ["article_id"])
    op.create_index("events_date", "events", ["date"])
    op.create_index("events_place", "events", ["place"])
    op.bulk_insert(
        sa.table("meta", sa.column("key", sa.Text), sa.column("value", sa.Text)),
        [{"key": "schema_version", "value": "1"}, {"key": "revision", "value": "0"}],
    )


def downgrade() -> None:
    op.drop_table("events")
    op.drop_table("articles")
    op.drop_table("meta")
