"""``strikemap geocode QUERY... [--country UA,RU]``: one JSON line per query."""

from __future__ import annotations

import argparse
import json
import sys

# --candidates lists the candidates scoring this close to the best one.
CANDIDATE_MARGIN = 0.5


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "queries", nargs="+", metavar="QUERY", help='e.g. "Pokrovsk, Donetsk region" or "Kiev"'
    )
    parser.add_argument(
        "--country", default=None, help="comma-separated ISO2 codes the place must be in (UA,RU)"
    )
    parser.add_argument(
        "--candidates",
        action="store_true",
        help="also list every candidate scoring within 0.5 of the best one, with its score",
    )
    parser.add_argument(
        "--nominatim",
        action="store_true",
        help="ask Nominatim (online, rate-limited, cached) for names the gazetteer lacks",
    )


def run(args: argparse.Namespace) -> int:
    from strikemap.gazetteer import GazetteerError
    from strikemap.gazetteer.geocoder import GazetteerGeocoder

    try:
        geocoder = GazetteerGeocoder(nominatim=True if args.nominatim else None)
    except GazetteerError as exc:
        print(f"strikemap geocode: {exc}", file=sys.stderr)
        return 2
    for query in args.queries:
        resolution = geocoder.resolve(query, args.country)
        record = resolution.to_record()
        record["source"] = "gazetteer" if resolution.place else None
        if args.candidates:
            record["candidates"] = [
                c.to_record() for c in resolution.close_candidates(CANDIDATE_MARGIN)
            ]
        if resolution.place is None and geocoder.fallback is not None:
            location = geocoder.geocode(query, country_codes=args.country)
            if location is not None:
                record.update(
                    place=location.address,
                    lat=location.latitude,
                    lon=location.longitude,
                    confidence=location.raw["confidence"],
                    source="nominatim",
                )
        print(json.dumps(record, ensure_ascii=False))
    return 0
