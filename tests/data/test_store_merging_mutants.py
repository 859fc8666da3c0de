"""The merged rows' search text names the event's oblast, found by the gazetteer.

Found by the mutation run of ``store.merging``: the search text of a merged row
was checked with the oblast handed in, never with the one ``merged_row`` looks
up. Expected texts and places are written by hand.
"""

from __future__ import annotations

from datetime import date

from app.conftest import make_events
from datafactories import KHARKIV, article, event
from strikemap.filters import FilterState
from strikemap.store import EventStore
from strikemap.store.merging import merged_row

MAY2 = date(2024, 5, 2)


def test_a_merged_rows_search_text_holds_the_oblast_of_its_region_code():
    # UA-63 is Kharkiv Oblast; the report itself names no parent.
    report = event(article("a1", MAY2), {**KHARKIV, "parent": None}, MAY2)
    row = merged_row("city|2024-05-02|kharkiv", 0, report)
    assert row["oblast"] == "Kharkiv Oblast"
    assert row["search"] == " kharkiv kharkiv oblast kharkiv was hit a1 "


def test_searching_an_oblast_finds_events_whose_text_does_not_name_it(store_url):
    # Kyiv and the Pecherskyi district lie in "Kyiv City" (UA-30); no place, parent or
    # quoted sentence of theirs says "city".
    with EventStore(store_url) as store:
        for art, events in make_events():
            store.add(art, events)
        found = {e.place for e in store.query(FilterState(text="city"))}
        assert found == {"Kyiv", "Pecherskyi District"}
