"""The briefing PNG: the map of the current view with title, filters, counts and sources.

Two pages are rendered in the system Chromium at device scale factor 2:

1. the map (:mod:`strikemap.exports.map_document`) at the size it takes in the
   briefing, screenshotted once its markers are drawn. Tiles get a short, bounded
   wait; offline they fail and the base map's outline layer shows instead;
2. the briefing page (:mod:`strikemap.exports.brief_page`, no scripts) with that
   map image, screenshotted whole: ``width`` CSS pixels give ``2 * width`` pixels.

A JavaScript dialog on either page means some text ran as code; rendering then
stops with :class:`UnsafeContentError` instead of producing an image.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pandas as pd
from playwright.sync_api import Browser, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from strikemap.exports.brief_page import MAP_HEIGHT, PAGE_MARGIN, brief_page_html
from strikemap.exports.brief_slide import (
    SLIDE_HEIGHT,
    SLIDE_WIDTH,
    slide_map_size,
    slide_page_html,
)
from strikemap.exports.browser import block_network, chromium, run_outside_event_loop
from strikemap.exports.map_document import (
    Bounds,
    build_export_map,
    map_document,
    normalize_bounds,
    tile_credit,
)

__all__ = [
    "DEVICE_SCALE_FACTOR",
    "LAYOUTS",
    "BriefRendering",
    "UnsafeContentError",
    "legend_items",
    "render_brief",
    "render_brief_png",
]

DEVICE_SCALE_FACTOR = 2
#: ``page``: portrait, for documents; ``slide``: 16:9, 1920 x 1080 CSS px.
LAYOUTS = ("page", "slide")
#: Bound on waiting for the map page to load and draw its markers.
MARKER_TIMEOUT_MS = 20_000
#: Bound on waiting for tiles after the markers are drawn; offline they never come.
TILE_TIMEOUT_MS = 4_000
_MAP_BORDER = 1

# Leaflet keeps its map objects in globals named map_<id> (folium's naming). The
# count is of point layers (pins, circle markers, cluster icons) on the first map,
# -1 until that map has loaded; outlines and tiles are not counted.
_POINT_COUNT = """
() => {
  if (typeof L === "undefined") return -1;
  const maps = Object.keys(window)
    .filter((k) => k.startsWith("map_") && window[k] instanceof L.Map)
    .map((k) => window[k]);
  if (!maps.length || !maps[0]._loaded) return -1;
  let points = 0;
  maps[0].eachLayer((layer) => {
    if (layer instanceof L.Marker || layer instanceof L.CircleMarker) points += 1;
  });
  return points;
}
"""
#: Markers may arrive in steps (compressed payloads, chunked clustering): the
#: count must stay the same this long before the map counts as drawn.
STABLE_MS = 300
_TILES_SETTLED = """
() => Array.from(document.querySelectorAll("img.leaflet-tile")).every((img) => img.complete)
"""
# Whether any map tile drew (Leaflet marks a tile loaded only when its image arrived).
_TILES_SHOWN = """
() => Array.from(document.querySelectorAll("img.leaflet-tile"))
  .some((img) => img.complete && img.naturalWidth > 0)
"""


class UnsafeContentError(RuntimeError):
    """Raised when a page being rendered opened a JavaScript dialog."""


@dataclass
class BriefRendering:
    """The briefing PNG with the page it was taken from (for inspection and tests)."""

    png: bytes
    html: str
    map_png: bytes
    blocked_requests: list[str] = field(default_factory=list)
    #: Attribution of the tiles the map shows; ``None`` for the outline base map.
    tile_credit: str | None = None
    #: The map page that was screenshotted.
    map_html: str = ""


def legend_items() -> tuple[list[tuple[str, str]], list[str]]:
    """Return the map helper's legend: ``(label, colour)`` per weapon, and size classes."""
    from strikemap.mapping import legend_payload

    categories, size_classes = legend_payload()
    return [(label, colour) for _code, label, colour in categories], list(size_classes)


def _expected_points(frame: pd.DataFrame, view: Bounds | None, fitted: bool) -> int:
    """Return 1 when the map must show a point marker before it is screenshotted, else 0.

    Regions are drawn as outlines, and marker clustering only adds the markers
    inside the view, so a point is expected when one lies in the view: inside the
    given bounds, or anywhere when the view was fitted to the events. With only a
    centre and zoom the view is unknown and nothing is awaited beyond the map itself.
    """
    if frame.empty or (view is None and not fitted):
        return 0
    points = frame["lat"].notna() & frame["lon"].notna() & (frame["level"] != "region")
    if view is not None:
        (south, west), (north, east) = view
        points &= frame["lat"].between(south, north) & frame["lon"].between(west, east)
    return int(bool(points.any()))


