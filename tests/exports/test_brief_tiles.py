"""A briefing credits map tiles only when tiles drew; without them it names the oblast centres.

The app renders its slide with the network allowed. When no tile loads (no
internet) the slide must look like ``strikemap brief --offline``: the outline
base map with the oblast centres named (Lviv, Kharkiv) and no tile credit. Tiles
come from a server on 127.0.0.1, never from the internet.
"""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from strikemap.exports.brief import render_brief
from strikemap.exports.browser import chromium
from xyzservices import TileProvider

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.usefixtures("local_assets")]

# A 1x1 grey PNG served for every tile.
TILE_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010800000000"
    "3a7e9b550000000a49444154789c63d8010000ba00b99e9ee2050000000049454e44ae426082"
)
CREDIT = "Test tiles on loopback"


class _Tiles(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(TILE_PNG)))
        self.end_headers()
        self.wfile.write(TILE_PNG)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def browser():
    with chromium() as chrome:
        yield chrome


@pytest.fixture
def tile_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Tiles)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _labels(map_html: str) -> str:
    return map_html[map_html.index("StrikeMap.labels(") :][:4000]


def test_a_slide_whose_tiles_fail_is_the_offline_slide(sample_frame, browser):
    tiles = TileProvider(
        name="down",
        url=f"http://127.0.0.1:{_closed_port()}/{{z}}/{{x}}/{{y}}.png",
        attribution=CREDIT,
    )
    rendering = render_brief(sample_frame, layout="slide", scale=1, tiles=tiles, browser=browser)
    assert rendering.tile_credit is None
    assert "Map tiles" not in rendering.html and CREDIT not in rendering.html
    # As `strikemap brief --offline`: the oblast centres are named on the outline map.
    labels = _labels(rendering.map_html)
    assert '"Lviv"' in labels and '"Kharkiv"' in labels
    assert "127.0.0.1" not in rendering.map_html  # no tile layer left on the map


def test_a_slide_whose_tiles_drew_credits_them(sample_frame, browser, tile_server):
    tiles = TileProvider(name="up", url=f"{tile_server}/{{z}}/{{x}}/{{y}}.png", attribution=CREDIT)
    rendering = render_brief(sample_frame, layout="slide", scale=1, tiles=tiles, browser=browser)
    assert rendering.tile_credit == CREDIT
    assert f"Map tiles: {CREDIT}" in rendering.html
    # Tiles show the towns themselves: only the struck places are named.
    labels = _labels(rendering.map_html)
    assert '"Kyiv"' in labels and '"Lviv"' not in labels
