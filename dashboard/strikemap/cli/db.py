"""``strikemap db upgrade|copy|check``: migrate, move and check a store.

``strikemap db upgrade [--db URL]``
    Run the schema migrations (opening a store also does this).
``strikemap db copy SRC DST``
    Copy a store into an empty one, e.g. a SQLite file into PostgreSQL or back;
    prints the article, report, merged-event and web intake counts and content
    hashes of both sides and fails when they differ.
``strikemap db load EVENTS [--db URL]``
    Load a ``strikemap batch`` result (its GeoParquet events and articles) into a
    store, one transaction per partition; loading twice adds nothing.
``strikemap db check [--db URL] [--full] [--repair]``
    The backend's integrity check and the store's own invariants; ``--repair``
    rebuilds the merged events and search indexes from the stored reports.

Exit status: 0 when all went well, 1 when the check found problems or the copy
does not match, 2 when a store cannot be opened (a one-line message says why).
"""

from __future__ import annotations

import argparse
import sys

from strikemap.store import EventStore, StoreError

STORE_HELP = "store path, sqlite:///path or postgresql://user@host/db (default: $STRIKEMAP_DB)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    upgrade = actions.add_parser("upgrade", help="run the schema migrations")
    upgrade.add_argument("--db", metavar="URL", default=None, help=STORE_HELP)
    copy = actions.add_parser("copy", help="copy a store into an empty one (SQLite <-> PostgreSQL)")
    copy.add_argument("source", metavar="SRC", help="store to copy from")
    copy.add_argument("target", metavar="DST", help="empty store to copy into (created if needed)")
    check = actions.add_parser("check", help="check a store's integrity")
    check.add_argument("--db", metavar="URL", default=None, help=STORE_HELP)
    check.add_argument("--full", action="store_true", help="SQLite: full integrity_check")
    check.add_argument(
        "--repair", action="store_true", help="rebuild merged events and indexes from the reports"
    )
    load = actions.add_parser("load", help="load a `strikemap batch` result into a store")
    load.add_argument("batch", metavar="EVENTS", help="the batch's --out, e.g. events.parquet")
    load.add_argument("--db", metavar="URL", default=None, help=STORE_HELP)


def _say(message: str) -> None:
    print(f"strikemap db: {message}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    try:
        actions = {"upgrade": _upgrade, "copy": _copy, "check": _check, "load": _load}
        return actions[args.action](args)
    except StoreError as exc:
        _say(f"error: {exc}")
        return 2


def _upgrade(args: argparse.Namespace) -> int:
    from strikemap.store import migrate

    with EventStore(args.db, check=False) as store:
        with store.engine.connect() as conn:
            revision = migrate.current(conn)
        _say(f"{store.path} is at schema revision {revision} (newest: {migrate.head()})")
    return 0


def _copy(args: argparse.Namespace) -> int:
    from strikemap.store.maintenance import content_hashes, copy_store

    with (
        EventStore(args.source, create=False, read_only=None) as source,
        EventStore(args.target) as target,
    ):
        copied = copy_store(source, target)
        _say(
            f"copied {copied['articles']} articles, {copied['reports']} reports, "
            f"{copied['merged']} merged events, {_web_text(copied)}: "
            f"{source.path} -> {target.path}"
        )
        before, after = content_hashes(source), content_hashes(target)
    mismatched = [name for name in before if before[name] != after[name]]
    for name in before:
        mark = "differs" if name in mismatched else "match"
        _say(f"{name}: source {before[name]}; copy {after[name]} ({mark})")
    return 1 if mismatched else 0


def _check(args: argparse.Namespace) -> int:
    from strikemap.store.maintenance import check, repair, web_counts

    with EventStore(args.db, create=False, check=False) as store:
        problems = check(store, full=args.full)
        for problem in problems:
            _say(f"{store.path}: {problem}")
        if problems and args.repair:
            written = repair(store)
            problems = check(store, full=args.full)
            _say(f"rebuilt {written} merged events; {len(problems)} problems remain")
        if not problems:
            _say(
                f"{store.path}: ok ({store.count_articles()} articles, "
                f"{store.count_article_events()} reports, {store.count_events()} merged events); "
                f"{_web_text(web_counts(store))}"
            )
    return 1 if problems else 0


def _web_text(counts: dict[str, int]) -> str:
    """``web intake: 3 pages, 1 feeds, 4 feed entries`` from rows per web table."""
    return (
        f"web intake: {counts['web_pages']} pages, {counts['web_feeds']} feeds, "
        f"{counts['web_feed_entries']} feed entries"
    )


def _load(args: argparse.Namespace) -> int:
    """Add a batch result's articles and events; idempotent, merged with what is stored."""
    from strikemap.batch.load import LoadError, load_batch

    with EventStore(args.db) as store:
        try:
            report = load_batch(args.batch, store)
        except LoadError as exc:
            _say(f"error: {exc}")
            return 2
        _say(f"load: {report.summary()} -> {store.path}")
    return 0
