"""``strikemap ingest PATH... [--db URL]``: add articles and their events to the store.

Unreadable files are reported on stderr by name with the reason and the other
files are still ingested. stdout stays empty, so the command composes in
pipelines; the progress bar (on a terminal, for inputs that take more than a
second) and the one-line summary go to stderr.

Exit status: 0 when every input was read (including when everything was
already stored), 1 when any file or record could not be read or extracted;
the others are stored all the same.
"""

from __future__ import annotations

import argparse
import sys

from strikemap.articles import read_articles
from strikemap.store import EventStore, StoreError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files or directories (read recursively)"
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="store path or sqlite:///path (default: $STRIKEMAP_DB or the user data directory)",
    )


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    try:
        store = EventStore(args.db)
    except StoreError as exc:
        print(f"strikemap ingest: {exc}", file=sys.stderr)
        return 2
    with store:
        results = tqdm(
            read_articles(args.paths),
            desc="ingest",
            unit=" articles",
            file=sys.stderr,
            disable=not sys.stderr.isatty(),
            delay=1.0,
            leave=False,
        )
        report = store.ingest(results)
        for error in report.errors:
            print(f"skipped {error}", file=sys.stderr)
        print(f"strikemap ingest: {report.summary()} -> {store.path}", file=sys.stderr)
    return 1 if report.errors else 0
