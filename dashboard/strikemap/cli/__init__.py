"""The ``strikemap`` command line.

Each subcommand lives in its own module exposing ``add_arguments(parser)`` and
``run(args) -> int``; modules are imported only when their subcommand runs, so
``strikemap geocode`` does not pay for Streamlit or Chromium imports.

Exit status (see :mod:`strikemap.intake_report`): 0 when everything went in, 1
when some inputs were rejected, 2 for usage errors. No traceback reaches the
user: an unexpected error ends the command with one line, and ``--debug`` (or
``STRIKEMAP_DEBUG=1``) logs the traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from strikemap.intake_report import EXIT_REJECTED

SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("strikemap.cli.extract", "print the strike events found in articles"),
    "ingest": ("strikemap.cli.ingest", "add articles and their events to the store"),
    "fetch": ("strikemap.cli.fetch", "fetch article pages from the web and add them to the store"),
    "watch": ("strikemap.cli.watch", "poll RSS/Atom feeds and add new articles to the store"),
    "serve": ("strikemap.cli.serve", "start the dashboard"),
    "geocode": ("strikemap.cli.geocode", "resolve place names with the offline gazetteer"),
    "geodata": ("strikemap.cli.geodata", "rebuild the gazetteer files in geodata/"),
    "brief": ("strikemap.cli.brief", "render the briefing PNG of a filtered view"),
    "batch": ("strikemap.cli.batch", "extract an archive on Dask into GeoParquet"),
    "db": ("strikemap.cli.db", "upgrade, copy or check a store (SQLite or PostgreSQL)"),
}

log = logging.getLogger("strikemap.cli")


def build_parser(subcommand: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="strikemap", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--debug", action="store_true", help="log details, tracebacks included, to stderr"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        if name == subcommand:
            importlib.import_module(module_name).add_arguments(sub_parser)
    return parser


def configure_logging(debug: bool) -> None:
    """Warnings as ``strikemap: message`` lines on stderr; everything, with tracebacks, in debug."""
    handler = logging.StreamHandler(sys.stderr)
    if debug:
        handler.setFormatter(logging.Formatter("%(name)s: %(levelname)s: %(message)s"))
    else:
        handler.setFormatter(logging.Formatter("strikemap: %(message)s"))
    root = logging.getLogger("strikemap")
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if debug else logging.WARNING)
    root.propagate = False


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(command if command in SUBCOMMANDS else None)
    args = parser.parse_args(argv)
    configure_logging(args.debug or os.environ.get("STRIKEMAP_DEBUG", "") not in ("", "0"))
    module = importlib.import_module(SUBCOMMANDS[args.command][0])
    try:
        return int(module.run(args) or 0)
    except KeyboardInterrupt:
        print(f"strikemap {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of stdout went away (`strikemap extract ... | head`): not an error.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the exit-time flush
        return 0
    except Exception as exc:
        log.debug("unexpected error", exc_info=True)
        detail = " ".join(str(exc).split()) or type(exc).__name__
        print(
            f"strikemap {args.command}: error: {detail} (run with --debug for the details)",
            file=sys.stderr,
        )
        return EXIT_REJECTED


if __name__ == "__main__":
    sys.exit(main())
