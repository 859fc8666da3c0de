"""Options shared by ``strikemap fetch`` and ``strikemap watch``: store and HTTP politeness."""

from __future__ import annotations

import argparse

from strikemap.web.client import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, PoliteClient
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
