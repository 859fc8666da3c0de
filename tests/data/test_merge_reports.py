"""Two articles reporting the same strike: which figures stand, what is disputed, what is kept."""

from __future__ import annotations

from datetime import date

import pytest
from datafactories import KYIV, article, event
from strikemap.merge import merge_events

MAY2, MAY3 = date(2024, 5, 2), date(2024, 5, 3)


def merged_pair(first: dict, second: dict, *, published=(MAY2, MAY2)):
    a, b = article("a", published[0]), article("b", published[1])
    merged = merge_events([event(a, KYIV, MAY2, **first), event(b, KYIV, MAY2, **second)])
    assert len(merged) == 1
    return merged[0]


@pytest.mark.parametrize(
    ("first", "second", "disputed"),
    [
        # "10 killed" and "at least 10 killed" can both be true.
        ((10, False), (10, True), False),
        ((10, True), (10, False), False),
        # "12 killed" and "at least 10 killed" can both be true.
        ((12, False), (10, True), False),
        # "9 killed" contradicts "at least 10 killed".
        ((9, False), (10, True), True),
        ((10, True), (9, False), True),
        # Two exact figures that differ contradict each other.
        ((9, False), (10, False), True),
        # Two lower bounds never contradict.
        ((3, True), (10, True), False),
    ],
)
def test_killed_figures_are_disputed_only_when_they_cannot_both_be_true(first, second, disputed):
    merged = merged_pair(
        {"killed": first[0], "killed_at_least": first[1]},
        {"killed": second[0], "killed_at_least": second[1]},
    )
    assert ("killed" in merged.disputed) is disputed


def test_injured_figures_are_disputed_the_same_way():
    merged = merged_pair({"injured": 4}, {"injured": 6})
    assert merged.disputed == ["injured"]
    merged = merged_pair({"injured": 4}, {"injured": 4, "injured_at_least": True})
    assert merged.disputed == []


def test_the_later_article_gives_the_toll():
    """A toll published on 3 May supersedes the one of 2 May, even when lower."""
    merged = merged_pair({"killed": 12}, {"killed": 9}, published=(MAY2, MAY3))
    assert merged.killed == 9
    merged = merged_pair({"killed": 9}, {"killed": 12}, published=(MAY3, MAY2))
    assert merged.killed == 9


def test_on_the_same_day_the_higher_toll_stands():
    merged = merged_pair({"killed": 9}, {"killed": 12})
    assert (merged.killed, merged.killed_at_least) == (12, False)


def test_debris_reported_by_one_source_is_kept():
    """If any report says interception debris did the damage, the merged event says so."""
    merged = merged_pair({"interception_debris": True}, {"interception_debris": False})
    assert merged.interception_debris is True
    merged = merged_pair({"interception_debris": False}, {"interception_debris": True})
    assert merged.interception_debris is True
    merged = merged_pair({"interception_debris": False}, {"interception_debris": False})
    assert merged.interception_debris is False


def test_a_strike_any_report_calls_primary_stays_primary():
    merged = merged_pair({"primary": False}, {"primary": True})
    assert merged.primary is True


def test_weapons_of_both_reports_are_kept_and_disputed_only_when_disjoint():
    merged = merged_pair({"weapons": ["missile"]}, {"weapons": ["missile", "drone"]})
    assert sorted(merged.weapons) == ["drone", "missile"]
    assert "weapons" not in merged.disputed
    merged = merged_pair({"weapons": ["missile"]}, {"weapons": ["drone"]})
    assert "weapons" in merged.disputed


def test_attackers_that_differ_are_disputed():
    merged = merged_pair({"attacker": "RU"}, {"attacker": "UA"})
    assert "attacker" in merged.disputed
    merged = merged_pair({"attacker": "RU"}, {"attacker": "RU"})
    assert merged.attacker == "RU" and merged.disputed == []


def test_two_sources_of_60_percent_give_84_percent_confidence():
    """Independent reports: 1 - 0.4 * 0.4 = 0.84."""
    merged = merged_pair({"confidence": 0.6}, {"confidence": 0.6})
    assert merged.confidence == pytest.approx(0.84)


def test_unknown_weapons_never_dispute_a_known_one():
    merged = merged_pair({"weapons": ["unknown"]}, {"weapons": ["missile"]})
    assert merged.weapons == ["missile"] and merged.disputed == []


def test_no_toll_in_any_report_gives_no_toll_and_no_at_least():
    merged = merged_pair({"killed": None}, {"killed": None})
    assert (merged.killed, merged.killed_at_least) == (None, False)
    assert (merged.injured, merged.injured_at_least) == (None, False)


def test_a_report_without_a_publication_date_counts_as_the_oldest():
    """A dated report of 3 May gives the toll over an undated one, whatever their order."""
    a, b = article("a", None), article("b", MAY3)
    for reports in (
        [event(a, KYIV, MAY2, killed=12), event(b, KYIV, MAY2, killed=9)],
        [event(b, KYIV, MAY2, killed=9), event(a, KYIV, MAY2, killed=12)],
    ):
        (merged,) = merge_events(reports)
        assert merged.killed == 9


def test_a_model_and_a_sentence_both_reports_give_are_listed_once():
    merged = merged_pair({"models": ["Kh-101"]}, {"models": ["Kh-101", "Kalibr"]})
    assert merged.models == ["Kh-101", "Kalibr"]
    assert merged.article_ids == ["a", "b"]
    assert len(merged.evidence) == 2 and len(merged.sources) == 2


