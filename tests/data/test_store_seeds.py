"""``strikemap ingest seeds/`` stores the same merged events in PostgreSQL as in SQLite.

Incremental merging (article by article, in batches, unit by unit) must give
exactly the events that merging every report at once gives.
"""

from __future__ import annotations

import pytest
from strikemap.articles import read_articles
from strikemap.cli import main
from strikemap.pipeline import extract
from strikemap.store import EventStore

pytestmark = pytest.mark.slow


def _ingested(url: str, seeds_dir, *extra: str) -> list[dict]:
    assert main(["ingest", str(seeds_dir), "--db", url, *extra]) == 0
    with EventStore(url) as store:
        return sorted((e.to_record() for e in store.events()), key=lambda r: r["event_id"])


def test_seeds_in_postgres_equal_seeds_in_sqlite(seeds_dir, tmp_path, postgres, capsys):
    in_sqlite = _ingested(f"sqlite:///{tmp_path / 'seeds.sqlite'}", seeds_dir)
    in_postgres = _ingested(postgres.new_database(), seeds_dir)
    assert "5 stored, 0 skipped" in capsys.readouterr().err
    assert len(in_sqlite) == 14
    assert in_postgres == in_sqlite
    # ... and both are what merging all five articles' reports at once gives.
    merged = extract(list(read_articles([seeds_dir])))
    assert sorted((e.to_record() for e in merged), key=lambda r: r["event_id"]) == in_sqlite


def test_article_by_article_equals_all_at_once(seeds_dir, tmp_path, postgres):
    url = postgres.new_database()
    for path in reversed(sorted(seeds_dir.iterdir())):  # newest first, one run per article
        assert main(["ingest", str(path), "--db", url]) == 0
    with EventStore(url) as store:
        one_by_one = sorted((e.to_record() for e in store.events()), key=lambda r: r["event_id"])
    merged = extract(list(read_articles([seeds_dir])))
    assert one_by_one == sorted((e.to_record() for e in merged), key=lambda r: r["event_id"])
