"""Local HTTP servers for the web intake tests (127.0.0.1 only)."""

from __future__ import annotations

import pytest
from strikemap.web.client import PoliteClient

from .server import FixtureServer


@pytest.fixture
def server():
    """A running fixture server whose robots.txt allows everything."""
    srv = FixtureServer().start()
    srv.route("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    yield srv
    srv.stop()


@pytest.fixture
def client():
    """A polite client with short timeouts and no rate-limit wait worth noticing."""
    with PoliteClient(timeout=2.0, rate=1000.0) as polite:
        yield polite
