"""The running dashboard in headless Chromium, offline: markers, shared links, upload, PNG.

Marker counts of filtered views come from the hand-written table in
``fixture_events.py``, never from the app's own filter code.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from strikemap.store import EventStore

from .fixture_events import EXPECTED_MARKERS

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
LOAD_TIMEOUT_MS = 180_000  # generous: the machine may be busy; waits end on conditions
#: The article intake, one of the panels drawn once the map has reported its first view.
INTAKE_LABEL = "Add articles"
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'

# Markers (individual or inside clusters) of the feature groups streamlit-folium has on
# the map now (it keeps earlier, removed groups in window.feature_group too).
COUNT_MARKERS = """() => {
    let n = 0;
    const walk = (layer) => {
        if (layer.getLatLng && !layer.getLayers) { n += 1; return; }
        if (layer.getLayers) layer.getLayers().forEach(walk);
    };
    (window.feature_group || []).filter((g) => map_div.hasLayer(g)).forEach(walk);
    return n;
}"""


def settle(page) -> None:
    """Wait until the rerun the map's first report causes has drawn the page and finished.

    The deferred panels (the intake among them) appear only on that rerun, and the
    status widget is gone once no script run is in progress.
    """
    page.wait_for_function(
        """(label) => !document.querySelector('[data-testid="stStatusWidget"]')
            && [...document.querySelectorAll("summary, p, span")].some(
                (node) => node.textContent.trim() === label)""",
        arg=INTAKE_LABEL,
        timeout=LOAD_TIMEOUT_MS,
    )


#: How long one click is given to show its result before it is taken as lost.
CLICK_WAIT_MS = 45_000


def click_until_shown(page, button: str, shown: str) -> None:
    """Click ``button`` until ``shown`` appears, within :data:`LOAD_TIMEOUT_MS`.

    A click that lands while a rerun redraws the button is dropped by the page;
    it is repeated only when the app is idle and the result is still missing.
    """
    attempts = LOAD_TIMEOUT_MS // CLICK_WAIT_MS
    for attempt in range(attempts):
        page.get_by_role("button", name=button).click()
        try:
            page.get_by_text(shown).wait_for(timeout=CLICK_WAIT_MS)
            return
        except PlaywrightTimeoutError:
            if attempt == attempts - 1:
                raise
            settle(page)


def map_frame(page):
    handle = page.wait_for_selector(MAP_IFRAME, timeout=LOAD_TIMEOUT_MS)
    frame = handle.content_frame()
    frame.wait_for_selector(".leaflet-marker-icon", timeout=LOAD_TIMEOUT_MS)
    return frame


def markers_on_map(page) -> int:
    return map_frame(page).evaluate(COUNT_MARKERS)


def wait_for_markers(page, expected: int) -> int:
    frame = map_frame(page)
    frame.wait_for_function(f"({COUNT_MARKERS})() === {expected}", timeout=LOAD_TIMEOUT_MS)
    return frame.evaluate(COUNT_MARKERS)


def pins_in_store(db: Path) -> int:
    """Stored events drawn as pins (no filter): located and not region-level (outlines)."""
    with EventStore(str(db)) as store:
        return sum(e.lat is not None and e.level != "region" for e in store.events())


@pytest.mark.docs
def test_seed_strikes_are_drawn_offline_and_screenshot_saved(dashboard, page, docs_dir):
    page.set_viewport_size({"width": 1600, "height": 1500})
    page.goto(f"{dashboard.url}/?lat=49.2&lon=34.2&zoom=6", timeout=LOAD_TIMEOUT_MS)
    map_frame(page)  # the first page view seeds the empty store
    expected = pins_in_store(dashboard.db)
    assert expected > 0
    assert wait_for_markers(page, expected) == expected
    with EventStore(str(dashboard.db)) as store:
        places = {e.place.casefold() for e in store.events()}
    for seed_place in ("kyiv", "kharkiv", "belgorod"):
        assert seed_place in places
    assert any(p.startswith("pecherskyi") for p in places)
    # Let tiles fail and the page settle, then keep the screenshot the README shows.
    settle(page)
    page.wait_for_load_state("networkidle", timeout=LOAD_TIMEOUT_MS)
    screenshot = docs_dir / "screenshot.png"
    page.screenshot(path=str(screenshot))
    assert screenshot.stat().st_size > 20_000
    assert not [u for u in page.blocked if "/app/static/" in u]


def test_the_fixture_store_draws_every_pin(fixture_dashboard, page):
    page.goto(fixture_dashboard.url, timeout=LOAD_TIMEOUT_MS)
    assert wait_for_markers(page, EXPECTED_MARKERS[""]) == EXPECTED_MARKERS[""]


@pytest.mark.parametrize("query", [q for q in EXPECTED_MARKERS if q])
def test_shared_url_reproduces_the_filtered_markers(fixture_dashboard, page, query):
    expected = EXPECTED_MARKERS[query]
    page.goto(f"{fixture_dashboard.url}/?{query}&lat=48.5&lon=31.5&zoom=6", timeout=LOAD_TIMEOUT_MS)
    assert wait_for_markers(page, expected) == expected
    # The map opens at the shared centre and zoom.
    lat, lon, zoom = map_frame(page).evaluate(
        "() => [map_div.getCenter().lat, map_div.getCenter().lng, map_div.getZoom()]"
    )
    assert (round(lat, 1), round(lon, 1), zoom) == (48.5, 31.5, 6)
    # The widgets show the shared filters.
    if query.startswith("weapon="):
        chip = page.get_by_test_id("stMultiSelect").first.get_by_text(query.split("=")[1])
        chip.wait_for(timeout=LOAD_TIMEOUT_MS)


def test_changing_a_filter_updates_the_url_and_the_markers(fixture_dashboard, page):
    page.goto(fixture_dashboard.url, timeout=LOAD_TIMEOUT_MS)
    assert wait_for_markers(page, EXPECTED_MARKERS[""]) == EXPECTED_MARKERS[""]
    settle(page)
    page.get_by_text("7d", exact=True).click()
    page.wait_for_url("**range=7d**", timeout=LOAD_TIMEOUT_MS)
    expected = EXPECTED_MARKERS["range=7d"]
    assert wait_for_markers(page, expected) == expected


ARTICLE = (
    "---\ntitle: Drone strike on Chernihiv\npublished: 2024-02-10\nsource: Browser Test Wire\n---\n"
    "A Russian drone struck an apartment building in Chernihiv overnight, injuring 5 people, "
    "the regional governor said on Saturday.\n"
)


def test_uploaded_article_appears_on_the_map(own_dashboard, page, tmp_path):
    dashboard = own_dashboard
    article = tmp_path / "chernihiv.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    page.goto(dashboard.url, timeout=LOAD_TIMEOUT_MS)
    before = markers_on_map(page)
    settle(page)
    with EventStore(str(dashboard.db)) as store:
        articles_before = store.count_articles()

    page.get_by_text("Add articles").click()
    page.locator('input[type="file"]').set_input_files(str(article))
    # The upload reruns the script; a click landing during that rerun is lost.
    page.get_by_text("chernihiv.txt").wait_for(timeout=LOAD_TIMEOUT_MS)
    settle(page)
    click_until_shown(page, "Find events in the files", "event(s) found")
    page.get_by_role("button", name="Save to the store").click()
    page.get_by_text("Stored 1 new article(s)").wait_for(timeout=LOAD_TIMEOUT_MS)

    with EventStore(str(dashboard.db)) as store:
        assert store.count_articles() == articles_before + 1
        assert any(e.place == "Chernihiv" for e in store.events())
    assert wait_for_markers(page, before + 1) == before + 1
    # The events table lists it (the grid keeps an accessible copy of its cells).
    page.locator('[data-testid^="glide-cell-"]', has_text="Chernihiv").first.wait_for(
        state="attached", timeout=LOAD_TIMEOUT_MS
    )


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_briefing_png_download(dashboard, page, tmp_path):
    from PIL import Image

    page.goto(dashboard.url, timeout=LOAD_TIMEOUT_MS)
    map_frame(page)
    settle(page)
    button = page.get_by_role("button", name="Briefing PNG")
    with page.expect_download(timeout=180_000) as download:
        button.click()
    path = tmp_path / "brief.png"
    download.value.save_as(path)
    data = path.read_bytes()
    width, height = _png_size(data)
    assert width >= 2400 and height > 1000
    image = Image.open(io.BytesIO(data)).convert("L").resize((200, 200))
    low, high = image.getextrema()
    assert high - low > 100  # not blank: dark text on a light page
    assert sum(1 for count in image.histogram() if count) > 20


def test_clicking_a_marker_shows_its_detail(dashboard, page):
    page.goto(dashboard.url, timeout=LOAD_TIMEOUT_MS)
    map_frame(page)
    with EventStore(str(dashboard.db)) as store:
        event = next(e for e in store.events() if e.level == "city" and e.place == "Kharkiv")
    page.goto(f"{dashboard.url}/?lat={event.lat}&lon={event.lon}&zoom=13", timeout=LOAD_TIMEOUT_MS)
    frame = map_frame(page)
    settle(page)
    hint = page.get_by_text("Select a row of the events table or click a marker")
    assert hint.is_visible()
    # The map is centred on the event: click the marker nearest the map's centre.
    nearest = frame.locator(".leaflet-container").evaluate(
        """(map) => {
            const box = map.getBoundingClientRect();
            const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
            const icons = [...map.querySelectorAll(".leaflet-marker-icon.sm-icon")];
            const distance = (icon) => {
                const r = icon.getBoundingClientRect();
                return Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
            };
            return icons.reduce((best, icon, i) => (
                distance(icon) < distance(icons[best]) ? i : best), 0);
        }"""
    )
    frame.locator(".leaflet-marker-icon.sm-icon").nth(nearest).click()
    detail = page.get_by_text("Event detail").locator(
        "xpath=ancestor::div[@data-testid='stColumn'][1]"
    )
    # The facts grid names the place (the grid keeps an accessible copy of its cells).
    cell = detail.locator('[data-testid^="glide-cell-"]', has_text=f"{event.place}, {event.parent}")
    cell.first.wait_for(state="attached", timeout=LOAD_TIMEOUT_MS)
    assert not hint.is_visible()
