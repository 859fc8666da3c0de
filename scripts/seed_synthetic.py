"""Seed a store with synthetic strike events for benchmarking the dashboard.

Usage::

    python scripts/seed_synthetic.py --db /tmp/bench.sqlite --events 10000

Places come from the offline gazetteer (cities, districts and oblasts of Ukraine
and the Russian border regions) and every event gets a distinct (place unit,
day) pair, so the store's cross-article merge keeps exactly ``--events`` events.
``--db`` is required and may not be the default store: synthetic events must
never mix with a user's data. It may be a SQLite file or a PostgreSQL URL.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path

from platformdirs import user_data_dir
from strikemap.gazetteer import Gazetteer, Place
from strikemap.models import WEAPON_CATEGORIES, Article, Event, Evidence, content_hash
from strikemap.store import DB_FILENAME, EventStore, private_temp_dir, resolve_path

EVENTS_PER_ARTICLE = 50
ARTICLES_PER_WRITE = 20
"""Articles stored per transaction (1,000 events)."""
LEVELS = ("city", "district", "region")
WEAPON_WEIGHTS = {
    "missile": 3,
    "drone": 5,
    "glide_bomb": 2,
    "artillery": 4,
    "air_strike": 1,
    "unknown": 1,
}
PUBLISHERS = ("Synthetic Wire", "Bench Gazette", "Test Daily", "Example News")


def strike_places(gazetteer: Gazetteer) -> list[Place]:
    """Return every city, district and oblast of the gazetteer, in a stable order."""
    ids = sorted({place_id for _, place_id in gazetteer.surface_forms()})
    places = [gazetteer.get(place_id) for place_id in ids]
    return [p for p in places if p.level in LEVELS and p.lat is not None and p.lon is not None]


def _unit(place: Place) -> str:
    # The store merges a district's reports with its city's on the same day,
    # so uniqueness is required per city unit, not per place.
    return place.parent_id if place.level == "district" and place.parent_id else place.id


def _figure(rng: random.Random) -> tuple[int | None, bool]:
    """Return a casualty figure and its "at least" flag: often unknown or zero, heavy-tailed."""
    roll = rng.random()
    if roll < 0.35:
        return None, False
    if roll < 0.6:
        return 0, False
    return min(500, int(rng.paretovariate(1.1))), rng.random() < 0.2


def synthetic_events(
    places: Sequence[Place], count: int, *, end: date, seed: int
) -> Iterator[tuple[Place, date]]:
    """Yield ``count`` distinct (place, day) pairs spread over enough days to stay distinct."""
    rng = random.Random(seed)
    units = sorted({_unit(p) for p in places})
    days = max(365, 3 * count // max(1, len(units)))
    used: set[tuple[str, int]] = set()
    while len(used) < count:
        place = rng.choice(places)
        offset = rng.randrange(days)
        key = (_unit(place), offset)
        if key in used:
            continue
        used.add(key)
        yield place, end - timedelta(days=offset)


def build_article(
    number: int, batch: Sequence[tuple[Place, date]], rng: random.Random
) -> tuple[Article, list[Event]]:
    """Return one synthetic article and the events it reports."""
    lines = [f"Synthetic benchmark report {number}."]
    lines += [f"Strike reported in {p.name} on {d.isoformat()}." for p, d in batch]
    text = "\n".join(lines)
    publisher = PUBLISHERS[number % len(PUBLISHERS)]
    article = Article(
        id=f"synthetic-{content_hash(text)}",
        text=text,
        title=f"Synthetic report {number}",
        published=max(d for _, d in batch),
        source=publisher,
        url=f"https://example.org/synthetic/{number}",
        language="en",
        published_from="metadata",
    )
    weapons = list(WEAPON_WEIGHTS)
    weights = list(WEAPON_WEIGHTS.values())
    events = []
    for index, (place, day) in enumerate(batch):
        chosen = sorted(set(rng.choices(weapons, weights, k=rng.choice((1, 1, 1, 2)))))
        killed, killed_at_least = _figure(rng)
        injured, injured_at_least = _figure(rng)
        sentence = lines[index + 1]
        events.append(
            Event(
                event_id=f"{article.id}-{index}",
                article_ids=[article.id],
                place=place.name,
                level=place.level,
                country=place.country,
                lat=place.lat,
                lon=place.lon,
                date=day,
                as_written=place.name,
                place_id=place.id,
                parent=place.parent,
                iso_region=place.iso_region,
                date_precision="day",
                weapons=[w for w in chosen if w in WEAPON_CATEGORIES],
                killed=killed,
                killed_at_least=killed_at_least,
                injured=injured,
                injured_at_least=injured_at_least,
                attacker="RU" if place.country == "UA" else "UA",
                confidence=round(rng.uniform(0.4, 0.95), 2),
                evidence=[Evidence(article.id, sentence)],
                sources=[article.as_source()],
            )
        )
    return article, events


def seed(store: EventStore, count: int, *, end: date, seed_value: int = 0) -> int:
    """Add ``count`` synthetic events to ``store``; return the number of articles written."""
    places = strike_places(Gazetteer.load())
    if not places:
        raise SystemExit("the gazetteer has no places; run `strikemap geodata build` first")
    rng = random.Random(seed_value + 1)
    pairs = list(synthetic_events(places, count, end=end, seed=seed_value))
    articles = 0
    batch: list = []
    for start in range(0, len(pairs), EVENTS_PER_ARTICLE):
        batch.append(build_article(articles, pairs[start : start + EVENTS_PER_ARTICLE], rng))
        articles += 1
        if len(batch) >= ARTICLES_PER_WRITE:
            store.add_many(batch)
            batch = []
    if batch:
        store.add_many(batch)
    return articles


def default_locations() -> set[Path]:
    """Return the default store file and its read-only fallback (never to hold synthetic data)."""
    return {
        (Path(user_data_dir("strikemap")) / DB_FILENAME).resolve(),
        (private_temp_dir() / DB_FILENAME).resolve(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", required=True, help="store path or sqlite:///path (not the default)"
    )
    parser.add_argument(
        "--events", type=int, default=10_000, help="number of events (default 10000)"
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--end", type=date.fromisoformat, default=date(2025, 6, 30), help="newest event day"
    )
    args = parser.parse_args(argv)
    path = resolve_path(args.db)
    if path == ":memory:" or Path(path).resolve() in default_locations():
        parser.error("refusing to write synthetic events into the default store; pick a --db file")
    store = EventStore(args.db)
    if store.count_articles():
        parser.error(f"{path} is not empty; synthetic events go into a fresh store")
    articles = seed(store, args.events, end=args.end, seed_value=args.seed)
    print(f"{path}: {articles} synthetic articles, {store.count_events()} events", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
