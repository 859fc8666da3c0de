"""``strikemap extract PATH... [--per-article] [--format jsonl|csv|geojson]``.

Prints the strike events found in the articles to stdout: one JSON object per
line (``jsonl``, the default), a CSV table or a GeoJSON feature collection.
Without ``--per-article`` reports of the same strike from several articles are
merged into one event listing every source.

stdout carries only the events, so the command composes in pipelines. A
progress bar (on a terminal, for inputs that take more than a second), one
line per rejected input or warning, and a summary line (read, skipped,
rejected) go to stderr.

Exit status: 0 when every input was read, 1 when any file or record was
rejected (the others are still extracted), 2 on a usage error or a missing
gazetteer.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable

from strikemap.articles import read_articles
from strikemap.budget import InputRejected
from strikemap.cli.intake_options import (
    add_budget_arguments,
    budgets,
    noting_warnings,
    print_report,
    progress,
)
from strikemap.gazetteer import GazetteerError
from strikemap.intake_report import EXIT_USAGE, IntakeReport, ReadError, unexpected
from strikemap.models import Article, Event

FORMATS = ("jsonl", "csv", "geojson")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files or directories (read recursively)"
    )
    parser.add_argument(
        "--per-article",
        action="store_true",
        help="one event per article and strike, without merging across articles",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)"
    )
    add_budget_arguments(parser)


def extract_each(
    results: Iterable[Article | ReadError],
    extract: Callable[[Article], list[Event]],
    report: IntakeReport,
) -> list[Event]:
    """Extract every article, rejecting (into ``report``) the ones that cannot be read or fail."""
    events: list[Event] = []
    for result in results:
        if isinstance(result, ReadError):
            report.rejected.append(result)
            continue
        name = result.path or result.id
        try:
            found = extract(result)
        except InputRejected as exc:
            report.reject(name, str(exc))
            continue
        except Exception as exc:  # one article's failure must not stop the batch
            report.rejected.append(unexpected(name, exc, "extracting"))
            continue
        report.stored += 1
        events.extend(found)
    return events


def run(args: argparse.Namespace) -> int:
    from strikemap.gazetteer import Gazetteer
    from strikemap.merge import merge_events
    from strikemap.pipeline import article_extractor

    try:
        max_bytes, seconds = budgets(args)
    except ValueError as exc:
        print(f"strikemap extract: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        gazetteer = Gazetteer.load()
    except GazetteerError as exc:
        print(f"strikemap extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    report = IntakeReport()
    extract = article_extractor(gazetteer, seconds=seconds, max_chars=max_bytes)
    results = noting_warnings(read_articles(args.paths, max_bytes=max_bytes), report)
    events = extract_each(progress(results, "extract"), extract, report)
    if not args.per_article:
        events = merge_events(events)
    _write(events, args.format, args.per_article)
    print_report("extract", report, f"{report.read_summary()}; {len(events)} events found")
    return report.exit_status


def _write(events: list[Event], fmt: str, per_article: bool) -> None:
    out = sys.stdout
    if fmt == "jsonl":
        for event in events:
            out.write(json.dumps(event.to_record(per_article=per_article), ensure_ascii=False))
            out.write("\n")
        out.flush()
        return
    from strikemap.exports import to_csv, to_geojson
    from strikemap.frames import events_to_frame

    frame = events_to_frame(events)
    data = to_csv(frame) if fmt == "csv" else to_geojson(frame)
    out.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
