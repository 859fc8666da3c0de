"""Unit tests for strikemap.filters: each filter, the quick ranges, words and URL form."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from strikemap.filters import (
    FilterState,
    anchor_date,
    apply_filters,
    describe,
    format_range,
    from_params,
    options,
    parse_date,
    parse_range,
    resolve_dates,
    to_params,
    with_search_text,
)


def _row(event_id, place, day, **kw):
    row = {
        "event_id": event_id,
        "place": place,
        "level": kw.get("level", "city"),
        "country": kw.get("country", "UA"),
        "parent": kw.get("parent"),
        "oblast": kw.get("oblast", f"{place} Oblast"),
        "as_written": kw.get("as_written", place),
        "date": pd.Timestamp(day) if day else pd.NaT,
        "weapons": kw.get("weapons", ["unknown"]),
        "killed": kw.get("killed"),
        "injured": kw.get("injured"),
        "attacker": kw.get("attacker"),
        "evidence": [{"article_id": "a", "sentence": s} for s in kw.get("evidence", [])],
        "sources": [{"article_id": "a", "publisher": p} for p in kw.get("publishers", [])],
    }
    return row


@pytest.fixture
def frame() -> pd.DataFrame:
    rows = [
        _row(
            "kyiv",
            "Kyiv",
            "2024-01-10",
            weapons=["missile", "drone"],
            killed=3,
            injured=10,
            attacker="RU",
            oblast="Kyiv",
            publishers=["Kyiv Independent"],
            evidence=["A ballistic missile hit a residential block in Kyiv."],
        ),
        _row(
            "pechersk",
            "Pecherskyi District",
            "2024-01-09",
            level="district",
            parent="Kyiv",
            oblast="Kyiv",
            weapons=["drone"],
            killed=None,
            injured=2,
            attacker="RU",
            publishers=["Ukrainska Pravda"],
        ),
        _row(
            "kharkiv",
            "Kharkiv",
            "2024-01-01",
            weapons=["glide_bomb"],
            killed=None,
            injured=None,
            oblast="Kharkiv Oblast",
            publishers=["Reuters"],
            evidence=["Glide bombs struck Kharkiv’s Saltivskyi district."],
        ),
        _row(
            "belgorod",
            "Belgorod",
            "2023-12-30",
            country="RU",
            oblast="Belgorod Oblast",
            weapons=["missile"],
            killed=25,
            injured=100,
            attacker="UA",
            publishers=["Reuters", "TASS"],
        ),
        _row(
            "zap",
            "Zaporizhzhia Oblast",
            None,
            level="region",
            oblast="Zaporizhzhia Oblast",
            weapons=["artillery"],
            killed=0,
            injured=1,
        ),
    ]
    out = pd.DataFrame(rows)
    out["killed"] = out["killed"].astype("Int64")
    out["injured"] = out["injured"].astype("Int64")
    return out


def ids(frame: pd.DataFrame) -> list[str]:
    return list(frame["event_id"])


def test_default_state_keeps_everything(frame):
    assert ids(apply_filters(frame, FilterState())) == ids(frame)
    assert FilterState().is_default


def test_anchor_is_newest_event_date(frame):
    assert anchor_date(frame) == date(2024, 1, 10)
    assert anchor_date(frame.iloc[0:0], today=date(2025, 5, 5)) == date(2025, 5, 5)


@pytest.mark.parametrize(
    ("quick", "expected"),
    [
        ("24h", ["kyiv"]),
        ("7d", ["kyiv", "pechersk"]),
        ("30d", ["kyiv", "pechersk", "kharkiv", "belgorod"]),
        ("all", ["kyiv", "pechersk", "kharkiv", "belgorod", "zap"]),
    ],
)
def test_quick_ranges_count_back_from_newest_event(frame, quick, expected):
    assert ids(apply_filters(frame, FilterState(quick=quick))) == expected


def test_quick_range_overrides_explicit_dates_and_anchor_can_be_given(frame):
    state = FilterState(quick="7d", date_from=date(2020, 1, 1), date_to=date(2020, 1, 2))
    assert resolve_dates(state, date(2024, 1, 7)) == (date(2024, 1, 1), date(2024, 1, 7))
    assert ids(apply_filters(frame, state, anchor=date(2024, 1, 1))) == ["kharkiv", "belgorod"]


def test_explicit_date_range_is_inclusive_and_drops_undated(frame):
    state = FilterState(quick=None, date_from=date(2024, 1, 1), date_to=date(2024, 1, 9))
    assert ids(apply_filters(frame, state)) == ["pechersk", "kharkiv"]
    state = FilterState(quick=None, date_to=date(2023, 12, 31))
    assert ids(apply_filters(frame, state)) == ["belgorod"]
    assert "zap" in ids(apply_filters(frame, FilterState(quick=None)))


def test_weapons_match_any_category(frame):
    state = FilterState(weapons=("drone",))
    assert ids(apply_filters(frame, state)) == ["kyiv", "pechersk"]
    state = FilterState(weapons=("glide_bomb", "artillery"))
    assert ids(apply_filters(frame, state)) == ["kharkiv", "zap"]


def test_killed_range_with_and_without_unknown(frame):
    state = FilterState(killed=(1, 10))
    assert ids(apply_filters(frame, state)) == ["kyiv", "pechersk", "kharkiv"]
    state = FilterState(killed=(1, 10), include_unknown_casualties=False)
    assert ids(apply_filters(frame, state)) == ["kyiv"]
    assert ids(apply_filters(frame, FilterState(killed=(20, None)))) == [
        "pechersk",
        "kharkiv",
        "belgorod",
    ]


def test_injured_range(frame):
    state = FilterState(injured=(0, 5), include_unknown_casualties=False)
    assert ids(apply_filters(frame, state)) == ["pechersk", "zap"]


def test_unknown_casualties_checkbox_alone_drops_events_without_figures(frame):
    state = FilterState(include_unknown_casualties=False)
    assert ids(apply_filters(frame, state)) == ["kyiv", "pechersk", "belgorod", "zap"]


def test_attacker_with_unknown(frame):
    assert ids(apply_filters(frame, FilterState(attackers=("UA",)))) == ["belgorod"]
    assert ids(apply_filters(frame, FilterState(attackers=("unknown",)))) == ["kharkiv", "zap"]


def test_country_oblast_level(frame):
    assert ids(apply_filters(frame, FilterState(countries=("RU",)))) == ["belgorod"]
    assert ids(apply_filters(frame, FilterState(oblasts=("Kyiv",)))) == ["kyiv", "pechersk"]
    assert ids(apply_filters(frame, FilterState(levels=("district", "region")))) == [
        "pechersk",
        "zap",
    ]


def test_sources_match_any_publisher(frame):
    assert ids(apply_filters(frame, FilterState(sources=("Reuters",)))) == ["kharkiv", "belgorod"]
    assert ids(apply_filters(frame, FilterState(sources=("TASS",)))) == ["belgorod"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pechersk", ["pechersk"]),
        ("KYIV", ["kyiv", "pechersk"]),
        ("ballistic", ["kyiv"]),
        ("kharkivs", ["kharkiv"]),
        ("Zaporizhzhia", ["zap"]),
        ("saltivskyi district", ["kharkiv"]),
        ("odesa", []),
    ],
)
def test_text_search_over_places_and_evidence(frame, text, expected):
    assert ids(apply_filters(frame, FilterState(text=text))) == expected
    assert ids(apply_filters(with_search_text(frame), FilterState(text=text))) == expected


def test_filters_combine(frame):
    state = FilterState(quick="30d", weapons=("missile",), countries=("UA",))
    assert ids(apply_filters(frame, state)) == ["kyiv"]


def test_empty_frame_passes_through(frame):
    empty = frame.iloc[0:0]
    assert apply_filters(empty, FilterState(weapons=("drone",))).empty


def test_options_lists_choices(frame):
    opts = options(frame)
    assert opts["weapons"] == ["artillery", "drone", "glide_bomb", "missile"]
    assert opts["attackers"] == ["RU", "UA", "unknown"]
    assert opts["sources"] == ["Kyiv Independent", "Reuters", "TASS", "Ukrainska Pravda"]
    assert opts["levels"] == ["city", "district", "region"]


def test_invalid_states_are_refused():
    with pytest.raises(ValueError):
        FilterState(quick="week")
    with pytest.raises(ValueError):
        FilterState(killed=(5, 2))


def test_describe_names_every_active_filter():
    state = FilterState(
        quick="7d",
        weapons=("glide_bomb",),
        killed=(1, None),
        injured=(0, 5),
        include_unknown_casualties=False,
        attackers=("RU",),
        oblasts=("Kharkiv Oblast",),
        text="school",
    )
    words = describe(state, anchor=date(2024, 1, 10))
    for expected in (
        "last 7 days (2024-01-04 to 2024-01-10)",
        "glide bomb",
        "killed at least 1",
        "injured at most 5",
        "unknown casualties excluded",
        "attacker: RU",
        "Kharkiv Oblast",
        '"school"',
    ):
        assert expected in words
    assert describe(FilterState()) == "All events, no filters"
    custom = FilterState(quick=None, date_from=date(2024, 1, 1), date_to=date(2024, 1, 31))
    assert describe(custom) == "Dates: 2024-01-01 to 2024-01-31"


@pytest.mark.parametrize(
    ("text", "bounds"),
    [("2-10", (2, 10)), ("2+", (2, None)), ("5", (5, 5)), ("-10", (0, 10)), (" 3 - ", (3, None))],
)
def test_parse_range(text, bounds):
    assert parse_range(text) == bounds


@pytest.mark.parametrize("text", ["", "a-b", "10-2", "-", "1.5"])
def test_parse_range_rejects(text):
    with pytest.raises(ValueError):
        parse_range(text)


def test_format_range_round_trips():
    for bounds in [(2, 10), (2, None), (5, 5), (0, 3)]:
        assert parse_range(format_range(bounds)) == bounds


def test_parse_date():
    assert parse_date("2024-02-29") == date(2024, 2, 29)
    with pytest.raises(ValueError, match="31/01"):
        parse_date("31/01/2024")


def test_query_params_round_trip():
    state = FilterState(
        quick=None,
        date_from=date(2024, 1, 1),
        date_to=date(2024, 1, 9),
        weapons=("missile", "drone"),
        killed=(1, None),
        include_unknown_casualties=False,
        sources=("Reuters",),
        text="school",
    )
    params = to_params(state)
    assert params["weapon"] == ["missile", "drone"]
    assert params["range"] == ["custom"]
    assert params["killed"] == ["1", "any"]
    assert from_params(params) == state
    assert to_params(FilterState()) == {}
    assert from_params({}) == FilterState()
    assert from_params({"from": "2024-01-01"}).quick is None


def test_query_params_accept_the_sliders_two_value_form():
    assert from_params({"killed": ["1", "any"]}).killed == (1, None)
    assert from_params({"injured": ["2", "20"]}).injured == (2, 20)
    assert from_params({"injured": ["any", "5"]}).injured == (0, 5)


def test_query_params_errors_name_the_parameter():
    with pytest.raises(ValueError, match="killed"):
        from_params({"killed": "lots"})
    with pytest.raises(ValueError, match="range"):
        from_params({"range": "week"})
