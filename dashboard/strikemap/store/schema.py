"""The store's tables as SQLAlchemy Core objects, shared by both backends.

``articles``
    One row per article (unique id and unique content hash).
``events``
    Each article's own events ("reports"), one JSON record each, with the
    ``unit`` (place, day, level) it reports; never changed after insert.
``merged``
    The merged events the dashboard reads: one row per unit and slot
    (see :mod:`strikemap.merge`), rebuilt for a unit whenever an article
    reporting it arrives. Filter columns are plain columns; ``record`` is the
    full merged event as JSON.

``web_pages``, ``web_feeds``, ``web_feed_entries``
    What web intake fetched and polled (:mod:`strikemap.web.state`): each page
    URL with its validators and the article it became, each feed with its
    validators, last poll and backoff, each feed entry seen with a signature
    of its content. Times are ISO 8601 text in UTC, as in the other tables.

PostgreSQL adds to ``merged`` a PostGIS ``geom`` point and a ``search_tsv``
tsvector (both generated from the row, with GiST and GIN indexes); SQLite adds
an FTS5 table ``merged_fts`` and an R*Tree ``merged_rtree`` kept in step by
triggers. Those are created by the migrations, not by ``metadata.create_all``.
"""

from __future__ import annotations

import sqlalchemy as sa

SCHEMA_VERSION = 4
"""Version of the schema in ``meta.schema_version``.

Version 1 had no ``merged`` table, version 2 no web intake tables (a SQLite
store kept them outside the schema, a PostgreSQL store not at all), version 3
only a ``date`` index for the filters.
"""

metadata = sa.MetaData()

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
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

events = sa.Table(
    "events",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Text, nullable=False),
    sa.Column(
        "article_id",
        sa.Text,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("date", sa.Text, index=True),
    sa.Column("place", sa.Text, nullable=False, index=True),
    sa.Column("level", sa.Text, nullable=False),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("killed", sa.Integer),
    sa.Column("injured", sa.Integer),
    sa.Column("attacker", sa.Text),
    sa.Column("weapons", sa.Text, nullable=False),
    sa.Column("record", sa.Text, nullable=False),
    sa.Column("unit", sa.Text, index=True),
)

merged = sa.Table(
    "merged",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("unit", sa.Text, nullable=False),
    sa.Column("slot", sa.Integer, nullable=False),
    sa.Column("event_id", sa.Text, nullable=False, index=True),
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
    # The filter query's indexes (migration 0004).
    sa.Index("merged_date_point", "date", "lat", "lon"),
    sa.Index("merged_weapons_date_point", "weapons_mask", "date", "lat", "lon"),
)

web_pages = sa.Table(
    "web_pages",
    metadata,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("canonical_url", sa.Text),
    sa.Column("article_id", sa.Text),
    sa.Column("content_hash", sa.Text),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("fetched_at", sa.Text, nullable=False),
)

web_feeds = sa.Table(
    "web_feeds",
    metadata,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_polled", sa.Text),
    sa.Column("last_outcome", sa.Text),
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_poll", sa.Text),
)

web_feed_entries = sa.Table(
    "web_feed_entries",
    metadata,
    sa.Column("feed_url", sa.Text, primary_key=True),
    sa.Column("entry_key", sa.Text, primary_key=True),
    sa.Column("signature", sa.Text, nullable=False),
    sa.Column("link", sa.Text),
    sa.Column("article_id", sa.Text),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("reason", sa.Text),
    sa.Column("seen_at", sa.Text, nullable=False),
)

WEB_TABLES = (web_pages, web_feeds, web_feed_entries)
"""The web intake's tables, in the order a copy writes them."""
