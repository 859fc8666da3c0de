"""A generated archive of short strike reports, written for the batch tests and benchmark.

Every strike is reported twice: a first report on the day and a follow-up
the next day with a revised toll, from another outlet, so that merging across
articles has work to do. The wording is our own.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

CITIES = ("Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Kherson", "Mykolaiv", "Poltava")
WEAPONS = ("missiles", "drones", "missiles", "drones")
FIRST = (
    "Russian {weapon} struck {city} overnight, killing {killed} people and injuring "
    "{injured}, the regional governor said."
)
FOLLOW_UP = (
    "The death toll from {weekday}'s Russian {weapon_singular} strike on {city} rose to "
    "{killed_later}, officials said. {injured} people were injured."
)
START = date(2024, 3, 1)


def _report(number: int) -> dict[str, object]:
    strike, follow_up = divmod(number, 2)
    city = CITIES[strike % len(CITIES)]
    weapon = WEAPONS[(strike // len(CITIES)) % len(WEAPONS)]
    day = START + timedelta(days=strike // len(CITIES))
    values = {
        "city": city,
        "weekday": day.strftime("%A"),
        "weapon": weapon,
        "weapon_singular": weapon.removesuffix("s"),
        "killed": 1 + strike % 4,
        "killed_later": 2 + strike % 4,
        "injured": 3 + strike % 5,
    }
    template = FOLLOW_UP if follow_up else FIRST
    published = day + timedelta(days=follow_up)
    return {
        "id": f"gen{number:07d}",
        "title": f"{city}: {weapon} attack",
        "published": published.isoformat(),
        "source": "Follow-up Wire" if follow_up else "First Wire",
        "url": f"https://news.example.org/{number}",
        "text": template.format(**values),
    }


def reports(count: int, first: int = 0) -> Iterator[dict[str, object]]:
    """``count`` generated report records, numbered from ``first``."""
    for number in range(first, first + count):
        yield _report(number)


def write_jsonl(path: Path, count: int, first: int = 0) -> Path:
    """Write generated reports as JSONL (gzip-compressed when ``path`` ends in ``.gz``)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as out:
        for record in reports(count, first):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def write_folder(folder: Path, count: int, first: int = 0) -> Path:
    """Write generated reports as ``.txt`` files with YAML front matter."""
    folder.mkdir(parents=True, exist_ok=True)
    for record in reports(count, first):
        front = "\n".join(
            f"{key}: {json.dumps(record[key])}" for key in ("id", "title", "published", "source")
        )
        (folder / f"{record['id']}.txt").write_text(f"---\n{front}\n---\n{record['text']}\n")
    return folder
