"""Merge reports of the same strike from several articles into one event.

A *unit* follows ``ANNOTATION.md`` and ``score.py``: one place struck on one
day, where the place is a district, a city (or town or village), a region or
a country. Reports from different articles of the same unit become one event
that lists every article id, source and evidence sentence.

Rules
-----
- Only events with the same date, level and place (same gazetteer
  ``place_id``; by normalised name, country and ISO region when a place has no
  id) are joined. Different days, cities or districts are never joined; a city
  event and a district event of that city stay apart because they are
  different units of precision.
- Undated events are never merged: without a day there is no evidence that
  two reports describe one strike.
- Events of one article are never merged with each other: extraction already
  decided they are distinct. When one article holds several events of a unit,
  the unit yields as many merged events, the i-th event of each article (by
  confidence) going to the i-th.
- Figures (killed, injured with their "at least" flags) come from the most
  recently published source that states them (the larger figure among
  sources of the same day); the attacker from the most recent source naming
  one.
- ``disputed`` names the fields where sources disagree: ``killed``/``injured``
  when two figures cannot both hold (different exact figures, or an exact
  figure below another's "at least"); ``weapons`` when the known categories of
  two reports are neither equal nor one within the other; ``attacker`` when
  two reports name different sides.
- Weapons and models are united; confidence is combined as independent
  evidence, ``1 - prod(1 - c)``; the event is primary if any report treats it
  as primary, and flagged as interception debris if any report does.
"""

from __future__ import annotations

import gc
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from strikemap.gazetteer.names import normalize
from strikemap.models import WEAPON_CATEGORIES, Event

_OLDEST = date.min

UnitKey = tuple[str, date, str]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects.

    Building 100,000 events allocates millions of containers and no cycles;
    the collector's repeated full passes over them would triple the time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def unit_key(event: Event) -> UnitKey | None:
    """Return the key of the unit an event reports, or ``None`` when undated.

    The key is ``(level, date, place)`` where place is the gazetteer id or,
    failing that, the normalised name qualified by country and region.
    """
    if event.date is None:
        return None
    place = event.place_id or "|".join(
        ("name", event.country or "", event.iso_region or "", normalize(event.place))
    )
    return (event.level, event.date, place)


def merged_event_id(key: UnitKey, slot: int = 0) -> str:
    """Return the deterministic id of a merged event: a hash of its unit key."""
    level, day, place = key
    text = f"{place}|{day.isoformat()}|{level}" + (f"|{slot}" if slot else "")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _published(event: Event) -> date:
    dates = [s.published for s in event.sources if s.published is not None]
    return max(dates) if dates else _OLDEST


def _recency(event: Event) -> tuple[date, float, str]:
    """Sort key: latest publication first, then the more confident report."""
    return (_published(event), event.confidence, event.event_id)


def _figures(reports: Sequence[Event], field: str) -> list[tuple[int, bool]]:
    return [
        (getattr(e, field), getattr(e, f"{field}_at_least"))
        for e in reports
        if getattr(e, field) is not None
    ]


def _figures_disagree(figures: Sequence[tuple[int, bool]]) -> bool:
    """Whether some pair of (value, at_least) figures cannot both be true.

    Two exact figures must be equal, and no exact figure may be below an
    "at least" figure; both are checked in one pass over the figures (the
    distinct exact values, and the smallest exact against the largest
    "at least"), so 100,000 reports of one strike cost no more than a pass.
    """
    exact = {value for value, at_least in figures if not at_least}
    if len(exact) > 1:
        return True
    floors = [value for value, at_least in figures if at_least]
    return bool(exact and floors) and min(exact) < max(floors)


def _weapons_disagree(reports: Sequence[Event]) -> bool:
    """Whether two reports' known weapon categories are neither equal nor nested.

    Only the distinct sets are compared, and there are at most 2**5 of them.
    """
    sets = {frozenset(e.weapons) - {"unknown"} for e in reports}
    sets.discard(frozenset())
    return any(not (a <= b or b <= a) for a in sets for b in sets)


def _latest_figure(reports: Sequence[Event], field: str) -> tuple[int | None, bool]:
    stated = [e for e in reports if getattr(e, field) is not None]
    if not stated:
        return None, False
    # Among reports published the same day the larger figure wins: tolls are
    # revised upwards as the day's updates come in.
    best = max(stated, key=lambda e: (_published(e), getattr(e, field), e.confidence, e.event_id))
    return getattr(best, field), getattr(best, f"{field}_at_least")


