"""RSS and Atom feeds read with feedparser into :class:`FeedEntry` records.

A feed that is not XML, or XML that is not a feed, is a :class:`FeedError`
naming the feed and why. An entry without a usable link is kept with its
``problem`` set, so the watcher can report it by title and go on.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date

from strikemap.web.urls import is_http_url

#: Largest feed document read, in bytes.
MAX_FEED_BYTES = 5_000_000


class FeedError(Exception):
    """A feed that cannot be read; ``str()`` is ``"URL: reason"``."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True)
class FeedEntry:
    """One feed entry: a stable key, its link, and a signature of its content.

    ``key`` is the entry's id (guid) or, without one, its link. ``signature``
    changes when the entry's title, summary, content or updated date change,
    which is how an updated entry is recognised.
    """

    key: str
    link: str | None
    title: str | None
    published: date | None
    signature: str
    problem: str | None = None

    def label(self) -> str:
        """How the entry is named in reports: its title, else its key."""
        return repr(self.title) if self.title else self.key


@dataclass(frozen=True)
class ParsedFeed:
    url: str
    title: str | None
    entries: list[FeedEntry]


def _not_a_feed_reason(body: bytes) -> str:
    """Why a document feedparser found no feed in is refused."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        return f"not XML ({exc})"
    tag = root.tag.rsplit("}", 1)[-1]
    if tag.lower() == "html":
        return "an HTML page, not an RSS or Atom feed"
    return f"XML, but not an RSS or Atom feed (root element <{tag}>)"


def _entry_date(entry) -> date | None:
    # dict.get: feedparser's own get() maps a missing "updated" to "published" with a warning.
    parsed = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    if not parsed:
        return None
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except ValueError:
        return None


def _signature(entry) -> str:
    parts = [
        entry.get("title") or "",
        entry.get("summary") or "",
        *(c.get("value") or "" for c in entry.get("content") or ()),
        dict.get(entry, "updated") or "",
        entry.get("link") or "",
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def entry_link(entry) -> str | None:
    """The entry's http(s) link: ``link``, or a guid that is a permalink URL."""
    for candidate in (entry.get("link"), entry.get("id")):
        if candidate and is_http_url(candidate):
            return candidate.strip()
    return None


def _feed_entry(entry, index: int) -> FeedEntry:
    link = entry_link(entry)
    title = (entry.get("title") or "").strip() or None
    key = (entry.get("id") or "").strip() or link or f"entry {index + 1}"
    problem = None if link else "entry has no link (no <link> and no permalink id)"
    return FeedEntry(
        key=key,
        link=link,
        title=title,
        published=_entry_date(entry),
        signature=_signature(entry),
        problem=problem,
    )


def parse_feed(url: str, body: bytes) -> ParsedFeed:
    """Parse a fetched feed document.

    Raises
    ------
    FeedError
        When the document is empty, not XML, or XML that is not a feed.
    """
    import feedparser  # deferred: only the watcher and the web tab pay for its import

    if not body.strip():
        raise FeedError(url, "empty document, not a feed")
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.get("version"):
        raise FeedError(url, _not_a_feed_reason(body))
    entries = [_feed_entry(entry, i) for i, entry in enumerate(parsed.entries)]
    title = (parsed.feed.get("title") or "").strip() or None
    return ParsedFeed(url=url, title=title, entries=entries)
