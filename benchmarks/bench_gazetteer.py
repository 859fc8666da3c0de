"""Benchmark the gazetteer: load time and memory, warm lookup and resolve latency.

Run ``python benchmarks/bench_gazetteer.py``.  Targets (issue 4): load under
0.5 s and 150 MB in the process, a warm lookup under 20 µs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "dashboard"))

# Measured in a fresh interpreter so that nothing is cached: import plus
# Gazetteer.load(), wall time, and the resident-memory growth it causes
# (tracemalloc is left off: it slows loading several-fold).
_LOAD_PROBE = """
import json, sys, time
sys.path.insert(0, {dashboard!r})
def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
before = rss_mb()
t0 = time.perf_counter()
from strikemap.gazetteer import Gazetteer
gaz = Gazetteer.load()
elapsed = time.perf_counter() - t0
print(json.dumps({{"load_s": elapsed, "rss_growth_mb": rss_mb() - before, "places": len(gaz)}}))
"""

LOOKUPS = ["Kharkiv", "Kiev", "Charków", "Харків", "Pecherskyi district", "Novoselivka", "Nowhere"]
RESOLVES = [
    ("Pokrovsk", {}),
    ("Pokrovsk", {"region": "Donetsk region"}),
    ("Novoselivka", {"region": "Kharkiv region"}),
    ("Saltivskyi", {"near": "Kharkiv"}),
]


def measure_load(runs: int = 5, geodata: Path | None = None) -> dict:
    """Best-of-``runs`` fresh-process load figures (of ``geodata`` when given)."""
    code = _LOAD_PROBE.format(dashboard=str(ROOT / "dashboard"))
    env = dict(os.environ)
    if geodata is not None:
        env["STRIKEMAP_GEODATA"] = str(geodata)
    results = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
            ).stdout
        )
        for _ in range(runs)
    ]
    best = min(results, key=lambda r: r["load_s"])
    best["rss_growth_mb"] = max(r["rss_growth_mb"] for r in results)
    return best


def measure_lookups() -> dict:
    from strikemap.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    figures = {}
    number = 20000
    for name in LOOKUPS:
        seconds = min(timeit.repeat(lambda n=name: gaz.candidates(n), number=number, repeat=5))
        figures[f"candidates({name!r})_us"] = seconds / number * 1e6
    number = 2000
    for name, context in RESOLVES:
        seconds = min(
            timeit.repeat(lambda n=name, c=context: gaz.resolve(n, **c), number=number, repeat=3)
        )
        label = ", ".join(f"{k}={v!r}" for k, v in context.items())
        figures[f"resolve({name!r}{', ' + label if label else ''})_us"] = seconds / number * 1e6
    return figures


def main() -> int:
    load = measure_load()
    print(f"gazetteer places: {load['places']}")
    print(
        f"load time (fresh process, import + load): {load['load_s'] * 1000:.0f} ms"
        "  (target < 500 ms)"
    )
    print(f"resident memory growth: {load['rss_growth_mb']:.0f} MB  (target < 150 MB)")
    for label, micros in measure_lookups().items():
        print(f"{label}: {micros:.2f} µs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
