"""Unit tests of the dashboard's Streamlit-free helpers: table, counts, charts, detail, map view,
exports and upload reading."""

from __future__ import annotations

import html
import json
from datetime import date

import pandas as pd
import pytest
import strikemap.extraction
from hostile import HOSTILE_TEXTS
from strikemap.frames import events_to_frame
from strikemap.store import EventStore
from strikemap.ui.charts import (
    casualties_by_oblast,
    casualties_by_oblast_chart,
    strikes_per_day,
    strikes_per_day_chart,
)
from strikemap.ui.detail import evidence_html, facts, sources_table
from strikemap.ui.exports_panel import export_frame, export_specs, in_bounds
from strikemap.ui.intake import preview, read_uploads, save
from strikemap.ui.map_view import (
    bounds_from_component,
    clicked_event_id,
    playback_window,
    row_of,
    view_from_params,
    view_to_params,
)
from strikemap.ui.summary import headline, table_frame

from .conftest import make_events


@pytest.fixture
def frame():
    return events_to_frame([event for _, events in make_events() for event in events])


def test_headline_counts(frame):
    counts = headline(frame)
    assert (counts.events, counts.killed, counts.injured, counts.places) == (5, 29, 204, 5)
    assert counts.killed_at_least  # two events have unknown killed
    assert headline(frame.iloc[0:0]).events == 0
    belgorod = headline(frame[frame["place"] == "Belgorod"])
    assert not belgorod.killed_at_least and not belgorod.injured_at_least


def test_table_is_plain_text_newest_first(frame):
    out = table_frame(frame)
    assert list(out["place"])[:2] == ["Kyiv", "Pecherskyi District"]
    assert out.loc[out["place"] == "Belgorod", "weapons"].item() == "Missile, Artillery"
    assert out.loc[out["place"] == "Belgorod", "sources"].item() == "TASS"
    assert table_frame(frame.iloc[0:0]).empty


def test_chart_data(frame):
    per_day = strikes_per_day(frame, "day")
    belgorod_day = per_day[per_day["date"] == pd.Timestamp("2023-12-30")]
    assert set(belgorod_day["weapon"]) == {"Missile", "Artillery"}
    assert per_day["strikes"].sum() == 6  # Belgorod counts once per weapon
    by_oblast = casualties_by_oblast(frame)
    top = by_oblast.iloc[0]["oblast"]
    assert top.startswith("Belgorod")
    strikes_per_day_chart(frame).to_dict()
    casualties_by_oblast_chart(frame).to_dict()
    assert strikes_per_day(frame.iloc[0:0]).empty


def test_detail_facts_say_at_least(frame):
    kyiv = row_of(frame, frame.loc[frame["place"] == "Kyiv", "event_id"].item())
    words = dict(facts(kyiv))
    assert words["Injured"] == "at least 92"
    assert words["Killed"] == "4"
    assert words["Date"] == "2024-01-02"
    assert words["Place"] == "Kyiv, Kyiv (city)"
    assert sources_table(kyiv)["link"].tolist() == ["https://news.example/kyiv"]


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_detail_evidence_is_escaped(text):
    row = {"evidence": [{"article_id": "a", "sentence": text}]}
    out = evidence_html(row)
    assert "<script" not in out and "<img" not in out
    assert "${" not in out and "{{" not in out and "`" not in out
    # The browser shows the literal text: unescaping the entities gives it back.
    assert text in html.unescape(out)


def test_detail_sources_drop_unsafe_links():
    row = {"sources": [{"publisher": "<b>x</b>", "url": "javascript:alert(1)", "title": "t"}]}
    table = sources_table(row)
    assert table["link"].tolist() == [""]  # no link: an empty cell, not a javascript: URL
    assert table["publisher"].item() == "<b>x</b>"  # data, rendered as text by st.dataframe


