"""AppTest tests of dashboard/app.py: each filter, the URL binding, the map, table and exports.

What the map holds is read from the st_folium component's arguments: the
strike layer's script (``feature_group``) carries each drawn event's evidence
sentence, and ``map_event_ids`` in session state lists the events passed to
the layer.
"""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import date

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest
from strikemap.store import EventStore
from strikemap.ui.first_run import DEFERRED_NOTE
from strikemap.ui.map_view import TABLE_KEY_PREFIX

from .conftest import APP, EVENTS, run

SENTENCE = {row[1]: row[-1] for row in EVENTS}
ALL = set(SENTENCE)


def events_table(at):
    """Return the events table element (its key changes with the view)."""
    (element,) = [d for d in at.dataframe if (d.key or "").startswith(TABLE_KEY_PREFIX)]
    return element


def table(at) -> pd.DataFrame:
    return events_table(at).value


def component_args(at) -> dict:
    (component,) = at.get("component_instance")
    return json.loads(component.proto.json_args)


def shown(at) -> set[str]:
    """Return the places in the events table, checking the map holds exactly the same events."""
    assert not at.exception, [e.message for e in at.exception]
    frame = table(at)
    places = set(frame["place"])
    assert sorted(at.session_state["map_event_ids"]) == sorted(frame["event_id"])
    layer = component_args(at)["feature_group"]
    on_map = {place for place, sentence in SENTENCE.items() if sentence in layer}
    assert on_map == places
    return places


def test_default_view_shows_every_event_and_headline_counts(app):
    at = run(app())
    assert shown(at) == ALL
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Events": "5", "Killed": "≥ 29", "Injured": "≥ 204", "Places": "5"}


@pytest.mark.parametrize(
    ("quick", "expected"),
    [
        ("24h", {"Kyiv"}),
        ("7d", {"Kyiv", "Pecherskyi District", "Kharkiv", "Belgorod"}),
        ("all", ALL),
    ],
)
def test_quick_date_ranges(app, quick, expected):
    at = run(app())
    at.radio(key="range").set_value(quick)
    assert shown(run(at)) == expected


def test_custom_date_range(app):
    at = run(app())
    at.radio(key="range").set_value("custom")
    run(at)
    at.date_input(key="from").set_value(date(2023, 12, 30))
    at.date_input(key="to").set_value(date(2024, 1, 1))
    assert shown(run(at)) == {"Pecherskyi District", "Kharkiv", "Belgorod"}


def test_custom_dates_start_at_the_data_span(app):
    at = run(app())
    at.radio(key="range").set_value("custom")
    run(at)
    # The test events run from 1 December 2023 to 2 January 2024.
    assert at.date_input(key="from").value == date(2023, 12, 1)
    assert at.date_input(key="to").value == date(2024, 1, 2)
    assert "2023-12-01 to 2024-01-02" in at.date_input(key="from").help
    assert shown(at) == ALL


def test_weapon_filter(app):
    at = run(app())
    at.multiselect(key="weapon").set_value(["artillery"])
    assert shown(run(at)) == {"Belgorod", "Zaporizhzhia Oblast"}


def test_killed_slider_and_unknown_checkbox(app):
    at = run(app())
    at.select_slider(key="killed").set_range("20", "any")
    assert shown(run(at)) == {"Belgorod", "Pecherskyi District", "Kharkiv"}
    at.checkbox(key="unknown").uncheck()
    assert shown(run(at)) == {"Belgorod"}
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Events"] == "1"
    assert metrics["Killed"] == "25"


def test_injured_slider(app):
    at = run(app())
    at.select_slider(key="injured").set_range("0", "5")
    at.checkbox(key="unknown").uncheck()
    assert shown(run(at)) == {"Pecherskyi District", "Zaporizhzhia Oblast"}


def test_attacker_filter(app):
    at = run(app())
    at.multiselect(key="attacker").set_value(["UA"])
    assert shown(run(at)) == {"Belgorod"}
    at.multiselect(key="attacker").set_value(["unknown"])
    assert shown(run(at)) == {"Kharkiv"}


def test_country_filter(app):
    at = run(app())
    at.multiselect(key="country").set_value(["RU"])
    assert shown(run(at)) == {"Belgorod"}


def test_oblast_filter(app):
    at = run(app())
    widget = at.multiselect(key="oblast")
    kharkiv = [o for o in widget.options if o.startswith("Kharkiv")]
    assert kharkiv, widget.options
    widget.set_value(kharkiv)
    assert shown(run(at)) == {"Kharkiv"}


def test_source_filter(app):
    at = run(app())
    at.multiselect(key="source").set_value(["Reuters"])
    assert shown(run(at)) == {"Kharkiv", "Zaporizhzhia Oblast"}


def test_place_precision_filter(app):
    at = run(app())
    at.multiselect(key="level").set_value(["district", "region"])
    assert shown(run(at)) == {"Pecherskyi District", "Zaporizhzhia Oblast"}


