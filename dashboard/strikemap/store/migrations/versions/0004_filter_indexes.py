"""Composite indexes for the dashboard's filter query (schema version 4).

The common view is a date range, often with weapons and the map's box. With
the ``date`` index alone the database fetched every event of the range from
the table and only then dropped those of other weapons or outside the box
(at 1,000,000 events, tens of thousands of rows for a month). Two btree
indexes answer those conditions inside the index, so only matching rows are
fetched:

``merged_date_point (date, lat, lon)``
    replaces ``merged_date``: the day range, then the box's latitude and
    longitude bounds checked on the index entries;
``merged_weapons_date_point (weapons_mask, date, lat, lon)``
    a weapon filter is written as ``weapons_mask IN (...)``, the masks that
    hold a selected category (:func:`strikemap.store.query.masks_with`), so
    each mask is one range of days, with the box checked as above.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    op.create_index("merged_date_point", "merged", ["date", "lat", "lon"])
    op.create_index("merged_weapons_date_point", "merged", ["weapons_mask", "date", "lat", "lon"])
    op.drop_index("merged_date", "merged")
    conn.execute(sa.text("UPDATE meta SET value = '4' WHERE key = 'schema_version'"))


def downgrade() -> None:
    conn = op.get_bind()
    op.create_index("merged_date", "merged", ["date"])
    op.drop_index("merged_weapons_date_point", "merged")
    op.drop_index("merged_date_point", "merged")
    conn.execute(sa.text("UPDATE meta SET value = '3' WHERE key = 'schema_version'"))
