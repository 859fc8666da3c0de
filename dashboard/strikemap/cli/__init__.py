"""The ``strikemap`` command line.

Each subcommand lives in its own module exposing ``add_arguments(parser)`` and
``run(args) -> int``; modules are imported only when their subcommand runs, so
``strikemap geocode`` does not pay for Streamlit or Chromium imports.
"""

from __future__ import annotations

import argparse
import importlib
import sys

SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("strikemap.cli.extract", "print the strike events found in articles"),
    "ingest": ("strikemap.cli.ingest", "add articles and their events to the store"),
    "serve": ("strikemap.cli.serve", "start the dashboard"),
    "geocode": ("strikemap.cli.geocode", "resolve place names with the offline gazetteer"),
    "geodata": ("strikemap.cli.geodata", "rebuild the gazetteer files in geodata/"),
    "brief": ("strikemap.cli.brief", "render the briefing PNG of a filtered view"),
    "batch": ("strikemap.cli.batch", "extract an archive on Dask into GeoParquet"),
}


def build_parser(subcommand: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="strikemap", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        if name == subcommand:
            importlib.import_module(module_name).add_arguments(sub_parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(command if command in SUBCOMMANDS else None)
    args = parser.parse_args(argv)
    module = importlib.import_module(SUBCOMMANDS[args.command][0])
    return int(module.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
