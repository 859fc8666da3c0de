"""``strikemap db upgrade|copy|check``: SQLite to PostgreSQL and back, integrity, repair."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date

import pytest
from datafactories import KHARKIV, KYIV, article, event
from strikemap.cli import main
from strikemap.store import EventStore
from strikemap.web.client import Validators
from strikemap.web.state import WebState
from test_store_migrations import V1_STORE

DAYS = (date(2024, 1, 2), date(2024, 1, 3))


def _fill(url: str) -> None:
    """Six articles: Kyiv and Kharkiv on two days, each reported twice, one undated."""
    with EventStore(url) as store:
        for n in range(6):
            a = article(f"a{n}", DAYS[n % 2], source=f"Wire {n % 3}")
            place = KYIV if n < 3 else KHARKIV
            store.add(a, [event(a, place, DAYS[n % 2], killed=n), event(a, KYIV, None)])


def _remember_the_web(url: str) -> None:
    """What a watcher keeps: one page fetched, one feed polled with two entries seen."""
    with WebState(url) as state:
        state.record_page(
            "https://wire.example/kyiv",
            canonical="https://wire.example/kyiv",
            article_id="a0",
            content_hash="h0",
            validators=Validators('"v1"', "Tue, 02 Jan 2024 08:00:00 GMT"),
        )
        state.record_poll(
            "https://wire.example/rss", "1 new", title="Wire", validators=Validators()
        )
        state.record_entry("https://wire.example/rss", "urn:1", "sig1", "stored", article_id="a0")
        state.record_entry("https://wire.example/rss", "urn:2", "sig2", "failed", reason="HTTP 503")


def _web(url: str) -> tuple:
    with WebState(url) as state:
        feed = state.feed("https://wire.example/rss")
        return (
            state.page_validators("https://wire.example/kyiv"),
            state.page_article("https://wire.example/kyiv"),
            (feed.title, feed.last_polled, feed.failures),
            state.entry_done("https://wire.example/rss", "urn:1", "sig1"),
            state.entry_done("https://wire.example/rss", "urn:2", "sig2"),
            state.entry_count("https://wire.example/rss"),
        )


def _records(url: str) -> list[dict]:
    with EventStore(url) as store:
        return [e.to_record() for e in store.events()]


def test_copy_sqlite_to_postgres_and_back(tmp_path, postgres, capsys):
    source = f"sqlite:///{tmp_path / 'laptop.sqlite'}"
    _fill(source)
    _remember_the_web(source)
    shared = postgres.new_database()
    assert main(["db", "copy", source, shared]) == 0
    err = capsys.readouterr().err
    assert (
        "copied 6 articles, 12 reports, 10 merged events, "
        "web intake: 1 pages, 1 feeds, 2 feed entries" in err
    )
    for table in ("articles", "reports", "merged", "web_pages", "web_feeds", "web_feed_entries"):
        assert f"{table}: source" in err
    assert err.count("(match)") == 6 and "differs" not in err
    # The watcher on the shared store carries on where the laptop's stopped.
    expected = (
        Validators('"v1"', "Tue, 02 Jan 2024 08:00:00 GMT"),
        "a0",
        ("Wire", _web(source)[2][1], 0),
        True,  # stored: done with this version
        False,  # failed once: to be retried
        2,
    )
    assert _web(shared) == expected
    back = f"sqlite:///{tmp_path / 'back.sqlite'}"
    assert main(["db", "copy", shared, back]) == 0
    assert "differs" not in capsys.readouterr().err
    assert _records(back) == _records(source)
    assert _web(back) == expected
    with EventStore(back) as store:
        assert store.count_articles() == 6
        kyiv = store.query(bbox=(50.3, 30.3, 50.6, 30.7))
        # Two dated Kyiv strikes and the six undated reports (never merged), all located in Kyiv.
        assert sorted((e.place, str(e.date)) for e in kyiv) == [
            ("Kyiv", "2024-01-02"),
            ("Kyiv", "2024-01-03"),
            *[("Kyiv", "None")] * 6,
        ]


def test_copy_refuses_a_store_that_is_not_empty(tmp_path, capsys):
    first, second = str(tmp_path / "1.sqlite"), str(tmp_path / "2.sqlite")
    _fill(first)
    _fill(second)
    assert main(["db", "copy", first, second]) == 2
    assert "is not empty" in capsys.readouterr().err


def test_check_finds_missing_merged_events_and_repairs_them(tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    _fill(str(db))
    assert main(["db", "check", "--db", str(db), "--full"]) == 0
    assert "ok (6 articles, 12 reports, 10 merged events)" in capsys.readouterr().err
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM merged WHERE place = 'Kharkiv'")
    assert main(["db", "check", "--db", str(db)]) == 1
    assert "2 units have reports but no merged event" in capsys.readouterr().err
    assert main(["db", "check", "--db", str(db), "--repair"]) == 0
    err = capsys.readouterr().err
    assert "rebuilt 10 merged events; 0 problems remain" in err
    assert "ok (6 articles" in err


def test_check_names_a_missing_web_intake_table(tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    _fill(str(db))
    _remember_the_web(str(db))
    assert main(["db", "check", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "ok (6 articles, 12 reports, 10 merged events); web intake: 1 pages, 1 feeds" in err
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE web_feeds")
    assert main(["db", "check", "--db", str(db)]) == 1
    assert "the web intake table web_feeds is missing" in capsys.readouterr().err


def test_check_on_postgres(postgres, capsys):
    url = postgres.new_database()
    _fill(url)
    assert main(["db", "check", "--db", url]) == 0
    assert "ok (6 articles, 12 reports, 10 merged events)" in capsys.readouterr().err


def test_upgrade_a_version_1_store(tmp_path, capsys):
    db = tmp_path / "old.sqlite"
    shutil.copy(V1_STORE, db)
    assert main(["db", "upgrade", "--db", str(db)]) == 0
    assert "schema revision 0004 (newest: 0004)" in capsys.readouterr().err
    with EventStore(str(db)) as store:
        assert store.count_articles() == 5 and store.count_events() == 14


@pytest.mark.parametrize("action", ["check", "upgrade"])
def test_a_missing_store_is_one_line(tmp_path, capsys, action):
    missing = tmp_path / "nope.sqlite"
    code = main(["db", action, "--db", str(missing)])
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    if action == "check":
        assert code == 2 and "no store at" in err and not missing.exists()
