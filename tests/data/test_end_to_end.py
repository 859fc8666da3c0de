"""Seeds through real extraction: cross-article merging and ``strikemap ingest seeds/``."""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.articles import ReadError, read_articles
from strikemap.cli import main
from strikemap.pipeline import extract
from strikemap.store import EventStore

pytestmark = pytest.mark.slow

JAN2 = date(2024, 1, 2)


@pytest.fixture(scope="module")
def seed_articles(seeds_dir):
    results = list(read_articles([seeds_dir]))
    assert not [r for r in results if isinstance(r, ReadError)]
    return results


def _city_events(events, place):
    return [e for e in events if e.place == place and e.level == "city" and e.date == JAN2]


@pytest.mark.parametrize("place", ["Kyiv", "Kharkiv"])
def test_seeds_000_and_001_merge_into_one_event_per_city(seed_articles, place):
    first_two = seed_articles[:2]
    per_article = extract(first_two, per_article=True)
    assert len(_city_events(per_article, place)) == 2  # one report in each article
    (merged,) = _city_events(extract(first_two), place)
    assert set(merged.article_ids) == {a.id for a in first_two}
    assert {s.article_id for s in merged.sources} == {a.id for a in first_two}
    assert {ev.article_id for ev in merged.evidence} == {a.id for a in first_two}


def test_ingest_seeds_twice(seeds_dir, tmp_path, capsys):
    db = tmp_path / "seeds.sqlite"
    assert main(["ingest", str(seeds_dir), "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "5 stored, 0 skipped (already stored), 0 rejected" in err
    with EventStore(str(db)) as store:
        events = store.events()
        revision = store.revision()
    assert len(_city_events(events, "Kyiv")) == 1
    assert len(_city_events(events, "Kyiv")[0].article_ids) == 2
    assert main(["ingest", str(seeds_dir), "--db", str(db)]) == 0
    summary = "0 stored, 5 skipped (already stored), 0 rejected; 0 events found"
    assert summary in capsys.readouterr().err
    with EventStore(str(db)) as store:
        assert store.revision() == revision
