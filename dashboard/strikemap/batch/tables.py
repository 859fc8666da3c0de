"""Events and articles as Parquet tables, and back.

Per-article events are written as GeoParquet: one row per event with its
``article_id``, the columns an analyst filters on, a point geometry
(EPSG:4326) and the full event as a JSON ``record``, so that reading a table
back gives exactly the events the extractor produced. Articles (with their
text, so that a batch result can be loaded into a store) go into a plain
Parquet table.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from strikemap.merge import unit_key
from strikemap.models import Article, Event, content_hash

ARTICLE_COLUMNS = (
    "article_id",
    "content_hash",
    "title",
    "text",
    "published",
    "source",
    "url",
    "language",
    "path",
    "published_from",
)


def key_text(event: Event) -> str | None:
    """The merge unit of an event as one string (``None`` for an undated event)."""
    key = unit_key(event)
    if key is None:
        return None
    level, day, place = key
    return f"{place}|{day.isoformat()}|{level}"


def _event_row(event: Event) -> dict[str, object]:
    return {
        "article_id": event.article_ids[0] if event.article_ids else None,
        "event_id": event.event_id,
        "unit_key": key_text(event),
        "place": event.place,
        "level": event.level,
        "parent": event.parent,
        "country": event.country,
        "iso_region": event.iso_region,
        "date": event.date.isoformat() if event.date else None,
        "weapons": ",".join(event.weapons),
        "killed": event.killed,
        "injured": event.injured,
        "attacker": event.attacker,
        "primary": event.primary,
        "confidence": event.confidence,
        "record": json.dumps(event.to_record(), ensure_ascii=False, separators=(",", ":")),
    }


def events_frame(events: Sequence[Event]) -> gpd.GeoDataFrame:
    """Per-article events as a GeoDataFrame (one row per event)."""
    rows = [_event_row(e) for e in events]
    geometry = [
        Point(e.lon, e.lat) if e.lat is not None and e.lon is not None else None for e in events
    ]
    frame = pd.DataFrame(rows, columns=list(_event_row_columns()))
    for column in ("killed", "injured"):
        frame[column] = frame[column].astype("Int64")
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def _event_row_columns() -> tuple[str, ...]:
    return (
        "article_id",
        "event_id",
        "unit_key",
        "place",
        "level",
        "parent",
        "country",
        "iso_region",
        "date",
        "weapons",
        "killed",
        "injured",
        "attacker",
        "primary",
        "confidence",
        "record",
    )


def articles_frame(articles: Sequence[Article]) -> pd.DataFrame:
    """Articles as a table; ``published`` as ISO text so that missing dates stay missing."""
    rows = [
        {
            "article_id": a.id,
            "content_hash": a.content_hash,
            "title": a.title,
            "text": a.text,
            "published": a.published.isoformat() if a.published else None,
            "source": a.source,
            "url": a.url,
            "language": a.language,
            "path": a.path,
            "published_from": a.published_from,
        }
        for a in articles
    ]
    return pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))


def events_from_frame(frame: pd.DataFrame) -> list[Event]:
    """Rebuild the events of a table written by :func:`events_frame`."""
    return [Event.from_record(json.loads(record)) for record in frame["record"]]


def articles_from_frame(frame: pd.DataFrame) -> list[Article]:
    """Rebuild the articles of a table written by :func:`articles_frame`."""
    articles = []
    for row in frame.itertuples(index=False):
        article = Article(
            id=row.article_id,
            text=row.text,
            title=row.title,
            published=date.fromisoformat(row.published) if row.published else None,
            source=row.source,
            url=row.url,
            language=row.language,
            path=row.path,
            published_from=row.published_from,
        )
        if article.content_hash != row.content_hash:
            raise ValueError(f"article {row.article_id}: text does not match its content hash")
        articles.append(article)
    return articles


def write_atomic(write, path: Path) -> None:
    """Call ``write(tmp_path)`` and move the result into place in one step.

    A worker killed half-way leaves only a temporary file, never a partial part.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def read_parts(folder: Path, names: Iterable[str] | None = None) -> list[Path]:
    """The part files of a folder in partition order (optionally only ``names``)."""
    wanted = set(names) if names is not None else None
    parts = sorted(folder.glob("part-*.parquet"))
    return [p for p in parts if wanted is None or p.stem in wanted]


__all__ = [
    "ARTICLE_COLUMNS",
    "articles_frame",
    "articles_from_frame",
    "content_hash",
    "events_frame",
    "events_from_frame",
    "key_text",
    "read_parts",
    "write_atomic",
]
