"""strikemap dashboard: strikes reported in the news, on a map, filtered and exported.

Run with ``streamlit run dashboard/app.py`` (or ``strikemap serve``). This
script only lays out the page; each panel lives in :mod:`strikemap.ui` and the
work is done by the Streamlit-free stages (filters, frames, mapping, exports).
"""

from __future__ import annotations

import streamlit as st
from strikemap.filters import anchor_date, apply_filters, describe
from strikemap.ui import cache, settings
from strikemap.ui.detail import render_detail
from strikemap.ui.exports_panel import render_exports
from strikemap.ui.first_run import DEFERRED_NOTE, first_run
from strikemap.ui.intake import render_intake
from strikemap.ui.map_view import detail_event, render_map, selected_event, table_key
from strikemap.ui.sidebar import render_filters, render_layer_toggles
from strikemap.ui.summary import headline, table_frame
from strikemap.ui.text import md_literal

TABLE_ROWS = 5_000

st.set_page_config(page_title="strikemap", page_icon="🗺️", layout="wide")
# The panels below the map wait for the rerun the map triggers once drawn
# (see strikemap.ui.first_run), so the markers are drawn first.
defer_panels = first_run()

db = settings.store_url()
store = cache.st_store(db, str(settings.seeds_dir(__file__)))
revision = store.revision()
events = cache.st_load_events(db, revision)

state = render_filters(cache.st_filter_options(db, revision))
layers = render_layer_toggles()
anchor = anchor_date(events)
view = apply_filters(events, state, anchor=anchor)
filters_text = describe(state, anchor=anchor)

st.title("strikemap")
st.caption(
    "Missile, drone, glide-bomb and artillery strikes reported in the news, extracted with "
    f"their evidence and sources. {md_literal(filters_text)}."
)

counts = headline(view)
for column, label, value, lower_bound in zip(
    st.columns(4),
    ("Events", "Killed", "Injured", "Places"),
    (counts.events, counts.killed, counts.injured, counts.places),
    (False, counts.killed_at_least, counts.injured_at_least, False),
    strict=True,
):
    column.metric(label, f"≥ {value:,}" if lower_bound else f"{value:,}")

view_key = (db, revision, state)
table = table_frame(view, limit=TABLE_ROWS)
events_table = table_key(view_key)
focus = selected_event(view, table, events_table)
map_column, detail_column = st.columns([2, 1], gap="medium")
with map_column:
    map_state = render_map(
        view,
        layers,
        focus=focus,
        view_key=view_key,
        encoding=cache.st_strike_encoding(db, revision),
    )
with detail_column:
    render_detail(detail_event(view, focus, map_state.clicked))

if defer_panels:
    st.caption(DEFERRED_NOTE)
else:
    st.subheader("Events")
    if len(view) > len(table):
        st.caption(
            f"Showing the newest {len(table):,} of {len(view):,} events; narrow the filters, or "
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
            "date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
            "confidence": st.column_config.NumberColumn("confidence", format="%.2f"),
            "event_id": None,
        },
    )

    per_day, by_oblast = cache.st_charts(view, view_key)
    left, right = st.columns(2)
    left.altair_chart(per_day, width="stretch")
    right.altair_chart(by_oblast, width="stretch")

    render_exports(
        view,
        filters_text=filters_text,
        bounds=map_state.bounds,
        center=map_state.center,
        zoom=map_state.zoom,
    )

    with st.expander("Add articles", expanded=False):
        render_intake(store, st.get_option("server.maxUploadSize"))

st.divider()
st.caption(
    f"Store: {store.path} · {store.count_articles()} articles · {len(events)} events. "
    "Place names and coordinates: GeoNames (CC BY 4.0). Boundaries: Natural Earth (public "
    "domain). Map tiles © OpenStreetMap contributors. Casualty figures are as reported; "
    "'≥' marks totals that include lower bounds or unknown figures."
)
