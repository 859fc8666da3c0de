"""``strikemap fetch URL... [--db URL] [--source LABEL] [--language CODE]``: article pages in.

Each page is fetched politely (:mod:`strikemap.web.client`), its main text and
metadata read with trafilatura, and stored once per canonical URL and per
text: fetching it again, through any link, adds nothing; a page whose text
changed is stored as the new version of the same article.

stderr gets one line per URL that was not stored (``rejected URL: reason``:
a failure, or robots.txt forbidding it) and the summary line of every intake
command: ``N stored, N skipped (already stored), N rejected``. stdout stays empty.

Exit status: 0 when every URL was stored or already stored, 1 when any was
rejected (the others are stored all the same), 2 when the store cannot be opened.
"""

from __future__ import annotations

import argparse
import sys

from strikemap.cli.intake_options import print_report
from strikemap.cli.webopts import add_web_arguments, make_client, tally, versions_note
from strikemap.intake_report import EXIT_USAGE, IntakeReport
from strikemap.store import EventStore, StoreError


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
        return EXIT_USAGE
    report = IntakeReport()
    outcomes = []
    with store, make_client(args) as client:
        intake = WebIntake(store, client)
        try:
            for url in args.urls:
                outcome = intake.fetch(url, source=args.source, language=args.language)
                outcomes.append(outcome)
                tally(report, outcome)
        finally:
            intake.state.close()
        events = sum(o.events for o in outcomes)
        summary = (
            f"{report.summary()}{versions_note(outcomes)}; {events} events found -> {store.path}"
        )
    print_report("fetch", report, summary)
    return report.exit_status
