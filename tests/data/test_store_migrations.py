"""A store made by strikemap before Alembic (schema version 1) upgrades with nothing lost.

``fixtures/store_v1.sqlite`` was written by the version-1 store (the five seed
articles ingested, file checkpointed to one file); it has articles and their
per-article events but no merged table and no ``alembic_version``.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from strikemap.store import EventStore

V1_STORE = Path(__file__).parent / "fixtures" / "store_v1.sqlite"

# (place, day, killed, injured, number of articles) of every merged event of the v1 store.
MERGED_V1 = {
    ("Belgorod", date(2023, 12, 30), None, None, 1),
    ("Belgorod", date(2024, 1, 1), 25, None, 1),
    ("Belgorod Oblast", date(2024, 1, 2), 1, 5, 1),
    ("Kharkiv", date(2024, 1, 2), 1, 41, 2),
    ("Kharkiv Oblast", date(2025, 11, 14), None, None, 1),
    ("Kyiv", date(2022, 10, 17), None, None, 1),
    ("Kyiv", date(2024, 1, 2), 2, 49, 2),
    ("Kyiv", date(2025, 11, 14), 4, None, 1),
    ("Kyiv Oblast", date(2024, 1, 2), 2, None, 1),
    ("Odesa Oblast", date(2025, 11, 14), None, None, 1),
    ("Pecherskyi", date(2022, 11, 15), None, None, 1),
    ("Pecherskyi", date(2024, 1, 2), None, None, 1),
    ("Shevchenkivskyi", date(2022, 4, 28), None, 3, 1),
    ("Sumy Oblast", date(2025, 11, 14), None, None, 1),
}


@pytest.fixture
def v1_store(tmp_path) -> Path:
    path = tmp_path / "old.sqlite"
    shutil.copy(V1_STORE, path)
    return path


def _without_flag(record: dict) -> dict:
    return {k: v for k, v in record.items() if k != "date_flag"}


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_the_fixture_is_a_version_1_store(v1_store):
    assert {"meta", "articles", "events"} <= _tables(v1_store)
    assert "merged" not in _tables(v1_store) and "alembic_version" not in _tables(v1_store)


def test_opening_a_version_1_store_upgrades_it_with_nothing_lost(v1_store):
    with sqlite3.connect(v1_store) as conn:
        texts = dict(conn.execute("SELECT id, text FROM articles"))
        records = [r[0] for r in conn.execute("SELECT record FROM events ORDER BY seq")]
    with EventStore(str(v1_store)) as store:
        assert store.count_articles() == 5
        assert {a.id: a.text for a in store.articles()} == texts
        assert store.count_article_events() == 16
        # Records read back carry today's fields too (date_flag is derived, not stored).
        assert [_without_flag(e.to_record()) for e in store.article_events()] == [
            json.loads(r) for r in records
        ]
        assert store.revision() == 5
        merged = {
            (e.place, e.date, e.killed, e.injured, len(e.article_ids)) for e in store.events()
        }
        assert merged == MERGED_V1
    with sqlite3.connect(v1_store) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
        assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (
            "4",
        )


def test_an_upgraded_store_keeps_merging_new_articles(v1_store):
    from datafactories import KYIV, article, event

    with EventStore(str(v1_store)) as store:
        late = article("late-report", date(2024, 1, 3))
        assert store.add(late, [event(late, {**KYIV, "place_id": "gn:703448"}, date(2024, 1, 2))])
        kyiv = [e for e in store.events() if e.place == "Kyiv" and e.date == date(2024, 1, 2)]
        assert len(kyiv) == 1 and len(kyiv[0].article_ids) == 3
        assert store.count_events() == 14


# The web intake's tables as strikemap wrote them with raw SQLite before revision 0003.
OLD_WEB_TABLES = """
CREATE TABLE web_pages (url TEXT PRIMARY KEY, canonical_url TEXT, article_id TEXT,
    content_hash TEXT, etag TEXT, last_modified TEXT, fetched_at TEXT NOT NULL);
CREATE TABLE web_feeds (url TEXT PRIMARY KEY, title TEXT, etag TEXT, last_modified TEXT,
    last_polled TEXT, last_outcome TEXT, failures INTEGER NOT NULL DEFAULT 0, next_poll TEXT);
