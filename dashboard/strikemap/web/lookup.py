"""Look up one URL for the app's "From the web" tab: an article page, or a feed's entries.

Nothing is stored here: :func:`look_up` returns the articles found (with what
went wrong for the rest) so the app can preview them before saving, as it does
for uploads. A feed contributes its newest :data:`MAX_FEED_ENTRIES` entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from strikemap.articles import ArticleError
from strikemap.models import Article
from strikemap.web.client import FetchError, Validators
from strikemap.web.feeds import MAX_FEED_BYTES, FeedEntry, FeedError, parse_feed
from strikemap.web.intake import WebIntake
from strikemap.web.pages import HTML_TYPES, page_article
from strikemap.web.urls import is_http_url, normalise

#: Entries of a feed previewed at once (newest first, as feeds list them).
MAX_FEED_ENTRIES = 10


@dataclass(frozen=True)
class Found:
    """One article found, with what is needed to store it and remember it."""

    key: str
    article: Article
    validators: Validators
    entry: FeedEntry | None = None


@dataclass
class LookUp:
    """What one URL gave: a page's article, or a feed's entries' articles."""

    url: str
    kind: str = "page"
    feed_title: str | None = None
    found: list[Found] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def look_up(intake: WebIntake, url: str) -> LookUp:
    """Fetch ``url``; read it as an article page, or as a feed whose entries are fetched."""
    url = url.strip()
    result = LookUp(url)
    if not is_http_url(url):
        result.errors.append(f"{url or '(empty)'}: not an http(s) URL")
        return result
    try:
        response = intake.client.get(url, max_bytes=MAX_FEED_BYTES)
        if response.media_type in HTML_TYPES:
            article = page_article(response)
            result.found.append(Found(normalise(url), article, response.validators))
            return result
        feed = parse_feed(url, response.body)
    except (FetchError, ArticleError, FeedError) as exc:
        result.errors.append(str(exc))
        return result
    result.kind, result.feed_title = "feed", feed.title
    for entry in feed.entries[:MAX_FEED_ENTRIES]:
        _entry(intake, result, entry)
    return result


def _entry(intake: WebIntake, result: LookUp, entry: FeedEntry) -> None:
    if entry.problem or not entry.link:
        result.errors.append(f"{result.url} entry {entry.label()}: {entry.problem}")
        return
    try:
        article, validators = intake.read(entry.link, published=entry.published)
    except (FetchError, ArticleError) as exc:
        result.errors.append(f"{result.url} entry {entry.label()}: {exc}")
        return
    if article is not None:
        result.found.append(Found(normalise(entry.link), article, validators, entry))