def test_detail_sources_without_a_url_show_an_empty_link_never_none():
    row = {
        "sources": [
            {"publisher": "Kyiv Post", "url": None, "title": "Strike on Kyiv"},
            {"publisher": "Suspilne", "url": "", "title": "Night attack"},
            {"publisher": "Ukrinform", "url": "https://ukrinform.example/a1", "title": "Drones"},
        ]
    }
    table = sources_table(row)
    assert table["link"].tolist() == ["", "", "https://ukrinform.example/a1"]
    assert table.notna().all().all()  # st.dataframe draws a missing cell as "None"
    assert "None" not in table.to_string()


def test_map_view_params_round_trip():
    params = view_to_params((50.45012, 30.5234), 9)
    assert params == {"lat": "50.4501", "lon": "30.5234", "zoom": "9"}
    assert view_from_params(params) == ((50.4501, 30.5234), 9)
    assert view_from_params({"lat": "91", "lon": "0", "zoom": "40"}) == (None, None)
    assert view_from_params({"lat": "x"}) == (None, None)


def test_bounds_from_component():
    raw = {"_southWest": {"lat": 44.0, "lng": 22.0}, "_northEast": {"lat": 53.0, "lng": 41.0}}
    assert bounds_from_component(raw) == ((44.0, 22.0), (53.0, 41.0))
    assert bounds_from_component({"_southWest": {"lat": None}}) is None
    assert bounds_from_component(None) is None


def test_a_click_is_read_by_event_id_never_by_position():
    assert clicked_event_id("strikemap-event:5751dc62fb7e3993:4") == (
        "5751dc62fb7e3993",
        "strikemap-event:5751dc62fb7e3993:4",
    )
    # streamlit-folium's own popup text (a click it saw first) is not an event id.
    assert clicked_event_id("Kyiv, Kyiv City Date: 2024-01-02") is None
    assert clicked_event_id(None) is None
    assert clicked_event_id("strikemap-event::3") is None


def test_playback_window_reads_the_timeline_day():
    # 19724 days after 1970-01-01 is 2024-01-02.
    assert playback_window("strikemap-window:19724:19724") == (date(2024, 1, 2), date(2024, 1, 2))
    assert playback_window("strikemap-window:x:1") is None
    assert playback_window("strikemap-event:abc:1") is None


def test_in_bounds(frame):
    kyiv_box = ((50.0, 30.0), (51.0, 31.0))
    assert set(in_bounds(frame, kyiv_box)["place"]) == {"Kyiv", "Pecherskyi District"}
    assert len(in_bounds(frame, None)) == len(frame)


def test_export_specs_make_the_files(frame):
    specs = export_specs(frame, filters_text="All events", bounds=None, stamp="x")
    assert [s.file_name for s in specs.values()] == [
        "strikemap-x.csv",
        "strikemap-x.geojson",
        "strikemap-x.gpkg",
        "strikemap-x.html",
        "strikemap-x.png",
        "strikemap-x-slide.png",
        "strikemap-x.pptx",
    ]
    geojson = json.loads(specs["geojson"].make())
    assert len(geojson["features"]) == 5
    assert "_search" not in export_frame(frame.assign(_search="x")).columns


def test_read_uploads_accepts_articles_and_names_bad_files():
    good = b"---\ntitle: T\npublished: 2024-01-02\n---\nMissiles hit Kyiv on Tuesday.\n"
    files = [
        ("good.txt", good),
        ("again.txt", good),  # same article twice: previewed once
        ("empty.txt", b"   \n"),
        ("binary.txt", b"\x00\x01\x02\x03binary\x00"),
        ("broken.jsonl", b'{"id": "1", "text": "ok"}\n{not json\n'),
        ("big.txt", b"x" * 2_048),
        ("image.png", b"\x89PNG\r\n"),
    ]
    articles, errors = read_uploads(files, max_bytes=1_024)
    # The good record of broken.jsonl is read; its bad line 2 is named.
    assert [(a.path, a.title) for a in articles] == [("good.txt", "T"), ("broken.jsonl:1", None)]
    assert any(message.startswith("broken.jsonl:2: malformed JSON") for message in errors)
    named = {message.split(":", 1)[0] for message in errors}
    assert named == {"empty.txt", "binary.txt", "broken.jsonl", "big.txt", "image.png"}
    assert "big.txt: file is 2.0 KB, over the upload limit of 1.0 KB" in errors


