"""Filter rules on small frames written by hand: what an analyst keeps and what is dropped.

Each frame below holds a few events; the events each filter keeps are listed by hand.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from strikemap.filters import (
    SEARCH_COLUMN,
    FilterState,
    anchor_date,
    apply_filters,
    options,
    plausible,
    resolve_dates,
    search_text,
)
from strikemap.models import Evidence, Source


def events(*rows: dict) -> pd.DataFrame:
    """A frame of events; columns not given are missing values."""
    frame = pd.DataFrame(list(rows))
    for column in ("killed", "injured"):
        if column in frame:
            frame[column] = frame[column].astype("Int64")
    if "date" in frame:
        frame["date"] = pd.to_datetime(frame["date"])
    return frame


def kept(frame: pd.DataFrame, state: FilterState, **kw) -> list[str]:
    return list(apply_filters(frame, state, **kw)["event_id"])


# --- implausible dates ----------------------------------------------------------------

FLAGGED = [
    {"event_id": "ok", "date": "2024-03-01", "date_flag": None},
    {"event_id": "future", "date": "2024-06-30", "date_flag": "after_publication"},
    {"event_id": "old", "date": "2011-05-01", "date_flag": "before_2014"},
]


def test_events_with_an_implausible_date_are_hidden_unless_asked_for():
    frame = events(*FLAGGED)
    assert kept(frame, FilterState()) == ["ok"]
    assert kept(frame, FilterState(include_implausible_dates=True)) == ["ok", "future", "old"]
    assert list(plausible(frame)) == [True, False, False]


def test_a_date_range_still_hides_events_with_an_implausible_date():
    """'From 1 June' does not bring back a strike dated after its own report."""
    frame = events(*FLAGGED, {"event_id": "june", "date": "2024-06-02", "date_flag": None})
    since_june = FilterState(quick=None, date_from=date(2024, 6, 1))
    assert kept(frame, since_june) == ["june"]
    assert kept(frame, since_june.with_changes(include_implausible_dates=True)) == [
        "future",
        "june",
    ]


def test_each_filter_narrows_what_the_others_kept():
    """Weapons, then injured: neither brings back an event another filter dropped."""
    frame = events(
        {"event_id": "ok", "date": "2024-03-01", "weapons": ["drone"], "injured": 2},
        {"event_id": "future", "date": "2024-06-30", "weapons": ["drone"], "injured": 2},
        {"event_id": "missile", "date": "2024-03-01", "weapons": ["missile"], "injured": 2},
        {"event_id": "one-hurt", "date": "2024-03-01", "weapons": ["drone"], "injured": 1},
    )
    frame["killed"] = pd.array([1, 1, 1, 1], dtype="Int64")
    frame["date_flag"] = [None, "after_publication", None, None]
    assert kept(frame, FilterState(weapons=("drone",))) == ["ok", "one-hurt"]
    assert kept(frame, FilterState(weapons=("drone",), injured=(2, 2))) == ["ok"]
    assert kept(frame, FilterState(killed=(1, 1), injured=(2, 2))) == ["ok", "missile"]
    # Every event below is a Russian strike on a city of Sumy Oblast reported by Suspilne:
    # the list filters keep them all except the one hidden for its implausible date.
    frame["attacker"] = "RU"
    frame["country"] = "UA"
    frame["oblast"] = "Sumy Oblast"
    frame["level"] = "city"
    frame["sources"] = [[{"publisher": "Suspilne"}] for _ in range(4)]
    everyone = ["ok", "missile", "one-hurt"]
    assert kept(frame, FilterState(attackers=("RU",))) == everyone
    assert kept(frame, FilterState(countries=("UA",))) == everyone
    assert kept(frame, FilterState(oblasts=("Sumy Oblast",))) == everyone
    assert kept(frame, FilterState(levels=("city",))) == everyone
    assert kept(frame, FilterState(sources=("Suspilne",))) == everyone
    frame["place"] = "Sumy"
    assert kept(frame, FilterState(text="sumy")) == everyone


def test_a_frame_without_date_flags_is_all_plausible():
    frame = events({"event_id": "a", "date": "2024-03-01"}, {"event_id": "b", "date": None})
    assert list(plausible(frame)) == [True, True]
    assert kept(frame, FilterState()) == ["a", "b"]


def test_the_last_7_days_count_back_from_the_newest_plausible_event():
    """A threat dated after its publication does not move 'last 7 days' into the future."""
    frame = events(
        *FLAGGED,
        {"event_id": "week-before", "date": "2024-02-24", "date_flag": None},
        {"event_id": "eight-days", "date": "2024-02-23", "date_flag": None},
    )
    assert anchor_date(frame) == date(2024, 3, 1)
    assert kept(frame, FilterState(quick="7d")) == ["ok", "week-before"]


@pytest.mark.parametrize(
    "frame",
    [
        events({"event_id": "undated", "date": None}),
        events({"event_id": "nodate"}),
        events({"event_id": "x", "date": "2024-03-01"}).iloc[0:0],
    ],
    ids=["undated", "no date column", "empty"],
)
def test_without_any_event_date_quick_ranges_count_back_from_today(frame):
    assert anchor_date(frame, today=date(2025, 5, 5)) == date(2025, 5, 5)


def test_without_a_given_today_the_anchor_is_the_real_today():
    assert anchor_date(events({"event_id": "undated", "date": None})) == date.today()


@pytest.mark.parametrize(
    ("state", "days"),
    [
        (FilterState(quick="24h"), (date(2024, 3, 1), date(2024, 3, 1))),
        (FilterState(quick="7d"), (date(2024, 2, 24), date(2024, 3, 1))),
        (FilterState(quick="30d"), (date(2024, 2, 1), date(2024, 3, 1))),
        (FilterState(quick="all"), (None, None)),
        (FilterState(quick=None, date_from=date(2024, 1, 5)), (date(2024, 1, 5), None)),
        (FilterState(quick=None, date_to=date(2024, 1, 6)), (None, date(2024, 1, 6))),
    ],
)
def test_the_days_a_date_choice_selects_with_1_march_2024_as_newest(state, days):
    assert resolve_dates(state, date(2024, 3, 1)) == days


def test_an_open_start_keeps_every_earlier_dated_event_and_drops_undated_ones():
    frame = events(
        {"event_id": "early", "date": "2020-01-01"},
        {"event_id": "late", "date": "2024-01-07"},
        {"event_id": "undated", "date": None},
    )
    until = FilterState(quick=None, date_to=date(2024, 1, 6))
    assert kept(frame, until) == ["early"]
    since = FilterState(quick=None, date_from=date(2024, 1, 7))
    assert kept(frame, since) == ["late"]


# --- lists -----------------------------------------------------------------------------


def test_sources_given_as_records_or_objects_match_by_publisher():
    frame = events(
        {"event_id": "objects", "sources": [Source("a1", publisher="Suspilne")]},
        {"event_id": "records", "sources": [{"article_id": "a2", "publisher": "Suspilne"}]},
        {"event_id": "no-publisher", "sources": [Source("a3", title="Suspilne")]},
        {"event_id": "none", "sources": None},
        {"event_id": "other", "sources": [{"article_id": "a4", "publisher": "Reuters"}]},
    )
    assert kept(frame, FilterState(sources=("Suspilne",))) == ["objects", "records"]
    assert options(frame)["sources"] == ["Reuters", "Suspilne"]


def test_a_source_without_a_publisher_field_matches_no_publisher():
    """A source held as bare text (no publisher field) is skipped, not an error."""
    frame = events(
        {"event_id": "bare", "sources": ["Suspilne"]},
        {"event_id": "record", "sources": ["Suspilne", {"publisher": "Suspilne"}]},
    )
    assert kept(frame, FilterState(sources=("Suspilne",))) == ["record"]
    assert options(frame)["sources"] == ["Suspilne"]


def test_lists_filter_a_view_whose_rows_keep_their_labels():
    """A view cut from a larger frame (labels 10, 11, 12) filters by its own rows."""
    frame = events(
        {"event_id": "drone", "weapons": ["drone"], "sources": [{"publisher": "Reuters"}]},
        {"event_id": "missile", "weapons": ["missile"], "sources": [{"publisher": "TASS"}]},
        {"event_id": "both", "weapons": ["drone", "missile"], "sources": []},
    )
    frame["place"] = ["Sumy", "Odesa", "Sumy"]
    frame.index = [10, 11, 12]
    assert kept(frame, FilterState(weapons=("missile",))) == ["missile", "both"]
    assert kept(frame, FilterState(sources=("Reuters",))) == ["drone"]
    assert kept(frame, FilterState(text="odesa")) == ["missile"]
    assert list(search_text(frame).index) == [10, 11, 12]


def test_an_event_with_a_single_weapon_value_matches_that_weapon():
    frame = events(
        {"event_id": "listed", "weapons": ["drone", "missile"]},
        {"event_id": "tupled", "weapons": ("drone",)},
        {"event_id": "single", "weapons": "drone"},
        {"event_id": "other", "weapons": "missile"},
    )
    assert kept(frame, FilterState(weapons=("drone",))) == ["listed", "tupled", "single"]


def test_options_list_each_value_once_sorted_and_unknown_attacker_last():
    frame = events(
        {"event_id": "a", "country": "UA", "oblast": "Sumy Oblast", "attacker": "RU"},
        {"event_id": "b", "country": "RU", "oblast": "Belgorod Oblast", "attacker": None},
        {"event_id": "c", "country": "UA", "oblast": None, "attacker": "RU"},
    )
    assert options(frame) == {
        "weapons": [],
        "attackers": ["RU", "unknown"],
        "countries": ["RU", "UA"],
        "oblasts": ["Belgorod Oblast", "Sumy Oblast"],
        "sources": [],
        "levels": [],
    }


def test_options_without_an_unknown_attacker_do_not_offer_unknown():
    frame = events({"event_id": "a", "attacker": "RU", "weapons": None})
    assert options(frame)["attackers"] == ["RU"]
    assert options(frame)["weapons"] == []


# --- casualties ---------------------------------------------------------------------


CASUALTIES = [
    {"event_id": "killed-5", "killed": 5, "injured": None},
    {"event_id": "injured-2", "killed": None, "injured": 2},
    {"event_id": "nothing-known", "killed": None, "injured": None},
    {"event_id": "none", "killed": 0, "injured": 0},
]


def test_a_killed_range_of_1_to_5_includes_an_event_with_5_killed():
    frame = events(*CASUALTIES)
    assert kept(frame, FilterState(killed=(1, 5), include_unknown_casualties=False)) == ["killed-5"]
    assert kept(frame, FilterState(killed=(1, 5))) == ["killed-5", "injured-2", "nothing-known"]


def test_an_injured_range_with_unknown_figures_kept():
    frame = events(*CASUALTIES)
    assert kept(frame, FilterState(injured=(2, 2))) == ["killed-5", "injured-2", "nothing-known"]
    assert kept(frame, FilterState(injured=(1, None), include_unknown_casualties=False)) == [
        "injured-2"
    ]


def test_a_killed_figure_that_is_not_a_number_counts_as_unknown():
    """Figures read back from text ("3", "", "n/a") filter as 3, unknown and unknown."""
    frame = pd.DataFrame(
        {"event_id": ["three", "blank", "n/a"], "killed": ["3", "", "n/a"], "injured": None}
    )
    assert kept(frame, FilterState(killed=(1, 5))) == ["three", "blank", "n/a"]
    assert kept(frame, FilterState(killed=(1, 5), include_unknown_casualties=False)) == ["three"]


def test_unknown_casualties_off_keeps_events_with_either_figure_known():
    frame = events(*CASUALTIES)
    assert kept(frame, FilterState(include_unknown_casualties=False)) == [
        "killed-5",
        "injured-2",
        "none",
    ]


# --- text search -----------------------------------------------------------------------


def test_text_search_looks_in_the_parent_the_name_as_written_and_evidence_objects():
    frame = events(
        {
            "event_id": "district",
            "place": "Saltivskyi District",
            "parent": "Kharkiv",
            "oblast": "Kharkiv Oblast",
            "as_written": "Saltivka",
            "evidence": [Evidence("a1", "Rescuers worked at a school.")],
        },
        {
            "event_id": "city",
            "place": "Sumy",
            "parent": None,
            "oblast": "Sumy Oblast",
            "as_written": "Sumy",
            "evidence": [],
        },
    )
    assert kept(frame, FilterState(text="kharkiv")) == ["district"]
    assert kept(frame, FilterState(text="saltivka")) == ["district"]
    assert kept(frame, FilterState(text="school")) == ["district"]
    assert kept(frame, FilterState(text="sumy oblast")) == ["city"]
    assert list(search_text(frame)) == [
        " saltivskyi district kharkiv kharkiv oblast saltivka rescuers worked at a school ",
        " sumy sumy oblast sumy ",
    ]


def test_an_evidence_item_without_a_sentence_field_is_not_searched():
    frame = events(
        {"event_id": "bare", "place": "Kyiv", "evidence": ["school"]},
        {"event_id": "quoted", "place": "Lviv", "evidence": [{"sentence": "A school."}]},
    )
    assert kept(frame, FilterState(text="school")) == ["quoted"]


def test_text_search_matches_whole_folded_phrases_not_scattered_words():
    frame = events(
        {"event_id": "a", "place": "Kyiv", "evidence": [{"sentence": "A school in Kyiv."}]},
        {"event_id": "b", "place": "Lviv", "evidence": [{"sentence": "School, then Kyiv."}]},
    )
    assert kept(frame, FilterState(text="school in kyiv")) == ["a"]
    assert kept(frame, FilterState(text="  !!  ")) == ["a", "b"]


def test_a_precomputed_search_column_is_what_the_search_reads():
    frame = events({"event_id": "a", "place": "Kyiv"}, {"event_id": "b", "place": "Lviv"})
    frame[SEARCH_COLUMN] = [" odesa ", " kyiv "]
    assert kept(frame, FilterState(text="odesa")) == ["a"]
