"""Dashboard performance with 10,000 and 100,000 synthetic events.

Prints, per store size:

- the server-side rerun time of a filter change (AppTest: the script run that a
  widget change triggers, median and worst of several changes; target < 0.3 s
  at 10k), and of a rerun with unchanged filters, as a map pan causes;
- the map's generated HTML per event (the st_folium component's script and
  strike layer; target < 250 bytes/event);
- the time from page load until markers are visible in headless Chromium, with
  every request outside the app aborted (target < 3 s at 10k): for the first
  visit to a fresh server and the median and worst of five later visits, each
  timed from the test driver (``page.goto`` until a marker is seen) and inside
  the page (navigation start until a marker is placed);
- the peak resident memory of the ``streamlit run`` server process after the
  page loads and filter changes (target < 1 GB at 100k).

Synthetic events are seeded with ``scripts/seed_synthetic.py`` into temporary
stores, never the default one. Usage: ``python benchmarks/bench_dashboard.py
[--sizes 10000 100000]``.

Figures on the 2-CPU development machine (2026-11-22; before = the app before
the map-first page, the per-store strike encoding and the single-pass map
elements, measured with this same script):

============================  ==========  ==========  ===========  ===========
figure                        10k before  10k after   100k before  100k after
============================  ==========  ==========  ===========  ===========
filter-change rerun, median   0.153 s     0.072 s     0.491 s      0.188 s
filter-change rerun, worst    0.233 s     0.102 s     1.228 s      0.370 s
rerun after a pan             0.150 s     0.066 s     0.481 s      0.172 s
markers visible, median       3.03 s      2.01 s      4.45 s       4.12 s
markers visible, worst        4.13 s      2.92 s      4.79 s       4.59 s
markers, first visit          6.34 s      3.92 s      13.1 s       11.4 s
map bytes per event           70          77          47           48
server peak memory            353 MB      349 MB      771 MB       768 MB
============================  ==========  ==========  ===========  ===========
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
APP = REPO / "dashboard" / "app.py"
PYTHON = sys.executable
FILTER_CHANGES: tuple[dict[str, list[str]], ...] = (
    {"weapon": ["missile"]},
    {"weapon": ["drone", "artillery"]},
    {"weapon": []},
    {"country": ["UA"]},
    {"country": []},
    {"range": ["30d"]},
    {"range": ["all"]},
)


def _env(db: Path) -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(REPO / "dashboard"), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "STRIKEMAP_DB": str(db), "PYTHONPATH": path}


def seed(db: Path, events: int) -> float:
    """Seed ``events`` synthetic events into ``db``; return the seconds it took."""
    start = time.perf_counter()
    subprocess.run(
        [
            PYTHON,
            str(REPO / "scripts" / "seed_synthetic.py"),
            "--db",
            str(db),
            "--events",
            str(events),
        ],
        check=True,
        env=_env(db),
    )
    return time.perf_counter() - start


def apptest_figures(db: Path) -> dict[str, float]:
    """Time reruns after filter changes and measure the map component's size with AppTest."""
    os.environ["STRIKEMAP_DB"] = str(db)
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=600)
    start = time.perf_counter()
    at.run()
    cold = time.perf_counter() - start
    if at.exception:
        raise RuntimeError([e.message for e in at.exception])
    at.run()  # warm the per-session state
    times = []
    for change in FILTER_CHANGES:
        for key, value in change.items():
            widget = at.radio(key=key) if key == "range" else at.multiselect(key=key)
            widget.set_value(value[0] if key == "range" else value)
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
    # A pan or zoom reruns the script with the filters unchanged.
    unchanged = []
    for _ in range(3):
        start = time.perf_counter()
        at.run()
        unchanged.append(time.perf_counter() - start)
    (component,) = at.get("component_instance")
    args = json.loads(component.proto.json_args)
    events = len(at.session_state["map_event_ids"])
    map_bytes = sum(len(args.get(k) or "") for k in ("script", "header", "html", "feature_group"))
    return {
        "cold_run_s": cold,
        "rerun_median_s": statistics.median(times),
        "rerun_max_s": max(times),
        "rerun_pan_s": statistics.median(unchanged),
        "events_on_map": events,
        "map_html_bytes": map_bytes,
        "layer_bytes_per_event": len(args.get("feature_group") or "") / max(events, 1),
        "map_bytes_per_event": map_bytes / max(events, 1),
    }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# A marker counts as visible once it is in the st_folium iframe with a size and
