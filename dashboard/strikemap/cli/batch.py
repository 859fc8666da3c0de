"""``strikemap batch ARCHIVE... --out events.parquet [--scheduler ADDRESS | --workers N]``.

Extracts an archive of articles (folders, ``.jsonl``/``.jsonl.gz`` files,
glob patterns) on Dask: a local cluster of N single-threaded worker processes
(default: one per core), or an existing cluster given by its scheduler
address. Per-article events go to a GeoParquet dataset (``--out``), the
articles to ``<out>.articles.parquet`` beside it, bad inputs to
``<out>.rejects.jsonl``. ``--merged`` also merges reports of one strike
across the archive (a shuffle on place and day) into a second GeoParquet
dataset.

A re-run skips the partitions already written, so an interrupted batch is
resumed by running the same command again.

Exit status: 0 when every input was read, 1 when some inputs were rejected
(the rest are written), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys

from strikemap.batch.partitions import DEFAULT_PARTITION_SIZE


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "archive", nargs="+", metavar="ARCHIVE", help="folders, .jsonl/.jsonl.gz files or globs"
    )
    parser.add_argument(
        "--out", required=True, metavar="PATH", help="events dataset, e.g. events.parquet"
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--scheduler", metavar="ADDRESS", help="an existing Dask scheduler, e.g. tcp://host:8786"
    )
    where.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="worker processes of the local cluster (default: one per core)",
    )
    parser.add_argument(
        "--partition-size",
        type=int,
        default=DEFAULT_PARTITION_SIZE,
        metavar="N",
        help=f"articles per partition (default: {DEFAULT_PARTITION_SIZE})",
    )
    parser.add_argument(
        "--merged", metavar="PATH", help="also write merged events to this GeoParquet dataset"
    )


def _fail(message: str) -> int:
    print(f"strikemap batch: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    try:
        from strikemap.batch.runner import (
            dashboard_link,
            dask_client,
            run_batch,
            terminal_progress,
        )
        from strikemap.batch.shuffle import merge_dataset
    except ImportError as exc:
        return _fail(f"{exc.name} is not installed (pip install 'strikemap[batch]')")
    from strikemap.batch.partitions import ArchiveError

    workers = args.workers or os.cpu_count() or 1
    if workers < 1:
        return _fail("--workers must be at least 1")
    try:
        with dask_client(args.scheduler, workers) as client:
            link = dashboard_link(client)
            where = args.scheduler or f"local cluster of {workers} workers"
            print(f"strikemap batch: {where}; dashboard: {link or 'none'}", file=sys.stderr)
            report = run_batch(
                args.archive,
                args.out,
                client=client,
                partition_size=args.partition_size,
                progress=terminal_progress,
            )
            merged = merge_dataset(args.out, args.merged, client=client) if args.merged else None
    except ArchiveError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{args.scheduler or args.out}: {exc.strerror or exc}")
    line = f"strikemap batch: {report.summary()} -> {args.out}"
    if merged is not None:
        line += f"; {merged} merged events -> {args.merged}"
    if report.rejects:
        line += f"; rejects listed in {args.out.removesuffix('.parquet')}.rejects.jsonl"
    print(line, file=sys.stderr)
    return 1 if report.rejects else 0
