"""``strikemap watch FEED... [--every 10m] [--once] [--db URL]``: poll RSS/Atom feeds.

FEED is a feed URL or a TOML feed list (:mod:`strikemap.web.feedlist`). Each
poll fetches the pages of new and updated entries and stores their articles.
What was seen is kept in the store, so a restart neither misses nor repeats an
entry; an updated entry becomes the new version of its article. A feed that
fails is backed off (the interval doubles with each failure, up to a day).

stderr gets, for each feed polled, a line ``URL: N new, N updated, N already
seen, N skipped, N failed``, one ``rejected`` line per entry (or feed) that did
not go in, with the reason, and after each round the summary line of every
intake command: ``N stored, N skipped (already stored), N rejected``.

``--once`` polls every due feed once and exits (for cron or a systemd timer):
status 0 when every feed and entry was read, 1 when any failed or was
skipped, 2 on a bad feed list or store. Without ``--once`` it polls every
``--every`` until interrupted.
"""

from __future__ import annotations

import argparse
import re
import signal
import sys
import threading
from datetime import UTC, datetime, timedelta

from strikemap.cli.intake_options import print_report
from strikemap.cli.webopts import add_web_arguments, make_client, tally, versions_note
from strikemap.intake_report import EXIT_USAGE, IntakeReport
from strikemap.store import EventStore, StoreError

_DURATION = re.compile(r"(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s)?")
MIN_EVERY = timedelta(seconds=10)


def duration(value: str) -> timedelta:
    """Read ``90s``, ``10m``, ``1h30m`` (a bare number is seconds)."""
    text = value.strip().lower()
    if text.isdigit():
        result = timedelta(seconds=int(text))
    else:
        match = _DURATION.fullmatch(text)
        if not text or match is None:
            raise argparse.ArgumentTypeError(f"not a duration: {value!r} (use e.g. 90s, 10m, 1h)")
        result = timedelta(
            hours=int(match["h"] or 0), minutes=int(match["m"] or 0), seconds=int(match["s"] or 0)
        )
    if result < MIN_EVERY:
        raise argparse.ArgumentTypeError(f"interval {value!r} is under {MIN_EVERY.seconds} s")
    return result


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "feeds", nargs="+", metavar="FEED", help="feed URLs or TOML feed list files"
    )
    parser.add_argument(
        "--every", type=duration, default=timedelta(minutes=10), help="poll interval (default: 10m)"
    )
    parser.add_argument("--once", action="store_true", help="poll each due feed once, then exit")
    add_web_arguments(parser)


def _poll_all(intake, specs, every: timedelta) -> int:
    """Poll every feed once, print what each gave; return the exit status of the round."""
    report = IntakeReport()
    outcomes = []
    for spec in specs:
        feed = intake.poll(spec, every=every)
        print(feed.summary(), file=sys.stderr)
        if feed.error:
            report.reject(spec.url, feed.error)
        for outcome in feed.items:
            outcomes.append(outcome)
            tally(report, outcome)
    events = sum(o.events for o in outcomes)
    print_report(
        "watch", report, f"{report.summary()}{versions_note(outcomes)}; {events} events found"
    )
    return report.exit_status


def _next_due(intake, specs, every: timedelta) -> datetime:
    now = datetime.now(UTC)
    due = []
    for spec in specs:
        status = intake.state.feed(spec.url)
        if status is None or status.last_polled is None:
            due.append(now)
        else:
            due.append(max(status.last_polled + every, status.next_poll or now))
    return min(due)


def run(args: argparse.Namespace) -> int:
    from strikemap.web.feedlist import FeedListError, feed_specs
    from strikemap.web.intake import WebIntake

    try:
        specs = feed_specs(args.feeds)
        store = EventStore(args.db)
    except (FeedListError, StoreError) as exc:
        print(f"strikemap watch: {exc}", file=sys.stderr)
        return EXIT_USAGE
    # SIGTERM (a service manager stopping the watch) lets the poll under way
    # finish and store what it read, then ends the loop with status 0.
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with store, make_client(args) as client:
        intake = WebIntake(store, client)
        try:
            if args.once:
                return _poll_all(intake, specs, args.every)
            while not stop.is_set():
                _poll_all(intake, specs, args.every)
                wait = (_next_due(intake, specs, args.every) - datetime.now(UTC)).total_seconds()
                stop.wait(max(wait, 1.0))
            return 0
        except KeyboardInterrupt:
            return 0
        finally:
            intake.state.close()
