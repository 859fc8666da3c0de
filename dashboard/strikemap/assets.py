"""Local copies of Leaflet and the folium plugin assets, and how maps use them.

folium points every map at CDN URLs. strikemap must work offline, so
``scripts/fetch_assets.py`` fetches the same files from the npm registry (and from
the installed folium wheel) at set-up into ``dashboard/static/vendor/`` (git-ignored),
which Streamlit serves at ``/app/static/vendor/``. This module is the single table
from each CDN URL to its local file, and it:

- rewrites an element tree's ``default_js``/``default_css`` to the local URLs when
  the local files exist (:func:`use_local_assets`), falling back to the CDN when
  they are absent (as on Streamlit Community Cloud, which installs Python only);
- inlines every script and stylesheet, with the images and fonts the CSS refers to,
  into a page for the self-contained HTML export (:func:`inline_assets`).
"""

from __future__ import annotations

import base64
import mimetypes
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "ASSETS",
    "OPTIONAL_CDN_URLS",
    "PACKAGES",
    "STATIC_URL_PREFIX",
    "VENDOR_DIR",
    "VendorAsset",
    "VendorPackage",
    "inline_assets",
    "local_asset_path",
    "local_assets_available",
    "local_url",
    "use_local_assets",
]

VENDOR_DIR: Path = Path(__file__).resolve().parents[1] / "static" / "vendor"
STATIC_URL_PREFIX = "/app/static/vendor/"


@dataclass(frozen=True, slots=True)
class VendorPackage:
    """A registry package whose files are copied into ``VENDOR_DIR/<directory>``.

    Parameters
    ----------
    spec
        ``npm:<name>@<version>`` for ``npm pack``, or ``folium:<version>`` for files
        shipped inside the installed folium wheel (from PyPI).
    directory
        Folder under the vendor directory; files keep their package-relative paths
        so that relative ``url(...)`` references in CSS still resolve.
    files
        Package-relative paths or glob patterns to copy.
    """

    spec: str
    directory: str
    files: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VendorAsset:
    """One CDN URL and the vendored file that replaces it."""

    cdn_url: str
    directory: str
    path: str

    @property
    def relative(self) -> str:
        return f"{self.directory}/{self.path}"


PACKAGES: tuple[VendorPackage, ...] = (
    VendorPackage(
        "npm:leaflet@1.9.3", "leaflet", ("dist/leaflet.js", "dist/leaflet.css", "dist/images/*")
    ),
    VendorPackage(
        "npm:leaflet.markercluster@1.1.0",
        "leaflet.markercluster",
        (
            "dist/leaflet.markercluster.js",
            "dist/MarkerCluster.css",
            "dist/MarkerCluster.Default.css",
        ),
    ),
    VendorPackage("npm:jquery@3.7.1", "jquery", ("dist/jquery.min.js",)),
    VendorPackage(
        "npm:bootstrap@5.2.2",
        "bootstrap",
        ("dist/js/bootstrap.bundle.min.js", "dist/css/bootstrap.min.css"),
    ),
    VendorPackage(
        "npm:drmonty-leaflet-awesome-markers@2.0.2",
        "leaflet.awesome-markers",
        ("js/leaflet.awesome-markers.js", "css/leaflet.awesome-markers.css", "css/images/*"),
    ),
    VendorPackage(
        "npm:@fortawesome/fontawesome-free@6.2.0",
        "fontawesome-free",
        ("css/all.min.css", "webfonts/*"),
    ),
    VendorPackage("folium:0.20", "folium", ("templates/leaflet_heat.min.js",)),
)

_CDNJS = "https://cdnjs.cloudflare.com/ajax/libs"
_JSDELIVR = "https://cdn.jsdelivr.net"

