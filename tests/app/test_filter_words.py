"""The filters in words and in the URL: what a reader of a briefing or a shared link sees.

Every expected sentence, range and query parameter is written out by hand.
"""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.filters import (
    FilterState,
    describe,
    fold,
    format_range,
    from_params,
    parse_range,
    to_params,
)

# --- describe ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quick", "anchor", "words"),
    [
        ("24h", date(2024, 1, 10), "Dates: last 24 hours (2024-01-10)"),
        ("7d", date(2024, 1, 10), "Dates: last 7 days (2024-01-04 to 2024-01-10)"),
        # 2024 is a leap year: thirty days up to 1 March start on 1 February.
        ("30d", date(2024, 3, 1), "Dates: last 30 days (2024-02-01 to 2024-03-01)"),
        ("7d", None, "Dates: last 7 days"),
        ("all", date(2024, 1, 10), "All events, no filters"),
    ],
)
def test_a_quick_range_is_named_and_spelled_out_in_days(quick, anchor, words):
    assert describe(FilterState(quick=quick), anchor=anchor) == words


@pytest.mark.parametrize(
    ("first", "last", "words"),
    [
        (date(2024, 1, 1), date(2024, 1, 31), "Dates: 2024-01-01 to 2024-01-31"),
        (date(2024, 1, 1), None, "Dates: from 2024-01-01"),
        (None, date(2024, 1, 31), "Dates: until 2024-01-31"),
        (None, None, "All events, no filters"),
    ],
)
def test_explicit_dates_are_named_by_their_open_or_closed_ends(first, last, words):
    assert describe(FilterState(quick=None, date_from=first, date_to=last)) == words


@pytest.mark.parametrize(
    ("killed", "words"),
    [
        ((1, None), "killed at least 1"),
        ((5, 5), "killed exactly 5"),
        ((0, 5), "killed at most 5"),
        ((2, 10), "killed 2 to 10"),
        ((0, 0), "killed exactly 0"),
    ],
)
def test_a_killed_range_is_put_in_words(killed, words):
    assert describe(FilterState(killed=killed)) == f"Dates: all dates; {words}"


def test_every_filter_is_described_in_order_and_separated_by_semicolons():
    state = FilterState(
        quick=None,
        date_from=date(2024, 1, 1),
        weapons=("glide_bomb", "missile"),
        killed=(2, 10),
        injured=(5, 5),
        include_unknown_casualties=False,
        attackers=("RU", "unknown"),
        countries=("UA",),
        oblasts=("Kharkiv Oblast",),
        sources=("Reuters", "TASS"),
        levels=("city",),
        text="  school  ",
        include_implausible_dates=True,
    )
    assert describe(state) == (
        "Dates: from 2024-01-01; weapons: glide bomb, missile; attacker: RU, unknown; "
        "countries: UA; oblasts: Kharkiv Oblast; sources: Reuters, TASS; "
        "place precision: city; killed 2 to 10; injured exactly 5; "
        "events with unknown casualties excluded; "
        'text contains "school"; events with implausible dates included'
    )


def test_a_blank_search_text_is_no_filter_in_words():
    assert describe(FilterState(text="   ")) == "All events, no filters"


def test_an_injured_range_alone_is_described():
    assert describe(FilterState(injured=(3, None))) == "Dates: all dates; injured at least 3"


# --- ranges as text ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("bounds", "text"),
    [((2, 10), "2-10"), ((2, None), "2+"), ((5, 5), "5"), ((0, 3), "0-3"), ((0, 0), "0")],
)
def test_a_range_is_written_as_a_reader_types_it(bounds, text):
    assert format_range(bounds) == text


@pytest.mark.parametrize(
    ("text", "bounds"),
    [("0", (0, 0)), ("12+", (12, None)), ("3-", (3, None)), ("- 4", (0, 4)), ("7-7", (7, 7))],
)
def test_more_ways_to_type_a_range(text, bounds):
    assert parse_range(text) == bounds


@pytest.mark.parametrize(
    ("text", "reason"),
    [("+", "not a casualty range: '+'"), ("9-3", "upper bound below lower"), ("x", "'x'")],
)
def test_a_wrong_range_is_refused_with_the_text_and_why(text, reason):
    with pytest.raises(ValueError, match=reason.replace("+", r"\+")):
        parse_range(text)


# --- the state itself ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"killed": (-1, None)}, "invalid killed range -1-None"),
        ({"injured": (4, 3)}, "invalid injured range 4-3"),
        ({"quick": "week"}, "unknown quick range 'week'"),
    ],
)
def test_an_impossible_state_is_refused_with_its_name(changes, message):
    with pytest.raises(ValueError, match=message):
        FilterState(**changes)


