"""The "From the web" tab of article intake, and the sidebar line on feed polling.

A URL is looked up (:func:`strikemap.web.lookup.look_up`): an article page, or
a feed whose newest entries are fetched. The articles found and their events
are previewed; nothing is stored until the user saves, and then each page is
stored once per canonical URL (a changed page as the new version of its
article), and the feed entries saved are remembered so ``strikemap watch``
does not fetch them again.
"""

from __future__ import annotations

from datetime import UTC, datetime

import streamlit as st

from strikemap.labels import found_label
from strikemap.models import Article, Event
from strikemap.store import EventStore
from strikemap.ui.cache import st_gazetteer
from strikemap.ui.text import md_literal
from strikemap.web.client import PoliteClient
from strikemap.web.intake import WebIntake
from strikemap.web.lookup import LookUp, look_up
from strikemap.web.state import FeedStatus, WebState

LOOKUP_KEY = "web_lookup"
NOTICE_KEY = "web_notice"


@st.cache_resource(show_spinner=False)
def st_web_client() -> PoliteClient:
    """One polite client per process, so its per-host rate limit spans reruns and sessions."""
    return PoliteClient()


def extract_found(
    articles: list[Article], gazetteer
) -> tuple[list[tuple[Article, list[Event]]], list[str]]:
    """The events of each article found (nothing stored); failures named, the rest kept."""
    from strikemap.extraction import extract_article  # loads its lexicons on first use

    items, errors = [], []
    for article in articles:
        try:
            items.append((article, extract_article(article, gazetteer)))
        except Exception as exc:  # one odd page must not cost the others
            errors.append(f"{article.url or article.id}: extraction failed ({exc})")
    return items, errors


def _intake(store: EventStore) -> WebIntake:
    return WebIntake(store, st_web_client(), extractor=lambda a: [])


def save_found(store: EventStore, found: LookUp, events: dict[str, list]) -> dict[str, int]:
    """Store the articles looked up (with their previewed events); count the outcomes."""
    intake = _intake(store)
    counts: dict[str, int] = {}
    try:
        for item in found.found:
            outcome = intake.store_article(
                item.key, item.article, item.validators, events.get(item.article.id, [])
            )
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
            if item.entry is not None:
                intake.state.record_entry(
                    found.url,
                    item.entry.key,
                    item.entry.signature,
                    "stored",
                    link=item.entry.link,
                    article_id=item.article.id,
                )
    finally:
        intake.state.close()
    return counts


def render_web_intake(store: EventStore) -> None:
    """Draw the URL form, the preview of what was found and the save button."""
    notice = st.session_state.pop(NOTICE_KEY, None)
    if notice:
        st.success(notice)
    with st.form("web_intake", border=False):
        url = st.text_input(
            "Article or feed URL",
            key="web_url",
            placeholder="https://news.example/2024/03/05/drones-hit-sumy or …/rss",
        )
        if st.form_submit_button("Look up"):
            intake = _intake(store)
            try:
                # One request per second per host: a feed's ten entries take about ten seconds.
                with st.spinner("Fetching (politely: one request per second per site)…"):
                    found = look_up(intake, url)
            finally:
                intake.state.close()
            items, errors = extract_found([f.article for f in found.found], st_gazetteer())
            st.session_state[LOOKUP_KEY] = (found, items, found.errors + errors)
    _render_found(store)


def _render_found(store: EventStore) -> None:
    current = st.session_state.get(LOOKUP_KEY)
    if current is None:
        return
    found, items, errors = current
    for message in errors:
        st.error(f"Not read: {md_literal(message)}. Nothing was stored from it.")
    if not items:
        return
    where = f"feed {found.feed_title or found.url}" if found.kind == "feed" else "page"
    stored = sum(1 for a, _ in items if store.stored_hash(a.id) == a.content_hash)
    st.write(
        f"{len(items)} article(s) from the {md_literal(where)}, "
        f"{sum(len(ev) for _, ev in items)} event(s) found; {stored} already stored."
    )
    rows = [
        {
            "article": article.title or article.url,
            "published": article.published,
            "url": article.url,
            "events": len(events),
            "places": ", ".join(e.place for e in events),
        }
        for article, events in items
    ]
    st.dataframe(rows, hide_index=True, key="web_preview_table")
    new = len(items) - stored
    if st.button("Save to the store", type="primary", key="web_save", disabled=new == 0):
        events = {a.id: list(ev) for a, ev in items}
        fresh = sum(len(ev) for a, ev in items if store.stored_hash(a.id) != a.content_hash)
        before = store.count_events()
        counts = save_found(store, found, events)
        st.session_state.pop(LOOKUP_KEY, None)
        st.session_state[NOTICE_KEY] = (
            "Saved: "
            + ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
            + f". {found_label(fresh, before, store.count_events()).capitalize()}."
        )
        st.rerun()


@st.cache_data(ttl=30, show_spinner=False)
def st_feed_statuses(_store: EventStore, db: str) -> list[FeedStatus]:
    """The feeds polled into the store named ``db`` (re-read at most every 30 s)."""
    del db  # only the cache key
    return WebState(_store).feeds()


def ago(moment: datetime, now: datetime | None = None) -> str:
    """``just now``, ``5 min ago``, ``3 h ago``, ``2 days ago``."""
    seconds = ((now or datetime.now(UTC)) - moment).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    return f"{int(seconds // 86400)} days ago"


def feed_line(status: FeedStatus, now: datetime | None = None) -> str:
    """One feed's line: its name, when it was last polled, and the outcome."""
    name = status.title or status.url
    when = ago(status.last_polled, now) if status.last_polled else "never"
    outcome = f" ({status.last_outcome})" if status.last_outcome else ""
    return f"{name}: polled {when}{outcome}"


def render_feed_status(store: EventStore) -> None:
    """A sidebar line per watched feed saying when it was last polled."""
    statuses = st_feed_statuses(store, store.path)
    if not statuses:
        return
    st.caption("Feeds")
    for status in statuses:
        st.caption(md_literal(feed_line(status)))