def test_save_stores_each_article_once(tmp_path):
    items = make_events()[:2]
    with EventStore(str(tmp_path / "s.sqlite")) as store:
        assert save(store, items) == (2, 0)
        assert save(store, items) == (0, 2)
        assert store.count_articles() == 2


def test_table_limit_keeps_the_newest(frame):
    out = table_frame(frame, limit=2)
    assert list(out["place"]) == ["Kyiv", "Pecherskyi District"]


def test_preview_names_an_article_whose_extraction_fails(monkeypatch):
    def fail(article, gazetteer=None):
        raise ValueError("boom")

    monkeypatch.setattr(strikemap.extraction, "extract_article", fail)
    article = make_events()[0][0]
    result = preview([article], errors=["earlier.txt: empty file"])
    assert result.items == []
    assert result.errors == ["earlier.txt: empty file", f"{article.id}: extraction failed (boom)"]


def _day_event(number, weapons):
    from strikemap.models import Event, Evidence, Source

    return Event(
        event_id=f"d{number}",
        article_ids=[f"a{number}"],
        place=f"Place {number}",
        level="city",
        country="UA",
        lat=50.0,
        lon=30.0 + number,
        date=date(2024, 1, 2) if number < 5 else date(2024, 1, 3),
        weapons=weapons,
        evidence=[Evidence(f"a{number}", "A strike.")],
        sources=[Source(f"a{number}", "Report", "Wire", None, date(2024, 1, 2))],
    )


def test_the_chart_counts_events_once_per_category_on_a_day_of_mixed_weapons():
    # 2 January: five events, three of them with a missile and a drone (one listing
    # the missile twice, as two models of it would), one drone, one artillery.
    frame = events_to_frame(
        [
            _day_event(0, ["missile", "drone"]),
            _day_event(1, ["missile", "drone", "missile"]),
            _day_event(2, ["drone", "missile"]),
            _day_event(3, ["drone"]),
            _day_event(4, ["artillery"]),
            _day_event(5, ["glide_bomb"]),
        ]
    )
    per_day = strikes_per_day(frame)
    day = per_day[per_day["date"] == pd.Timestamp("2024-01-02")].set_index("weapon")
    assert day["strikes"].to_dict() == {"Artillery": 1, "Drone": 4, "Missile": 3}
    assert set(day["events"]) == {5}  # the bar's true total: five events, not eight
    next_day = per_day[per_day["date"] == pd.Timestamp("2024-01-03")]
    assert next_day[["weapon", "strikes", "events"]].values.tolist() == [["Glide bomb", 1, 1]]


def test_the_chart_bins_long_spans_by_week_or_month(frame):
    from strikemap.ui.charts import time_bin

    assert time_bin(frame.assign(date=pd.to_datetime(["2024-01-01"] * len(frame)))) == "day"
    spread = pd.to_datetime(["2022-02-24", "2023-01-01", "2024-06-01", "2025-08-01", "2025-08-02"])
    monthly = frame.assign(date=spread[: len(frame)])
    assert time_bin(monthly) == "month"
    per_month = strikes_per_day(monthly)
    assert set(per_month["date"].dt.day) == {1}
    chart = strikes_per_day_chart(monthly).to_dict()
    assert "Strikes per month" in str(chart["title"])
    weekly = frame.assign(
        date=pd.to_datetime(["2024-01-01", "2024-03-01", "2024-06-01"] * 2)[: len(frame)]
    )
    assert time_bin(weekly) == "week"
    assert set(strikes_per_day(weekly)["date"].dt.day_of_week) == {0}  # weeks start on Monday
