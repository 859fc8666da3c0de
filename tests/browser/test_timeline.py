"""Timeline playback in the running app: the page's counts follow the map's day.

The seeds' newest day, 14 November 2025, has four events (Kyiv city and the
Kharkiv, Odesa and Sumy oblasts, all from one article).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

LOAD_TIMEOUT_MS = 90_000
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'


def _settle(page) -> None:
    page.wait_for_timeout(1500)
    page.wait_for_selector(
        '[data-testid="stStatusWidget"]', state="detached", timeout=LOAD_TIMEOUT_MS
    )


def test_the_counts_follow_the_day_the_timeline_shows(dashboard, page):
    page.goto(f"{dashboard.url}/?timeline=true", timeout=LOAD_TIMEOUT_MS)
    frame = page.wait_for_selector(MAP_IFRAME, timeout=LOAD_TIMEOUT_MS).content_frame()
    frame.wait_for_selector(".sm-timeline .sm-slider", timeout=LOAD_TIMEOUT_MS)
    _settle(page)
    events = page.locator('[data-testid="stMetricValue"]').first
    assert events.inner_text() == "14"
    slider = frame.locator(".sm-timeline .sm-slider")
    slider.focus()
    slider.press("End")  # the last day with events
    page.get_by_text("Timeline: 2025-11-14").wait_for(timeout=LOAD_TIMEOUT_MS)
    _settle(page)
    assert events.inner_text() == "4"
    # The map was kept through the reruns: it still shows that day, not the first one.
    frame = page.wait_for_selector(MAP_IFRAME, timeout=LOAD_TIMEOUT_MS).content_frame()
    day = frame.locator(".sm-timeline .sm-day").inner_text()
    assert day.startswith("2025-11-14 · 4 events"), day
