"""The polite HTTP client against a real local server: User-Agent, timeouts, redirects,
content types, size limits, conditional GET, robots.txt and the per-host rate limit."""

from __future__ import annotations

import time

import pytest
from strikemap.web.client import FetchError, PoliteClient, RobotsDisallowed, Validators

from .pages import article_html
from .server import FixtureServer


def test_user_agent_names_strikemap(server, client):
    server.route("/a", article_html("sumy-drones"))
    client.get(server.url("/a"))
    page_hits = [h for h in server.hits if h.path == "/a"]
    assert page_hits[0].headers["user-agent"].startswith("strikemap/")


def test_404_names_url_and_status(server, client):
    with pytest.raises(FetchError) as caught:
        client.get(server.url("/missing"))
    assert str(caught.value) == f"{server.url('/missing')}: HTTP 404 Not Found"


def test_timeout_names_url(server):
    server.route("/slow", article_html("sumy-drones"), delay=1.5)
    with PoliteClient(timeout=0.4, rate=1000.0) as client, pytest.raises(FetchError) as caught:
        client.get(server.url("/slow"))
    assert server.url("/slow") in str(caught.value)
    assert "timed out" in caught.value.reason
    assert caught.value.transient


def test_broken_host_names_url(server, client):
    server.route("/broken", "", broken=True)
    with pytest.raises(FetchError) as caught:
        client.get(server.url("/broken"))
    assert "connection failed" in caught.value.reason or "closed" in caught.value.reason


def test_nothing_listening_is_cannot_connect(client):
    srv = FixtureServer()
    url = srv.url("/a")
    srv.httpd.server_close()  # the port is free again: nothing listens there
    with pytest.raises(FetchError) as caught:
        client.get(url)
    assert str(caught.value).startswith(url)
    assert "robots.txt unreachable" in caught.value.reason or "connect" in caught.value.reason


def test_redirect_loop_is_named(server, client):
    server.route("/a", status=302, headers={"Location": "/b"})
    server.route("/b", status=301, headers={"Location": "/a"})
    with pytest.raises(FetchError) as caught:
        client.get(server.url("/a"))
    assert caught.value.reason.startswith("redirect loop")
    assert server.url("/b") in caught.value.reason


def test_redirect_is_followed_and_final_url_kept(server, client):
    server.route("/short", status=301, headers={"Location": "/news/sumy"})
    server.route("/news/sumy", article_html("sumy-drones"))
    response = client.get(server.url("/short"))
    assert response.url == server.url("/news/sumy")
    assert response.requested == server.url("/short")
    assert b"Sumy" in response.body


def test_non_html_content_type_is_refused_before_reading(server, client):
    server.route("/report.pdf", b"%PDF-1.4 fake", content_type="application/pdf")
    with pytest.raises(FetchError) as caught:
        client.get(server.url("/report.pdf"), accept=("text/html",))
    assert "not an HTML page (content type application/pdf" in str(caught.value)


@pytest.mark.parametrize("chunked", [False, True])
def test_page_over_size_limit(server, chunked):
    server.route("/big", "<html><body>" + "x" * 50_000 + "</body></html>", chunked=chunked)
    with (
        PoliteClient(timeout=2.0, rate=1000.0, max_bytes=10_000) as client,
        pytest.raises(FetchError) as caught,
    ):
        client.get(server.url("/big"))
    assert "too large" in caught.value.reason
    assert "10,000 bytes" in caught.value.reason


def test_conditional_get_with_etag_gives_not_modified(server, client):
    server.route("/a", article_html("sumy-drones"))
    first = client.get(server.url("/a"))
    assert first.validators.etag
    second = client.get(server.url("/a"), validators=first.validators)
    assert second.not_modified
    assert server.hits[-1].headers["if-none-match"] == first.validators.etag


def test_conditional_get_with_last_modified(server, client):
    stamp = "Tue, 05 Mar 2024 08:00:00 GMT"
    server.route("/a", article_html("sumy-drones"), etag=False, last_modified=stamp)
    first = client.get(server.url("/a"))
    assert first.validators == Validators(None, stamp)
    assert client.get(server.url("/a"), validators=first.validators).not_modified
    assert server.hits[-1].headers["if-modified-since"] == stamp