def _guard(page: Page, dialogs: list[str]) -> None:
    def on_dialog(dialog: Any) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)


def _check(dialogs: list[str], what: str) -> None:
    if dialogs:
        raise UnsafeContentError(f"the {what} opened a JavaScript dialog: {dialogs[0]!r}")


def _wait_for_markers(page: Page, expected: int) -> None:
    """Wait until the map has loaded, shows ``expected`` points and the count is stable."""
    deadline = time.monotonic() + MARKER_TIMEOUT_MS / 1000
    try:
        page.wait_for_function(
            f"() => ({_POINT_COUNT})() >= {int(expected)}", timeout=MARKER_TIMEOUT_MS
        )
        previous = -1
        while time.monotonic() < deadline:
            count = page.evaluate(_POINT_COUNT)
            if count == previous:
                return
            previous = count
            page.wait_for_timeout(STABLE_MS)
    except PlaywrightTimeout:
        pass
    message = f"the map did not draw its markers within {MARKER_TIMEOUT_MS / 1000:.0f} s"
    if page.evaluate("typeof L") == "undefined":
        message += (
            "; Leaflet did not load (no local copy and no internet: run scripts/fetch_assets.py)"
        )
    raise RuntimeError(message)


def _render_map(
    browser: Browser,
    document: str,
    *,
    width: int,
    height: int,
    expected_points: int,
    allow_network: bool,
    blocked: list[str],
    scale: int = DEVICE_SCALE_FACTOR,
) -> tuple[bytes, bool]:
    """Return the map's screenshot and whether any map tile drew on it."""
    context = browser.new_context(
        viewport={"width": width, "height": height}, device_scale_factor=scale
    )
    try:
        page = context.new_page()
        dialogs: list[str] = []
        _guard(page, dialogs)
        blocked_here = [] if allow_network else block_network(page)
        page.set_default_timeout(MARKER_TIMEOUT_MS)
        # Not "load": that would wait for tile images, which may hang without internet.
        page.set_content(document, wait_until="domcontentloaded", timeout=MARKER_TIMEOUT_MS)
        _wait_for_markers(page, expected_points)
        # Slow or absent tiles are not waited for: the outline base map is already drawn.
        with contextlib.suppress(PlaywrightTimeout):
            page.wait_for_function(_TILES_SETTLED, timeout=TILE_TIMEOUT_MS)
        # Let the last animation frame (canvas markers, fade-ins) paint.
        page.evaluate(
            "() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))"
        )
        _check(dialogs, "map page")
        png = page.screenshot(type="png")
        blocked.extend(blocked_here)
        return png, bool(page.evaluate(_TILES_SHOWN))
    finally:
        context.close()


def _render_page(
    browser: Browser, html: str, *, width: int, height: int = 800, scale: int = DEVICE_SCALE_FACTOR
) -> bytes:
    context = browser.new_context(
        viewport={"width": width, "height": height},
        device_scale_factor=scale,
        java_script_enabled=False,
    )
    try:
        page = context.new_page()
        dialogs: list[str] = []
        _guard(page, dialogs)
        # The page embeds everything as data URIs; anything else is a bug, never fetched.
        block_network(page)
        page.set_content(html, wait_until="load", timeout=MARKER_TIMEOUT_MS)
        _check(dialogs, "briefing page")
        return page.screenshot(type="png", full_page=True)
    finally:
        context.close()


def _page_html(layout: str, frame: pd.DataFrame, map_png: bytes, **kwargs: Any) -> str:
    legend, size_classes = legend_items()
    if layout == "slide":
        kwargs.pop("width", None)
        return slide_page_html(
            frame, map_png=map_png, legend=legend, size_classes=size_classes, **kwargs
        )
    return brief_page_html(
        frame, map_png=map_png, legend=legend, size_classes=size_classes, **kwargs
    )


