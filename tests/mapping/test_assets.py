"""Local map assets: URL table, rewrite to /app/static, CDN fallback, inlining."""

from __future__ import annotations

import re

import folium
import folium.plugins
import pytest
from strikemap.assets import (
    ASSETS,
    OPTIONAL_CDN_URLS,
    STATIC_URL_PREFIX,
    VENDOR_DIR,
    inline_assets,
    local_asset_path,
    use_local_assets,
)
from strikemap.mapping import build_base_map, build_heatmap_layer, build_strike_layer
from strikemap.mapping.regions import Outlines

from .conftest import make_event

needs_assets = pytest.mark.usefixtures("local_assets")


def _folium_urls() -> set[str]:
    """Every CDN URL of the folium classes strikemap maps use."""
    urls: set[str] = set()
    for cls in (folium.Map, folium.plugins.MarkerCluster, folium.plugins.HeatMap):
        urls.update(url for _, url in cls.default_js)
        urls.update(url for _, url in cls.default_css)
    return urls


def test_every_folium_url_is_vendored_or_optional() -> None:
    known = {asset.cdn_url for asset in ASSETS} | OPTIONAL_CDN_URLS
    assert _folium_urls() <= known


@needs_assets
def test_every_asset_has_a_local_file() -> None:
    for asset in ASSETS:
        path = local_asset_path(asset.cdn_url)
        assert path is not None and path.stat().st_size > 0, asset.cdn_url
    assert local_asset_path("/app/static/vendor/../../../etc/passwd") is None
    assert local_asset_path("https://example.org/unknown.js") is None


@needs_assets
def test_map_page_uses_only_local_assets() -> None:
    from strikemap.frames import events_to_frame

    frame = events_to_frame([make_event(1)])
    fmap = build_base_map(outlines=Outlines([], []))
    fmap.add_child(build_strike_layer(frame))
    fmap.add_child(build_heatmap_layer(frame))
    page = fmap.get_root().render()
    links = re.findall(r'<(?:script|link)\b[^>]*(?:src|href)="([^"]+)"', page)
    assert links
    assert all(link.startswith(STATIC_URL_PREFIX) for link in links), links


def test_cdn_fallback_when_assets_are_missing(tmp_path) -> None:
    fmap = folium.Map()
    assert use_local_assets(fmap, vendor_dir=tmp_path) is False
    page = fmap.get_root().render()
    assert "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js" in page


@needs_assets
def test_fontawesome_webfonts_and_leaflet_images_are_present() -> None:
    css = local_asset_path(
        "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css"
    )
    assert css is not None
    for reference in set(re.findall(r"url\(([^)]+)\)", css.read_text(encoding="utf-8"))):
        target = (css.parent / reference.strip("'\"").split("?")[0]).resolve()
        assert target.is_file(), reference
    assert (VENDOR_DIR / "leaflet" / "dist" / "images" / "layers.png").is_file()


@needs_assets
def test_inline_assets_makes_a_self_contained_page() -> None:
    fmap = folium.Map(tiles=None)
    folium.plugins.MarkerCluster().add_to(fmap)
    use_local_assets(fmap)
    page = inline_assets(fmap.get_root().render())
    assert not re.search(r"<script\b[^>]*\bsrc=", page)
    assert not re.search(r'<link\b[^>]*rel="stylesheet"', page)
    assert "L.markerClusterGroup" in page or "MarkerClusterGroup" in page
    assert 'url("data:image/png;base64,' in page


@needs_assets
def test_library_plugins_are_written_into_the_map_when_fetched() -> None:
    from strikemap.mapping.elements import StrikeMapLibrary

    inline = StrikeMapLibrary("[]", inline_plugins=True)
    assert inline.default_js == [] and inline.default_css == []
    assert "L.markerClusterGroup=" in inline.plugin_js and ".marker-cluster" in inline.plugin_css
    linked = StrikeMapLibrary("[]")
    assert linked.plugin_js == "" and any("markercluster" in url for _, url in linked.default_js)
