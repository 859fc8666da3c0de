"""Benchmark a full GeoNames build: synthetic UA + RU dumps of realistic size.

Run ``python benchmarks/bench_gazetteer_large.py [--ua 30000 --ru 150000]``.

The real dumps cannot be fetched here, so this writes synthetic per-country
dumps in GeoNames' exact layout: about as many populated places as the real
UA.txt (~30,000) and RU.txt (~150,000), with Cyrillic and Latin alternate
names, 60 % of them without a population figure (as in the real files), 136
Ukrainian raions (ADM2), 1,469 hromadas (ADM3) and 1,800 Russian raions.
Names are random combinations of common place-name parts, so duplicates are
as frequent as in reality (dozens of Novoselivkas).  It then runs
``strikemap geodata build --geonames`` (without boundaries) and measures the
build time, the size of ``places.json`` and, in a fresh process, the load
time and memory of the result.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "dashboard"))

from bench_gazetteer import measure_load  # noqa: E402

STEMS = (
    "Олександр", "Михайл", "Петр", "Іван", "Біл", "Чорн", "Зелен", "Красн", "Вишн", "Сосн",
    "Дуб", "Берез", "Гор", "Лип", "Вербн", "Кам'ян", "Луг", "Степ", "Сад", "Мир", "Вод",
    "Слобод", "Покров", "Троїц", "Богдан", "Григор", "Семен", "Андрі", "Миколаї", "Василь",
    "Кут", "Лоз", "Ясен", "Клен", "Тополь", "Озер", "Ставк", "Криниц", "Бор", "Глин",
)  # fmt: skip
SUFFIXES = ("івка", "е", "ове", "івське", "ки", "ці", "ин", "ів", "ка", "не")
PREFIXES = ("", "", "", "", "Нова ", "Стара ", "Велика ", "Мала ", "Верхня ", "Нижня ")
UA_ADMIN1 = [f"{n:02d}" for n in range(1, 28) if n not in (12, 20)]
RU_ADMIN1 = [f"{n:02d}" for n in range(1, 90)]


def _name(rng: random.Random) -> str:
    return rng.choice(PREFIXES) + rng.choice(STEMS) + rng.choice(SUFFIXES)


def _row(gid, name, alts, lat, lon, fclass, fcode, cc, a1, a2="", a3="", pop=0) -> str:
    cells = [str(gid), name, name, ",".join(alts), f"{lat:.5f}", f"{lon:.5f}", fclass, fcode,
             cc, "", a1, a2, a3, "", str(pop), "", "150", "Europe/Kyiv", "2024-01-01"]  # fmt: skip
    return "\t".join(cells) + "\n"


def write_dump(path: Path, country: str, places: int, seed: int) -> None:
    """A synthetic per-country dump of ``places`` populated places and its units."""
    from strikemap.gazetteer.names import transliterate

    rng = random.Random(seed)
    box = (44.5, 52.3, 22.2, 40.2) if country == "UA" else (43.0, 60.0, 30.0, 60.0)
    admin1 = UA_ADMIN1 if country == "UA" else RU_ADMIN1
    raions = 136 if country == "UA" else 1800
    hromadas = 1469 if country == "UA" else 0
    gid = 10_000_000 if country == "UA" else 20_000_000
    lines: list[str] = []
    for i in range(raions):
        cyr = rng.choice(STEMS) + "ський район"
        lat, lon = rng.uniform(*box[:2]), rng.uniform(*box[2:])
        lines.append(_row(gid + i, transliterate(cyr, "uk"), [cyr], lat, lon, "A", "ADM2",
                          country, rng.choice(admin1), str(i)))  # fmt: skip
    for i in range(hromadas):
        cyr = rng.choice(STEMS) + "ська сільська громада"
        lat, lon = rng.uniform(*box[:2]), rng.uniform(*box[2:])
        lines.append(_row(gid + 5000 + i, transliterate(cyr, "uk"), [cyr], lat, lon, "A", "ADM3",
                          country, rng.choice(admin1), str(i % raions), str(i)))  # fmt: skip
    for i in range(places):
        cyr = _name(rng)
        latin = transliterate(cyr, "uk" if country == "UA" else "ru")
        alts = [cyr, cyr.replace("і", "и").replace("ї", "и"), latin]
        pop = 0 if rng.random() < 0.6 else int(10 ** rng.uniform(2, 4.7))
        lat, lon = rng.uniform(*box[:2]), rng.uniform(*box[2:])
        raion = rng.randrange(raions)
        hromada = str(rng.randrange(hromadas)) if hromadas else ""
        lines.append(_row(gid + 10_000 + i, latin, alts, lat, lon, "P", "PPL", country,
                          rng.choice(admin1), str(raion), hromada, pop))  # fmt: skip
    path.write_text("".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ua", type=int, default=30_000, help="Ukrainian places")
    parser.add_argument("--ru", type=int, default=150_000, help="Russian places")
    parser.add_argument("--keep", type=Path, default=None, help="keep dumps and build here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        write_dump(work / "UA.txt", "UA", args.ua, 1)
        write_dump(work / "RU.txt", "RU", args.ru, 2)
        out = work / "geodata"
        t0 = time.perf_counter()
        build = subprocess.run(
            [sys.executable, "-m", "strikemap", "geodata", "build", "--out", str(out),
             "--no-boundaries", "--geonames", str(work / "UA.txt"), str(work / "RU.txt")],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        seconds = time.perf_counter() - t0
        summary = json.loads(build.stdout)
        size_mb = (out / "places.json").stat().st_size / 1e6
        load = measure_load(runs=3, geodata=out)
    print(f"synthetic dumps: UA {args.ua:,} places, RU {args.ru:,} places")
    print(f"build (no boundaries): {seconds:.0f} s; {json.dumps(summary)}")
    print(f"places.json: {size_mb:.0f} MB")
    print(f"load time (fresh process): {load['load_s'] * 1000:.0f} ms")
    print(f"resident memory growth: {load['rss_growth_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
