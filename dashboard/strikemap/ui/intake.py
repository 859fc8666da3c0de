"""Article intake in the app: upload or paste, preview the events found, then store.

:func:`read_uploads` is the Streamlit-free core (tested directly); the
``render_*`` functions draw the form. Nothing is stored until the user
confirms the preview, and a file that cannot be read is refused whole with a
message naming it and the reason, so a bad upload never touches the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import streamlit as st
import streamlit.components.v1 as components

from strikemap.articles import ArticleError, article_from_text, read_bytes
from strikemap.intake_report import ReadError
from strikemap.labels import (
    attacker_label,
    date_label,
    figure_label,
    found_label,
    level_label,
    source_label,
    weapons_label,
)
from strikemap.models import Article, Event
from strikemap.store import EventStore, StoreError
from strikemap.ui.cache import st_gazetteer
from strikemap.ui.text import md_literal

MIB = 1024 * 1024
"""Bytes in one of Streamlit's ``server.maxUploadSize`` megabytes."""
UPLOAD_TYPES = ("txt", "md", "html", "htm", "json", "jsonl")
#: Articles previewed from one upload: extraction of each takes milliseconds, so a
#: 100,000-record collection would hold the page for minutes; the command line takes it.
MAX_PREVIEW_ARTICLES = 2_000
PREVIEW_KEY = "intake_preview"
NOTICE_KEY = "intake_notice"


