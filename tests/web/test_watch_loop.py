"""``strikemap watch --every`` as a long-running process: polls again on its own, picks up a
new entry without repeating the old ones, and stops cleanly on SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from .pages import REPORTS, article_html, rss

STRIKEMAP = str(Path(sys.executable).parent / "strikemap")


def _items(server, slugs):
    items = []
    for slug in slugs:
        server.route(f"/news/{slug}", article_html(slug))
        items.append({"title": REPORTS[slug][0], "link": server.url(f"/news/{slug}"), "guid": slug})
    return items


def _read_lines(stream, lines):
    for line in stream:
        lines.append(line.rstrip("\n"))


def _wait_for(lines, text, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(text in line for line in lines):
            return
        time.sleep(0.2)
    raise AssertionError(f"{text!r} not reported within {timeout} s: {lines}")


@pytest.mark.slow
def test_watch_loop_polls_again_and_stops_on_sigterm(server, tmp_path):
    feed = server.url("/feed.xml")
    server.route("/feed.xml", rss("Wire", _items(server, ["sumy-drones", "odesa-port"])))
    process = subprocess.Popen(
        [
            STRIKEMAP,
            "watch",
            feed,
            "--every",
            "10s",
            "--db",
            str(tmp_path / "s.sqlite"),
            "--rate",
            "100",
            "--timeout",
            "5",
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=_read_lines, args=(process.stderr, lines), daemon=True)
    reader.start()
    try:
        _wait_for(lines, f"{feed}: 2 new, 0 updated, 0 already seen", 180)
        server.route(
            "/feed.xml", rss("Wire", _items(server, ["sumy-drones", "odesa-port", "kharkiv-bombs"]))
        )
        _wait_for(lines, f"{feed}: 1 new, 0 updated, 2 already seen", 60)
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=30)
    assert code == 0
    assert server.paths().count("/news/sumy-drones") == 1
