"""Cached access to the store, the gazetteer, the events frame and what is built from it.

Everything here is cached with ``st.cache_resource``: one object per process,
shared by every session and rerun. The app reads only the filtered view: the
filters run as SQL in the store (:meth:`EventStore.query`), and the view is
keyed on the store, its *revision* and the filters, so adding articles (which
bumps the revision) or changing a filter reads again while a pan or zoom does
not. Views are resources rather than ``st.cache_data`` because cache_data hands
each rerun a fresh unpickled copy (30-60 ms at 10,000 events). Frames are
read-only by convention: every panel returns new frames.

folium maps are never cached: streamlit-folium adds layers to the map object
it is given, so a cached map would accumulate them across reruns.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import altair as alt
import geopandas as gpd
import pandas as pd
import streamlit as st

from strikemap.articles import ReadError, read_articles
from strikemap.filters import FilterState
from strikemap.frames import records_to_frame
from strikemap.mapping import StrikeEncoding, encode_strikes
from strikemap.store import EventStore, PublicationError, StoreError
from strikemap.ui import settings
from strikemap.ui.charts import casualties_by_oblast_chart, strikes_per_day_chart
from strikemap.ui.summary import table_frame
from strikemap.ui.text import md_literal

log = logging.getLogger(__name__)

VIEW_LIMIT = 50_000
"""Most events the page reads for one view (the newest; the page says when it cuts)."""
PUBLICATION_COLUMN = "publication"
"""Column of a public-link view stating the policy, so every export carries it."""


def seed_if_empty(store: EventStore, seeds: Path) -> int:
    """Ingest the bundled seed articles into an empty store; return how many were added.

    A store that already holds articles is left alone, so a user's own store is
    never mixed with the seeds.
    """
    if store.count_articles() or not seeds.is_dir():
        return 0
    articles = []
    for result in read_articles([seeds]):
        if isinstance(result, ReadError):
            log.warning("seed skipped: %s", result)
        else:
            articles.append(result)
    store.ingest(articles)
    return store.count_articles()


@st.cache_resource(show_spinner="Opening the event store…")
def st_store(db: str | None, seeds: str | None = None) -> EventStore:
    """Return the process-wide store for ``db``, seeded from ``seeds`` when empty.

    The public-link policy comes from the settings (environment, then secrets).
    """
    store = EventStore(db, publication=settings.publication())
    if seeds and not store.read_only:
        seed_if_empty(store, Path(seeds))
    return store


def open_store(db: str | None, seeds: str | None = None) -> EventStore:
    """Return :func:`st_store`, or show why the store cannot be opened and stop the page."""
    try:
        return st_store(db, seeds)
    except (StoreError, PublicationError) as exc:
        log.debug("store %s cannot be opened", db, exc_info=True)
        st.error(f"The event store cannot be opened: {md_literal(str(exc))}")
        st.stop()
        raise  # st.stop() raises; this line is never reached


@st.cache_resource(show_spinner=False)
def st_gazetteer():
    """Return the offline gazetteer, loaded once per process."""
    from strikemap.gazetteer import Gazetteer

    return Gazetteer.load()


@st.cache_resource(show_spinner=False)
def st_regions() -> gpd.GeoDataFrame:
    """Return the oblast outlines (for the choropleth and region-level events)."""
    from strikemap.gazetteer.boundaries import load_regions

    return load_regions()


@dataclass(frozen=True)
class StoreFacts:
    """What the page says about the whole store: counts and the span of event days."""

    articles: int
    events: int
    reports: int
    first_day: date | None
    last_day: date | None


@st.cache_resource(show_spinner=False, max_entries=2)
def st_store_facts(_store: EventStore, db: str | None, revision: Hashable) -> StoreFacts:
    """Return the store's counts and day span, once per store revision."""
    del db, revision  # only the cache key
    first, last = _store.date_span()
    return StoreFacts(
        _store.count_articles(), _store.count_events(), _store.count_article_events(), first, last
    )


@st.cache_resource(show_spinner="Loading events…", max_entries=8)
def st_view(
    _store: EventStore, db: str | None, revision: Hashable, state: FilterState, anchor: date | None
) -> gpd.GeoDataFrame:
    """Return the events that pass the filters, queried from the store, as a frame.

    The filters run in the store's SQL; only the view is read, and of a view
    larger than :data:`VIEW_LIMIT` only the newest events. In public-link
    mode the store has already held back and coarsened the events, and a
    ``publication`` column carries the policy into every export.

    Parameters
    ----------
    db, revision, state, anchor
        The cache key: a new store revision or another filter reads again.
    """
    del db, revision
    return view_frame(_store, state, anchor)


def view_frame(store: EventStore, state: FilterState, anchor: date | None) -> gpd.GeoDataFrame:
    """Return the view :func:`st_view` caches (Streamlit-free, for the benchmarks).

    The records are read from the store and turned into the frame column by
    column, without making an event object per row.
    """
    records = store.query_records(state, anchor=anchor, limit=VIEW_LIMIT, newest=True)
    frame = records_to_frame(records)
    policy = store.publication.describe()
    if policy:
        frame[PUBLICATION_COLUMN] = policy
    return frame


@st.cache_resource(show_spinner=False, max_entries=8)
def st_view_count(
    _store: EventStore, db: str | None, revision: Hashable, state: FilterState, anchor: date | None
) -> int:
    """Return how many events pass the filters (counted in SQL, once per view)."""
    del db, revision
    return _store.count_events(state, anchor=anchor)


@st.cache_resource(show_spinner=False, max_entries=2)
def st_filter_options(
    _store: EventStore, db: str | None, revision: Hashable
) -> dict[str, list[str]]:
    """Return the choices of the data-dependent filters, read from the store once per revision."""
    del db, revision
    return _store.filter_options()


@st.cache_resource(show_spinner=False, max_entries=8)
def st_strike_encoding(_view: pd.DataFrame, view_key: Hashable) -> StrikeEncoding:
    """Return the view's events encoded for the strike layer, once per view.

    A pan or zoom reruns the script with the same ``view_key`` (store, revision
    and filters) and reuses the encoding.
    """
    del view_key
    return encode_strikes(_view)


@st.cache_resource(show_spinner=False, max_entries=8)
def st_table(_shown: pd.DataFrame, key: Hashable, limit: int) -> pd.DataFrame:
    """Return the events table of the events shown (:func:`table_frame`), once per view and day.

    ``key`` identifies ``_shown`` (the view's key and the timeline's day): a pan
    or zoom reruns the script with the same key and reuses the table (0.1 s at
    10,000 events).
    """
    del key
    return table_frame(_shown, limit=limit)


@st.cache_resource(show_spinner=False, max_entries=8)
def st_charts(_view: pd.DataFrame, view_key: Hashable) -> tuple[alt.Chart, alt.Chart]:
    """Return the strikes-per-day and casualties-by-oblast charts of a view, once per view.

    ``view_key`` identifies ``_view`` (store revision and filters); a pan or zoom
    reruns the script with the same key and reuses the charts (0.13 s at 100,000
    events). The charts are only read (turned into Vega-Lite specs) by Streamlit.
    """
    return strikes_per_day_chart(_view), casualties_by_oblast_chart(_view)
