"""strikemap dashboard: strikes reported in the news, on a map, filtered and exported.

Run with ``streamlit run dashboard/app.py`` (or ``strikemap serve``). This
script only lays out the page; each panel lives in :mod:`strikemap.ui` and the
work is done by the Streamlit-free stages (filters, frames, mapping, exports).
"""

from __future__ import annotations

from datetime import date

import streamlit as st
from strikemap.filters import describe
from strikemap.ui import cache, settings
from strikemap.ui.charts import brush_dates
from strikemap.ui.compare_panel import render_comparison
from strikemap.ui.detail import render_detail
from strikemap.ui.exports_panel import render_exports
from strikemap.ui.first_run import DEFERRED_NOTE, first_run
from strikemap.ui.intake import render_intake
from strikemap.ui.map_view import (
    DETAIL_PANEL_KEY,
    detail_event,
    playback_day,
    render_map,
    scroll_to_detail,
    scroll_to_map,
    selected_event,
    table_key,
)
from strikemap.ui.sidebar import apply_brush, render_filters, render_layer_toggles
from strikemap.ui.status import (
    counts_line,
    freshness_text,
    in_window,
    render_empty_state,
    store_updated,
)
from strikemap.ui.summary import headline
from strikemap.ui.text import md_literal
from strikemap.ui.web_intake import render_feed_status

TABLE_ROWS = 5_000
CHART_KEY = "per_day_chart"
PAGE_STYLE = """<style>
/* Scrolled to after a tap on a phone: clear of Streamlit's fixed header. */
.st-key-event_detail { scroll-margin-top: 3.75rem; }
/* Streamlit's 6rem above the title pushed the map to the fold at 1440 x 900. */
[data-testid="stMainBlockContainer"] { padding-top: 3.5rem !important; }
@media (max-width: 640px) {
  h1 { font-size: 1.6rem !important; padding: .2rem 0 !important; }
  /* Clear of the fixed 3.75rem header, which hid the title. */
  [data-testid="stMainBlockContainer"] { padding-top: 4rem !important; }
  .st-key-headline [data-testid="stMetricValue"] { font-size: 1.25rem !important; }
  .st-key-headline [data-testid="stMetricLabel"] { font-size: .75rem !important; }
}
</style>"""

st.set_page_config(page_title="strikemap", page_icon="🗺️", layout="wide")
# The panels below the map wait for the rerun the map triggers once drawn
# (see strikemap.ui.first_run), so the markers are drawn first.
defer_panels = first_run()

db = settings.store_url()
store = cache.open_store(db, str(settings.seeds_dir(__file__)))
# The cache key: the store's revision and, in public-link mode, the first day held back.
revision = (store.revision(), store.publication.cutoff())
facts = cache.st_store_facts(store, db, revision)

state = render_filters(
    cache.st_filter_options(store, db, revision), span=(facts.first_day, facts.last_day)
)
layers = render_layer_toggles()
with st.sidebar:
    render_feed_status(store)
# Quick ranges count back from the newest event shown; the store runs the filters.
anchor = facts.last_day or date.today()
view = cache.st_view(store, db, revision, state, anchor)
matching = (
    cache.st_view_count(store, db, revision, state, anchor)
    if len(view) >= cache.VIEW_LIMIT
    else len(view)
)
filters_text = describe(state, anchor=anchor)
policy = store.publication.describe()
# While the timeline plays, the counts and the table follow the map's day.
day = playback_day() if layers.timeline else None
shown = in_window(view, day) if day is not None else view

st.html(PAGE_STYLE)
st.title("strikemap")
if matching > len(view):
    st.caption(
        f"The newest {len(view):,} of {matching:,} matching events are shown; narrow the "
        "filters to see the others."
    )
newest = facts.last_day
st.caption(
    "Missile, drone, glide-bomb and artillery strikes reported in the news, extracted with "
    f"their evidence and sources. {md_literal(filters_text)}. "
    f"{freshness_text(newest, store_updated(getattr(store, 'path', None)))}."
)
counts = headline(shown)
# One row that wraps, never four stacked boxes: on a phone the map stays above the fold.
with st.container(horizontal=True, gap="medium", key="headline"):
    for label, value in counts_line(counts):
        st.metric(label, value, width="content")
# Always one element here: a caption that came and went above the map moved the map in
# the page's element tree, so Streamlit built it anew and the playback started over.
timeline_note = st.empty()
if day is not None:
    timeline_note.caption(
        f"Timeline: {day[0].isoformat()}; the counts and the table follow the map's day."
    )
if view.empty:
    render_empty_state(facts.events)

view_key = (db, revision, state)
table = cache.st_table(shown, (view_key, day), TABLE_ROWS)
events_table = table_key((view_key, day))
focus = selected_event(view, table, events_table)
map_column, detail_column = st.columns([2, 1], gap="medium")
with map_column:
    map_state = render_map(
        view,
        layers,
        focus=focus,
        view_key=view_key,
        encoding=cache.st_strike_encoding(view, view_key),
    )
with detail_column, st.container(key=DETAIL_PANEL_KEY):
    render_detail(detail_event(view, focus, map_state.clicked))
scroll_to_detail(map_state.clicked)
if focus is not None:
    scroll_to_map(focus["event_id"])

if defer_panels:
    st.caption(DEFERRED_NOTE)
else:
    st.subheader("Events")
    if len(shown) > len(table):
        st.caption(
            f"Showing the newest {len(table):,} of {len(shown):,} events; narrow the filters, or "
            "export them all below."
        )
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        # Show every row of a short view; scroll beyond about fourteen rows.
        height=min(35 * (len(table) + 1) + 3, 528),
        on_select="rerun",
        selection_mode="single-row",
        key=events_table,
        column_config={
            "confidence": st.column_config.NumberColumn("confidence", format="%d%%"),
            "event_id": None,
        },
    )

    if not shown.empty:
        per_day, by_oblast = cache.st_charts(shown, (view_key, day))
        left, right = st.columns(2)
        left.altair_chart(
            per_day,
            width="stretch",
            key=CHART_KEY,
            on_select=lambda: apply_brush(brush_dates(st.session_state.get(CHART_KEY))),
        )
        right.altair_chart(by_oblast, width="stretch")

        with st.expander("Compare periods: this week against the last", expanded=False):
            render_comparison(view)

    render_exports(
        view,
        filters_text=f"{filters_text}. {policy}" if policy else filters_text,
        bounds=map_state.bounds,
        center=map_state.center,
        zoom=map_state.zoom,
        offline=layers.offline,
    )

    with st.expander("Add articles", expanded=False):
        render_intake(store, st.get_option("server.maxUploadSize"))

st.divider()
if policy:  # strikemap's own sentence, free of markup
    st.caption(policy)
if store.note:
    st.caption(md_literal(store.note))
if store.read_only:
    st.caption("The store is read-only.")
merged = (
    f" from {facts.reports:,} reports ({facts.reports - facts.events:,} merged with a report "
    "of the same strike)"
    if facts.reports > facts.events
    else ""
)
st.caption(
    f"Store: {md_literal(store.location.public_name)} · {facts.articles:,} articles · "
    f"{facts.events:,} events{merged}. "
    "Place names and coordinates: GeoNames (CC BY 4.0). Boundaries: Natural Earth (public "
    "domain). Map tiles © OpenStreetMap contributors. Casualty figures are as reported; "
    "'≥' marks totals that include lower bounds or unknown figures."
)
