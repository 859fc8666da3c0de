"""``strikemap brief --out brief.png [filters]``: render the briefing from the store.

``--layout slide`` renders a 16:9 slide (1920 x 1080, or 3840 x 2160 with
``--scale 2``), ``--format pptx`` a PowerPoint deck (title, map, events table,
sources and credits in the notes), and ``--compare 7d`` sets this period against
the one before it: counts by weapon and by oblast with their change and the new
places struck, printed on stdout and added to a deck as a slide of its own.

The filters mean exactly what they mean in the dashboard (they go through
:mod:`strikemap.filters`), so a scheduled job can make the same image a user
would export from the app, e.g. ``strikemap brief --out today.png --range 24h``.

Exit status: 0 when the PNG was written, 1 when it could not be rendered (no
Chromium, a rendering failure), 2 for invalid arguments, an unwritable ``--out``,
or a store that is missing or unreadable (a mistyped ``--db`` is an error, never
a new empty store). In public-link mode the briefing states the policy.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from strikemap.filters import (
    QUICK_RANGES,
    UNKNOWN_ATTACKER,
    FilterState,
    describe,
    parse_date,
    parse_range,
)
from strikemap.models import ATTACKERS, LEVELS, WEAPON_CATEGORIES

DEFAULT_TITLE = "Strike briefing"


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _range(text: str) -> tuple[int, int | None]:
    try:
        return parse_range(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _floats(count: int, what: str):
    def parse(text: str) -> tuple[float, ...]:
        try:
            values = tuple(float(v) for v in text.split(","))
        except ValueError:
            values = ()
        if len(values) != count:
            raise argparse.ArgumentTypeError(f"{what} must be {count} comma-separated numbers")
        return values

    return parse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, help="PNG or PPTX file to write")
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=("png", "pptx"),
        default=None,
        help="output format (default: from the --out suffix, else png)",
    )
    parser.add_argument(
        "--layout",
        choices=("page", "slide"),
        default="page",
        help="page: portrait, for documents; slide: 16:9, 1920x1080 (the deck always uses slide)",
    )
    parser.add_argument(
        "--scale",
        type=int,
        choices=(1, 2),
        default=2,
        help="pixels per CSS pixel (slide 2: 3840 wide)",
    )
    parser.add_argument(
        "--compare",
        metavar="PERIOD",
        default=None,
        help="compare the last PERIOD (e.g. 7d, 2w) of the view with the PERIOD before it",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="store path, sqlite:///path or postgresql://user@host/db "
        "(default: $STRIKEMAP_DB or the user data directory)",
    )
    parser.add_argument("--title", default=DEFAULT_TITLE, help="heading of the briefing")
    dates = parser.add_argument_group("dates")
    dates.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="first day")
    dates.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last day")
    dates.add_argument(
        "--range",
        dest="quick",
        choices=list(QUICK_RANGES),
        help="quick range counted back from the newest event (instead of --from/--to)",
    )
    filters = parser.add_argument_group("filters (repeat or list values to allow several)")
    filters.add_argument(
        "--weapon", dest="weapons", nargs="+", action="extend", choices=WEAPON_CATEGORIES
    )
    filters.add_argument(
        "--attacker",
        dest="attackers",
        nargs="+",
        action="extend",
        choices=[*ATTACKERS, UNKNOWN_ATTACKER],
    )
    filters.add_argument("--country", dest="countries", nargs="+", action="extend", metavar="ISO2")
    filters.add_argument("--oblast", dest="oblasts", nargs="+", action="extend", metavar="NAME")
    filters.add_argument(
        "--source", dest="sources", nargs="+", action="extend", metavar="PUBLISHER"
    )
    filters.add_argument("--level", dest="levels", nargs="+", action="extend", choices=LEVELS)
    filters.add_argument("--killed", type=_range, metavar="RANGE", help="e.g. 1+, 2-10, 0")
    filters.add_argument("--injured", type=_range, metavar="RANGE", help="e.g. 1+, 2-10, 0")
    filters.add_argument(
        "--exclude-unknown-casualties",
        action="store_true",
        help="drop events whose casualty figures are unknown",
    )
    filters.add_argument("--text", default="", help="free-text search over places and evidence")
    filters.add_argument(
        "--include-implausible-dates",
        action="store_true",
        help="keep events dated before 2014 or after their reports were published (hidden)",
    )
    view = parser.add_argument_group("map view (default: fit the events)")
    view.add_argument(
        "--bounds", type=_floats(4, "--bounds"), metavar="S,W,N,E", help="south,west,north,east"
    )
    view.add_argument("--center", type=_floats(2, "--center"), metavar="LAT,LON")
    view.add_argument("--zoom", type=int)
    parser.add_argument("--width", type=int, default=1200, help="page width in CSS px (PNG is 2x)")
    parser.add_argument(
        "--offline", action="store_true", help="do not fetch map tiles (outline base map only)"
    )


def filter_state(args: argparse.Namespace) -> FilterState:
    """Build the dashboard's filter state from the command-line options.

    Raises
    ------
    ValueError
        When the options contradict each other (``--from`` after ``--to``, or
        ``--range`` together with ``--from``/``--to``).
    """
    explicit = args.date_from is not None or args.date_to is not None
    if explicit and args.quick is not None:
        raise ValueError("use either --range or --from/--to, not both")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise ValueError(
            f"--from {args.date_from.isoformat()} is after --to {args.date_to.isoformat()}"
        )
    return FilterState(
        quick=None if explicit else (args.quick or "all"),
        date_from=args.date_from,
        date_to=args.date_to,
        weapons=tuple(args.weapons or ()),
        attackers=tuple(args.attackers or ()),
        countries=tuple(c.upper() for c in args.countries or ()),
        oblasts=tuple(args.oblasts or ()),
        sources=tuple(args.sources or ()),
        levels=tuple(args.levels or ()),
        killed=args.killed or (0, None),
        injured=args.injured or (0, None),
        include_unknown_casualties=not args.exclude_unknown_casualties,
        text=args.text,
        include_implausible_dates=args.include_implausible_dates,
    )


def _out_problem(out: Path) -> str | None:
    """Return why ``--out`` cannot be written as a PNG file, or ``None``."""
    if out.is_dir():
        return f"--out {out} is a folder; give a file name such as {out / 'brief.png'}"
    for parent in out.parents:
        if parent.exists():
            if not parent.is_dir():
                return f"--out {out}: {parent} is a file, not a folder"
            break
    return None


def _error(message: str) -> None:
    print(f"strikemap brief: error: {message}", file=sys.stderr)


def _checked_arguments(args: argparse.Namespace):
    """The filter state and ``--compare`` period of ``args``; ValueError names a bad option."""
    state = filter_state(args)
    if args.zoom is not None and args.center is None:
        raise ValueError("--zoom needs --center")
    if args.width < 400:
        raise ValueError("--width must be at least 400")
    days = None
    if args.compare is not None:
        from strikemap.exports.compare import parse_period

        try:
            days = parse_period(args.compare)
        except ValueError as exc:
            raise ValueError(f"--compare: {exc}") from exc
    out_problem = _out_problem(args.out)
    if out_problem:
        raise ValueError(out_problem)
    return state, days


def run(args: argparse.Namespace) -> int:
    try:
        state, days = _checked_arguments(args)
    except ValueError as exc:
        _error(str(exc))
        return 2
    fmt = args.fmt or ("pptx" if args.out.suffix.lower() == ".pptx" else "png")

    # Heavy imports only now: argument errors above answer instantly.
    from strikemap.exports.brief import render_brief
    from strikemap.exports.browser import ChromiumMissingError
    from strikemap.frames import records_to_frame
    from strikemap.store import EventStore, StoreError

    try:
        with EventStore(args.db, create=False) as store:
            anchor = store.newest_date()
            total = store.count_events()
            selected = records_to_frame(store.query_records(state, anchor=anchor))
            policy = store.publication.describe()
    except StoreError as exc:
        _error(str(exc))
        return 2
    if not total:
        print(
            "strikemap brief: the store has no events; the briefing will be empty", file=sys.stderr
        )
    filters_text = describe(state, anchor=anchor)
    if policy:
        filters_text += f". {policy}"
    bounds = None
    if args.bounds:
        south, west, north, east = args.bounds
        bounds = ((south, west), (north, east))
    comparison = None
    if days is not None:
        from strikemap.exports.compare import compare_periods, comparison_text

        comparison = compare_periods(selected, days)
        print(comparison_text(comparison))
    try:
        rendering = render_brief(
            selected,
            title=args.title,
            filters_text=filters_text,
            bounds=bounds,
            center=args.center,
            zoom=args.zoom,
            width=args.width,
            allow_network=not args.offline,
            layout="slide" if fmt == "pptx" else args.layout,
            scale=args.scale,
        )
    except ValueError as exc:
        _error(str(exc))
        return 2
    except (ChromiumMissingError, RuntimeError) as exc:
        _error(str(exc))
        return 1
    data = rendering.png
    if fmt == "pptx":
        from datetime import UTC, datetime

        from strikemap.exports.deck import build_deck

        data = build_deck(
            selected,
            title=args.title,
            filters_text=filters_text,
            slide_png=rendering.png,
            generated_at=datetime.now(UTC),
            tile_credit=rendering.tile_credit,
            comparison=comparison,
        )
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(data)
    except OSError as exc:
        _error(f"cannot write {args.out}: {exc.strerror or exc}")
        return 2
    print(
        f"strikemap brief: {len(selected)} of {total} events -> {args.out}",
        file=sys.stderr,
    )
    return 0
