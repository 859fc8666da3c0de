"""``strikemap fetch URL... [--db URL] [--source LABEL] [--language CODE]``: article pages in.

Each page is fetched politely (:mod:`strikemap.web.client`), its main text and
metadata read with trafilatura, and stored once per canonical URL and per
text: fetching it again, through any link, adds nothing; a page whose text
changed is stored as the new version of the same article.

stderr gets one line per URL (``new``, ``updated``, ``unchanged``,
``duplicate``, ``skipped`` or ``failed``, with the reason) and a summary;
stdout stays empty.

Exit status: 0 when every URL was read (stored or already stored), 1 when any
was skipped or failed (the others are stored all the same), 2 when the store
cannot be opened.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from strikemap.cli.webopts import add_web_arguments, make_client
from strikemap.store import EventStore, StoreError

REJECTED = ("skipped", "failed")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("urls", nargs="+", metavar="URL", help="article page URLs")
    parser.add_argument("--source", default=None, help="source label stored with the articles")
    parser.add_argument(
        "--language", default=None, help="ISO 639 code of the articles (default: detected)"
    )
    add_web_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from strikemap.web.intake import WebIntake

    try:
        store = EventStore(args.db)
    except StoreError as exc:
        print(f"strikemap fetch: {exc}", file=sys.stderr)
        return 2
    counts: Counter[str] = Counter()
    with store, make_client(args) as client:
        intake = WebIntake(store, client)
        for url in args.urls:
            outcome = intake.fetch(url, source=args.source, language=args.language)
            counts[outcome.status] += 1
            print(outcome.line(), file=sys.stderr)
        intake.state.close()
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        print(f"strikemap fetch: {len(args.urls)} URLs: {summary} -> {store.path}", file=sys.stderr)
    return 1 if any(counts[s] for s in REJECTED) else 0
