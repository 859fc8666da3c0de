"""Extraction time against the number of place mentions in one sentence.

One article of one sentence naming 1,000, 10,000 and 100,000 places
("Russian missiles struck Kyiv, Kharkiv, Odesa, …") is extracted with the
bundled gazetteer.  Prints the time of each size, the time per mention, and
whether each tenfold step takes at most 2 x 10 times as long (linear growth,
within a factor of two).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "dashboard"))

from strikemap.extraction import extract_article  # noqa: E402
from strikemap.extraction.extractor import matcher_for  # noqa: E402
from strikemap.gazetteer import Gazetteer  # noqa: E402
from strikemap.models import Article  # noqa: E402

PLACES = (
    "Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Sumy", "Poltava",
    "Chernihiv", "Kherson", "Lviv", "Vinnytsia", "Zhytomyr", "Kryvyi Rih", "Kramatorsk",
    "Sloviansk", "Pavlohrad", "Izium", "Kupiansk", "Nikopol",
)  # fmt: skip
SIZES = (1_000, 10_000, 100_000)
#: Each tenfold step may take at most this many times tenfold as long.
TOLERANCE = 2.0


def sentence(mentions: int) -> str:
    """One sentence naming ``mentions`` places."""
    names = ", ".join(PLACES[i % len(PLACES)] for i in range(mentions))
    return f"Russian missiles struck {names} overnight, killing three people."


def timed(mentions: int, gazetteer: Gazetteer) -> tuple[float, int]:
    article = Article(
        id=f"mentions-{mentions}",
        text=sentence(mentions),
        title="",
        published=date(2025, 1, 1),
        published_from="metadata",
        source="benchmark",
    )
    t0 = time.process_time()
    events = extract_article(article, gazetteer)
    return time.process_time() - t0, len(events)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    args = parser.parse_args(argv)
    gazetteer = Gazetteer.load()
    matcher_for(gazetteer)
    timed(10, gazetteer)  # warm the lazily loaded pieces
    results = []
    for mentions in args.sizes:
        seconds, events = timed(mentions, gazetteer)
        results.append((mentions, seconds))
        print(
            f"{mentions:>7} mentions in one sentence: {seconds:7.2f} s CPU, "
            f"{seconds / mentions * 1e6:6.1f} µs/mention, {events} events"
        )
    linear = True
    for (n0, t0), (n1, t1) in pairwise(results):
        growth = (t1 / max(t0, 1e-9)) / (n1 / n0)
        ok = growth <= TOLERANCE
        linear = linear and ok
        print(f"{n0} -> {n1}: {growth:.2f} x linear ({'ok' if ok else 'TOO SLOW'}, <= {TOLERANCE})")
    print(f"linear within {TOLERANCE}x: {'yes' if linear else 'no'}")
    return 0 if linear else 1


if __name__ == "__main__":
    sys.exit(main())
