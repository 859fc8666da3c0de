"""Cached access to the store, the gazetteer, the events frame and what is built from it.

Everything here is cached with ``st.cache_resource``: one object per process,
shared by every session and rerun. The events frame is keyed on the store and
its *revision*, so adding articles (which bumps the revision) reloads it while
a filter change does not. It is a resource rather than ``st.cache_data``
because cache_data hands each rerun a fresh unpickled copy: with 10,000 events
that costs 30-60 ms of every filter change and with 100,000 events about half
a second and a second copy in memory per session. The frame is read-only by
convention: the filters and every panel return new frames.

folium maps are never cached: streamlit-folium adds layers to the map object
it is given, so a cached map would accumulate them across reruns.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable
from pathlib import Path

import altair as alt
import geopandas as gpd
import pandas as pd
import streamlit as st

from strikemap.articles import ReadError, read_articles
from strikemap.filters import options, with_search_text
from strikemap.frames import events_to_frame
from strikemap.mapping import StrikeEncoding, encode_strikes
from strikemap.store import EventStore
from strikemap.ui.charts import casualties_by_oblast_chart, strikes_per_day_chart

log = logging.getLogger(__name__)


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
    """Return the process-wide store for ``db``, seeded from ``seeds`` when empty."""
    store = EventStore(db)
    if seeds:
        seed_if_empty(store, Path(seeds))
    return store


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


@st.cache_resource(show_spinner="Loading events…", max_entries=2)
def st_load_events(db: str | None, revision: int) -> gpd.GeoDataFrame:
    """Return every stored event as a frame with a precomputed search column.

    Parameters
    ----------
    db
        The store URL (``None`` = default store); with ``revision`` the cache key.
    revision
        :meth:`EventStore.revision` of the store; a new value reloads the events.
    """
    del revision  # only part of the cache key
    return with_search_text(events_to_frame(EventStore(db).events()))


@st.cache_resource(show_spinner=False, max_entries=2)
def st_filter_options(db: str | None, revision: int) -> dict[str, list[str]]:
    """Return the choices of the data-dependent filters (see :func:`strikemap.filters.options`)."""
    return options(st_load_events(db, revision))


@st.cache_resource(show_spinner=False, max_entries=2)
def st_strike_encoding(db: str | None, revision: int) -> StrikeEncoding:
    """Return every stored event encoded for the strike layer, once per store revision.

    A filter change then builds its layer by picking rows out of this encoding
    instead of encoding the view's events again (about 1 s at 100,000 events).
    """
    return encode_strikes(st_load_events(db, revision))


@st.cache_resource(show_spinner=False, max_entries=8)
def st_charts(_view: pd.DataFrame, view_key: Hashable) -> tuple[alt.Chart, alt.Chart]:
    """Return the strikes-per-day and casualties-by-oblast charts of a view, once per view.

    ``view_key`` identifies ``_view`` (store revision and filters); a pan or zoom
    reruns the script with the same key and reuses the charts (0.13 s at 100,000
    events). The charts are only read (turned into Vega-Lite specs) by Streamlit.
    """
    return strikes_per_day_chart(_view), casualties_by_oblast_chart(_view)