def test_merged_event_ids_do_not_change_between_versions():
    """Exports and shared links name events by id: the ids of a strike are pinned here."""
    from strikemap.merge import merged_event_id

    key = ("city", MAY2, "kyiv")
    assert merged_event_id(key) == "f848d6d6ff4640ec"
    assert merged_event_id(key, 0) == "f848d6d6ff4640ec"
    assert merged_event_id(key, 1) == "8a2a581d4a464607"


# The most confident report gives the place details; the figures, attacker, models,
# precision and flags come from every report. In these pairs the most confident
# report is the one that lacks them.
SURE, UNSURE = {"confidence": 0.9}, {"confidence": 0.5}


def test_a_less_confident_but_later_report_gives_the_toll():
    merged = merged_pair(
        {**SURE, "killed": 9},
        {**UNSURE, "killed": 12, "killed_at_least": True},
        published=(MAY2, MAY3),
    )
    assert (merged.killed, merged.killed_at_least) == (12, True)
    merged = merged_pair(
        {**SURE, "injured": 9},
        {**UNSURE, "injured": 30, "injured_at_least": True},
        published=(MAY2, MAY3),
    )
    assert (merged.injured, merged.injured_at_least) == (30, True)


def test_an_attacker_named_only_by_the_less_confident_report_is_kept():
    merged = merged_pair({**SURE, "attacker": None}, {**UNSURE, "attacker": "RU"})
    assert merged.attacker == "RU"


def test_models_named_only_by_the_less_confident_report_are_kept():
    merged = merged_pair({**SURE, "models": []}, {**UNSURE, "models": ["Shahed-136"]})
    assert merged.models == ["Shahed-136"]


def test_a_strike_the_less_confident_report_calls_primary_stays_primary():
    merged = merged_pair({**SURE, "primary": False}, {**UNSURE, "primary": True})
    assert merged.primary is True


def test_a_day_known_from_one_report_makes_the_date_known_to_the_day():
    merged = merged_pair({**SURE, "date_precision": "month"}, {**UNSURE, "date_precision": "day"})
    assert merged.date_precision == "day"
    merged = merged_pair({"date_precision": "month"}, {"date_precision": "month"})
    assert merged.date_precision == "month"


def test_two_reports_of_unknown_weapons_stay_unknown():
    merged = merged_pair({"weapons": ["unknown"]}, {"weapons": ["unknown"]})
    assert merged.weapons == ["unknown"] and merged.disputed == []


def test_confidence_is_kept_to_six_decimals_and_never_above_one():
    """Two reports of 1/3 each: 1 - (2/3)^2 = 5/9 = 0.555556 (six decimals)."""
    assert merged_pair({"confidence": 1 / 3}, {"confidence": 1 / 3}).confidence == 0.555556
    assert merged_pair({"confidence": 1.5}, {"confidence": 0.5}).confidence == 1.0
    assert merged_pair({"confidence": -0.5}, {"confidence": 0.5}).confidence == 0.5


POKROVSK = {"place": "Pokrovsk", "lat": 48.28, "lon": 37.18, "iso_region": "UA-14"}


def test_a_place_the_gazetteer_did_not_resolve_merges_by_name_within_its_oblast():
    """Without a gazetteer id, 'Pokrovsk' in Donetsk Oblast (UA-14) is one strike per day..."""
    a, b = article("a", MAY2), article("b", MAY2)
    merged = merge_events([event(a, POKROVSK, MAY2), event(b, POKROVSK, MAY2)])
    assert [m.event_id for m in merged] == ["cd937992eb0d1b7e"]  # pinned: see the ids test
    # ... and a Pokrovsk in another oblast, or another country, is another strike.
    elsewhere = {**POKROVSK, "iso_region": "UA-12"}
    abroad = {**POKROVSK, "iso_region": None}
    events = [event(a, POKROVSK, MAY2), event(b, elsewhere, MAY2), event(b, abroad, MAY2)]
    assert len(merge_events(events)) == 3
    russian = event(b, POKROVSK, MAY2, country="RU")
    assert len(merge_events([event(a, POKROVSK, MAY2), russian])) == 2


def test_an_event_without_article_ids_is_merged_as_its_own_report():
    a = article("a", MAY2)
    lone = event(a, KYIV, MAY2, killed=4).copy(article_ids=[], event_id="manual-1")
    merged = merge_events([lone, event(article("b", MAY2), KYIV, MAY2, killed=4)])
    assert len(merged) == 1 and merged[0].killed == 4


def test_two_quotes_of_one_article_are_both_kept_as_evidence():
    from strikemap.models import Evidence

    a, b = article("a", MAY2), article("b", MAY2)
    first = event(a, KYIV, MAY2).copy(
        evidence=[Evidence("a", "Kyiv was hit."), Evidence("a", "Two were hurt in Kyiv.")]
    )
    (merged,) = merge_events([first, event(b, KYIV, MAY2)])
    assert [ev.sentence for ev in merged.evidence if ev.article_id == "a"] == [
        "Kyiv was hit.",
        "Two were hurt in Kyiv.",
    ]
    assert [s.article_id for s in merged.sources] == ["a", "b"]


def test_merging_leaves_the_garbage_collector_as_it_found_it():
    """The collector is paused while merging only: on before means on after, off means off."""
    import gc

    a, b = article("a", MAY2), article("b", MAY2)
    reports = [event(a, KYIV, MAY2), event(b, KYIV, MAY2)]
    assert gc.isenabled()
    assert len(merge_events(reports)) == 1
    assert gc.isenabled()
    gc.disable()
    try:
        merge_events(reports)
        assert not gc.isenabled()
    finally:
        gc.enable()