def test_robots_disallowing_strikemap_means_not_fetched(client):
    srv = FixtureServer().start()
    try:
        srv.route(
            "/robots.txt",
            "User-agent: strikemap\nDisallow: /\n\nUser-agent: *\nAllow: /\n",
            content_type="text/plain",
        )
        srv.route("/news/a", article_html("sumy-drones"))
        with pytest.raises(RobotsDisallowed) as caught:
            client.get(srv.url("/news/a"))
        assert "robots.txt disallows strikemap" in str(caught.value)
        assert "/news/a" not in srv.paths()
        assert srv.paths() == ["/robots.txt"]
    finally:
        srv.stop()


def test_robots_applies_to_redirect_targets(client):
    open_site, closed_site = FixtureServer().start(), FixtureServer().start()
    try:
        open_site.route("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
        closed_site.route(
            "/robots.txt", "User-agent: strikemap\nDisallow: /private/\n", content_type="text/plain"
        )
        closed_site.route("/private/a", article_html("sumy-drones"))
        open_site.route("/go", status=302, headers={"Location": closed_site.url("/private/a")})
        with pytest.raises(RobotsDisallowed) as caught:
            client.get(open_site.url("/go"))
        assert "redirected to" in str(caught.value)
        assert "/private/a" not in closed_site.paths()
    finally:
        open_site.stop()
        closed_site.stop()


def test_missing_robots_allows_and_broken_robots_forbids(client):
    srv = FixtureServer().start()
    try:
        srv.route("/a", article_html("sumy-drones"))
        assert client.get(srv.url("/a")).status == 200  # robots.txt is a 404
        srv2 = FixtureServer().start()
        srv2.route("/robots.txt", "oops", status=503, content_type="text/plain")
        srv2.route("/a", article_html("sumy-drones"))
        with pytest.raises(RobotsDisallowed) as caught:
            client.get(srv2.url("/a"))
        assert "robots.txt unavailable (HTTP 503)" in str(caught.value)
        assert "/a" not in srv2.paths()
        srv2.stop()
    finally:
        srv.stop()


def test_per_host_rate_limit_is_a_lower_bound(server):
    """N requests to one host take at least (N - 1) / rate seconds."""
    server.route("/a", article_html("sumy-drones"))
    requests, rate = 6, 5.0
    with PoliteClient(timeout=2.0, rate=rate) as client:
        client.get(server.url("/robots.txt"))  # robots.txt fetched and cached first
        started = time.monotonic()
        for _ in range(requests):
            client.get(server.url("/a"))
        elapsed = time.monotonic() - started
    page_hits = [h.at for h in server.hits if h.path == "/a"]
    assert len(page_hits) == requests
    assert elapsed >= (requests - 1) / rate
    # Seen by the server too: the hits span (N - 1) slots. A loaded machine can record one
    # hit late and the next on time, so single gaps jitter; the span absorbs that.
    assert page_hits[-1] - page_hits[0] >= (requests - 1) / rate - 0.1


def test_rate_limit_is_per_host(server):
    """Requests alternating between two host names do not wait for each other."""
    server.route("/a", article_html("sumy-drones"))
    with PoliteClient(timeout=2.0, rate=2.0) as client:
        client.get(server.url("/a", host="127.0.0.1"))
        client.get(server.url("/a", host="localhost"))  # robots.txt of the second origin
        started = time.monotonic()
        client.get(server.url("/a", host="127.0.0.1"))
        first_wait = time.monotonic() - started
    # The third request waited for 127.0.0.1's slot, never for localhost's two.
    assert first_wait < 0.5 + 0.5


def test_crawl_delay_lengthens_the_interval():
    srv = FixtureServer().start()
    try:
        srv.route(
            "/robots.txt",
            "User-agent: strikemap\nCrawl-delay: 1\nAllow: /\n",
            content_type="text/plain",
        )
        srv.route("/a", article_html("sumy-drones"))
        with PoliteClient(timeout=2.0, rate=100.0) as client:
            started = time.monotonic()
            client.get(srv.url("/a"))
            client.get(srv.url("/a"))
            assert time.monotonic() - started >= 1.0
    finally:
        srv.stop()


def test_unsupported_scheme(client):
    with pytest.raises(FetchError) as caught:
        client.get("javascript:alert(1)")
    assert "unsupported URL scheme 'javascript'" in str(caught.value)
