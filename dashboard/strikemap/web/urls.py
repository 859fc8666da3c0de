"""Canonical URLs, and the article id a web page is stored under.

A page is stored once per canonical URL: its article id is derived from the
normalised canonical URL, so the same story reached through another link
(tracking parameters, ``www.``, a feed's redirecting link) lands on the same id.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit

from courlan import normalize_url

#: Host prefixes that name the same site as the bare host.
_SAME_SITE_PREFIXES = ("www.", "m.", "amp.", "mobile.")
#: Prefix of the ids of articles read from web pages.
WEB_ID_PREFIX = "web-"


def is_http_url(value: str | None) -> bool:
    """Whether ``value`` is an absolute http(s) URL with a host."""
    if not value:
        return False
    parts = urlsplit(value.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def normalise(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters."""
    normalised = normalize_url(url.strip())
    parts = urlsplit(normalised)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def site(host: str | None) -> str:
    """The host without a ``www.``/``m.``-style prefix."""
    host = (host or "").lower().rstrip(".")
    for prefix in _SAME_SITE_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            return host[len(prefix) :]
    return host


def same_site(first: str, second: str) -> bool:
    """Whether two URLs are on the same site (``www.`` and mobile hosts count as one)."""
    return site(urlsplit(first).hostname) == site(urlsplit(second).hostname)


def canonical_url(fetched: str, declared: str | None) -> str:
    """The URL a page is stored under.

    The page's declared canonical URL (``<link rel=canonical>``, ``og:url``)
    is trusted only when it is an http(s) URL on the same site as the page
    actually fetched: a page must not be able to claim another site's story
    and replace it.
    """
    if declared and is_http_url(declared) and same_site(declared, fetched):
        return normalise(declared)
    return normalise(fetched)


def web_article_id(canonical: str) -> str:
    """The stored id of the page at ``canonical`` (``web-`` + 16 hex digits)."""
    return WEB_ID_PREFIX + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