def test_text_search(app):
    at = run(app())
    at.text_input(key="q").input("SCHOOL")
    assert shown(run(at)) == {"Kharkiv"}
    at.text_input(key="q").input("pechersk")
    assert shown(run(at)) == {"Pecherskyi District"}


def test_every_filter_and_layer_toggle_is_bound_to_the_url(app):
    # The browser writes a bound widget's value to the URL under its key; AppTest has
    # no browser, so check that each widget carries the binding.
    at = run(app(range="custom"))
    bound = {
        w.key: w.proto.query_param_key
        for kind in ("radio", "date_input", "multiselect", "select_slider", "checkbox", "toggle")
        for w in at.get(kind)
        if w.key is not None
    }
    bound["q"] = at.text_input(key="q").proto.query_param_key
    expected = [
        "range", "from", "to", "killed", "injured", "unknown", "oblast", "source", "q",
        "heat", "choro", "timeline", "offline",
    ]  # fmt: skip
    for key in expected:
        assert bound.get(key) == key


def test_labelled_lists_show_labels_and_keep_codes_in_the_url(app):
    at = run(app())
    # What the sidebar shows: labels, never codes.
    assert at.multiselect(key="weapon").options == [
        "Missile", "Drone", "Glide bomb", "Artillery", "Air strike", "Unknown weapon",
    ]  # fmt: skip
    assert at.multiselect(key="attacker").options == ["Russia", "Ukraine", "not stated"]
    assert at.multiselect(key="country").options == ["Russia", "Ukraine"]
    assert at.multiselect(key="level").options == ["district", "city", "oblast", "country"]
    # What the URL keeps: the codes, so links stay short and valid.
    at.multiselect(key="weapon").set_value(["glide_bomb"])
    at.multiselect(key="attacker").set_value(["unknown"])
    at.multiselect(key="country").set_value(["UA"])
    at.multiselect(key="level").set_value(["city"])
    run(at)
    assert shown(at) == {"Kharkiv"}
    params = at.query_params
    assert [params[k] for k in ("weapon", "attacker", "country", "level")] == [
        "glide_bomb", "unknown", "UA", "city",
    ]  # fmt: skip
    at.multiselect(key="weapon").set_value(["missile", "glide_bomb"])
    run(at)
    assert list(at.query_params["weapon"]) == ["missile", "glide_bomb"]
    # A link with codes opens the same selection.
    again = run(app(weapon="glide_bomb", attacker="unknown", country="UA", level="city"))
    assert again.multiselect(key="weapon").value == ["glide_bomb"]
    assert shown(again) == {"Kharkiv"}


def test_query_string_in_gives_the_same_view_out(app):
    by_widgets = run(app())
    by_widgets.multiselect(key="weapon").set_value(["missile", "drone"])
    by_widgets.select_slider(key="injured").set_range("1", "any")
    by_widgets.text_input(key="q").input("Kyiv")
    run(by_widgets)

    by_url = run(
        app(weapon=["missile", "drone"], injured=["1", "any"], q="Kyiv", lat="50.45", lon="30.5")
    )
    assert shown(by_url) == shown(by_widgets) == {"Kyiv", "Pecherskyi District"}
    assert by_url.multiselect(key="weapon").value == ["missile", "drone"]
    assert by_url.text_input(key="q").value == "Kyiv"
    # The map opens at the shared centre.
    assert by_url.session_state["map_initial_view"] == ((50.45, 30.5), None)
    assert "50.45" in component_args(by_url)["script"]


def test_invalid_query_values_are_ignored(app):
    at = run(app(weapon="laser", range="fortnight", zoom="banana"))
    assert shown(at) == ALL


def test_layer_toggles_add_layers_without_changing_the_base_map(app):
    at = run(app())
    base_script = component_args(at)["script"]
    at.toggle(key="heat").set_value(True)
    at.toggle(key="choro").set_value(True)
    at.toggle(key="timeline").set_value(True)
    run(at)
    args = component_args(at)
    assert args["script"] == base_script
    assert args["feature_group"].count("L.featureGroup(") == 4
    assert args["returned_objects"] == [
        "center",
        "zoom",
        "bounds",
        "last_object_clicked_popup",
        "last_object_clicked_tooltip",
    ]


def test_offline_base_map_drops_the_tiles(app):
    at = run(app())
    assert "tile" in component_args(at)["script"].lower()
    at.toggle(key="offline").set_value(True)
    run(at)
    assert "L.tileLayer" not in component_args(at)["script"]
    assert shown(at) == ALL


def test_each_export_button_downloads_the_filtered_view(app):
    at = run(app())
    at.multiselect(key="country").set_value(["UA"])
    run(at)
    labels = [b.label for b in at.get("download_button")]
    assert labels == [
        "CSV",
        "GeoJSON",
        "GeoPackage",
        "HTML map",
        "Briefing PNG",
        "Slide PNG (16:9)",
        "PowerPoint",
    ]
    specs = at.session_state["export_specs"]

    csv = pd.read_csv(io.BytesIO(specs["csv"].make()))
    assert set(csv["place"]) == ALL - {"Belgorod"}
    assert "_search" not in csv.columns

    geojson = json.loads(specs["geojson"].make())
    assert {f["properties"]["place"] for f in geojson["features"]} == ALL - {"Belgorod"}

    gpkg = specs["gpkg"].make()
    assert gpkg.startswith(b"SQLite format 3")

    html = specs["html"].make().decode("utf-8")
    assert SENTENCE["Kharkiv"] in html
    assert SENTENCE["Belgorod"] not in html
    assert specs["png"].file_name.endswith(".png")


