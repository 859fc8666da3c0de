"""The event detail panel: every field of one event, its sources and quoted evidence.

Article-derived text reaches the page in two ways only: as data in
``st.dataframe`` cells (rendered as text by Streamlit) and through
:func:`strikemap.safetext.escape_text` inside the evidence HTML. URLs are kept
only when :func:`strikemap.safetext.safe_url` accepts them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from strikemap.exports.brief_page import clip_title
from strikemap.labels import (
    attacker_label,
    confidence_label,
    country_label,
    date_label,
    figure_label,
    is_missing,
    level_label,
    link_label,
    text_label,
    weapons_label,
)
from strikemap.safetext import escape_text

EVIDENCE_STYLE = (
    "margin:0 0 .6rem 0;padding:.4rem .8rem;border-left:3px solid #b3261e;"
    "background:#f9fafb;color:#1f2937;font-size:.92rem;white-space:pre-wrap"
)


def facts(row: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Return the event's fields as ``(label, plain text)`` pairs, in reading order."""
    parent = row.get("parent")
    place = row["place"] + ("" if is_missing(parent) else f", {parent}")
    day_text = date_label(row.get("date"))
    if row.get("date_precision") and row["date_precision"] != "day" and day_text != "unknown":
        day_text += f" ({row['date_precision']} precision)"
    out = [
        ("Place", f"{place} ({level_label(row.get('level'))})"),
        ("Oblast", text_label(row.get("oblast"))),
        ("Country", country_label(row.get("country"))),
        ("Date", day_text),
        ("Weapons", weapons_label(row.get("weapons"))),
        ("Models", ", ".join(row.get("models") or ()) or "not stated"),
        ("Killed", figure_label(row.get("killed"), bool(row.get("killed_at_least")))),
        ("Injured", figure_label(row.get("injured"), bool(row.get("injured_at_least")))),
        ("Attacker", attacker_label(row.get("attacker"))),
        ("Confidence", confidence_label(row.get("confidence"))),
    ]
    if row.get("interception_debris"):
        out.append(("Note", "damage from interception debris"))
    if row.get("disputed"):
        out.append(("Sources disagree on", ", ".join(row["disputed"])))
    return out


def sources_table(row: Mapping[str, Any]) -> pd.DataFrame:
    """Return the event's sources: publisher, date, title and a link only when it is http(s).

    A source without a (safe) link has an empty link cell, never "None".
    """
    records = [
        {
            "publisher": text_label(s.get("publisher"), "not stated"),
            "published": date_label(s.get("published")),
            "title": clip_title(str(s.get("title") or ""))[:90] or "untitled",
            "link": link_label(s.get("url")),
        }
        for s in row.get("sources") or ()
    ]
    return pd.DataFrame(records, columns=["publisher", "published", "title", "link"])


CITE_STYLE = "display:block;margin-top:.25rem;font-size:.8rem;color:#4b5563;font-style:normal"


def _source_name(row: Mapping[str, Any], article_id: Any) -> str:
    for source in row.get("sources") or ():
        if source.get("article_id") == article_id:
            return str(source.get("publisher") or source.get("title") or "source")[:80]
    return ""


def evidence_html(row: Mapping[str, Any]) -> str:
    """Return the quoted evidence sentences as escaped HTML blockquotes, each with its source."""
    quotes = []
    for item in row.get("evidence") or ():
        name = _source_name(row, item.get("article_id"))
        cite = f'<cite style="{CITE_STYLE}">\u2014 {escape_text(name)}</cite>' if name else ""
        quotes.append(
            f'<blockquote style="{EVIDENCE_STYLE}">{escape_text(item.get("sentence"))}'
            f"{cite}</blockquote>"
        )
    return "".join(quotes) or "<p><em>No evidence sentences stored.</em></p>"


def render_detail(row: Mapping[str, Any] | None) -> None:
    """Draw the detail panel for one event row (or a hint when none is selected)."""
    st.subheader("Event detail")
    if row is None:
        st.caption("Select a row of the events table or click a marker to see its details.")
        return
    st.dataframe(
        pd.DataFrame(facts(row), columns=["field", "value"]),
        hide_index=True,
        width="stretch",
        key="detail_facts",
        # The names are short; the values ("Kharkiv, Kharkiv Oblast (city)") get the room.
        column_config={
            "field": st.column_config.TextColumn("field", width=100),
            "value": st.column_config.TextColumn("value", width="large"),
        },
    )
    st.markdown("**Sources**")
    st.dataframe(
        sources_table(row),
        hide_index=True,
        width="stretch",
        column_config={"link": st.column_config.LinkColumn("link", display_text="open")},
        key="detail_sources",
    )
    st.markdown("**Evidence**")
    st.html(evidence_html(row))
