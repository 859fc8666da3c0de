"""The map in headless Chromium with no internet: markers drawn, popups inert."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from hostile import HOSTILE_TEXTS, HOSTILE_URL
from strikemap.mapping import CATEGORY_STYLES, build_base_map, build_strike_layer

pytestmark = pytest.mark.browser
# Generous: the machine may be busy; every wait is on a condition, so passing is quick.
WAIT_MS = 60_000


def _open(page_url: str, viewport: tuple[int, int] = (1400, 1000)):
    """Yield (page, dialogs, blocked) for ``page_url`` with only localhost reachable."""
    from strikemap.exports.browser import chromium

    with chromium() as browser:
        page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
        dialogs: list[str] = []
        blocked: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

        def route(route):
            host = urlsplit(route.request.url).hostname
            if host in ("127.0.0.1", "localhost"):
                route.continue_()
            else:
                blocked.append(route.request.url)
                route.abort("internetdisconnected")

        page.route("**/*", route)
        page.goto(page_url)
        yield page, dialogs, blocked


def _write_map(site, frame, *, tiles, regions=None, cluster=False, compress=None, zoom=5) -> str:
    base_url, root = site
    fmap = build_base_map(tiles=tiles, zoom=zoom, center=(49.0, 31.0))
    layer = build_strike_layer(frame, regions=regions, cluster=cluster, compress=compress)
    fmap.add_child(layer)
    (root / "map.html").write_text(fmap.get_root().render(), encoding="utf-8")
    return f"{base_url}/map.html"


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "deflated"])
def test_every_popup_shows_literal_text_and_nothing_runs(
    static_site, hostile_frame, compress
) -> None:
    url = _write_map(static_site, hostile_frame, tiles=None, compress=compress)
    for page, dialogs, blocked in _open(url):
        markers = page.locator(".leaflet-marker-icon.sm-icon")
        markers.first.wait_for(timeout=WAIT_MS)
        assert markers.count() == len(HOSTILE_TEXTS)
        seen = set()
        for position in range(markers.count()):
            # Markers are drawn by a marker group, in an order of its own: the
            # popup's title says which event a marker is.
            markers.nth(position).click()
            popup = page.locator(".leaflet-popup-content .sm-popup")
            popup.wait_for(timeout=WAIT_MS)
            text = popup.inner_text()
            number = int(re.match(r"Place (\d+) ", popup.locator(".sm-title").inner_text())[1])
            seen.add(number)
            value = HOSTILE_TEXTS[number]
            assert f"Evidence {value} end." in text
            # The source is shown by publisher, or by title when there is none.
            assert value in popup.locator(".sm-source").inner_text()
            assert HOSTILE_URL in text
            assert popup.locator("a").count() == 0
            assert popup.locator("img, script").count() == 0
            assert "49" not in text.replace("2024", "")
            assert popup.locator(".sm-title").inner_text().startswith(f"Place {number} {value}")
            page.locator(".leaflet-popup-close-button").click()
            # A closed popup fades out before it leaves the page.
            page.locator(".leaflet-popup").wait_for(state="detached", timeout=WAIT_MS)
            markers.nth(position).hover()
            tooltip = page.locator(".leaflet-tooltip .sm-tooltip", has_text=f"Place {number} ")
            tooltip.wait_for(timeout=WAIT_MS)
            assert tooltip.inner_text() == f"Place {number} {value} · 2024-01-0{number + 1}"
        assert seen == set(range(len(HOSTILE_TEXTS)))
        page.wait_for_timeout(300)
        assert dialogs == []
        assert page.evaluate("document.querySelectorAll('img[src=x]').length") == 0
        assert blocked == []


def test_markers_load_offline_with_tiles_blocked(static_site, hostile_frame) -> None:
    url = _write_map(static_site, hostile_frame, tiles="OpenStreetMap", cluster=True)
    for page, dialogs, blocked in _open(url):
        page.locator(".leaflet-marker-icon").first.wait_for(timeout=WAIT_MS)
        assert page.locator(".sm-legend").count() == 1
        # Only tile requests may have tried to leave the machine.
        assert blocked
        assert all("tile.openstreetmap.org" in u for u in blocked), blocked
        assert dialogs == []


def test_clustered_deflated_layer_without_tiles(static_site) -> None:
    """The offline case: no tile layer, so the map itself must give MarkerCluster a max zoom."""
    from strikemap.frames import events_to_frame

    from .conftest import make_event

    events = [make_event(n, lat=48.0 + n * 0.001, lon=30.0) for n in range(50)]
    url = _write_map(static_site, events_to_frame(events), tiles=None, cluster=True, compress=True)
    for page, dialogs, blocked in _open(url):
        cluster = page.locator(".leaflet-marker-icon.sm-cluster")
        cluster.first.wait_for(timeout=WAIT_MS)
        assert cluster.count() == 1
        assert cluster.inner_text().strip() == "50"
        assert dialogs == [] and blocked == []


def test_region_event_is_drawn_as_outline(static_site, region_index) -> None:
    from strikemap.frames import events_to_frame

    from .conftest import make_event

    frame = events_to_frame(
        [
            make_event(1, place="Kharkiv Oblast", level="region", iso_region="UA-63"),
            make_event(2, place="Kyiv", lat=50.45, lon=30.52),
        ]
    )
    url = _write_map(static_site, frame, tiles=None, regions=region_index)
    for page, dialogs, _blocked in _open(url):
        page.locator(".leaflet-marker-icon").first.wait_for(timeout=WAIT_MS)
        assert page.locator(".leaflet-marker-icon").count() == 1
        disc = page.locator(".leaflet-marker-icon.sm-missile svg circle")
        assert disc.get_attribute("fill") == CATEGORY_STYLES["missile"].colour
        region = page.locator("path.leaflet-interactive.sm-region")
        assert region.count() == 1
        assert region.get_attribute("stroke") == CATEGORY_STYLES["missile"].colour
        region.click()
        popup = page.locator(".leaflet-popup-content .sm-popup")
        popup.wait_for(timeout=WAIT_MS)
        assert "Kharkiv Oblast" in popup.inner_text()
        anchor = popup.locator(".sm-source a")
        assert anchor.get_attribute("href") == "https://news.example.org/report"
        assert anchor.get_attribute("rel") == "noopener noreferrer"
        assert anchor.get_attribute("target") == "_blank"
        assert anchor.inner_text() == "Test Wire"
        assert dialogs == []


def test_optional_layers_draw(static_site, region_index) -> None:
    from strikemap.frames import events_to_frame
    from strikemap.mapping import (
        build_choropleth_layer,
        build_heatmap_layer,
        build_timeline_layer,
    )

    from .conftest import make_event

    # make_event(n) happened on 2024-01-(n + 1); nothing happened on 2024-01-04.
    frame = events_to_frame(
        [
            make_event(1, iso_region="UA-63", lat=49.9, lon=36.2, killed=3),
            make_event(2, iso_region="UA-32", lat=50.4, lon=30.5, killed=2),
            make_event(4, iso_region="UA-32", lat=50.5, lon=30.6),
            make_event(11, iso_region="UA-32", lat=50.5, lon=32.6, killed=1),
        ]
    )
    base_url, root = static_site
    fmap = build_base_map(tiles=None, zoom=6, center=(49.8, 33.0))
    for group in (
        build_heatmap_layer(frame),
        build_choropleth_layer(frame, regions=region_index),
        build_timeline_layer(frame),
        build_strike_layer(frame),
    ):
        fmap.add_child(group)
    (root / "layers.html").write_text(fmap.get_root().render(), encoding="utf-8")
    for page, dialogs, blocked in _open(f"{base_url}/layers.html"):
        page.locator(".sm-timeline").wait_for(timeout=WAIT_MS)
        assert page.locator("canvas.leaflet-heatmap-layer").count() == 1
        assert page.locator("path.sm-choropleth").count() == 2
        day = page.locator(".sm-timeline .sm-day")
        icons = page.locator(".leaflet-marker-icon.sm-icon")
        # Only the current day's strikes are on the map, with that day's counts.
        page.wait_for_function("document.querySelectorAll('.sm-icon').length === 1")
        assert day.inner_text() == "2024-01-02 · 1 event · ≥ 3 killed"
        slider = page.locator(".sm-timeline .sm-slider")
        # The third step is the third day with strikes: 2024-01-04 is skipped.
        slider.fill("2")
        assert day.inner_text() == "2024-01-05 · 1 event · ≥ 0 killed"
        assert icons.count() == 1
        page.locator(".sm-timeline .sm-play").click()
        page.locator(".sm-timeline .sm-day", has_text="2024-01-12").wait_for(timeout=WAIT_MS)
        assert icons.count() == 1
        assert dialogs == [] and blocked == []


def test_a_popup_on_a_phone_opens_clear_of_the_zoom_buttons(static_site) -> None:
    """On a phone's map (about 330 x 490 px) the +/- buttons never cover a popup.

    The marker sits near the top of the view, so its popup opens upwards, where
    the zoom buttons are; the popup's first line (the place) must stay readable.
    Its confidence is unknown and says so, never "0%".
    """
    from strikemap.frames import events_to_frame

    from .conftest import make_event

    event = make_event(
        1,
        place="Kharkiv",
        lat=50.0,
        lon=30.0,
        evidence="The city of Kharkiv was also under a massive missile attack, the mayor said.",
        title="Missiles and drones strike Kharkiv overnight as the mayor reports injured",
        publisher=None,
    )
    frame = events_to_frame([event])
    frame["confidence"] = None
    # The marker is then panned to 40 px below the top edge, under the zoom buttons.
    url = _write_map(static_site, frame, tiles=None, zoom=6)
    for page, dialogs, _blocked in _open(url, viewport=(330, 490)):
        marker = page.locator(".leaflet-marker-icon").first
        marker.wait_for(timeout=WAIT_MS)
        page.evaluate(
            """() => {
              const map = Object.keys(window).filter((k) => k.startsWith("map_"))
                .map((k) => window[k]).find((m) => m instanceof L.Map);
              // The marker 40 px below the map's top edge, centred horizontally.
              const size = map.getSize();
              const point = map.latLngToContainerPoint([50.0, 30.0]);
              map.panBy([point.x - size.x / 2, point.y - 40], { animate: false });
            }"""
        )
        marker.click()
        popup = page.locator(".leaflet-popup")
        popup.wait_for(timeout=WAIT_MS)
        page.wait_for_timeout(800)  # the auto-pan animation
        card = page.locator(".leaflet-popup-content-wrapper").bounding_box()
        zoom = page.locator(".leaflet-control-zoom").bounding_box()
        assert card is not None and zoom is not None
        assert card["width"] > 330 - 2 * 44, card  # as wide as on a phone: no room beside
        apart = (
            card["x"] >= zoom["x"] + zoom["width"]
            or card["y"] >= zoom["y"] + zoom["height"]
            or card["x"] + card["width"] <= zoom["x"]
            or card["y"] + card["height"] <= zoom["y"]
        )
        assert apart, (card, zoom)
        # The whole card is inside the map: nothing of it was pushed out of sight.
        assert card["y"] >= 0 and card["y"] + card["height"] <= 490, card
        text = page.locator(".leaflet-popup-content").inner_text()
        assert "Confidence: unknown" in text and "0%" not in text
        assert dialogs == []
