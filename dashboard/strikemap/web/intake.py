"""Fetch article pages and poll feeds into the store, reporting each input's outcome.

:class:`WebIntake` ties the polite client, page reading, the store and the
web state together. Each page or feed entry gets one :class:`Outcome`:

- ``new``: stored as a new article;
- ``updated``: the page (same canonical URL) changed; stored as the new version
  of the same article, replacing the old one;
- ``unchanged``: already stored as it is (or the server said ``304``);
- ``duplicate``: the same text is already stored under another URL;
- ``skipped``: not fetched on purpose (robots.txt);
- ``failed``: not stored, with the reason.

A feed that cannot be polled is backed off: the delay doubles with each
consecutive failure (from the polling interval up to a day) and a server's
``Retry-After`` is honoured.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from strikemap.articles import ArticleError
from strikemap.models import Article, Event
from strikemap.store import EventStore, Extractor, default_extractor
from strikemap.web.client import FetchError, PoliteClient, RobotsDisallowed, Validators
from strikemap.web.feedlist import FeedSpec
from strikemap.web.feeds import MAX_FEED_BYTES, FeedEntry, FeedError, ParsedFeed, parse_feed
from strikemap.web.pages import HTML_TYPES, page_article
from strikemap.web.state import WebState
from strikemap.web.urls import is_http_url, normalise

DEFAULT_EVERY = timedelta(minutes=10)
MAX_BACKOFF = timedelta(days=1)
#: A feed due within this much is polled now (cron runs drift by a few seconds).
DUE_TOLERANCE = timedelta(seconds=30)
STORED = ("new", "updated")


@dataclass(frozen=True)
class Outcome:
    """What became of one page or feed entry."""

    name: str
    status: str
    reason: str = ""
    article_id: str | None = None
    events: int = 0

    def line(self) -> str:
        """One report line: ``status name: reason``."""
        return f"{self.status} {self.name}" + (f": {self.reason}" if self.reason else "")


@dataclass
class FeedReport:
    """One poll of one feed: its own outcome and the outcome of each entry handled."""

    url: str
    title: str | None = None
    error: str | None = None
    note: str = ""
    seen: int = 0
    items: list[Outcome] = field(default_factory=list)

    def count(self, *statuses: str) -> int:
        return sum(1 for o in self.items if o.status in statuses)

    @property
    def failed(self) -> bool:
        return self.error is not None or self.count("failed") > 0

    def summary(self) -> str:
        """``URL: 3 new, 1 updated, 12 already seen, 0 skipped, 1 failed``."""
        if self.error:
            return f"{self.url}: failed: {self.error}"
        if self.note:
            return f"{self.url}: {self.note}"
        counts = Counter(o.status for o in self.items)
        return (
            f"{self.url}: {counts['new']} new, {counts['updated']} updated, "
            f"{self.seen + counts['unchanged'] + counts['duplicate']} already seen, "
            f"{counts['skipped']} skipped, {counts['failed']} failed"
        )


def backoff_delay(failures: int, every: timedelta, retry_after: float | None = None) -> timedelta:
    """How long a feed rests after its ``failures``-th consecutive failure.

    The polling interval, doubled with every further failure, at most a day,
    and never less than the server's ``Retry-After``.
    """
    doubled = min(every * (2 ** max(failures - 1, 0)), MAX_BACKOFF)
    return max(doubled, timedelta(seconds=retry_after or 0))


class WebIntake:
    """Pages and feeds into the store (see the module docstring).

    Parameters
    ----------
    store
        Where articles and their events go.
    client
        The polite HTTP client.
    state
        Web state; by default the web tables of ``store`` itself (either backend).
    extractor
        Article to events; the default extractor when ``None`` (loaded on first use).
    """

    def __init__(
        self,
        store: EventStore,
        client: PoliteClient,
        state: WebState | None = None,
        extractor: Extractor | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.state = state or WebState(store)
        self._extractor = extractor

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            self._extractor = default_extractor()
        return self._extractor

    # ------------------------------------------------------------------ pages

    def read(
        self,
        url: str,
        *,
        source: str | None = None,
        language: str | None = None,
        published: date | None = None,
        validators: Validators | None = None,
    ) -> tuple[Article | None, Validators]:
        """Fetch and read one page (nothing stored); ``None`` when not modified.

        Raises
        ------
        FetchError, ArticleError
            Naming the URL and why.
        """
        if not is_http_url(url):
            raise FetchError(url, "not an http(s) URL")
        response = self.client.get(url, validators=validators, accept=HTML_TYPES)
        if response.not_modified:
            return None, response.validators
        article = page_article(response, source=source, language=language, published=published)
        return article, response.validators

    def fetch(
        self,
        url: str,
        *,
        source: str | None = None,
        language: str | None = None,
        published: date | None = None,
    ) -> Outcome:
        """Fetch one page and store its article; never raises for a bad page."""
        key = normalise(url) if is_http_url(url) else url
        try:
            article, validators = self.read(
                url,
                source=source,
                language=language,
                published=published,
                validators=self._known_validators(key),
            )
        except RobotsDisallowed as exc:
            return Outcome(url, "skipped", exc.reason)
        except (FetchError, ArticleError) as exc:
            return Outcome(url, "failed", exc.reason)
        if article is None:
            return Outcome(url, "unchanged", "not modified since the last fetch (HTTP 304)")
        return self.store_article(key, article, validators)

    def _known_validators(self, key: str) -> Validators | None:
        """Validators of the last fetch, when the article it became is still stored."""
        article_id = self.state.page_article(key)
        if article_id is None or self.store.stored_hash(article_id) is None:
            return None
        return self.state.page_validators(key)

    def store_article(
        self,
        key: str,
        article: Article,
        validators: Validators | None = None,
        events: list[Event] | None = None,
    ) -> Outcome:
        """Store a page's article as new, as a new version, or not at all (with why).

        ``events`` already extracted (a previewed article) are stored as they are.
        """
        name = article.path or key
        stored = self.store.stored_hash(article.id)
        if stored == article.content_hash:
            outcome = Outcome(name, "unchanged", "already stored", article.id)
        elif self.store.has_content(article.content_hash):
            outcome = Outcome(name, "duplicate", "the same text is already stored", article.id)
        else:
            outcome = self._extract_and_store(name, article, stored is not None, events)
        if outcome.status != "failed":
            self.state.record_page(
                key,
                canonical=article.url or key,
                article_id=article.id,
                content_hash=article.content_hash,
                validators=validators or Validators(),
            )
        return outcome

    def _extract_and_store(
        self, name: str, article: Article, replace: bool, events: list[Event] | None
    ) -> Outcome:
        if events is None:
            try:
                events = self.extractor(article)
            except Exception as exc:  # one article's failure must not stop the batch
                return Outcome(name, "failed", f"extraction failed ({exc!r})")
        if replace:
            changed = self.store.replace(article, events)
            status = "updated" if changed else "duplicate"
        else:
            changed = self.store.add(article, events)
            status = "new" if changed else "duplicate"
        return Outcome(name, status, article.title or "", article.id, len(events) if changed else 0)

    # ------------------------------------------------------------------ feeds

    def read_feed(
        self, url: str, validators: Validators | None = None
    ) -> tuple[ParsedFeed | None, Validators]:
        """Fetch and parse a feed; ``None`` when not modified. Raises FetchError/FeedError."""
        if not is_http_url(url):
            raise FetchError(url, "not an http(s) URL")
        response = self.client.get(url, validators=validators, max_bytes=MAX_FEED_BYTES)
        if response.not_modified:
            return None, response.validators
        return parse_feed(url, response.body), response.validators

    def poll(
        self,
        spec: FeedSpec,
        *,
        every: timedelta = DEFAULT_EVERY,
        now: datetime | None = None,
        force: bool = False,
    ) -> FeedReport:
        """Poll one feed: fetch new and updated entries' pages, store their articles."""
        now = now or datetime.now(UTC)
        report = FeedReport(spec.url)
        status = self.state.feed(spec.url)
        if not force and status and status.next_poll and status.next_poll > now + DUE_TOLERANCE:
            report.note = (
                f"skipped: backing off after {status.failures} failure(s) until "
                f"{status.next_poll:%Y-%m-%d %H:%M} UTC ({status.last_outcome})"
            )
            return report
        try:
            parsed, validators = self.read_feed(spec.url, status.validators if status else None)
        except (FetchError, FeedError) as exc:
            retry_after = exc.retry_after if isinstance(exc, FetchError) else None
            failures = (status.failures if status else 0) + 1
            delay = backoff_delay(failures, every, retry_after)
            self.state.record_failure(spec.url, exc.reason, delay, when=now)
            report.error = exc.reason
            return report
        if parsed is None:
            self.state.record_poll(spec.url, "not modified", when=now)
            report.note = "not modified since the last poll (HTTP 304)"
            return report
        report.title = parsed.title
        for entry in parsed.entries:
            outcome = self._entry(spec, entry)
            if outcome is None:
                report.seen += 1
            else:
                report.items.append(outcome)
        retry = any(
            o.status == "failed" and o.reason.endswith("(will retry)") for o in report.items
        )
        self.state.record_poll(
            spec.url,
            report.summary().split(": ", 1)[1],
            title=parsed.title,
            # Entries to retry need the whole feed next time, not a 304.
            validators=Validators() if retry else validators,
            when=now,
        )
        return report

    def _entry(self, spec: FeedSpec, entry: FeedEntry) -> Outcome | None:
        """Handle one entry; ``None`` when this version of it was handled before."""
        if self.state.entry_done(spec.url, entry.key, entry.signature):
            return None
        name = f"{spec.url} entry {entry.label()}"
        if entry.problem or not entry.link:
            self.state.record_entry(
                spec.url, entry.key, entry.signature, "invalid", reason=entry.problem
            )
            return Outcome(name, "failed", entry.problem or "entry has no link")
        outcome = self.fetch(
            entry.link, source=spec.source, language=spec.language, published=entry.published
        )
        recorded = self.state.record_entry(
            spec.url,
            entry.key,
            entry.signature,
            _entry_status(outcome.status),
            link=entry.link,
            article_id=outcome.article_id,
            reason=outcome.reason or None,
        )
        reason = outcome.reason
        if recorded == "failed":
            reason += " (will retry)"
        elif recorded == "gave_up":
            reason += " (given up after repeated failures, until the entry changes)"
        return Outcome(
            f"{name} ({entry.link})", outcome.status, reason, outcome.article_id, outcome.events
        )


def _entry_status(outcome: str) -> str:
    if outcome in STORED:
        return "stored"
    if outcome in ("unchanged", "duplicate"):
        return "unchanged"
    return outcome  # "skipped" or "failed"