@dataclass
class Preview:
    """Articles read from an upload or paste, with the events found in each."""

    items: list[tuple[Article, list[Event]]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def event_count(self) -> int:
        return sum(len(events) for _, events in self.items)


def _size(count: int) -> str:
    return f"{count / MIB:.1f} MB" if count >= MIB else f"{count / 1024:.1f} KB"


def read_uploads(
    files: Iterable[tuple[str, bytes]], max_bytes: int
) -> tuple[list[Article], list[str]]:
    """Read uploaded files into articles; return ``(articles, error messages)``.

    Parameters
    ----------
    files
        ``(file name, content)`` pairs.
    max_bytes
        Upload limit; a larger file is refused with its size in the message.
    """
    articles: list[Article] = []
    errors: list[str] = []
    seen: set[str] = set()
    for name, data in files:
        if len(data) > max_bytes:
            errors.append(
                f"{name}: file is {_size(len(data))}, over the upload limit of {_size(max_bytes)}"
            )
            continue
        over = 0
        for article in read_bytes(name, data):
            if isinstance(article, ReadError):
                # One line per bad file, or per bad record of a collection.
                errors.append(str(article))
            elif len(articles) >= MAX_PREVIEW_ARTICLES:
                over += 1
            elif article.id not in seen:  # the same article twice in one go: previewed once
                seen.add(article.id)
                articles.append(article)
        if over:
            errors.append(
                f"{name}: {over:,} more articles not read; the app previews at most "
                f"{MAX_PREVIEW_ARTICLES:,} per upload (use `strikemap ingest` for collections)"
            )
    return articles, errors


def preview(
    articles: Sequence[Article], gazetteer=None, errors: list[str] | None = None
) -> Preview:
    """Extract the events of each article (nothing is stored).

    An article whose extraction fails is left out and named in the preview's
    errors, so one odd article does not cost the others.
    """
    # Imported on first use: the extractor loads its lexicons, which a page
    # view that adds no article should not pay for.
    from strikemap.budget import ARTICLE_SECONDS, InputRejected
    from strikemap.pipeline import article_extractor

    # A fixed budget here: the page waits for it (the command line takes longer articles).
    extract = article_extractor(gazetteer, seconds=ARTICLE_SECONDS)
    out = Preview(errors=list(errors or ()))
    for article in articles:
        try:
            out.items.append((article, extract(article)))
        except InputRejected as exc:  # over the time or size budget
            out.errors.append(f"{article.path or article.id}: {exc}")
        except Exception as exc:  # the extractor's failure on one text must not end the upload
            out.errors.append(f"{article.path or article.id}: extraction failed ({exc})")
    return out


def save(store: EventStore, items: Sequence[tuple[Article, list[Event]]]) -> tuple[int, int]:
    """Store previewed articles; return ``(articles added, articles already stored)``."""
    added = skipped = 0
    for article, events in items:
        if store.add(article, events):
            added += 1
        else:
            skipped += 1
    return added, skipped


def article_label(article: Article) -> str:
    """Return how the preview names an article: its title or file, else its first words.

    A pasted text has neither; its id (a hash) would tell the user nothing.
    """
    name = article.title or article.path or " ".join(article.text.split()[:8])
    return source_label({"title": name or article.id}, 40)


def _preview_rows(items: Sequence[tuple[Article, list[Event]]]) -> list[dict]:
    """Return one row per event found: where (with its parent place and coordinates), when, what."""
    rows = []
    for article, events in items:
        for event in events:
            rows.append(
                {
                    "article": article_label(article),
                    "date": date_label(event.date),
                    "place": event.place,
                    "in": event.parent or "unknown",
                    "level": level_label(event.level),
                    "lat, lon": (
                        f"{event.lat:.4f}, {event.lon:.4f}"
                        if event.lat is not None and event.lon is not None
                        else "not located"
                    ),
                    "weapons": weapons_label(event.weapons),
                    "killed": figure_label(event.killed, event.killed_at_least),
                    "injured": figure_label(event.injured, event.injured_at_least),
                    "attacker": attacker_label(event.attacker),
                }
            )
    return rows


def undated(items: Sequence[tuple[Article, list[Event]]]) -> list[Article]:
    """Return the articles that state no date and were given none (their events have no date)."""
    return [
        article
        for article, events in items
        if article.published is None and (not events or any(e.date is None for e in events))
    ]


def with_date(articles: Sequence[Article], published: date) -> list[Article]:
    """Return the articles with a publication date given by the user."""
    return [replace(a, published=published, published_from="metadata") for a in articles]


def _mini_map(items: Sequence[tuple[Article, list[Event]]]) -> None:
    """Draw the found events on a small offline map (outlines, names, markers)."""
    from strikemap.exports.map_document import build_export_map, map_document
    from strikemap.frames import events_to_frame

    found = [event for _, events in items for event in events]
    frame = events_to_frame(found)
    located = frame[frame["lat"].notna() & frame["lon"].notna()]
    if located.empty:
        st.caption("No event could be placed on the map.")
        return
    fmap = build_export_map(located, static=True, tiles=None, legend=False)
    components.html(map_document(fmap), height=260)


def render_intake(store: EventStore, max_upload_mb: int) -> None:
    """Draw the upload and paste forms, the preview and the confirm button."""
    notice = st.session_state.pop(NOTICE_KEY, None)
    if notice:
        st.success(notice)
    if store.read_only:
        st.info("The event store is read-only here, so articles cannot be added.")
        return
    upload_tab, paste_tab, web_tab = st.tabs(["Upload files", "Paste text", "From the web"])
    with web_tab:
        from strikemap.ui.web_intake import render_web_intake  # its own form and preview

        render_web_intake(store)
    with upload_tab:
        files = st.file_uploader(
            "Article files (.txt, .md, .html, .json, .jsonl)",
            type=list(UPLOAD_TYPES),
            accept_multiple_files=True,
            key="intake_files",
        )
        if st.button("Find events in the files", key="intake_read_files", disabled=not files):
            articles, errors = read_uploads(
                ((f.name, f.getvalue()) for f in files or ()), max_upload_mb * MIB
            )
            st.session_state[PREVIEW_KEY] = preview(articles, st_gazetteer(), errors)
    with paste_tab, st.form("intake_paste", clear_on_submit=False, border=False):
        text = st.text_area("Article text", height=180, key="intake_text")
        left, right = st.columns(2)
        published = left.date_input("Published", value=None, key="intake_date")
        title = right.text_input("Title (optional)", key="intake_title")
        left, right = st.columns(2)
        source = left.text_input("Publisher (optional)", key="intake_source")
        url = right.text_input("URL (optional)", key="intake_url")
        if st.form_submit_button("Find events in the text"):
            st.session_state[PREVIEW_KEY] = _paste_preview(text, published, title, source, url)
    _render_preview(store)


def _paste_preview(text: str, published: date | None, title: str, source: str, url: str) -> Preview:
    try:
        article = article_from_text(
            text,
            title=title or None,
            published=published,
            source=source or None,
            url=url or None,
        )
    except ArticleError as exc:
        return Preview(errors=[str(exc)])
    return preview([article], st_gazetteer())


def _render_preview(store: EventStore) -> None:
    current: Preview | None = st.session_state.get(PREVIEW_KEY)
    if current is None:
        return
    for message in current.errors:
        st.error(f"Not read: {md_literal(message)}.")
    for article, _ in current.items:
        for warning in article.warnings:
            st.warning(f"{md_literal(article.path or article.id)}: {md_literal(warning)}.")
    if not current.items:
        return
    new = [(a, ev) for a, ev in current.items if not store.has_article(a.id)]
    st.write(
        f"{len(current.items)} article(s), {current.event_count} event(s) found; "
        f"{len(current.items) - len(new)} already stored."
    )
    rows = _preview_rows(current.items)
    if rows:
        st.dataframe(rows, hide_index=True, key="intake_preview_table")
        _mini_map(current.items)
    else:
        st.info("No strike events were found in these articles.")
    missing = [a for a in undated(current.items) if not store.has_article(a.id)]
    if missing:
        names = ", ".join(article_label(a) for a in missing)
        st.warning(
            f"{len(missing)} article(s) state no date and were given none ({md_literal(names)}): "
            "their events would be stored without a date. Give the publication date and find "
            "the events again."
        )
        left, right = st.columns([1, 1])
        given = left.date_input("Publication date", value=None, key="intake_fix_date")
        if right.button("Find events again with this date", disabled=given is None):
            fixed = {a.id: a for a in with_date(missing, given)}
            articles = [fixed.get(a.id, a) for a, _ in current.items]
            st.session_state[PREVIEW_KEY] = preview(articles, st_gazetteer(), current.errors)
            st.rerun()
    if st.button("Save to the store", type="primary", key="intake_save", disabled=not new):
        before = store.count_events()
        try:
            added, skipped = save(store, current.items)
        except StoreError as exc:
            st.error(f"Nothing was stored: {md_literal(str(exc))}")
            return
        found = sum(len(events) for _, events in new)
        st.session_state.pop(PREVIEW_KEY, None)
        st.session_state[NOTICE_KEY] = (
            f"Stored {added} new article(s); {skipped} were already in the store. "
            f"{found_label(found, before, store.count_events()).capitalize()}."
        )
        st.rerun()
