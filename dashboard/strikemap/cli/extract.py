"""``strikemap extract PATH... [--per-article] [--format jsonl|csv|geojson]``.

Prints the strike events found in the articles to stdout: one JSON object per
line (``jsonl``, the default), a CSV table or a GeoJSON feature collection.
Without ``--per-article`` reports of the same strike from several articles are
merged into one event listing every source.

stdout carries only the events, so the command composes in pipelines.  A
progress bar (on a terminal, for inputs that take more than a second) and a
one-line summary (articles read, events found, files skipped with the reason)
go to stderr.

Exit status: 0 when every input was read, 1 when any file or record was
skipped (the others are still extracted), 2 on a usage error or a missing
gazetteer.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from strikemap.articles import ReadError, read_articles
from strikemap.gazetteer import GazetteerError
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


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from strikemap.pipeline import extract

    errors: list[ReadError] = []
    counter = {"articles": 0}

    def articles() -> Iterator[Article]:
        for result in read_articles(args.paths):
            if isinstance(result, ReadError):
                errors.append(result)
                continue
            counter["articles"] += 1
            yield result

    progress = tqdm(
        articles(),
        desc="extract",
        unit=" articles",
        file=sys.stderr,
        disable=not sys.stderr.isatty(),
        delay=1.0,
        leave=False,
    )
    try:
        events = extract(progress, per_article=args.per_article)
    except GazetteerError as exc:
        print(f"strikemap extract: {exc}", file=sys.stderr)
        return 2
    _write(events, args.format, args.per_article)
    for error in errors:
        print(f"skipped {error}", file=sys.stderr)
    skipped = f", {len(errors)} skipped" if errors else ""
    print(
        f"strikemap extract: {counter['articles']} articles read, {len(events)} events found"
        f"{skipped}",
        file=sys.stderr,
    )
    return 1 if errors else 0


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
