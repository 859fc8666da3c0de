"""One label function per kind of value serves every view (issue 14, item 11).

Expected texts are written by hand: what an analyst reads in the sidebar, the
table, the detail panel and the charts.
"""

from __future__ import annotations

import pandas as pd
import pytest
from strikemap.frames import events_to_frame
from strikemap.labels import (
    attacker_label,
    change_label,
    confidence_label,
    country_label,
    found_label,
    level_label,
    link_label,
    weapon_label,
)
from strikemap.store.location import resolve
from strikemap.ui.charts import strikes_per_day
from strikemap.ui.detail import facts
from strikemap.ui.summary import table_frame

from .conftest import make_events


@pytest.mark.parametrize(
    ("label", "code", "text"),
    [
        (weapon_label, "glide_bomb", "Glide bomb"),
        (weapon_label, "air_strike", "Air strike"),
        (weapon_label, None, "Unknown weapon"),
        (attacker_label, "RU", "Russia"),
        (attacker_label, None, "not stated"),
        (country_label, "UA", "Ukraine"),
        (country_label, "BY", "Belarus"),
        (country_label, None, "unknown"),
        (level_label, "region", "oblast"),
        (level_label, float("nan"), "unknown"),
        (confidence_label, 0.84, "84%"),
        (confidence_label, None, "unknown"),
        (link_label, "https://news.example/a1", "https://news.example/a1"),
        (link_label, None, ""),
        (link_label, "javascript:alert(1)", ""),
    ],
)
def test_each_code_reads_as_words(label, code, text):
    assert label(code) == text


def _cells(frame: pd.DataFrame) -> set[str]:
    return {str(value) for value in frame.to_numpy().ravel()}


def test_the_table_and_the_detail_show_no_code_and_no_none():
    frame = events_to_frame([event for _, events in make_events() for event in events])
    table = table_frame(frame)
    cells = _cells(table.drop(columns=["event_id"]))
    assert not cells & {"None", "nan", "NaN", "<NA>", "glide_bomb", "air_strike", "UA", "RU"}
    kharkiv = table[table["place"] == "Kharkiv"].iloc[0]
    # Kharkiv's test event: glide bomb, no figures, no attacker stated.
    assert (kharkiv["weapons"], kharkiv["killed"], kharkiv["attacker"], kharkiv["country"]) == (
        "Glide bomb", "unknown", "not stated", "Ukraine",
    )  # fmt: skip
    row = frame[frame["place"] == "Kharkiv"].iloc[0].to_dict()
    detail = dict(facts(row))
    assert detail["Country"] == "Ukraine"
    assert detail["Confidence"] == "80%"  # the table's column format shows 80 as "80%"
    assert table.loc[table["place"] == "Kharkiv", "confidence"].item() == 80
    assert set(strikes_per_day(frame)["weapon"]) <= {
        "Missile", "Drone", "Glide bomb", "Artillery", "Air strike", "Unknown weapon",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("found", "before", "after", "text"),
    [
        # The seeds: 16 reports of which 2 tell of a strike another report told of.
        (
            16,
            0,
            14,
            "16 events found, 14 new on the map (2 merged with reports of the same strike)",
        ),
        (3, 10, 12, "3 events found, 2 new on the map (1 merged with a report of the same strike)"),
        (3, 0, 3, "3 events found; the map now holds 3"),
        (0, 14, 14, "0 events found; the map now holds 14"),
        (1, 5, 6, "1 event found; the map now holds 6"),
    ],
)
def test_found_and_merged_are_both_said(found, before, after, text):
    assert found_label(found, before, after) == text


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/srv/private/data/strikemap.sqlite", "strikemap.sqlite"),
        ("sqlite:///home/analyst/stores/kyiv.sqlite", "kyiv.sqlite"),
        ("postgresql://maps:secret@db.internal:5432/strikes", "PostgreSQL database strikes"),
    ],
)
def test_the_page_names_a_store_without_its_folder_host_or_password(url, name):
    assert resolve(url).public_name == name


def test_a_brush_on_the_chart_gives_the_dates_it_covers():
    from strikemap.ui.charts import brush_dates

    # Streamlit reports an interval on a temporal axis as epoch milliseconds.
    first, last = 1704153600000, 1704326400000  # 2024-01-02 and 2024-01-04, 00:00 UTC
    chosen = brush_dates({"selection": {"brush": {"date": [last, first]}}})
    assert chosen == (pd.Timestamp("2024-01-02"), pd.Timestamp("2024-01-04"))
    assert brush_dates({"selection": {"brush": {}}}) is None
    assert brush_dates(None) is None


@pytest.mark.parametrize(("value", "text"), [(4, "+4"), (0, "±0"), (-2, "\u22122")])
def test_a_change_between_periods_reads_with_its_sign(value, text):
    assert change_label(value) == text


def test_the_compare_panel_shows_signed_changes():
    from strikemap.ui.compare_panel import _table

    table = pd.DataFrame({"weapon": ["Drone", "Missile"], "current": [4, 1], "previous": [0, 3],
                          "change": [4, -2]})  # fmt: skip
    shown = _table(table, "weapon")
    assert list(shown.columns) == ["Weapon", "This period", "Previous", "Change"]
    assert list(shown["Change"]) == ["+4", "\u22122"]
