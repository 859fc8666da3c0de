"""``strikemap ingest PATH... [--db URL]``: add articles and their events to the store.

Every input either goes in or gets one line on stderr naming it (with its line
or index inside a collection) and the reason; the run always finishes and ends
with a summary line: stored, skipped (already stored), rejected. stdout stays
empty, so the command composes in pipelines; the progress bar (on a terminal,
for inputs that take more than a second) goes to stderr too.

Exit status: 0 when every input went in (including when everything was
already stored), 1 when any file or record was rejected (the others are
stored all the same), 2 for usage errors and a store that cannot be opened
or written (one line says why; articles stored before are kept).
"""

from __future__ import annotations

import argparse
import sys

from strikemap.articles import read_articles
from strikemap.cli.intake_options import (
    add_budget_arguments,
    budgets,
    noting_warnings,
    print_report,
    progress,
)
from strikemap.intake_report import EXIT_USAGE, IntakeReport
from strikemap.store import EventStore, StoreError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files or directories (read recursively)"
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="store path, sqlite:///path or postgresql://user@host/db "
        "(default: $STRIKEMAP_DB or the user data directory)",
    )
    add_budget_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from strikemap import store as store_module
    from strikemap.budget import budgeted
    from strikemap.threats import without_threats

    try:
        max_bytes, seconds = budgets(args)
    except ValueError as exc:
        print(f"strikemap ingest: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        store = EventStore(args.db)
    except StoreError as exc:
        print(f"strikemap ingest: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if store.note:
        print(f"strikemap ingest: {store.note}", file=sys.stderr)
    report = IntakeReport()
    # Loaded before the first article, so its load time counts against no article's budget.
    extractor = without_threats(store_module.default_extractor())
    with store:
        results = noting_warnings(read_articles(args.paths, max_bytes=max_bytes), report)
        try:
            done = store.ingest(
                progress(results, "ingest"),
                extractor=budgeted(extractor, seconds=seconds, max_chars=max_bytes),
            )
        except StoreError as exc:  # read-only, or the server went away: stored batches stay
            print(f"strikemap ingest: {exc}", file=sys.stderr)
            return EXIT_USAGE
        report.stored = done.articles_added + done.articles_updated
        report.skipped = done.duplicates
        report.rejected.extend(done.errors)
        versions = (
            f"; {done.articles_updated} stored as new versions of stored articles"
            if done.articles_updated
            else ""
        )
        summary = f"{report.summary()}{versions}; {done.events_text()} -> {store.path}"
    print_report("ingest", report, summary)
    return report.exit_status
