"""Benchmark merging many reports of one strike: time against the number of reports.

Run ``python benchmarks/bench_merge.py``. Target (issue 15): linear growth, the
time per report at 100,000 reports within 2x of the time per report at 10,000.
Reports are per-article events of one place on one day from different
articles, with differing figures, weapons and attackers (so every dispute
check runs), plus one article holding many events of that unit (the slot
dealing).
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "dashboard"))

from strikemap.merge import merge_events  # noqa: E402
from strikemap.models import Event, Evidence, Source  # noqa: E402

SIZES = (10_000, 30_000, 100_000)
WEAPONS = (["missile"], ["drone"], ["missile", "drone"], ["unknown"], ["artillery"])


def reports(count: int) -> list[Event]:
    """``count`` reports of Kharkiv on 2 January 2024; a tenth come from one article."""
    events = []
    for i in range(count):
        article_id = "bulk" if i % 10 == 0 else f"a{i}"
        events.append(
            Event(
                event_id=f"e{i}",
                article_ids=[article_id],
                place="Kharkiv",
                place_id="kharkiv",
                level="city",
                country="UA",
                lat=49.98,
                lon=36.25,
                date=date(2024, 1, 2),
                weapons=list(WEAPONS[i % len(WEAPONS)]),
                killed=i % 7 if i % 3 else None,
                killed_at_least=i % 5 == 0,
                injured=i % 11,
                attacker="RU" if i % 13 else "UA",
                confidence=0.3 + (i % 50) / 100,
                evidence=[Evidence(article_id, f"Sentence {i} about Kharkiv.")],
                sources=[Source(article_id, published=date(2024, 1, 2 + i % 3))],
            )
        )
    return events


def best_time(events: list[Event], runs: int = 3) -> float:
    """Best CPU time of ``runs`` merges (CPU time: the machine is shared)."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        merge_events(events)
        times.append(time.process_time() - start)
    return min(times)


def main() -> int:
    per_report = {}
    for size in SIZES:
        seconds = best_time(reports(size))
        per_report[size] = seconds / size
        micro = per_report[size] * 1e6
        print(f"merge, {size:>7,} reports of one strike: {seconds:7.3f} s ({micro:.1f} µs/report)")
    growth = per_report[SIZES[-1]] / per_report[SIZES[0]]
    verdict = "linear" if growth <= 2 else "NOT linear"
    print(
        f"merge, time per report at {SIZES[-1]:,} vs {SIZES[0]:,}: {growth:.2f}x "
        f"({verdict}, target <= 2x)"
    )
    return 0 if growth <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