def test_gpkg_export_holds_the_events(app, tmp_path):
    at = run(app())
    path = tmp_path / "events.gpkg"
    path.write_bytes(at.session_state["export_specs"]["gpkg"].make())
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT table_name FROM gpkg_contents")]
        (count,) = conn.execute(f'SELECT COUNT(*) FROM "{tables[0]}"').fetchone()
    assert count == len(ALL)


def test_credits_are_shown(app):
    at = run(app())
    text = " ".join(c.value for c in at.caption)
    for credit in ("GeoNames", "CC BY 4.0", "Natural Earth", "OpenStreetMap"):
        assert credit in text


def test_selecting_a_table_row_zooms_the_map_and_shows_the_detail(app):
    at = run(app())
    rows = list(table(at)["place"])
    base_script = component_args(at)["script"]
    at.session_state[events_table(at).key] = {
        "selection": {"rows": [rows.index("Kharkiv")], "columns": [], "cells": []}
    }
    run(at)
    args = component_args(at)
    assert args["center"] == [49.9935, 36.2304]
    assert args["zoom"] == 12
    assert args["script"] == base_script  # panned, not reloaded
    frames = [d.value for d in at.dataframe]
    facts = next(f for f in frames if list(f.columns) == ["field", "value"])
    assert dict(zip(facts["field"], facts["value"], strict=True))["Place"] == (
        "Kharkiv, Kharkiv Oblast (city)"
    )
    sources = next(f for f in frames if "link" in f.columns)
    assert sources["link"].tolist() == ["https://news.example/kharkiv"]
    evidence = " ".join(h.proto.body for h in at.get("html"))
    assert SENTENCE["Kharkiv"] in evidence
    # A filter change makes a new table whose rows the old selection does not refer to.
    at.multiselect(key="weapon").set_value(["missile"])
    run(at)
    assert component_args(at)["center"] is None
    assert not any(list(f.columns) == ["field", "value"] for f in (d.value for d in at.dataframe))


def test_empty_store_is_seeded_from_the_bundled_seeds(tmp_path, monkeypatch):

    db = tmp_path / "fresh.sqlite"
    monkeypatch.setenv("STRIKEMAP_DB", str(db))
    at = run(AppTest.from_file(str(APP), default_timeout=120))
    with EventStore(str(db)) as store:
        assert store.count_articles() == 5
    places = {p.casefold() for p in table(at)["place"]}
    assert {"kyiv", "kharkiv"} <= places
    # A second start does not ingest again.
    run(AppTest.from_file(str(APP), default_timeout=120))
    with EventStore(str(db)) as store:
        assert store.count_articles() == 5


def test_a_view_with_no_events_still_renders(app):
    at = run(app(q="no such place anywhere"))
    assert shown(at) == set()
    assert {m.label: m.value for m in at.metric}["Events"] == "0"
    assert at.get("download_button")[0].label == "CSV"


def test_first_run_draws_the_map_before_the_panels_below_it(app):
    at = app()
    at.run()
    assert not at.exception
    assert component_args(at)["feature_group"]
    assert {m.label for m in at.metric} == {"Events", "Killed", "Injured", "Places"}
    assert (
        not at.dataframe and not at.get("download_button") and not at.get("arrow_vega_lite_chart")
    )
    assert DEFERRED_NOTE in [c.value for c in at.caption]
    # The rerun the drawn map triggers brings the table, charts and exports.
    at.run()
    assert shown(at) == ALL
    assert at.get("download_button") and len(at.get("vega_lite_chart")) == 2
    assert DEFERRED_NOTE not in [c.value for c in at.caption]


@pytest.mark.usefixtures("local_assets")
def test_map_scripts_load_in_one_step(app):
    """streamlit-folium loads linked scripts one after another: only Leaflet is linked."""
    args = component_args(run(app()))
    assert [url.rsplit("/", 1)[-1] for url in args["js_links"]] == ["leaflet.js"]
    assert "L.markerClusterGroup=" in args["script"]


def test_an_empty_view_says_so_and_resets_the_filters(app):
    at = run(app(weapon="glide_bomb", q="Kyiv"))  # no glide-bomb strike in the test events
    assert shown(at) == set()
    assert any("No events match these filters" in w.value for w in at.warning)
    at.button(key="reset_filters").click()
    run(at)
    assert shown(at) == ALL
    assert not any("No events match" in w.value for w in at.warning)
    assert at.multiselect(key="weapon").value == [] and at.text_input(key="q").value == ""
