"""The event store on both backends: idempotent ingest, transactions, merging, location."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
import sqlalchemy
from datafactories import KHARKIV, KYIV, article, event
from strikemap.articles import ReadError, article_from_text
from strikemap.models import Article
from strikemap.store import EventStore, StoreError, location, resolve_path
from strikemap.store import merging as store_merging

JAN2, JAN3 = date(2024, 1, 2), date(2024, 1, 3)


def city_extractor(article):
    """Stand-in for extraction: one Kyiv event per article, killed = last digit of the text."""
    digits = [c for c in article.text if c.isdigit()]
    return [event(article, KYIV, JAN2, killed=int(digits[-1]) if digits else None)]


@pytest.fixture
def store(store_url):
    """A fresh store on each backend (SQLite file, PostgreSQL/PostGIS database)."""
    with EventStore(store_url) as s:
        yield s


def _pasted(n: int, published: date = JAN2):
    return article_from_text(f"Missiles hit Kyiv, report number {n}.", published=published)


def test_add_and_read_back(store):
    a = article("a", JAN2, source="Example")
    assert store.add(a, [event(a, KYIV, JAN2, killed=2), event(a, KHARKIV, JAN2)])
    assert store.has_article("a")
    assert store.count_articles() == 1
    assert store.count_article_events() == 2
    (stored,) = store.articles()
    assert stored == a
    events = store.article_events("a")
    assert [e.place for e in events] == ["Kyiv", "Kharkiv"]
    assert events[0].killed == 2 and events[0].sources[0].publisher == "Example"


def test_ingest_twice_changes_nothing(store):
    items = [_pasted(1), _pasted(2)]
    first = store.ingest(items, extractor=city_extractor)
    assert (first.articles_added, first.events_added, first.duplicates) == (2, 2, 0)
    revision = store.revision()
    second = store.ingest(items, extractor=city_extractor)
    assert (second.articles_read, second.articles_added, second.duplicates) == (2, 0, 2)
    assert store.revision() == revision
    assert store.count_articles() == 2 and store.count_article_events() == 2


def test_same_content_under_another_id_is_a_duplicate(store):
    a = article_from_text("Drones hit Odesa port.")
    twin = Article(id="corpus-7", text="Drones  hit\nOdesa port.")  # same words, other spacing
    assert store.add(a, [])
    assert not store.add(twin, [])
    assert store.count_articles() == 1


def test_events_are_merged_across_articles(store):
    store.ingest([_pasted(1, JAN2), _pasted(4, JAN3)], extractor=city_extractor)
    (merged,) = store.events()
    assert len(merged.article_ids) == 2
    assert merged.killed == 4  # from the later source
    assert "killed" in merged.disputed
    assert store.count_events() == 1


def test_merge_cache_follows_the_revision(store):
    store.ingest([_pasted(1)], extractor=city_extractor)
    before = store.events()
    assert store.events() == before
    store.ingest(
        [article_from_text("Missiles hit Kyiv again: 9.", published=JAN3)], extractor=city_extractor
    )
    assert store.events()[0].killed == 9


def test_revision_is_shared_between_connections(store_url):
    with EventStore(store_url) as reader, EventStore(store_url) as writer:
        assert reader.events() == []
        writer.ingest([_pasted(3)], extractor=city_extractor)
        assert len(reader.events()) == 1


def test_failing_extraction_stores_nothing_and_keeps_other_articles(store):
    store.ingest([_pasted(1)], extractor=city_extractor)
    before = (store.count_articles(), store.count_article_events(), store.revision())

    def flaky(article):
        if "2" in article.text:
            raise RuntimeError("boom")
        return city_extractor(article)

    report = store.ingest([_pasted(2), _pasted(3)], extractor=flaky)
    assert report.articles_added == 1
    assert len(report.errors) == 1 and "extraction failed" in report.errors[0].reason
    assert store.count_articles() == before[0] + 1
    assert not store.has_article(_pasted(2).id)


def test_failing_insert_rolls_back_the_article(store, monkeypatch):
    a = article("a", JAN2)
    bad = event(a, KYIV, JAN2)
    bad.date = "not a date"  # to_record/isoformat fails inside the row building
    with pytest.raises(AttributeError):
        store.add(a, [event(a, KHARKIV, JAN2), bad])
    assert store.count_articles() == 0 and store.count_article_events() == 0

    def broken_merge(conn, units, fresh=None):
        raise sqlalchemy.exc.OperationalError("merge", {}, Exception("disk I/O error"))

    # The merge fails after the article and its reports were inserted: all of it is undone.
    monkeypatch.setattr(store_merging, "remerge", broken_merge)
    with pytest.raises(StoreError, match="disk I/O error"):
        store.add(a, [event(a, KYIV, JAN2)])
    monkeypatch.undo()
    assert store.count_articles() == 0 and store.count_article_events() == 0
    assert store.count_events() == 0
    assert store.add(a, [event(a, KYIV, JAN2)])
    assert store.count_events() == 1


def test_read_errors_are_reported(store):
    report = store.ingest([ReadError("x.txt", "binary data")], extractor=city_extractor)
    assert report.errors == [ReadError("x.txt", "binary data")]
    assert "1 skipped: x.txt: binary data" in report.summary()


def test_location_from_url_and_env(tmp_path, monkeypatch):
    target = tmp_path / "a" / "b.sqlite"
    assert resolve_path(f"sqlite:///{target}") == str(target)
    assert resolve_path(str(target)) == str(target)
    assert resolve_path(":memory:") == ":memory:"
    monkeypatch.setenv("STRIKEMAP_DB", f"sqlite:///{target}")
    assert resolve_path() == str(target)
    with EventStore() as s:
        assert s.path == str(target)
    assert target.exists()
    assert resolve_path("postgresql://u:pw@db.example/strikes") == (
        "postgresql://u:pw@db.example/strikes"
    )
    with pytest.raises(StoreError, match="unsupported store URL"):
        resolve_path("mysql://x")


def test_default_location_is_the_user_data_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("STRIKEMAP_DB")
    monkeypatch.setattr("platformdirs.user_data_dir", lambda name: str(tmp_path / name))
    assert resolve_path() == str(tmp_path / "strikemap" / "strikemap.sqlite")


def test_falls_back_to_a_private_temp_dir_when_not_writable(tmp_path, monkeypatch):
    # A file where the directory should be: unwritable even for root.
    blocker = tmp_path / "checkout"
    blocker.write_text("read-only")
    monkeypatch.setenv("STRIKEMAP_DB", str(blocker / "data" / "x.sqlite"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(location.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    monkeypatch.setattr(location.getpass, "getuser", lambda: "ana")
    private = tmp_path / "tmp" / "strikemap-ana"
    assert resolve_path() == str(private / "x.sqlite")
    assert oct(private.stat().st_mode & 0o777) == "0o700"
    with EventStore() as s:
        assert s.note and "not writable" in s.note and str(private) in s.note
        s.ingest([_pasted(5)], extractor=city_extractor)
        assert s.count_articles() == 1


def test_a_shared_temp_dir_is_refused(tmp_path, monkeypatch):
    blocker = tmp_path / "checkout"
    blocker.write_text("read-only")
    monkeypatch.setenv("STRIKEMAP_DB", str(blocker / "x.sqlite"))
    monkeypatch.setattr(location.tempfile, "gettempdir", lambda: str(tmp_path))
    monkeypatch.setattr(location.getpass, "getuser", lambda: "ana")
    (tmp_path / "strikemap-ana").mkdir(mode=0o777)
    (tmp_path / "strikemap-ana").chmod(0o777)  # another user could have made it
    with pytest.raises(StoreError, match="not a private folder"):
        resolve_path()


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    EventStore(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 99"):
        EventStore(str(path))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(StoreError, match="schema version 0099"):
        EventStore(str(path))


def test_a_new_version_replaces_the_old_and_its_merged_events(store):
    old = Article(id="https://news.example/live", text="Kyiv was hit.", published=JAN2)
    other = article("b", JAN2)
    store.add(other, [event(other, KYIV, JAN2, killed=1)])
    store.add(old, [event(old, KYIV, JAN2, killed=3), event(old, KHARKIV, JAN2)])
    assert {e.place: len(e.article_ids) for e in store.events()} == {"Kyiv": 2, "Kharkiv": 1}
    new = Article(id=old.id, text="Update: Kyiv was hit, Kharkiv was not.", published=JAN3)
    assert store.stored_hash(old.id) == old.content_hash and not store.has_content(new.content_hash)
    assert store.replace(new, [event(new, KYIV, JAN2, killed=5)])
    # Kharkiv was only in the old version: its merged event is gone; Kyiv takes the update.
    (kyiv,) = store.events()
    assert kyiv.place == "Kyiv" and kyiv.killed == 5 and len(kyiv.article_ids) == 2
    assert store.count_articles() == 2 and store.stored_hash(old.id) == new.content_hash
    assert not store.replace(new, [])  # the same text again changes nothing