def render_brief(
    frame: pd.DataFrame,
    *,
    title: str = "Strike briefing",
    filters_text: str = "All events, no filters",
    bounds: Any = None,
    center: Sequence[float] | None = None,
    zoom: int | None = None,
    generated_at: datetime | None = None,
    width: int = 1200,
    allow_network: bool = True,
    browser: Browser | None = None,
    layout: str = "page",
    scale: int = DEVICE_SCALE_FACTOR,
    tiles: Any = "OpenStreetMap",
) -> BriefRendering:
    """Render the briefing and return the PNG together with the page it shows.

    Parameters
    ----------
    frame
        The filtered events (``strikemap.frames.events_to_frame``).
    title, filters_text
        Heading and the filters in words (untrusted; escaped).
    bounds, center, zoom
        The user's current view; see
        :func:`strikemap.exports.map_document.build_export_map`.
    generated_at
        Time stamp for the footer; default now (UTC).
    width
        Page width in CSS pixels; the PNG is twice as wide.
    allow_network
        ``False`` draws the offline outline base map, with the oblast centres
        named, and aborts every request of the map page. With ``True``, when no
        tile loads (no internet) the map is drawn the same offline way and the
        briefing credits no tiles.
    browser
        A running browser to reuse; default launches :func:`chromium`.
    layout
        ``page`` (portrait, ``width`` wide) or ``slide`` (16:9, 1920 x 1080 CSS px).
    scale
        Device scale factor: the image has ``scale`` pixels per CSS pixel (a
        slide at 2 is 3840 x 2160).
    tiles
        Tile layer when the network is allowed: a folium name, or an
        ``xyzservices.TileProvider`` (URL template with its attribution).

    Raises
    ------
    UnsafeContentError
        When a page opened a JavaScript dialog.
    strikemap.exports.browser.ChromiumMissingError
        When Chromium is not installed.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
    if scale not in (1, 2, 3):
        raise ValueError(f"scale must be 1, 2 or 3, not {scale!r}")
    generated_at = generated_at or datetime.now(UTC)
    view = normalize_bounds(bounds)

    def export_map(tile_layer: str | None) -> Any:
        # The page beside or below the map carries the legend, so the map itself does not.
        return build_export_map(
            frame,
            bounds=view,
            center=center,
            zoom=zoom,
            legend=False,
            static=True,
            tiles=tile_layer,
        )

    fmap = export_map(tiles if allow_network else None)
    if layout == "slide":
        map_width, map_height = slide_map_size()
    else:
        map_width = width - 2 * PAGE_MARGIN - 2 * _MAP_BORDER
        map_height = MAP_HEIGHT - 2 * _MAP_BORDER
    blocked: list[str] = []

    expected = _expected_points(
        frame, view, fitted=view is None and center is None and zoom is None
    )

    def run(chrome: Browser) -> BriefRendering:
        options = {"width": map_width, "height": map_height, "expected_points": expected}
        map_html = map_document(fmap)
        map_png, tiles_shown = _render_map(
            chrome,
            map_html,
            allow_network=allow_network,
            blocked=blocked,
            scale=scale,
            **options,
        )
        credit = tile_credit(fmap)
        if credit and not tiles_shown:
            # No tile loaded (offline): draw what ``allow_network=False`` draws, the
            # outline base map with the oblast centres named, and credit no tiles.
            map_html = map_document(export_map(None))
            map_png, _ = _render_map(
                chrome,
                map_html,
                allow_network=False,
                blocked=blocked,
                scale=scale,
                **options,
            )
            credit = None
        html = _page_html(
            layout,
            frame,
            map_png,
            title=title,
            filters_text=filters_text,
            generated_at=generated_at,
            tile_credit=credit,
            width=width,
        )
        if layout == "slide":
            png = _render_page(chrome, html, width=SLIDE_WIDTH, height=SLIDE_HEIGHT, scale=scale)
        else:
            png = _render_page(chrome, html, width=width, scale=scale)
        return BriefRendering(
            png=png,
            html=html,
            map_png=map_png,
            blocked_requests=blocked,
            tile_credit=credit,
            map_html=map_html,
        )

    if browser is not None:
        return run(browser)

    def launch_and_run() -> BriefRendering:
        with chromium() as chrome:
            return run(chrome)

    return run_outside_event_loop(launch_and_run)


def render_brief_png(
    frame: pd.DataFrame,
    *,
    title: str = "Strike briefing",
    filters_text: str = "All events, no filters",
    bounds: Any = None,
    center: Sequence[float] | None = None,
    zoom: int | None = None,
    generated_at: datetime | None = None,
    width: int = 1200,
    allow_network: bool = True,
    layout: str = "page",
    scale: int = DEVICE_SCALE_FACTOR,
) -> bytes:
    """Return the briefing PNG (``2 * width`` pixels wide); see :func:`render_brief`."""
    return render_brief(
        frame,
        title=title,
        filters_text=filters_text,
        bounds=bounds,
        center=center,
        zoom=zoom,
        generated_at=generated_at,
        width=width,
        allow_network=allow_network,
        layout=layout,
        scale=scale,
    ).png
