"""The briefing PNG rendered in headless Chromium, offline."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hostile import HOSTILE_TEXTS, PWNED_NAME
from strikemap.exports.brief import render_brief
from strikemap.exports.browser import chromium
from strikemap.frames import events_to_frame
from strikemap.mapping import CATEGORY_STYLES

from .images import as_image, assert_not_blank, pixels_near
from .markup import parse, title_of

pytestmark = [
    pytest.mark.browser,
    pytest.mark.usefixtures("local_assets"),
]
GENERATED = datetime(2024, 6, 2, 7, 30, tzinfo=UTC)
MISSILE_RGB = tuple(int(CATEGORY_STYLES["missile"].colour[i : i + 2], 16) for i in (1, 3, 5))


@pytest.fixture(scope="module")
def browser():
    with chromium() as chrome:
        yield chrome


def test_brief_png_is_2x_wide_and_not_blank(sample_frame, browser):
    rendering = render_brief(
        sample_frame,
        title="Morning brief",
        filters_text="Dates: all dates",
        generated_at=GENERATED,
        allow_network=False,
        browser=browser,
    )
    image = as_image(rendering.png)
    assert image.width >= 2400 and image.width == 2 * 1200
    assert image.height > 1600
    assert_not_blank(image)
    map_image = as_image(rendering.map_png)
    assert map_image.width >= 2200
    # The missile marker (Kyiv) is drawn in the missile colour of the legend.
    assert pixels_near(map_image, MISSILE_RGB) > 100
    # Offline: only tiles were attempted, and they failed without stalling the render.
    assert all("tile" in url or "basemaps" in url for url in rendering.blocked_requests)


def test_brief_png_at_given_bounds(sample_frame, browser):
    bounds = {"_southWest": {"lat": 49.8, "lng": 35.9}, "_northEast": {"lat": 50.2, "lng": 36.7}}
    rendering = render_brief(
        sample_frame, bounds=bounds, generated_at=GENERATED, allow_network=False, browser=browser
    )
    assert as_image(rendering.png).width == 2400


def test_hostile_sources_in_the_png_page(hostile_frame, browser, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # render_brief raises UnsafeContentError if either page opens a dialog.
    rendering = render_brief(
        hostile_frame,
        title="{{ 7*7 }} ${alert(1)}",
        filters_text="text contains </script><script>alert(1)</script>",
        generated_at=GENERATED,
        allow_network=False,
        browser=browser,
    )
    markup = parse(rendering.html)
    text = markup.joined_text
    for value in HOSTILE_TEXTS:
        assert value in text  # the source title, literally
        assert f"{value} Press" in text
    assert title_of(rendering.html) == "{{ 7*7 }} ${alert(1)}"
    assert markup.tags.count("script") == 0 and markup.event_handlers() == []
    assert not (tmp_path / PWNED_NAME).exists()
    assert_not_blank(as_image(rendering.png))


def test_brief_of_a_view_without_events(sample_frame, browser):
    # Bounds over Lviv hold none of the events; the map must not wait for markers.
    bounds = ((49.7, 23.8), (50.0, 24.3))
    rendering = render_brief(
        sample_frame, bounds=bounds, generated_at=GENERATED, allow_network=False, browser=browser
    )
    assert pixels_near(as_image(rendering.map_png), MISSILE_RGB) == 0
    assert as_image(rendering.png).width == 2400


def test_brief_of_no_events(browser):
    rendering = render_brief(
        events_to_frame([]), generated_at=GENERATED, allow_network=False, browser=browser
    )
    assert "No sources" in parse(rendering.html).joined_text
    assert_not_blank(as_image(rendering.png))


def test_missing_leaflet_is_reported(sample_frame, browser, monkeypatch, tmp_path):
    # No local vendor copies and no internet: Leaflet never loads.
    monkeypatch.setattr("strikemap.assets.VENDOR_DIR", tmp_path)
    monkeypatch.setattr("strikemap.exports.brief.MARKER_TIMEOUT_MS", 1_500)
    with pytest.raises(RuntimeError, match="Leaflet did not load"):
        render_brief(sample_frame, allow_network=False, browser=browser)
