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