def test_a_range_of_one_value_and_an_unbounded_range_are_allowed():
    assert FilterState(killed=(2, 2), injured=(0, None)).killed == (2, 2)
    assert FilterState(quick=None).quick is None


def test_with_changes_turns_lists_and_sets_into_tuples():
    state = FilterState().with_changes(weapons=["drone"], countries={"UA"}, text="x")
    assert state.weapons == ("drone",)
    assert state.countries == ("UA",)
    assert state.text == "x"
    assert not state.is_default
    assert FilterState().with_changes().is_default


# --- search folding ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Kryvyi Rih'", "kryvyi rih"),
        ("Bila-Tserkva", "bila tserkva"),
        ("Kharkiv’s", "kharkivs"),
        ("Dnipró", "dnipro"),
        ("  A__B  ", "a b"),
        ("STRASSE", "strasse"),
        ("Ḱyïv", "kyiv"),
    ],
)
def test_search_folding_ignores_case_accents_apostrophes_and_punctuation(text, folded):
    assert fold(text) == folded


# --- the URL form ------------------------------------------------------------------


def test_every_kind_of_filter_is_written_into_the_url():
    state = FilterState(
        quick="7d",
        killed=(1, 5),
        injured=(2, None),
        include_unknown_casualties=False,
        include_implausible_dates=True,
        date_to=date(2024, 2, 3),
        attackers=("RU",),
        text="school",
    )
    assert to_params(state) == {
        "range": ["7d"],
        "to": ["2024-02-03"],
        "killed": ["1", "5"],
        "injured": ["2", "any"],
        "unknown": ["false"],
        "attacker": ["RU"],
        "q": ["school"],
        "implausible": ["true"],
    }


@pytest.mark.parametrize(
    ("word", "meaning"),
    [
        ("1", True),
        ("TRUE", True),
        ("yes", True),
        ("on", True),
        ("no", False),
        ("0", False),
        ("false", False),
    ],
)
def test_a_yes_no_parameter_reads_the_usual_words(word, meaning):
    assert from_params({"implausible": word}).include_implausible_dates is meaning
    assert from_params({"unknown": [word]}).include_unknown_casualties is meaning


def test_url_lists_skip_empty_values_and_repeats_and_singles_take_the_last():
    state = from_params(
        {
            "weapon": ["", "drone", "missile", "drone"],
            "q": ["first", "second"],
            "country": "UA",
            "oblast": ["Kyiv"],
            "source": ["Reuters"],
            "level": ["city", "region"],
        }
    )
    assert state.weapons == ("drone", "missile")
    assert state.text == "second"
    assert state.countries == ("UA",)
    assert state.oblasts == ("Kyiv",)
    assert state.sources == ("Reuters",)
    assert state.levels == ("city", "region")
    assert from_params({"weapon": [""], "q": ""}) == FilterState()


@pytest.mark.parametrize(
    ("params", "quick"),
    [
        ({"range": "custom"}, None),
        ({"to": "2024-01-31"}, None),
        ({"from": "2024-01-01", "range": "30d"}, "30d"),
        ({"range": ["7d", "24h"]}, "24h"),
    ],
)
def test_the_url_date_range_choice(params, quick):
    assert from_params(params).quick == quick


def test_dates_in_the_url_are_read_as_days():
    state = from_params({"from": "2024-01-01", "to": " 2024-01-31 "})
    assert (state.date_from, state.date_to) == (date(2024, 1, 1), date(2024, 1, 31))


@pytest.mark.parametrize(
    ("params", "bounds"),
    [
        ({"killed": "2-10"}, (2, 10)),
        ({"killed": ["any", "any"]}, (0, None)),
        ({"killed": ["1", "2", "3"]}, (3, 3)),
        ({"killed": ["0", "4"]}, (0, 4)),
    ],
)
def test_a_killed_range_in_the_url(params, bounds):
    assert from_params(params).killed == bounds


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"from": "31/01/2024"}, "query parameter 'from': not a date: '31/01/2024'"),
        ({"to": "soon"}, "query parameter 'to'"),
        ({"injured": ["5", "2"]}, "query parameter 'injured'"),
        (
            {"range": "week"},
            r"query parameter 'range': use one of \['24h', '7d', '30d', 'all', 'custom'\]",
        ),
    ],
)
def test_a_wrong_url_value_names_its_parameter(params, message):
    with pytest.raises(ValueError, match=message):
        from_params(params)
