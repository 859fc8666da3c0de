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
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
        assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (
            "2",
        )


def test_an_upgraded_store_keeps_merging_new_articles(v1_store):
    from datafactories import KYIV, article, event

    with EventStore(str(v1_store)) as store:
        late = article("late-report", date(2024, 1, 3))
        assert store.add(late, [event(late, {**KYIV, "place_id": "gn:703448"}, date(2024, 1, 2))])
        kyiv = [e for e in store.events() if e.place == "Kyiv" and e.date == date(2024, 1, 2)]
        assert len(kyiv) == 1 and len(kyiv[0].article_ids) == 3
        assert store.count_events() == 14