def _unique(items: Iterable, key=lambda item: item) -> list:
    seen = set()
    out = []
    for item in items:
        marker = key(item)
        if marker not in seen:
            seen.add(marker)
            out.append(item)
    return out


def combine(reports: Sequence[Event], event_id: str) -> Event:
    """Merge reports of one unit (from different articles) into one event."""
    if len(reports) == 1:
        return reports[0].copy(event_id=event_id)
    by_time = sorted(reports, key=_recency)
    # Place details come from the most confident report, which is most likely
    # to carry the gazetteer's resolution.
    anchor = max(reports, key=lambda e: (e.confidence, _published(e), e.event_id))
    killed, killed_at_least = _latest_figure(reports, "killed")
    injured, injured_at_least = _latest_figure(reports, "injured")
    attackers = {e.attacker for e in reports if e.attacker}
    attacker = next((e.attacker for e in reversed(by_time) if e.attacker), None)

    conflicts = {
        "killed": _figures_disagree(_figures(reports, "killed")),
        "injured": _figures_disagree(_figures(reports, "injured")),
        "weapons": _weapons_disagree(reports),
        "attacker": len(attackers) > 1,
    }
    disputed = [field for field, conflict in conflicts.items() if conflict]
    disputed = _unique([*(f for e in reports for f in e.disputed), *disputed])

    known = {w for e in reports for w in e.weapons if w != "unknown"}
    weapons = [w for w in WEAPON_CATEGORIES if w in known] or ["unknown"]
    confidence_missing = 1.0
    for e in reports:
        confidence_missing *= 1.0 - min(max(e.confidence, 0.0), 1.0)
    precisions = [e.date_precision for e in reports if e.date_precision]
    return anchor.copy(
        event_id=event_id,
        article_ids=_unique(a for e in by_time for a in e.article_ids),
        date_precision="day" if "day" in precisions else anchor.date_precision,
        weapons=weapons,
        models=_unique(m for e in by_time for m in e.models),
        killed=killed,
        killed_at_least=killed_at_least,
        injured=injured,
        injured_at_least=injured_at_least,
        attacker=attacker,
        primary=any(e.primary for e in reports),
        interception_debris=any(e.interception_debris for e in reports),
        confidence=round(1.0 - confidence_missing, 6),
        evidence=_unique(
            (ev for e in by_time for ev in e.evidence),
            key=lambda ev: (ev.article_id, ev.sentence),
        ),
        sources=_unique((s for e in by_time for s in e.sources), key=lambda s: s.article_id),
        disputed=disputed,
    )


def _article_of(event: Event) -> str:
    return event.article_ids[0] if event.article_ids else event.event_id


def _slots(by_article: Iterable[list[Event]]) -> list[list[Event]]:
    """Deal each article's reports of one unit, most confident first, into slots.

    The i-th report of every article goes to the i-th slot; built in one pass
    over the reports, however the counts per article are spread.
    """
    slots: list[list[Event]] = []
    for reports in by_article:
        ranked = sorted(reports, key=lambda e: (-e.confidence, e.event_id))
        for slot, report in enumerate(ranked):
            if slot == len(slots):
                slots.append([])
            slots[slot].append(report)
    return slots


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Merge per-article events of the same unit across articles.

    Parameters
    ----------
    events
        Per-article events (as :func:`strikemap.extraction.extract_article`
        returns them); the input is not modified.

    Returns
    -------
    list[Event]
        One event per unit (see the module docstring), dated events first in
        date order, then undated ones, each group by place and id.
    """
    with paused_gc():
        return _merge(events)


def _merge(events: Iterable[Event]) -> list[Event]:
    groups: dict[UnitKey, dict[str, list[Event]]] = defaultdict(lambda: defaultdict(list))
    undated: list[Event] = []
    for event in events:
        key = unit_key(event)
        if key is None:
            undated.append(event.copy())
        else:
            groups[key][_article_of(event)].append(event)

    merged: list[Event] = []
    for key, by_article in groups.items():
        for slot, reports in enumerate(_slots(by_article.values())):
            merged.append(combine(reports, merged_event_id(key, slot)))
    merged.sort(key=lambda e: (e.date, e.place, e.event_id))
    undated.sort(key=lambda e: (e.place, e.event_id))
    return merged + undated
