"""``strikemap watch`` against local feeds: new, seen, updated entries; restarts; backoff;
feeds that are not feeds; entries without links; the feed list file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from strikemap.cli import main
from strikemap.store import EventStore
from strikemap.web.feedlist import FeedListError, FeedSpec, load_feed_list
from strikemap.web.intake import backoff_delay
from strikemap.web.state import WebState

from .pages import REPORTS, article_html, atom, rss

FIRST = ["sumy-drones", "odesa-port", "kharkiv-bombs"]
SECOND = ["zaporizhzhia-shelling", "kherson-drone", "dnipro-missiles"]


def publish(server, slugs, *, kind="rss", path="/feed.xml", title="Wire"):
    """Serve each report as a page and a feed listing them all."""
    items = []
    for slug in slugs:
        page = f"/news/{slug}"
        server.route(page, article_html(slug))
        headline, published, paragraphs = REPORTS[slug]
        if kind == "rss":
            items.append(
                {
                    "title": headline,
                    "link": server.url(page),
                    "guid": f"urn:test:{slug}",
                    "description": paragraphs[0],
                    "pubDate": f"{published}T08:00:00Z",
                }
            )
        else:
            items.append(
                {
                    "id": f"urn:test:{slug}",
                    "title": headline,
                    "link": server.url(page),
                    "updated": f"{published}T08:00:00Z",
                    "summary": paragraphs[0],
                }
            )
    document = rss(title, items) if kind == "rss" else atom(title, items)
    server.route(path, document, content_type="application/xml")


def publish_two_feeds(server) -> tuple[str, str]:
    """An RSS feed of three reports and an Atom feed of three others; their URLs."""
    publish(server, FIRST, kind="rss", path="/rss.xml")
    publish(server, SECOND, kind="atom", path="/atom.xml")
    return server.url("/rss.xml"), server.url("/atom.xml")


def correct_kherson(server) -> None:
    """The Kherson story is corrected: its page and its Atom entry change."""
    _headline, _published, paragraphs = REPORTS["kherson-drone"]
    corrected = (paragraphs[0].replace("three passengers", "five passengers"), paragraphs[1])
    server.route("/news/kherson-drone", article_html("kherson-drone", paragraphs=corrected))
    entries = [
        {
            "id": f"urn:test:{slug}",
            "title": REPORTS[slug][0],
            "link": server.url(f"/news/{slug}"),
            "updated": "2024-03-09T12:00:00Z"
            if slug == "kherson-drone"
            else f"{REPORTS[slug][1]}T08:00:00Z",
            "summary": corrected[0] if slug == "kherson-drone" else REPORTS[slug][2][0],
        }
        for slug in SECOND
    ]
    server.route("/atom.xml", atom("Wire", entries), content_type="application/xml")


def watch(db, *feeds, capsys):
    code = main(["watch", *feeds, "--once", "--db", str(db), "--rate", "100", "--timeout", "2"])
    return code, capsys.readouterr().err


def test_two_feeds_six_entries_then_nothing_then_one_new_version(server, store_url, capsys):
    """Issue 16's Done-when, on a SQLite file and on a PostgreSQL/PostGIS server."""
    db = store_url
    feeds = publish_two_feeds(server)

    code, err = watch(db, *feeds, capsys=capsys)
    assert code == 0, err
    assert f"{server.url('/rss.xml')}: 3 new, 0 updated, 0 already seen" in err
    assert f"{server.url('/atom.xml')}: 3 new, 0 updated, 0 already seen" in err
    assert "strikemap watch: 6 stored, 0 skipped (already stored), 0 rejected" in err
    with EventStore(str(db)) as store:
        assert store.count_articles() == 6

    # A second run, as from cron: a fresh process, state read from the store.
    code, err = watch(db, *feeds, capsys=capsys)
    assert code == 0, err
    with EventStore(str(db)) as store:
        assert store.count_articles() == 6
    assert "3 new" not in err
    assert "strikemap watch: 0 stored" in err

    # One story is corrected on the server: its feed entry and its page change.
    correct_kherson(server)
    code, err = watch(db, *feeds, capsys=capsys)
    assert code == 0, err
    assert f"{server.url('/atom.xml')}: 0 new, 1 updated, 2 already seen" in err
    assert "0 rejected; 1 stored as new versions of stored articles" in err
    with EventStore(str(db)) as store:
        articles = store.articles()
        assert len(articles) == 6
        (kherson,) = [a for a in articles if a.title == "Drone attack on a bus in Kherson"]
        assert "five passengers" in kherson.text
        assert "three passengers" not in " ".join(a.text for a in articles)


