"""Run a batch on Dask: a local cluster on this machine's cores, or an existing scheduler.

The archive's partitions go into a :mod:`dask.bag` with one Dask partition
each; every worker process extracts its partitions with an extractor it loads
once. Dask retries the tasks of a worker that dies; a partition is only ever
visible in the output once its done record is written, so a retried or
resumed partition is written exactly once.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from strikemap.batch.partitions import DEFAULT_PARTITION_SIZE, Partition, plan
from strikemap.batch.worker import Layout, PartitionResult, run_partition

#: Times Dask retries a partition whose worker died or raised.
RETRIES = 2


@dataclass
class BatchReport:
    """What a batch run did, summed over its partitions."""

    partitions: int = 0
    skipped: int = 0
    articles: int = 0
    events: int = 0
    rejects: int = 0
    stale_removed: int = 0
    results: list[PartitionResult] = field(default_factory=list)

    def add(self, result: PartitionResult) -> None:
        self.results.append(result)
        self.partitions += 1
        self.skipped += int(result.skipped)
        self.articles += result.articles
        self.events += result.events
        self.rejects += result.rejects

    def summary(self) -> str:
        resumed = f" ({self.skipped} already done)" if self.skipped else ""
        return (
            f"{self.partitions} partitions{resumed}, {self.articles} articles, "
            f"{self.events} events, {self.rejects} rejected"
        )


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2) -> Iterator[object]:
    """A Dask client: connected to ``scheduler``, or to a new local cluster of ``workers``.

    The local cluster runs one single-threaded process per worker (extraction
    is pure Python, so threads would share one core).
    """
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address="127.0.0.1:0",
            host="127.0.0.1",
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def dashboard_link(client: object) -> str | None:
    """The Dask dashboard's address, when the cluster serves one."""
    try:
        return client.dashboard_link  # type: ignore[attr-defined]
    except Exception:  # bokeh missing: the scheduler serves no dashboard
        return None


def _remove_stale(layout: Layout, parts: Sequence[Partition]) -> int:
    """Delete output parts that no partition of the current plan covers."""
    current = {p.name for p in parts}
    removed = 0
    for folder, suffix in (
        (layout.events, ".parquet"),
        (layout.articles, ".parquet"),
        (layout.rejects, ".jsonl"),
        (layout.state, ".json"),
    ):
        for path in folder.glob(f"part-*{suffix}"):
            if path.name.removesuffix(suffix) not in current:
                path.unlink()
                removed += 1
    return removed


def collect_rejects(layout: Layout) -> int:
    """Write every partition's rejects into the batch's one rejects file; return the count."""
    count = 0
    with layout.rejects_file.open("w", encoding="utf-8") as out:
        for part in sorted(layout.rejects.glob("part-*.jsonl")):
            for line in part.read_text(encoding="utf-8").splitlines():
                out.write(line + "\n")
                count += 1
    return count


def run_batch(
    inputs: Sequence[str],
    out: str | Path,
    *,
    client: object,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    progress: Callable[[object], None] | None = None,
    task: Callable[[Partition, Layout], PartitionResult] = run_partition,
) -> BatchReport:
    """Extract an archive into GeoParquet with Dask; resume where a previous run stopped.

    Parameters
    ----------
    inputs
        Folders, JSONL files (``.jsonl`` or ``.jsonl.gz``) and glob patterns.
    out
        The events dataset (a folder of GeoParquet parts, e.g. ``events.parquet``);
        articles go to ``events.articles.parquet`` and rejects to
        ``events.rejects.jsonl`` beside it.
    client
        A ``distributed.Client`` (see :func:`dask_client`).
    progress
        Called with the computation's futures (e.g. ``distributed.progress``).
    task
        What a worker does with one partition (:func:`~strikemap.batch.worker.run_partition`).
    """
    import dask.bag as db

    layout = Layout.for_output(out)
    layout.create()
    parts = plan(inputs, partition_size)
    report = BatchReport(stale_removed=_remove_stale(layout, parts))
    if parts:
        bag = db.from_sequence(parts, npartitions=len(parts)).map(task, layout)
        futures = client.compute(bag, retries=RETRIES)  # type: ignore[attr-defined]
        if progress is not None:
            progress(futures)
        for result in futures.result():
            report.add(result)
    collect_rejects(layout)
    return report


def read_report(layout: Layout) -> list[dict[str, object]]:
    """The done records of a batch output, in partition order."""
    return [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(layout.state.glob("part-*.json"))
    ]


def terminal_progress(futures: object) -> None:
    """Dask's text progress bar on a terminal; nothing otherwise."""
    if sys.stderr.isatty():
        from distributed import progress

        progress(futures)