# Leaflet's stylesheet applied to it (before that it is not placed on the map).
_VISIBLE = """
function markerVisible(doc, view) {
  const marker = doc && doc.querySelector('.leaflet-marker-icon');
  if (!marker) return false;
  const box = marker.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && view.getComputedStyle(marker).position === 'absolute';
}
"""
# Runs in every frame (the iframe included): the time the first marker became
# visible there, on the clock of that frame (performance.timeOrigin is per frame;
# the difference to the top page's origin is taken in Python).
_MARKER_CLOCK = (
    _VISIBLE
    + """
const poll = setInterval(() => {
  if (markerVisible(document, window)) {
    window.__firstMarker = performance.timeOrigin + performance.now();
    clearInterval(poll);
  }
}, 10);
"""
)
_MARKER_SHOWN = (
    "() => {"
    + _VISIBLE
    + """
  const frame = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
  return !!frame && markerVisible(frame.contentDocument, frame.contentWindow);
}"""
)
WARM_VISITS = 5


def _visit(browser, url: str) -> tuple[float, float]:
    """Open the app in a fresh browser context; return (wall, in-page) seconds to markers.

    Wall: from ``page.goto`` until a check run every 20 ms from the test driver
    finds a visible marker in the st_folium iframe (includes the driver's round
    trips). In-page: from the page's navigation start until the first marker is
    visible, checked every 10 ms inside the iframe. Every request outside the app
    is aborted (no tiles, no CDN).
    """
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    context.add_init_script(_MARKER_CLOCK)
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith(url)
            else route.abort("internetdisconnected")
        ),
    )
    try:
        page = context.new_page()
        start = time.perf_counter()
        page.goto(url, timeout=300_000)
        page.wait_for_function(_MARKER_SHOWN, polling=20, timeout=300_000)
        wall = time.perf_counter() - start
        frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
        first_marker = frame.locator("body").evaluate("() => window.__firstMarker")
        in_page = (first_marker - page.evaluate("performance.timeOrigin")) / 1000
        # A filter change after the load, for the server's peak memory.
        page.get_by_text("30d", exact=True).click()
        page.wait_for_timeout(2000)
        return wall, in_page
    finally:
        context.close()


def browser_figures(db: Path) -> dict[str, float]:
    """Start ``streamlit run``, time markers appearing in Chromium, read the server's memory.

    The first visit finds the server's caches empty (the store read and the map
    layer built for the first time); the next ones are users opening an app that
    someone has opened before (medians of :data:`WARM_VISITS`).
    """
    from strikemap.exports.browser import chromium

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        PYTHON, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
        "--server.headless", "true", "--server.address", "127.0.0.1",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    server = subprocess.Popen(
        command, cwd=REPO, env=_env(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("streamlit did not start") from None
                time.sleep(0.3)
        with chromium() as browser:
            cold_wall, cold_in_page = _visit(browser, url)
            warm = [_visit(browser, url) for _ in range(WARM_VISITS)]
        walls = [w for w, _ in warm]
        in_page = [p for _, p in warm]
        return {
            "first_visit_markers_s": cold_wall,
            "first_visit_markers_in_page_s": cold_in_page,
            "markers_visible_s": statistics.median(walls),
            "markers_visible_max_s": max(walls),
            "markers_in_page_s": statistics.median(in_page),
            "markers_in_page_max_s": max(in_page),
            "server_peak_rss_mb": _peak_rss_mb(server.pid),
        }
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium figures")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "dashboard"))
    with tempfile.TemporaryDirectory(prefix="strikemap-bench-") as tmp:
        for size in args.sizes:
            db = Path(tmp) / f"synthetic-{size}.sqlite"
            print(f"== {size:,} synthetic events ==")
            print(f"seeding                      {seed(db, size):8.2f} s")
            for name, value in apptest_figures(db).items():
                print(f"{name:28s} {value:10.3f}")
            if not args.no_browser:
                for name, value in browser_figures(db).items():
                    print(f"{name:28s} {value:10.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