ASSETS: tuple[VendorAsset, ...] = (
    VendorAsset(f"{_JSDELIVR}/npm/leaflet@1.9.3/dist/leaflet.js", "leaflet", "dist/leaflet.js"),
    VendorAsset(f"{_JSDELIVR}/npm/leaflet@1.9.3/dist/leaflet.css", "leaflet", "dist/leaflet.css"),
    VendorAsset("https://code.jquery.com/jquery-3.7.1.min.js", "jquery", "dist/jquery.min.js"),
    VendorAsset(f"{_CDNJS}/jquery/3.7.1/jquery.min.js", "jquery", "dist/jquery.min.js"),
    VendorAsset(
        f"{_JSDELIVR}/npm/bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js",
        "bootstrap",
        "dist/js/bootstrap.bundle.min.js",
    ),
    VendorAsset(
        f"{_JSDELIVR}/npm/bootstrap@5.2.2/dist/css/bootstrap.min.css",
        "bootstrap",
        "dist/css/bootstrap.min.css",
    ),
    VendorAsset(
        f"{_CDNJS}/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.js",
        "leaflet.awesome-markers",
        "js/leaflet.awesome-markers.js",
    ),
    VendorAsset(
        f"{_CDNJS}/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.css",
        "leaflet.awesome-markers",
        "css/leaflet.awesome-markers.css",
    ),
    VendorAsset(
        f"{_JSDELIVR}/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css",
        "fontawesome-free",
        "css/all.min.css",
    ),
    VendorAsset(
        f"{_CDNJS}/leaflet.markercluster/1.1.0/leaflet.markercluster.js",
        "leaflet.markercluster",
        "dist/leaflet.markercluster.js",
    ),
    VendorAsset(
        f"{_CDNJS}/leaflet.markercluster/1.1.0/MarkerCluster.css",
        "leaflet.markercluster",
        "dist/MarkerCluster.css",
    ),
    VendorAsset(
        f"{_CDNJS}/leaflet.markercluster/1.1.0/MarkerCluster.Default.css",
        "leaflet.markercluster",
        "dist/MarkerCluster.Default.css",
    ),
    VendorAsset(
        f"{_JSDELIVR}/gh/python-visualization/folium@main/folium/templates/leaflet_heat.min.js",
        "folium",
        "templates/leaflet_heat.min.js",
    ),
)

# Stylesheets folium's Map always lists but strikemap never relies on: bootstrap 3
# glyphicons (no registry package carries that file) and folium's icon-rotation
# rule for awesome-markers. With local assets in use they are left out rather than
# fetched from the CDN, so that no request leaves the machine except for tiles.
OPTIONAL_CDN_URLS: frozenset[str] = frozenset(
    {
        "https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css",
        f"{_JSDELIVR}/gh/python-visualization/folium/folium/templates/"
        "leaflet.awesome.rotate.min.css",
    }
)

_BY_URL: dict[str, VendorAsset] = {asset.cdn_url: asset for asset in ASSETS}


def _asset_for(url: str) -> VendorAsset | None:
    """Return the vendored asset for a CDN URL or for its local ``/app/static`` URL."""
    if url in _BY_URL:
        return _BY_URL[url]
    if url.startswith(STATIC_URL_PREFIX):
        relative = url[len(STATIC_URL_PREFIX) :]
        directory, _, path = relative.partition("/")
        return VendorAsset(url, directory, path)
    return None


def local_asset_path(url: str, vendor_dir: Path | None = None) -> Path | None:
    """Return the local file that replaces ``url``, or ``None`` when there is none.

    Parameters
    ----------
    url
        A CDN URL from a folium element's ``default_js``/``default_css``, or an
        ``/app/static/vendor/...`` URL produced by :func:`use_local_assets`.
    vendor_dir
        Vendor directory to look in (default :data:`VENDOR_DIR`).
    """
    asset = _asset_for(url)
    if asset is None:
        return None
    root = (vendor_dir or VENDOR_DIR).resolve()
    path = (root / asset.relative).resolve()
    # Refuse "../" escapes from a crafted /app/static URL.
    if root not in path.parents or not path.is_file():
        return None
    return path


def local_url(url: str, vendor_dir: Path | None = None) -> str | None:
    """Return the ``/app/static/vendor/...`` URL serving ``url`` locally, if present."""
    asset = _asset_for(url)
    if asset is None or local_asset_path(url, vendor_dir) is None:
        return None
    return STATIC_URL_PREFIX + asset.relative


