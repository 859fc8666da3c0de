"""Events dated before 2014 or after their own publication are flagged and hidden by default."""

from __future__ import annotations

from datetime import date

from datafactories import KHARKIV, KYIV, article, event
from strikemap.exports.summary import date_range_text
from strikemap.filters import FilterState, anchor_date, apply_filters, describe, from_params
from strikemap.frames import events_to_frame
from strikemap.models import date_flag

PUBLISHED = date(2024, 1, 3)


def test_date_flag_rule():
    assert date_flag(date(1944, 6, 22), [PUBLISHED]) == "before_2014"
    assert date_flag(date(2013, 12, 31), [None]) == "before_2014"
    assert date_flag(date(2014, 1, 1), [None]) is None
    assert date_flag(date(2024, 1, 9), [PUBLISHED]) == "after_publication"
    assert date_flag(date(2024, 1, 3), [PUBLISHED]) is None  # the day of publication
    # Merged reports: the date only has to precede the latest publication.
    assert date_flag(date(2024, 1, 5), [PUBLISHED, date(2024, 1, 6)]) is None
    assert date_flag(date(2024, 1, 9), [None]) is None  # publication unknown
    assert date_flag(None, [PUBLISHED]) is None


def _frame():
    art = article("a", PUBLISHED)
    return events_to_frame(
        [
            event(art, KYIV, date(2024, 1, 2)),
            event(art, KHARKIV, date(1944, 6, 22)),
            event(art, KHARKIV, date(2024, 1, 9), suffix="threat"),
        ]
    )


def test_flagged_events_are_hidden_by_default_and_can_be_shown():
    frame = _frame()
    assert list(frame["date_flag"]) == [None, "before_2014", "after_publication"]
    shown = apply_filters(frame, FilterState())
    assert list(shown["place"]) == ["Kyiv"]
    everything = apply_filters(frame, FilterState(include_implausible_dates=True))
    assert len(everything) == 3
    assert from_params({"implausible": "true"}).include_implausible_dates
    assert "implausible dates included" in describe(FilterState(include_implausible_dates=True))


def test_quick_ranges_count_back_from_the_newest_plausible_date():
    assert anchor_date(_frame()) == date(2024, 1, 2)


def test_brief_date_line_ignores_1944():
    shown = apply_filters(_frame(), FilterState())
    assert date_range_text(shown) == "Events of 2 January 2024"


def test_record_carries_the_flag():
    art = article("a", PUBLISHED)
    assert event(art, KYIV, date(1944, 6, 22)).to_record()["date_flag"] == "before_2014"
