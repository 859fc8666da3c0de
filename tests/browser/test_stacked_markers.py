"""Events stacked on one point: a count badge, spread out on click, each its own detail.

The seeds hold three strikes on Kyiv city, all geocoded to the city's one point
(50.4547, 30.5238). The expectations below are written from the seed articles.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

LOAD_TIMEOUT_MS = 90_000
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
KYIV = (50.4547, 30.5238)
#: The three Kyiv city events of the seeds: date -> killed, as the popup shows it.
KYIV_EVENTS = {"2022-10-17": "unknown", "2024-01-02": "2", "2025-11-14": "4"}


def _map(page, zoom: int = 13):
    page.goto(
        f"{page.dashboard_url}/?lat={KYIV[0]}&lon={KYIV[1]}&zoom={zoom}", timeout=LOAD_TIMEOUT_MS
    )
    handle = page.wait_for_selector(MAP_IFRAME, timeout=LOAD_TIMEOUT_MS)
    frame = handle.content_frame()
    frame.wait_for_selector(".leaflet-marker-icon", timeout=LOAD_TIMEOUT_MS)
    # The map's first report reruns the script; wait until that rerun is over.
    page.wait_for_timeout(1500)
    page.wait_for_selector(
        '[data-testid="stStatusWidget"]', state="detached", timeout=LOAD_TIMEOUT_MS
    )
    return frame


def _kyiv_group(frame):
    """Return the group icon drawn on Kyiv city's point (the one nearest the centre)."""
    groups = frame.locator(".leaflet-marker-icon.sm-cluster")
    groups.first.wait_for(timeout=LOAD_TIMEOUT_MS)
    nearest = frame.locator(".leaflet-container").evaluate(
        """(map) => {
            const box = map.getBoundingClientRect();
            const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
            const icons = [...map.querySelectorAll(".leaflet-marker-icon.sm-cluster")];
            const distance = (icon) => {
                const r = icon.getBoundingClientRect();
                return Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
            };
            return icons.reduce((best, icon, i) => (
                distance(icon) < distance(icons[best]) ? i : best), 0);
        }"""
    )
    return groups.nth(nearest)


def _spread(frame, group) -> list:
    """Click a group icon and return the markers it spreads out, nearest it first."""
    box = group.bounding_box()
    centre = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    group.click()
    frame.wait_for_selector(".leaflet-marker-icon.sm-icon", timeout=LOAD_TIMEOUT_MS)
    frame.page.wait_for_timeout(600)  # the spreading animation
    near = []
    icons = frame.locator(".leaflet-marker-icon.sm-icon")
    for number in range(icons.count()):
        r = icons.nth(number).bounding_box()
        if r is None:
            continue
        x, y = r["x"] + r["width"] / 2, r["y"] + r["height"] / 2
        distance = ((x - centre[0]) ** 2 + (y - centre[1]) ** 2) ** 0.5
        if distance < 120:
            near.append((distance, (round(x), round(y)), icons.nth(number)))
    return sorted(near, key=lambda item: item[0])


@pytest.fixture
def kyiv_page(dashboard, page):
    page.dashboard_url = dashboard.url
    return page


def test_stacked_markers_show_their_count_and_spread_out_on_click(kyiv_page):
    frame = _map(kyiv_page)
    group = _kyiv_group(frame)
    assert group.inner_text().strip() == str(len(KYIV_EVENTS))
    spread = _spread(frame, group)
    assert len(spread) == len(KYIV_EVENTS)
    # Spread out: three markers at three different places on the screen.
    assert len({position for _, position, _ in spread}) == len(KYIV_EVENTS)


def test_each_stacked_marker_shows_its_own_event_in_popup_and_detail(kyiv_page):
    page = kyiv_page
    frame = _map(page)
    spread = _spread(frame, _kyiv_group(frame))
    assert len(spread) == len(KYIV_EVENTS)
    detail = page.get_by_text("Event detail").locator(
        "xpath=ancestor::div[@data-testid='stColumn'][1]"
    )
    seen = {}
    for _, _, marker in spread:
        marker.click()
        popup = frame.locator(".leaflet-popup-content .sm-popup").last
        popup.wait_for(timeout=10_000)
        assert popup.locator(".sm-title").inner_text().startswith("Kyiv, Kyiv City")
        text = popup.inner_text()
        day = next(d for d in KYIV_EVENTS if f"Date: {d}" in text)
        assert f"Killed: {KYIV_EVENTS[day]}" in text
        seen[day] = True
        # The detail panel shows the same event: its date and its killed figure.
        for value in (day, KYIV_EVENTS[day]):
            cell = detail.locator('[data-testid^="glide-cell-"]', has_text=value)
            cell.first.wait_for(state="attached", timeout=LOAD_TIMEOUT_MS)
        for other in set(KYIV_EVENTS) - {day}:
            assert detail.locator('[data-testid^="glide-cell-"]', has_text=other).count() == 0
    assert set(seen) == set(KYIV_EVENTS)
