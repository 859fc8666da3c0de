"""The map through streamlit-folium in a running Streamlit server, offline.

streamlit-folium loads the scripts and stylesheets it finds on the map itself,
so this checks that with the vendored assets nothing but tiles is requested
from outside, that the strike layer passed as ``feature_group_to_add`` draws its
markers, and that a hostile popup stays text.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import urlopen

import pytest
from hostile import HOSTILE_TEXTS
from strikemap.assets import VENDOR_DIR

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.usefixtures("local_assets"),
]

TESTS_DIR = Path(__file__).resolve().parents[1]

APP = """
import sys

import folium
from streamlit_folium import st_folium

sys.path.insert(0, {tests!r})
from mapping.conftest import hostile_events

from strikemap.frames import events_to_frame
from strikemap.mapping import build_base_map, build_heatmap_layer, build_strike_layer

frame = events_to_frame(hostile_events())
st_folium(
    build_base_map(),
    feature_group_to_add=[build_strike_layer(frame), build_heatmap_layer(frame)],
    layer_control=folium.LayerControl(),
    height=600,
    width=1000,
    returned_objects=[],
    key="map",
)
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def streamlit_app(tmp_path):
    # Streamlit refuses files reached through a symlink below its static folder,
    # so the folder itself is the link (to dashboard/static, as in the app).
    (tmp_path / "static").symlink_to(VENDOR_DIR.parent, target_is_directory=True)
    script = tmp_path / "map_app.py"
    script.write_text(textwrap.dedent(APP.format(tests=str(TESTS_DIR))), encoding="utf-8")
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", str(script),
            "--server.headless=true", "--server.enableStaticServing=true",
            f"--server.port={port}", "--server.address=127.0.0.1",
            "--browser.gatherUsageStats=false",
        ],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urlopen(f"{url}/_stcore/health", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("streamlit did not start")
                time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_st_folium_map_loads_offline_with_local_assets(streamlit_app) -> None:
    from strikemap.exports.browser import chromium

    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        blocked: list[str] = []
        local: list[str] = []
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

        def route(route) -> None:
            url = route.request.url
            if urlsplit(url).hostname in ("127.0.0.1", "localhost"):
                local.append(url)
                route.continue_()
            else:
                blocked.append(url)
                route.abort("internetdisconnected")

        page.context.route("**/*", route)
        page.goto(streamlit_app)
        frame = page.frame_locator("iframe[title='streamlit_folium.st_folium']")
        markers = frame.locator(".leaflet-marker-icon.sm-icon")
        markers.first.wait_for(timeout=60_000)
        assert markers.count() == len(HOSTILE_TEXTS)
        assert frame.locator(".sm-legend").count() == 1
        markers.first.click()
        popup = frame.locator(".sm-popup")
        popup.wait_for(timeout=10_000)
        text = popup.inner_text()
        # Markers are not in event order in the DOM; the place names the event.
        number = int(re.match(r"Place (\d+)", text).group(1))
        assert f"Evidence {HOSTILE_TEXTS[number]} end." in text
        assert dialogs == []
        assert any("/app/static/vendor/leaflet/dist/leaflet.js" in u for u in local)
        assert all("tile.openstreetmap.org" in u for u in blocked), blocked
