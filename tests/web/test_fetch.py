"""``strikemap fetch`` and page intake against a local server: stored once per canonical URL
and per text, new versions, pages that are not articles, hostile pages."""

from __future__ import annotations

import pytest
from hostile import FILE_CREATING_JINJA, HOSTILE_URL
from strikemap.cli import main
from strikemap.store import EventStore
from strikemap.web.state import WebState
from strikemap.web.urls import web_article_id

from .pages import REPORTS, article_html


def fetch(db, *urls: str, capsys=None) -> tuple[int, str]:
    code = main(["fetch", *urls, "--db", str(db), "--rate", "100", "--timeout", "2"])
    err = capsys.readouterr().err if capsys else ""
    return code, err


def test_fetch_stores_article_with_metadata(server, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    server.route("/news/odesa-port", article_html("odesa-port"))
    code, err = fetch(db, server.url("/news/odesa-port"), capsys=capsys)
    assert code == 0, err
    assert "1 stored, 0 skipped (already stored), 0 rejected" in err
    with EventStore(str(db)) as store:
        (article,) = store.articles()
        events = store.article_events(article.id)
    assert article.title == "Missile strike on the port of Odesa"
    assert article.source == "Test Wire"
    assert article.published.isoformat() == "2024-03-06"
    assert article.url == server.url("/news/odesa-port")
    assert article.text.startswith("Missile strike on the port of Odesa\nA Russian ballistic")
    assert "Home" not in article.text and "© Test Wire" not in article.text
    assert "Odesa" in {e.place for e in events}


def test_same_page_through_other_links_is_stored_once(server, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    canonical = server.url("/news/sumy-drones")
    server.route("/news/sumy-drones", article_html("sumy-drones", canonical=canonical))
    server.route("/s/1", status=301, headers={"Location": "/news/sumy-drones?utm_source=feed"})
    server.route(
        "/news/sumy-drones?utm_source=feed", article_html("sumy-drones", canonical=canonical)
    )
    server.route("/amp/sumy", article_html("sumy-drones", canonical=canonical))
    code, err = fetch(
        db,
        canonical,
        server.url("/s/1"),
        server.url("/news/sumy-drones?utm_source=feed&fbclid=xyz"),
        server.url("/amp/sumy"),
        capsys=capsys,
    )
    assert code == 0, err
    assert "1 stored, 3 skipped (already stored), 0 rejected" in err
    with EventStore(str(db)) as store:
        (article,) = store.articles()
    assert article.id == web_article_id(canonical)
    assert article.url == canonical


def test_same_text_under_another_canonical_url_is_a_duplicate(server, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    server.route("/a", article_html("kherson-drone"))
    server.route("/mirror/a", article_html("kherson-drone"))
    code, err = fetch(db, server.url("/a"), server.url("/mirror/a"), capsys=capsys)
    assert code == 0
    assert "1 stored, 1 skipped (already stored), 0 rejected" in err
    with EventStore(str(db)) as store:
        assert store.count_articles() == 1


def test_conditional_get_on_refetch_and_new_version_replaces(server, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    url = server.url("/news/dnipro")
    server.route("/news/dnipro", article_html("dnipro-missiles"))
    fetch(db, url, capsys=capsys)
    code, err = fetch(db, url, capsys=capsys)
    assert code == 0
    assert "0 stored, 1 skipped (already stored), 0 rejected" in err
    assert [h.path for h in server.hits].count("/news/dnipro") == 2
    assert server.hits[-1].headers.get("if-none-match")

    paragraphs = REPORTS["dnipro-missiles"][2]
    corrected = (paragraphs[0].replace("five people", "seven people"), paragraphs[1])
    server.route("/news/dnipro", article_html("dnipro-missiles", paragraphs=corrected))
    code, err = fetch(db, url, capsys=capsys)
    assert code == 0
    assert "1 stored, 0 skipped (already stored), 0 rejected; 1 stored as new versions" in err
    with EventStore(str(db)) as store:
        (article,) = store.articles()
        assert "seven people" in article.text
        assert all(e.article_ids == [article.id] for e in store.article_events())


@pytest.mark.parametrize(
    ("path", "route", "reason"),
    [
        ("/missing", None, "HTTP 404 Not Found"),
        (
            "/index",
            {"body": "<html><body><ul><li><a href='/a'>Sumy</a></li></ul></body></html>"},
            "not an article",
        ),
        ("/file.pdf", {"body": b"%PDF-1.4", "content_type": "application/pdf"}, "not an HTML page"),
        ("/loop", {"status": 302, "headers": {"Location": "/loop"}}, "redirect loop"),
    ],
)
def test_bad_pages_are_named_and_nothing_stored_is_lost(
    server, tmp_path, capsys, path, route, reason
):
    db = tmp_path / "s.sqlite"
    server.route("/good", article_html("kharkiv-bombs"))
    fetch(db, server.url("/good"), capsys=capsys)
    if route is not None:
        server.route(path, **route)
    code, err = fetch(db, server.url(path), capsys=capsys)
    assert code == 1
    (line,) = [line for line in err.splitlines() if line.startswith("rejected")]
    assert line.startswith(f"rejected {server.url(path)}: ")
    assert reason in line
    with EventStore(str(db)) as store:
        assert [a.title for a in store.articles()] == ["Glide bombs fall on Kharkiv suburbs"]


def test_timeout_and_size_limit_from_the_command_line(server, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    server.route("/slow", article_html("sumy-drones"), delay=1.5)
    server.route("/big", "<html><body>" + "y" * 30_000 + "</body></html>")
    code = main(
        [
            "fetch",
            server.url("/slow"),
            server.url("/big"),
            "--db",
            str(db),
            "--timeout",
            "0.5",
            "--max-bytes",
            "20000",
            "--rate",
            "100",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert f"rejected {server.url('/slow')}: timed out" in err
    assert f"rejected {server.url('/big')}: too large" in err


def test_robots_disallowed_page_is_skipped_not_fetched(server, tmp_path, capsys):
    server.route("/robots.txt", "User-agent: strikemap\nDisallow: /\n", content_type="text/plain")
    server.route("/news/a", article_html("sumy-drones"))
    code, err = fetch(tmp_path / "s.sqlite", server.url("/news/a"), capsys=capsys)
    assert code == 1
    assert f"rejected {server.url('/news/a')}: not fetched: robots.txt disallows strikemap" in err
    assert "/news/a" not in server.paths()


def test_hostile_page_is_stored_as_inert_text(server, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    hostile = (
        "<script>document.title='script-ran'</script>"
        f"<p>Residents wrote {FILE_CREATING_JINJA} and {{{{ 7*7 }}}} on the wall of the "
        "shelter, and shared <a href='javascript:alert(1)'>this link</a> widely.</p>"
        "<style>body{display:none}</style>"
    )
    server.route(
        "/hostile",
        article_html("zaporizhzhia-shelling", canonical=HOSTILE_URL, extra=hostile),
    )
    code, err = fetch(db, server.url("/hostile"), capsys=capsys)
    assert code == 0, err
    with EventStore(str(db)) as store:
        (article,) = store.articles()
    assert "<script" not in article.text and "script-ran" not in article.text
    assert "display:none" not in article.text
    assert "javascript:" not in article.text
    assert FILE_CREATING_JINJA in article.text  # kept as the words it is, never rendered
    assert article.url == server.url("/hostile")  # the javascript: canonical is refused


def test_page_state_is_kept_in_the_store_file(server, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    server.route("/a", article_html("sumy-drones"))
    fetch(db, server.url("/a"), capsys=capsys)
    with WebState(str(db)) as state:
        assert state.page_article(server.url("/a")) == web_article_id(server.url("/a"))
        assert state.page_validators(server.url("/a")).etag
