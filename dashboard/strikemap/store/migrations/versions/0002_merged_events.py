"""Merged events kept in the database, with spatial and full-text indexes (schema version 2).

Adds each report's ``unit`` and the ``merged`` table, fills both from the
stored reports, and adds the backend's search structures: on PostgreSQL a
PostGIS point with a GiST index and a tsvector with a GIN index (generated
columns); on SQLite an FTS5 table and an R*Tree kept in step by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from strikemap.models import Event
from strikemap.store import merging

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_POSTGRES = (
    "CREATE EXTENSION IF NOT EXISTS postgis",
    "ALTER TABLE merged ADD COLUMN geom geometry(Point, 4326) GENERATED ALWAYS AS "
    "(CASE WHEN lat IS NOT NULL AND lon IS NOT NULL "
    "THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED",
    "ALTER TABLE merged ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple'::regconfig, search)) STORED",
    "CREATE INDEX merged_geom ON merged USING GIST (geom)",
    "CREATE INDEX merged_search ON merged USING GIN (search_tsv)",
)
_SQLITE = (
    "CREATE VIRTUAL TABLE merged_fts USING fts5(search, content='merged', content_rowid='id')",
    "CREATE VIRTUAL TABLE merged_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon)",
    """CREATE TRIGGER merged_insert AFTER INSERT ON merged BEGIN
        INSERT INTO merged_fts (rowid, search) VALUES (new.id, new.search);
        INSERT INTO merged_rtree SELECT new.id, new.lat, new.lat, new.lon, new.lon
            WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL;
    END""",
    """CREATE TRIGGER merged_delete AFTER DELETE ON merged BEGIN
        INSERT INTO merged_fts (merged_fts, rowid, search) VALUES ('delete', old.id, old.search);
        DELETE FROM merged_rtree WHERE id = old.id;
    END""",
)


def _create_merged() -> None:
    op.create_table(
        "merged",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("unit", sa.Text, nullable=False),
        sa.Column("slot", sa.Integer, nullable=False),
        sa.Column("event_id", sa.Text, nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("date_flag", sa.Text),
        sa.Column("place", sa.Text, nullable=False),
        sa.Column("place_id", sa.Text),
        sa.Column("level", sa.Text, nullable=False),
        sa.Column("parent", sa.Text),
        sa.Column("country", sa.Text),
        sa.Column("oblast", sa.Text),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("killed", sa.Integer),
        sa.Column("injured", sa.Integer),
        sa.Column("attacker", sa.Text),
        sa.Column("weapons_mask", sa.Integer, nullable=False),
        sa.Column("publishers", sa.Text, nullable=False),
        sa.Column("search", sa.Text, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.UniqueConstraint("unit", "slot", name="merged_unit_slot"),
    )
    op.create_index("merged_event_id", "merged", ["event_id"])
    op.create_index("merged_date", "merged", ["date"])


def _fill_units(conn: sa.Connection) -> None:
    """Give every stored report its unit (undated ones: their article and position)."""
    rows = conn.execute(sa.text("SELECT seq, article_id, record FROM events ORDER BY seq"))
    position: dict[str, int] = {}
    updates = []
    for seq, article_id, record in rows:
        index = position.get(article_id, 0)
        position[article_id] = index + 1
        event = Event.from_record(json.loads(record))
        updates.append({"seq": seq, "unit": merging.unit_of(event, article_id, index)})
    if updates:
        conn.execute(sa.text("UPDATE events SET unit = :unit WHERE seq = :seq"), updates)


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("events", sa.Column("unit", sa.Text))
    op.create_index("events_unit", "events", ["unit"])
    _create_merged()
    for statement in _POSTGRES if conn.dialect.name == "postgresql" else _SQLITE:
        op.execute(statement)
    _fill_units(conn)
    merging.rebuild(conn)
    conn.execute(sa.text("UPDATE meta SET value = '2' WHERE key = 'schema_version'"))


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for name in ("merged_insert", "merged_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS merged_fts")
        op.execute("DROP TABLE IF EXISTS merged_rtree")
    op.drop_table("merged")
    op.drop_index("events_unit", "events")
    op.drop_column("events", "unit")
    conn.execute(sa.text("UPDATE meta SET value = '1' WHERE key = 'schema_version'"))
