"""A session's first script run leaves the panels below the map for later.

The browser draws the whole page on one thread: Streamlit's own elements and the
map component's iframe alike. Drawn in the same moment as the map, the events
table, the Vega charts, the export buttons and the intake form delayed the
markers by about a second (10,000 events, headless Chromium). The map reports its
view as soon as it has drawn, which reruns the script; the deferred panels are
drawn on that rerun (or on any other rerun, such as a widget change, whichever
comes first).
"""

from __future__ import annotations

import streamlit as st

STARTED_KEY = "page_started"
"""Session-state flag set by the first script run of a session."""
DEFERRED_NOTE = "The events table, charts, exports and article intake follow once the map is drawn."
"""What the first run shows in place of the deferred panels."""


def first_run() -> bool:
    """Return ``True`` during the first script run of a session, ``False`` afterwards."""
    if st.session_state.get(STARTED_KEY):
        return False
    st.session_state[STARTED_KEY] = True
    return True