def test_state_on_postgres_survives_a_server_restart(server, postgres, capsys):
    """Feeds' validators and entries seen are in the database, not in the watcher's memory."""
    db = postgres.new_database()
    feeds = publish_two_feeds(server)
    code, err = watch(db, *feeds, capsys=capsys)
    assert code == 0, err
    assert "strikemap watch: 6 stored" in err

    postgres.stop()
    postgres.start()
    correct_kherson(server)
    before = len(server.hits)
    code, err = watch(db, *feeds, capsys=capsys)
    assert code == 0, err
    # The RSS feed is asked with the ETag kept in the store, and has not changed.
    assert f"{server.url('/rss.xml')}: not modified since the last poll (HTTP 304)" in err
    assert f"{server.url('/atom.xml')}: 0 new, 1 updated, 2 already seen" in err
    fetched = [h.path for h in server.hits[before:] if h.path.startswith("/news/")]
    assert fetched == ["/news/kherson-drone"]
    with EventStore(db) as store:
        assert store.count_articles() == 6
    with WebState(db) as state:
        assert state.entry_count(server.url("/rss.xml")) == 3
        assert [f.failures for f in state.feeds()] == [0, 0]


def test_conditional_get_on_the_feed(server, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    publish(server, FIRST)
    watch(db, server.url("/feed.xml"), capsys=capsys)
    code, err = watch(db, server.url("/feed.xml"), capsys=capsys)
    assert code == 0
    assert "not modified since the last poll (HTTP 304)" in err
    feed_hits = [h for h in server.hits if h.path == "/feed.xml"]
    assert feed_hits[-1].headers.get("if-none-match")


def test_restart_mid_feed_neither_misses_nor_repeats(server, tmp_path, capsys):
    """A page that failed is retried on the next run; the stored ones are not fetched again."""
    db = tmp_path / "s.sqlite"
    publish(server, FIRST)
    server.route("/news/odesa-port", "down", status=503, content_type="text/plain")
    code, err = watch(db, server.url("/feed.xml"), capsys=capsys)
    assert code == 1
    assert "2 new" in err and "1 failed" in err
    assert f"rejected {server.url('/feed.xml')} entry 'Missile strike on the port of Odesa'" in err
    assert "HTTP 503" in err and "(will retry)" in err

    server.route("/news/odesa-port", article_html("odesa-port"))
    before = len(server.hits)
    code, err = watch(db, server.url("/feed.xml"), capsys=capsys)
    assert code == 0, err
    assert "1 new, 0 updated, 2 already seen" in err
    later = [h.path for h in server.hits[before:]]
    assert "/news/sumy-drones" not in later and "/news/odesa-port" in later
    with EventStore(str(db)) as store:
        assert store.count_articles() == 3


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        ("this is { not xml <", "text/plain", "not XML"),
        (
            '<?xml version="1.0"?><catalog><book id="1">Atlas</book></catalog>',
            "application/xml",
            "XML, but not an RSS or Atom feed (root element <catalog>)",
        ),
        ("", "application/xml", "empty document, not a feed"),
    ],
)
def test_documents_that_are_not_feeds(server, tmp_path, capsys, body, content_type, reason):
    db = tmp_path / "s.sqlite"
    server.route("/good.xml", rss("Good", []), content_type="application/xml")
    server.route("/bad.xml", body, content_type=content_type)
    code, err = watch(db, server.url("/good.xml"), server.url("/bad.xml"), capsys=capsys)
    assert code == 1
    assert f"{server.url('/bad.xml')}: failed: {reason}" in err
    assert f"rejected {server.url('/bad.xml')}: {reason}" in err
    assert f"{server.url('/good.xml')}: 0 new" in err


