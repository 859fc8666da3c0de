"""Merging reports of the same strike across articles."""

from __future__ import annotations

from datetime import date

from datafactories import KHARKIV, KYIV, article, event
from strikemap.merge import merge_events, merged_event_id, unit_key

JAN1, JAN2, JAN3 = date(2024, 1, 1), date(2024, 1, 2), date(2024, 1, 3)


def _by_place(events):
    return {(e.place, e.level, e.date): e for e in events}


def test_same_city_same_day_across_articles_is_one_event():
    a, b = article("s00", JAN2), article("s01", JAN2, source="WION")
    events = [
        event(a, KYIV, JAN2, injured=10, injured_at_least=True, weapons=["missile"]),
        event(a, KHARKIV, JAN2, weapons=["missile"]),
        event(b, KYIV, JAN2, weapons=["missile"], models=["Kinzhal"]),
        event(b, KHARKIV, JAN2, killed=1, weapons=["missile"]),
    ]
    merged = merge_events(events)
    assert len(merged) == 2
    for e in merged:
        assert e.article_ids == ["s00", "s01"]
        assert [s.article_id for s in e.sources] == ["s00", "s01"]
        assert {ev.article_id for ev in e.evidence} == {"s00", "s01"}
    kyiv = _by_place(merged)[("Kyiv", "city", JAN2)]
    assert kyiv.injured == 10 and kyiv.injured_at_least
    assert kyiv.models == ["Kinzhal"]
    assert kyiv.disputed == []


def test_never_joins_different_days_or_cities():
    a, b = article("a", JAN3), article("b", JAN3)
    merged = merge_events([event(a, KYIV, JAN1), event(b, KYIV, JAN2), event(b, KHARKIV, JAN1)])
    assert len(merged) == 3
    assert all(len(e.article_ids) == 1 for e in merged)


def test_district_merges_only_with_the_same_district():
    a, b = article("a", JAN2), article("b", JAN2)
    pechersk = {**KYIV, "place": "Pecherskyi", "place_id": "pechersk", "parent": "Kyiv"}
    shevchenko = {**KYIV, "place": "Shevchenkivskyi", "place_id": "shev", "parent": "Kyiv"}
    merged = merge_events(
        [
            event(a, pechersk, JAN2, level="district"),
            event(b, pechersk, JAN2, level="district"),
            event(b, shevchenko, JAN2, level="district"),
            event(a, KYIV, JAN2),
        ]
    )
    by_place = _by_place(merged)
    assert len(merged) == 3
    assert by_place[("Pecherskyi", "district", JAN2)].article_ids == ["a", "b"]
    assert by_place[("Shevchenkivskyi", "district", JAN2)].article_ids == ["b"]
    assert by_place[("Kyiv", "city", JAN2)].article_ids == ["a"]


def test_latest_source_gives_the_figures_and_disagreement_is_recorded():
    early, late = article("early", JAN2), article("late", JAN3)
    merged = merge_events(
        [
            event(late, KHARKIV, JAN2, killed=4, injured=None, weapons=["drone"]),
            event(early, KHARKIV, JAN2, killed=2, injured=7, weapons=["missile"]),
        ]
    )
    (e,) = merged
    assert e.killed == 4
    assert e.injured == 7  # only the earlier source states it
    assert e.weapons == ["missile", "drone"]
    assert set(e.disputed) == {"killed", "weapons"}
    assert e.article_ids == ["early", "late"]


def test_consistent_figures_are_not_disputed():
    a, b = article("a", JAN2), article("b", JAN3)
    merged = merge_events(
        [
            event(a, KYIV, JAN2, killed=3, killed_at_least=True, weapons=["missile"]),
            event(b, KYIV, JAN2, killed=5, weapons=["missile", "drone"]),
        ]
    )
    (e,) = merged
    assert e.killed == 5 and not e.killed_at_least
    assert e.disputed == []


def test_exact_figure_below_at_least_is_disputed():
    a, b = article("a", JAN2), article("b", JAN3)
    (e,) = merge_events(
        [
            event(a, KYIV, JAN2, injured=10, injured_at_least=True),
            event(b, KYIV, JAN2, injured=4),
        ]
    )
    assert e.disputed == ["injured"]


def test_attacker_disagreement_and_latest_attacker():
    a, b = article("a", JAN2), article("b", JAN3)
    (e,) = merge_events([event(a, KYIV, JAN2, attacker="RU"), event(b, KYIV, JAN2, attacker="UA")])
    assert e.attacker == "UA"
    assert "attacker" in e.disputed


