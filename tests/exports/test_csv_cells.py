"""CSV cells a spreadsheet would read as a formula are quoted, in every kind of column."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest
from strikemap.exports.tabular import to_csv
from strikemap.frames import events_to_frame


def csv_rows(frame) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(to_csv(frame).decode("utf-8-sig"))))


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"])
def test_a_list_cell_starting_with_a_formula_is_quoted(sample_events, trigger):
    event = replace(sample_events[0], models=[f"{trigger}HYPERLINK(1)", "Kh-101"])
    row = csv_rows(events_to_frame([event]))[0]
    assert row["models"] == f"'{trigger}HYPERLINK(1); Kh-101"


def test_a_text_cell_starting_with_a_formula_is_quoted(sample_events):
    event = replace(sample_events[0], place="=1+1", parent="@SUM(A1)")
    row = csv_rows(events_to_frame([event]))[0]
    assert (row["place"], row["parent"]) == ("'=1+1", "'@SUM(A1)")


def test_numbers_stay_numbers(sample_events):
    """A negative longitude is a number, not a formula: no apostrophe."""
    event = replace(sample_events[0], lon=-30.52, killed=3)
    row = csv_rows(events_to_frame([event]))[0]
    assert (row["lon"], row["killed"]) == ("-30.52", "3")


def test_plain_list_and_flag_cells(sample_events):
    row = csv_rows(events_to_frame([sample_events[0]]))[0]
    assert row["weapons"] == "missile; drone"
    assert row["injured_at_least"] == "true" and row["killed_at_least"] == "false"


def _read_gpkg(data: bytes, tmp_path):
    import geopandas as gpd

    path = tmp_path / "events.gpkg"
    path.write_bytes(data)
    return gpd.read_file(path, layer="events")


def test_geopackage_text_is_readable_cyrillic(sample_events, tmp_path):
    """A GIS user opening the GeoPackage sees 'Київ' in the evidence, not \\u escapes."""
    from strikemap.exports.tabular import to_geopackage

    evidence = [replace(sample_events[0].evidence[0], sentence="Ракета влучила в Київ.")]
    event = replace(sample_events[0], evidence=evidence, models=["Х-101"])
    back = _read_gpkg(to_geopackage(events_to_frame([event])), tmp_path)
    assert "Ракета влучила в Київ." in back["evidence"].iloc[0]
    assert back["models"].iloc[0] == '["Х-101"]'


def test_geopackage_keeps_a_column_no_event_fills(sample_events, tmp_path):
    """No event names an attacker: the column is still there, empty, as text."""
    from strikemap.exports.tabular import to_geopackage

    events = [replace(e, attacker=None, parent=None) for e in sample_events]
    back = _read_gpkg(to_geopackage(events_to_frame(events)), tmp_path)
    assert back["attacker"].isna().all() and back["parent"].isna().all()
    assert len(back) == len(events)


def test_geopackage_refuses_a_frame_without_geometry_and_says_what_to_use(sample_frame):
    import pandas as pd
    from strikemap.exports.tabular import to_geopackage

    frame = pd.DataFrame(sample_frame.drop(columns="geometry"))
    with pytest.raises(TypeError, match=r"^to_geopackage needs a GeoDataFrame \(strikemap"):
        to_geopackage(frame)


def test_geojson_of_a_table_without_geometry_has_null_geometries(sample_frame):
    """A plain table (no GeoDataFrame) still exports, each feature without a geometry."""
    import pandas as pd
    from strikemap.exports.tabular import geojson_features

    table = pd.DataFrame(sample_frame.drop(columns="geometry"))
    features = geojson_features(table)
    assert [f["geometry"] for f in features] == [None, None, None]
    assert [f["id"] for f in features] == ["ev-kyiv", "ev-saltivskyi", "ev-region"]
    assert features[0]["properties"]["lat"] == 50.45


def test_geojson_text_is_readable_utf8(sample_events):
    from strikemap.exports.tabular import to_geojson

    evidence = [replace(sample_events[0].evidence[0], sentence="Ракета влучила в Київ.")]
    data = to_geojson(events_to_frame([replace(sample_events[0], evidence=evidence)]))
    assert "Ракета влучила в Київ.".encode() in data


def test_csv_evidence_is_readable_cyrillic(sample_events):
    evidence = [replace(sample_events[0].evidence[0], sentence="Ракета влучила в Київ.")]
    row = csv_rows(events_to_frame([replace(sample_events[0], evidence=evidence)]))[0]
    assert "Ракета влучила в Київ." in row["evidence"]


def test_a_missing_entry_of_a_list_cell_is_empty_not_none(sample_events):
    row = csv_rows(events_to_frame([replace(sample_events[0], models=["Kh-101", None])]))[0]
    assert row["models"] == "Kh-101; "