CREATE TABLE web_feed_entries (feed_url TEXT NOT NULL, entry_key TEXT NOT NULL,
    signature TEXT NOT NULL, link TEXT, article_id TEXT, status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, reason TEXT, seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, entry_key));
INSERT INTO web_pages VALUES ('https://wire.example/a', 'https://wire.example/a', 'art-a',
    'hash-a', '"etag-a"', NULL, '2026-12-01T10:00:00+00:00');
INSERT INTO web_feeds VALUES ('https://wire.example/rss', 'Wire', '"feed-etag"', NULL,
    '2026-12-01T10:00:00+00:00', '1 new, 0 updated, 0 already seen, 0 skipped, 1 failed',
    2, '2026-12-01T10:40:00+00:00');
INSERT INTO web_feed_entries VALUES ('https://wire.example/rss', 'urn:a', 'sig-a',
    'https://wire.example/a', 'art-a', 'stored', 0, NULL, '2026-12-01T10:00:00+00:00');
INSERT INTO web_feed_entries VALUES ('https://wire.example/rss', 'urn:b', 'sig-b',
    'https://wire.example/b', NULL, 'failed', 2, 'HTTP 503', '2026-12-01T10:00:00+00:00');
"""


def _store_at_0002(path: Path) -> None:
    from strikemap.store import migrate
    from strikemap.store.engine import sqlite_engine

    engine = sqlite_engine(str(path))
    try:
        migrate.upgrade(engine, "0002")
    finally:
        engine.dispose()


def test_web_tables_of_a_version_2_sqlite_store_move_into_the_schema_with_every_row(tmp_path):
    from datetime import UTC, datetime

    from strikemap.web.client import Validators
    from strikemap.web.state import WebState

    path = tmp_path / "watched.sqlite"
    _store_at_0002(path)
    with sqlite3.connect(path) as conn:
        conn.executescript(OLD_WEB_TABLES)
    with EventStore(str(path)) as store, WebState(store) as state:
        assert state.page_validators("https://wire.example/a") == Validators('"etag-a"', None)
        assert state.page_article("https://wire.example/a") == "art-a"
        (feed,) = state.feeds()
        assert (feed.title, feed.failures) == ("Wire", 2)
        assert feed.validators == Validators('"feed-etag"', None)
        assert feed.last_polled == datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
        assert feed.next_poll == datetime(2026, 12, 1, 10, 40, tzinfo=UTC)
        assert state.entry_done("https://wire.example/rss", "urn:a", "sig-a")
        assert not state.entry_done("https://wire.example/rss", "urn:b", "sig-b")
        # The failed entry's two earlier attempts count: the third gives up.
        assert (
            state.record_entry("https://wire.example/rss", "urn:b", "sig-b", "failed") == "gave_up"
        )
        assert state.entry_count("https://wire.example/rss") == 2
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
    assert {"web_pages", "web_feeds", "web_feed_entries"} <= tables
    assert not any(name.endswith("_before_0003") for name in tables)


def test_a_version_2_postgres_store_gains_the_web_tables_with_nothing_lost(postgres):
    import sqlalchemy as sa
    from alembic import command
    from datafactories import KYIV, article, event
    from strikemap.store import migrate
    from strikemap.store.engine import write_transaction
    from strikemap.web.state import WebState

    url = postgres.new_database()
    a = article("kyiv-report", date(2024, 1, 2))
    with EventStore(url) as store:
        assert store.add(a, [event(a, KYIV, date(2024, 1, 2))])
        cfg = migrate.config()
        with write_transaction(store.engine) as conn:  # back to the store of revision 0002
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0002")
        with store.engine.connect() as conn:
            assert not sa.inspect(conn).has_table("web_feeds")
            assert migrate.current(conn) == "0002"
    with EventStore(url) as store:
        assert store.count_articles() == 1 and store.count_events() == 1
        with WebState(store) as state:
            state.record_poll("https://wire.example/rss", "1 new", title="Wire")
            assert [f.title for f in state.feeds()] == ["Wire"]
