"""Options shared by ``strikemap fetch`` and ``strikemap watch``: store and HTTP politeness."""

from __future__ import annotations

import argparse

from strikemap.intake_report import IntakeReport
from strikemap.web.client import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, PoliteClient
from strikemap.web.intake import Outcome
from strikemap.web.ratelimit import DEFAULT_RATE


def positive(value: str) -> float:
    number = float(value)
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {value}")
    return number


def add_web_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="store path or sqlite:///path (default: $STRIKEMAP_DB or the user data directory)",
    )
    parser.add_argument(
        "--rate",
        type=positive,
        default=DEFAULT_RATE,
        help=f"requests per second to one host (default: {DEFAULT_RATE:g})",
    )
    parser.add_argument(
        "--timeout",
        type=positive,
        default=DEFAULT_TIMEOUT,
        help=f"seconds to wait for a server (default: {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help=f"largest page or feed read, in bytes (default: {DEFAULT_MAX_BYTES:,})",
    )


def make_client(args: argparse.Namespace) -> PoliteClient:
    return PoliteClient(rate=args.rate, timeout=args.timeout, max_bytes=args.max_bytes)


def tally(report: IntakeReport, outcome: Outcome) -> None:
    """Count one page or entry in the common intake report.

    New and updated articles are *stored*; unchanged pages and texts stored under
    another URL are *skipped (already stored)*; failures and pages robots.txt
    keeps us from are *rejected*, each with its own line.
    """
    if outcome.status in ("new", "updated"):
        report.stored += 1
    elif outcome.status in ("unchanged", "duplicate"):
        report.skipped += 1
    else:
        report.reject(outcome.name, outcome.reason)


def versions_note(outcomes: list[Outcome]) -> str:
    """``; N stored as new versions of stored articles`` when pages changed."""
    updated = sum(1 for o in outcomes if o.status == "updated")
    return f"; {updated} stored as new versions of stored articles" if updated else ""
