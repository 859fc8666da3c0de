"""The standalone HTML map: inline assets, offline in Chromium, hostile text inert."""

from __future__ import annotations

import pytest
from hostile import HOSTILE_TEXTS, PWNED_NAME
from strikemap.exports.browser import block_network, chromium
from strikemap.exports.standalone import to_standalone_html

from .markup import parse

pytestmark = pytest.mark.usefixtures("local_assets")
# Generous: the machine may be busy; every wait is on a condition, so passing is quick.
WAIT_MS = 60_000

# Tiles are the one thing the page may fetch; every other request is a leak.
TILE_HOSTS = ("tile.openstreetmap.org", "basemaps.cartocdn.com", "arcgisonline.com")


def test_every_script_and_style_is_inline(sample_frame):
    markup = parse(to_standalone_html(sample_frame, title="Kyiv strikes"))
    assert markup.tags.count("script") > 3
    sources = [(tag, name, value) for tag, name, value in markup.attributes if name == "src"]
    assert [s for s in sources if s[0] == "script"] == []
    assert [a for a in markup.attributes if a[0] == "link"] == []
    assert any("L.map(" in script for script in markup.scripts)


def test_summary_panel(sample_frame):
    text = parse(
        to_standalone_html(sample_frame, title="Kyiv strikes", filters_text="weapons: missile")
    ).joined_text
    assert "Kyiv strikes" in text
    assert "weapons: missile" in text
    # Killed and injured include unknown and "at least" figures: the totals are lower bounds.
    assert "3 events · ≥ 3 killed · ≥ 16 injured · 3 places" in text


@pytest.mark.parametrize("value", HOSTILE_TEXTS)
def test_hostile_title_and_filters_are_literal(sample_frame, value, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    html = to_standalone_html(sample_frame, title=value, filters_text=value)
    markup = parse(html)
    panel_text = markup.joined_text
    assert panel_text.count(value) >= 2
    assert markup.event_handlers() == []
    assert not any(s.strip() == "alert(1)" for s in markup.scripts)
    assert not (tmp_path / PWNED_NAME).exists()


def test_hostile_events_leave_no_markup(hostile_frame, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    html = to_standalone_html(hostile_frame, title="Odesa")
    markup = parse(html)
    assert markup.event_handlers() == []
    assert "img" not in markup.tags
    assert not any(s.strip() == "alert(1)" for s in markup.scripts)
    assert not (tmp_path / PWNED_NAME).exists()


def _open_offline(html: str, tmp_path, browser):
    path = tmp_path / "map.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    blocked = block_network(page)
    page.goto(path.as_uri(), wait_until="load")
    return page, blocked, dialogs


@pytest.mark.browser
def test_opens_offline_with_markers(sample_frame, tmp_path):
    html = to_standalone_html(sample_frame, title="Kyiv strikes", center=(50.2, 33.0), zoom=7)
    with chromium() as browser:
        page, blocked, dialogs = _open_offline(html, tmp_path, browser)
        page.wait_for_selector(".leaflet-marker-icon", timeout=WAIT_MS)
        assert page.locator(".leaflet-marker-icon").count() >= 1
        assert page.inner_text("#strikemap-summary").startswith("Kyiv strikes")
    assert dialogs == []
    leaks = [url for url in blocked if not any(host in url for host in TILE_HOSTS)]
    assert leaks == []


@pytest.mark.browser
def test_hostile_popups_fire_no_dialog(hostile_frame, tmp_path):
    html = to_standalone_html(hostile_frame, title="${alert(1)}", center=(46.51, 30.72), zoom=13)
    with chromium() as browser:
        page, _, dialogs = _open_offline(html, tmp_path, browser)
        page.wait_for_selector(".leaflet-marker-icon", timeout=WAIT_MS)
        icons = page.locator(".leaflet-marker-icon.sm-icon")
        assert icons.count() == len(HOSTILE_TEXTS)
        texts = []
        for i in range(icons.count()):
            icons.nth(i).dispatch_event("click")
            popup = page.locator(".leaflet-popup-content").last
            popup.wait_for(timeout=WAIT_MS)
            texts.append(popup.inner_text())
            page.keyboard.press("Escape")
        assert page.inner_text("#strikemap-summary").startswith("${alert(1)}")
    assert dialogs == []
    shown = "\n".join(texts)
    # Each popup shows its source title literally (markers are in no particular order).
    assert all(value in shown for value in HOSTILE_TEXTS)