def test_confidence_combines_as_independent_evidence():
    a, b = article("a", JAN2), article("b", JAN2)
    (e,) = merge_events(
        [event(a, KYIV, JAN2, confidence=0.5), event(b, KYIV, JAN2, confidence=0.6)]
    )
    assert abs(e.confidence - 0.8) < 1e-9


def test_background_and_primary_reports_merge_as_primary():
    a, b = article("a", JAN3), article("b", JAN3)
    (e,) = merge_events([event(a, KYIV, JAN2, primary=False), event(b, KYIV, JAN2)])
    assert e.primary is True


def test_undated_events_are_never_merged():
    a, b = article("a", None), article("b", None)
    merged = merge_events([event(a, KYIV, None), event(b, KYIV, None)])
    assert len(merged) == 2
    assert sorted(e.article_ids[0] for e in merged) == ["a", "b"]


def test_events_of_one_article_are_not_merged_together():
    a, b = article("a", JAN2), article("b", JAN2)
    merged = merge_events(
        [
            event(a, KYIV, JAN2, suffix="x", confidence=0.9),
            event(a, KYIV, JAN2, suffix="y", confidence=0.4),
            event(b, KYIV, JAN2),
        ]
    )
    assert len(merged) == 2
    assert sorted(len(e.article_ids) for e in merged) == [1, 2]
    assert len({e.event_id for e in merged}) == 2
    # The more confident report of article a is the one joined with b.
    joined = next(e for e in merged if len(e.article_ids) == 2)
    assert any("(ax)" in ev.sentence for ev in joined.evidence)


def test_event_id_is_deterministic_and_order_independent():
    a, b = article("a", JAN2), article("b", JAN3)
    events = [event(a, KYIV, JAN2, killed=1), event(b, KYIV, JAN2, killed=1)]
    first = merge_events(events)
    second = merge_events(list(reversed(events)))
    assert first[0].event_id == second[0].event_id
    assert first[0].event_id == merged_event_id(unit_key(events[0]))
    assert first[0].to_record() == second[0].to_record()


def test_places_without_gazetteer_id_merge_by_normalised_name():
    a, b = article("a", JAN2), article("b", JAN2)
    odesa = {"place": "Odesa", "place_id": None, "lat": 46.48, "lon": 30.72, "iso_region": "UA-51"}
    merged = merge_events([event(a, odesa, JAN2), event(b, {**odesa, "place": "ODESA"}, JAN2)])
    assert len(merged) == 1


def test_input_is_not_modified():
    a, b = article("a", JAN2), article("b", JAN2)
    events = [event(a, KYIV, JAN2), event(b, KYIV, JAN2)]
    before = [e.to_record() for e in events]
    merge_events(events)
    assert [e.to_record() for e in events] == before


def test_same_day_sources_take_the_larger_figure():
    a, b = article("a", JAN2), article("b", JAN2)
    (e,) = merge_events(
        [
            event(a, KYIV, JAN2, injured=49, confidence=0.4),
            event(b, KYIV, JAN2, injured=10, injured_at_least=True, confidence=0.9),
        ]
    )
    assert (e.injured, e.injured_at_least) == (49, False)
    assert e.disputed == []


def _figure_reports(*figures):
    """One report of Kyiv on 2 January per (killed, at_least) figure, each from its own article."""
    return [
        event(article(f"f{i}", JAN2), KYIV, JAN2, killed=value, killed_at_least=at_least)
        for i, (value, at_least) in enumerate(figures)
    ]


def _killed_disputed(*figures) -> bool:
    (merged,) = merge_events(_figure_reports(*figures))
    return "killed" in merged.disputed


def test_figures_dispute_rule_in_the_domains_terms():
    assert not _killed_disputed((3, False), (3, False))  # the same toll twice
    assert _killed_disputed((3, False), (4, False))  # two different exact tolls
    assert not _killed_disputed((2, True), (3, False))  # "at least 2" and 3 both hold
    assert _killed_disputed((5, True), (3, False))  # 3 is below "at least 5"
    assert not _killed_disputed((5, True), (2, True))  # two floors never contradict
    assert _killed_disputed((1, True), (3, False), (5, True), (4, False))


def test_many_reports_of_one_strike_and_one_article_with_several():
    bulk = article("bulk", JAN2)
    reports = [event(article(f"a{i}", JAN2), KYIV, JAN2) for i in range(2_000)]
    reports += [event(bulk, KYIV, JAN2, suffix=str(i), confidence=0.9 - i / 10) for i in range(3)]
    merged = merge_events(reports)
    # The most confident report of "bulk" joins the 2,000 others; its other two stay apart.
    assert sorted(len(e.article_ids) for e in merged) == [1, 1, 2_001]
