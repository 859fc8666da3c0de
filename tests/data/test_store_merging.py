"""The merged rows the store keeps for the map: units, weapon bits, search text, publishers.

Events are written here; each expected unit string, bit mask and row value is
written by hand.
"""

from __future__ import annotations

import json
from datetime import date

import sqlalchemy as sa
from datafactories import KHARKIV, KYIV, article, event
from strikemap.models import Evidence, Source
from strikemap.store import EventStore
from strikemap.store import merging as store_merging
from strikemap.store.merging import (
    merged_row,
    record_json,
    search_text,
    unit_of,
    weapons_mask,
)

MAY2 = date(2024, 5, 2)


def test_a_dated_report_belongs_to_the_unit_of_its_level_day_and_place():
    report = event(article("a1", MAY2), KYIV, MAY2)
    assert unit_of(report, "a1", 0) == "city|2024-05-02|kyiv"


def test_an_undated_report_is_a_unit_of_its_own_per_article_and_position():
    report = event(article("a1", MAY2), KYIV, None)
    assert unit_of(report, "a1", 3) == "~a1|3"
    assert unit_of(report, "a2", 3) == "~a2|3"


def test_weapon_bits_follow_the_category_list():
    # missile 1, drone 2, glide bomb 4, artillery 8, air strike 16, unknown 32
    assert weapons_mask([]) == 0
    assert weapons_mask(["missile"]) == 1
    assert weapons_mask(["drone"]) == 2
    assert weapons_mask(["glide_bomb", "artillery"]) == 12
    assert weapons_mask(["air_strike", "unknown"]) == 48
    assert weapons_mask(["missile", "missile"]) == 1
    assert weapons_mask(["laser", "drone"]) == 2


def test_search_text_holds_place_parent_oblast_name_as_written_and_evidence():
    report = event(
        article("a1", MAY2),
        {**KHARKIV, "parent": "Kharkiv Oblast"},
        MAY2,
        as_written="Харків",
        evidence=[Evidence("a1", "A school was hit."), Evidence("a1", "")],
    )
    assert search_text(report, "Kharkivska") == (
        " kharkiv kharkiv oblast kharkivska харків a school was hit "
    )
    bare = event(
        article("a1", MAY2),
        {"place": "Sumy", "lat": 50.9, "lon": 34.8},
        MAY2,
        as_written=None,
        evidence=[],
    )
    assert search_text(bare, None) == " sumy "


def test_a_record_is_stored_as_compact_readable_json():
    report = event(
        article("a1", MAY2), {"place": "Київ", "lat": 50.45, "lon": 30.52}, MAY2, evidence=[]
    )
    text = record_json(report)
    assert '"place":"Київ"' in text
    assert ", " not in text and '": ' not in text
    assert json.loads(text)["place"] == "Київ"


def test_a_merged_row_lists_its_publishers_between_bars_sorted():
    report = event(
        article("a1", MAY2),
        KYIV,
        MAY2,
        weapons=["drone", "missile"],
        killed=3,
        sources=[
            Source("a1", publisher="Ukrainska Pravda"),
            Source("a2", publisher=None),
            Source("a3", publisher="Kyiv Independent"),
            Source("a4", publisher="Ukrainska Pravda"),
        ],
    )
    row = merged_row("city|2024-05-02|kyiv", 1, report)
    assert row["unit"] == "city|2024-05-02|kyiv"
    assert row["slot"] == 1
    assert row["publishers"] == "|Kyiv Independent|Ukrainska Pravda|"
    assert row["weapons_mask"] == 3
    assert (row["place"], row["killed"], row["date"]) == ("Kyiv", 3, MAY2)
    assert row["search"].startswith(" kyiv ")
    assert json.loads(row["record"])["event_id"] == report.event_id


def test_a_merged_row_without_publishers_has_an_empty_publisher_list():
    report = event(article("a1", MAY2), KYIV, MAY2, sources=[Source("a1", publisher=None)])
    assert merged_row("u", 0, report)["publishers"] == ""


def test_units_beyond_one_query_chunk_are_all_merged_again(tmp_path, monkeypatch):
    """Three units with chunks of two: the third unit's rows are rebuilt too."""
    monkeypatch.setattr(store_merging, "CHUNK", 2)
    days = [date(2024, 5, d) for d in (2, 3, 4)]
    with EventStore(f"sqlite:///{tmp_path / 'store.sqlite'}") as store:
        for number, day in enumerate(days):
            art = article(f"a{number}", day)
            store.add(art, [event(art, KYIV, day)])
        assert store.count_events() == 3
        with store.engine.begin() as conn:
            assert store_merging.rebuild(conn) == 3
            rows = conn.execute(sa.select(sa.func.count()).select_from(sa.text("merged")))
            assert rows.scalar() == 3
        assert [e.date for e in store.query()] == days