def local_assets_available(vendor_dir: Path | None = None) -> bool:
    """Return whether every vendored asset is present (set-up has run)."""
    return all(local_asset_path(asset.cdn_url, vendor_dir) for asset in ASSETS)


def _walk(element: object) -> Iterator[object]:
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def _rewrite(links: list[tuple[str, str]], vendor_dir: Path | None) -> list[tuple[str, str]]:
    rewritten: list[tuple[str, str]] = []
    for name, url in links:
        local = local_url(url, vendor_dir)
        if local is not None:
            rewritten.append((name, local))
        elif url not in OPTIONAL_CDN_URLS:
            rewritten.append((name, url))
    return rewritten


def use_local_assets(element: object, vendor_dir: Path | None = None) -> bool:
    """Point ``element`` and its descendants at the local asset copies.

    Each element's ``default_js``/``default_css`` is replaced on the instance (the
    folium classes are left untouched) by the ``/app/static/vendor/...`` URLs,
    which is what folium writes into the page and what streamlit-folium loads.
    Call it again after adding children. When the local copies are missing nothing
    changes and the map keeps folium's CDN URLs.

    Parameters
    ----------
    element
        A folium ``Map``, ``FeatureGroup`` or any branca element.
    vendor_dir
        Vendor directory to look in (default :data:`VENDOR_DIR`).

    Returns
    -------
    bool
        ``True`` when the local assets were used.
    """
    if not local_assets_available(vendor_dir):
        return False
    for node in _walk(element):
        for attribute in ("default_js", "default_css"):
            links = getattr(node, attribute, None)
            if links:
                setattr(node, attribute, _rewrite(list(links), vendor_dir))
    return True


_SCRIPT_TAG = re.compile(r"<script\b[^>]*\bsrc=\"([^\"]+)\"[^>]*>\s*</script>", re.IGNORECASE)
_STYLE_TAG = re.compile(r"<link\b[^>]*\bhref=\"([^\"]+)\"[^>]*/?>", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*(['\"]?)([^'\")]+)\1\s*\)")


def _data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if path.suffix == ".woff2":
        mime = "font/woff2"
    payload = base64.b64encode(path.read_bytes()).decode("ascii")
    return f"data:{mime};base64,{payload}"


def _inline_css(path: Path) -> str:
    """Return a stylesheet with its relative images and fonts as data URIs."""
    css = path.read_text(encoding="utf-8")

    def replace(match: re.Match[str]) -> str:
        reference = match.group(2)
        if reference.startswith(("data:", "http:", "https:", "#", "/")):
            return match.group(0)
        target = (path.parent / reference.split("?")[0].split("#")[0]).resolve()
        if not target.is_file():
            return match.group(0)
        return f'url("{_data_uri(target)}")'

    return _CSS_URL.sub(replace, css)


def inline_assets(html: str, vendor_dir: Path | None = None) -> str:
    """Replace every script and stylesheet link with local copies inlined.

    Used for the self-contained HTML export: links whose local copy exists become
    ``<script>``/``<style>`` blocks (CSS images and fonts as data URIs), so the page
    opens offline. Links without a local copy are left as they are.

    Parameters
    ----------
    html
        A rendered page, e.g. ``folium.Map.get_root().render()``.
    vendor_dir
        Vendor directory to look in (default :data:`VENDOR_DIR`).
    """

    def script(match: re.Match[str]) -> str:
        path = local_asset_path(match.group(1), vendor_dir)
        if path is None:
            return match.group(0)
        # A literal "</script" inside the library would end the inline block early.
        code = path.read_text(encoding="utf-8").replace("</script", "<\\/script")
        return f"<script>{code}</script>"

    def style(match: re.Match[str]) -> str:
        tag = match.group(0)
        if "stylesheet" not in tag:
            return tag
        path = local_asset_path(match.group(1), vendor_dir)
        if path is None:
            return tag
        css = _inline_css(path).replace("</style", "<\\/style")
        return f"<style>{css}</style>"

    return _STYLE_TAG.sub(style, _SCRIPT_TAG.sub(script, html))
