"""Hand-made events and articles for the data-layer tests."""

from __future__ import annotations

from datetime import date

from strikemap.models import Article, Event, Evidence

KYIV = {"place": "Kyiv", "place_id": "kyiv", "lat": 50.4501, "lon": 30.5234, "parent": "Kyiv"}
KHARKIV = {
    "place": "Kharkiv",
    "place_id": "kharkiv",
    "lat": 49.9808,
    "lon": 36.2527,
    "parent": "Kharkiv Oblast",
    "iso_region": "UA-63",
}


def article(article_id: str, published: date | None, *, source: str | None = None) -> Article:
    return Article(
        id=article_id,
        text=f"Text of article {article_id}.",
        title=f"Title {article_id}",
        published=published,
        source=source,
        published_from="metadata" if published else "unknown",
    )


def event(
    art: Article,
    place: dict,
    day: date | None,
    *,
    level: str = "city",
    suffix: str = "",
    **fields,
) -> Event:
    """A per-article event as extraction would return it for ``art``."""
    values = {
        "event_id": f"{art.id}-{place['place']}-{day}{suffix}",
        "article_ids": [art.id],
        "level": level,
        "country": "UA",
        "date": day,
        "date_precision": "day" if day else None,
        "evidence": [Evidence(art.id, f"{place['place']} was hit ({art.id}{suffix}).")],
        "sources": [art.as_source()],
        **place,
        **fields,
    }
    return Event(**values)
