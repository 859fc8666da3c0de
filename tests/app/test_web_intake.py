"""AppTest tests of the "From the web" intake tab against a local HTTP server, and the
sidebar line on feed polling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from strikemap.store import EventStore
from strikemap.ui.web_intake import ago, feed_line
from strikemap.web.client import Validators
from strikemap.web.state import FeedStatus, WebState
from web.pages import REPORTS, article_html, rss
from web.server import FixtureServer

from .conftest import run


@pytest.fixture
def server():
    srv = FixtureServer().start()
    srv.route("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    yield srv
    srv.stop()


def look_up(at, url: str):
    at.text_input(key="web_url").set_value(url)
    (button,) = [b for b in at.button if b.label == "Look up"]
    button.click()
    return run(at)


def preview(at):
    return next(d.value for d in at.dataframe if "events" in d.value.columns)


def test_page_is_previewed_then_saved_once(app, store_path, server):
    server.route("/news/odesa-port", article_html("odesa-port"))
    at = look_up(run(app()), server.url("/news/odesa-port"))
    table = preview(at)
    assert list(table["article"]) == ["Missile strike on the port of Odesa"]
    assert "Odesa" in table["places"][0]
    with EventStore(str(store_path)) as store:
        assert store.count_articles() == 5  # nothing stored before saving

    at.button(key="web_save").click()
    run(at)
    assert any("Saved: 1 new" in s.value for s in at.success)
    with EventStore(str(store_path)) as store:
        assert store.count_articles() == 6
        assert any(e.place == "Odesa" for e in store.article_events())

    at = look_up(at, server.url("/news/odesa-port?utm_source=x"))
    assert at.button(key="web_save").disabled  # already stored


def test_feed_entries_are_previewed_and_remembered_for_the_watcher(app, store_path, server):
    items = []
    for slug in ("sumy-drones", "kherson-drone"):
        server.route(f"/news/{slug}", article_html(slug))
        items.append(
            {
                "title": REPORTS[slug][0],
                "link": server.url(f"/news/{slug}"),
                "guid": f"urn:test:{slug}",
            }
        )
    server.route("/feed.xml", rss("South Wire", items), content_type="application/rss+xml")
    at = look_up(run(app()), server.url("/feed.xml"))
    assert len(preview(at)) == 2
    assert any("from the feed South Wire" in m.value for m in at.markdown)
    at.button(key="web_save").click()
    run(at)
    with EventStore(str(store_path)) as store:
        assert store.count_articles() == 7
    with WebState(str(store_path)) as state:
        assert state.entry_count(server.url("/feed.xml")) == 2


@pytest.mark.parametrize(
    ("path", "route", "reason"),
    [
        ("/missing", None, "HTTP 404 Not Found"),
        (
            "/catalog.xml",
            {"body": "<catalog/>", "content_type": "application/xml"},
            "not an RSS or Atom feed",
        ),
    ],
)
def test_bad_url_is_named_and_nothing_stored(app, store_path, server, path, route, reason):
    if route:
        server.route(path, **route)
    at = look_up(run(app()), server.url(path))
    (message,) = [e.value for e in at.error]
    assert server.url(path).replace(":", "\\:") in message or server.url(path) in message
    assert reason in message
    with EventStore(str(store_path)) as store:
        assert store.count_articles() == 5


def test_sidebar_says_when_each_feed_was_polled(app, store_path):
    with WebState(str(store_path)) as state:
        state.record_poll(
            "https://wire.example/rss",
            "2 new, 0 updated, 5 already seen, 0 skipped, 0 failed",
            title="Wire",
            when=datetime.now(UTC) - timedelta(minutes=7),
        )
    at = run(app())
    captions = [c.value for c in at.sidebar.caption]
    assert any("Wire\\: polled 7 min ago" in c or "Wire: polled 7 min ago" in c for c in captions)


def test_feed_line_and_ago():
    now = datetime(2024, 3, 5, 12, 0, tzinfo=UTC)
    status = FeedStatus(
        "https://w.example/rss",
        None,
        Validators(),
        now - timedelta(hours=3),
        "failed: HTTP 503 Service Unavailable",
        2,
        None,
    )
    assert feed_line(status, now) == (
        "https://w.example/rss: polled 3 h ago (failed: HTTP 503 Service Unavailable)"
    )
    assert ago(now - timedelta(seconds=20), now) == "just now"
    assert ago(now - timedelta(days=2, hours=1), now) == "2 days ago"
