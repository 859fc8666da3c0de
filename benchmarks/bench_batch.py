"""Archive-scale extraction on Dask: articles per second with 1 and 2 workers, memory per worker.

Generates an archive of at least 100,000 articles (the shared dev corpus, else
the seed articles, repeated with a new id for each copy) as one JSONL file in a
temporary folder, then runs ``strikemap batch``'s engine on a LocalCluster of
one worker process and again of two, each into a fresh output, and prints the
rate, the 2-worker speed-up (goal: 1.7x or more on this 2-core machine) and the
peak resident memory of each worker process.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "dashboard"))

from strikemap.articles import ReadError, read_articles  # noqa: E402
from strikemap.batch.runner import dask_client, run_batch  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev.jsonl"
FALLBACK_CORPUS = REPO / "seeds"
TARGET_SPEEDUP = 1.7


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _warm() -> None:
    """Load the gazetteer in a worker before the clock starts (it is loaded once per worker)."""
    from strikemap.batch.worker import extractor

    extractor()


def write_archive(corpus: str, count: int, path: Path) -> int:
    """Write ``count`` articles (copies of the corpus, each with its own id) as JSONL."""
    base = [a for a in read_articles([corpus]) if not isinstance(a, ReadError)]
    written = 0
    with path.open("w", encoding="utf-8") as out:
        while written < count:
            for article in base[: count - written]:
                record = {
                    "id": f"{article.id}-{written}",
                    "title": article.title,
                    "published": article.published.isoformat() if article.published else None,
                    "source": article.source,
                    "text": article.text,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    return written


def run(archive: Path, workers: int, out: Path, partition_size: int) -> dict[str, float]:
    with dask_client(workers=workers) as client:
        client.run(_warm)
        t0 = time.perf_counter()
        report = run_batch([str(archive)], out, client=client, partition_size=partition_size)
        elapsed = time.perf_counter() - t0
        peaks = client.run(_peak_rss_mib)
    return {
        "articles": report.articles,
        "events": report.events,
        "seconds": elapsed,
        "rate": report.articles / elapsed,
        "peak_mib": max(peaks.values()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else FALLBACK_CORPUS
    parser.add_argument("corpus", nargs="?", default=str(default))
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--partition-size", type=int, default=1000)
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="strikemap-bench-batch-"))
    try:
        archive = folder / "archive.jsonl"
        count = write_archive(args.corpus, args.articles, archive)
        print(f"archive: {count:,} articles from {args.corpus}")
        results = {}
        for workers in (1, 2):
            results[workers] = run(
                archive, workers, folder / f"out-{workers}.parquet", args.partition_size
            )
            r = results[workers]
            print(
                f"{workers} worker(s): {r['rate']:.0f} articles/s ({r['articles']:,} articles, "
                f"{r['events']:,} events in {r['seconds']:.1f} s); "
                f"peak RSS per worker {r['peak_mib']:.0f} MiB"
            )
        speedup = results[2]["rate"] / results[1]["rate"]
        verdict = "meets" if speedup >= TARGET_SPEEDUP else "misses"
        print(f"2-worker speed-up: {speedup:.2f}x ({verdict} the {TARGET_SPEEDUP}x goal)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