def test_entry_without_link_is_named_once(server, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    server.route("/news/sumy-drones", article_html("sumy-drones"))
    items = [
        {"title": "Drones hit an energy site in Sumy", "link": server.url("/news/sumy-drones")},
        {"title": "Air raid alert in Poltava", "description": "An alert, no link given."},
    ]
    server.route("/feed.xml", rss("Wire", items), content_type="application/rss+xml")
    code, err = watch(db, server.url("/feed.xml"), capsys=capsys)
    assert code == 1
    assert "1 new" in err
    assert (
        f"rejected {server.url('/feed.xml')} entry 'Air raid alert in Poltava': "
        "entry has no link" in err
    )
    code, err = watch(db, server.url("/feed.xml"), capsys=capsys)
    assert "Poltava" not in err
    with EventStore(str(db)) as store:
        assert store.count_articles() == 1


def test_feed_errors_back_off(server, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    code, err = watch(db, server.url("/gone.xml"), capsys=capsys)
    assert code == 1
    assert f"{server.url('/gone.xml')}: failed: HTTP 404 Not Found" in err
    hits = server.paths().count("/gone.xml")
    code, err = watch(db, server.url("/gone.xml"), capsys=capsys)
    assert "skipped: backing off after 1 failure(s) until" in err
    assert server.paths().count("/gone.xml") == hits
    with WebState(str(db)) as state:
        status = state.feed(server.url("/gone.xml"))
    assert status.failures == 1
    assert status.last_outcome == "failed: HTTP 404 Not Found"


def test_backoff_doubles_up_to_a_day_and_honours_retry_after():
    every = timedelta(minutes=10)
    assert backoff_delay(1, every) == timedelta(minutes=10)
    assert backoff_delay(2, every) == timedelta(minutes=20)
    assert backoff_delay(4, every) == timedelta(minutes=80)
    assert backoff_delay(30, every) == timedelta(days=1)
    assert backoff_delay(1, every, retry_after=3600) == timedelta(hours=1)


def test_robots_disallowed_entry_pages_are_skipped(server, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    publish(server, ["sumy-drones"])
    server.route(
        "/robots.txt", "User-agent: strikemap\nDisallow: /news/\n", content_type="text/plain"
    )
    code, err = watch(db, server.url("/feed.xml"), capsys=capsys)
    assert code == 1
    assert "robots.txt disallows strikemap" in err
    assert "/news/sumy-drones" not in server.paths()


def test_feed_list_file_gives_source_and_language(server, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    publish(server, ["odesa-port"])
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        f'[[feed]]\nurl = "{server.url("/feed.xml")}"\nsource = "Odesa desk"\nlanguage = "en"\n',
        encoding="utf-8",
    )
    code, err = watch(db, str(feeds), capsys=capsys)
    assert code == 0, err
    with EventStore(str(db)) as store:
        (article,) = store.articles()
    assert (article.source, article.language) == ("Odesa desk", "en")
    with WebState(str(db)) as state:
        (status,) = state.feeds()
    assert status.title == "Wire"
    assert status.last_polled <= datetime.now(UTC)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[feed]]\nurl = 'ftp://x.example/feed'\n", "feed 1: 'url' must be an http(s) URL"),
        ("[[feed]]\nurl = 'https://x.example/f'\nlang = 'uk'\n", "feed 1: unknown key(s) lang"),
        ("[[feed]]\nurl = 'https://x.example/f'\nlanguage = 'Ukrainian'\n", "not an ISO 639"),
        ("title = 'no feeds'\n", "no [[feed]] entries"),
        ("[[feed]\nurl=", "not valid TOML"),
    ],
)
def test_bad_feed_lists_are_named(tmp_path, capsys, text, message):
    path = tmp_path / "feeds.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FeedListError) as caught:
        load_feed_list(path)
    assert str(caught.value).startswith(str(path))
    assert message in str(caught.value)
    assert main(["watch", str(path), "--once"]) == 2
    assert message in capsys.readouterr().err


def test_feed_list_round_trip(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(
        "[[feed]]\nurl = 'https://a.example/rss'\n\n"
        "[[feed]]\nurl = 'https://b.example/atom'\nsource = 'B'\nlanguage = 'UK'\n",
        encoding="utf-8",
    )
    assert load_feed_list(path) == [
        FeedSpec("https://a.example/rss"),
        FeedSpec("https://b.example/atom", "B", "uk"),
    ]
