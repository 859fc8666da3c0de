"""Articles in, events out: extraction of every article, then merging across articles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from strikemap.merge import merge_events
from strikemap.models import Article, Event

if TYPE_CHECKING:
    from strikemap.gazetteer import Gazetteer


def iter_article_events(
    articles: Iterable[Article], gazetteer: Gazetteer | None = None
) -> Iterator[tuple[Article, list[Event]]]:
    """Yield each article with its per-article events.

    The gazetteer is loaded once up front (when not given) so that every
    article shares it. Strikes the text only threatens or announces are left
    out (:mod:`strikemap.threats`).
    """
    from strikemap.extraction import extract_article
    from strikemap.gazetteer import Gazetteer
    from strikemap.threats import without_threats

    gazetteer = gazetteer or Gazetteer.load()
    extract = without_threats(lambda article: extract_article(article, gazetteer))
    for article in articles:
        yield article, extract(article)


def extract(
    articles: Iterable[Article],
    per_article: bool = False,
    gazetteer: Gazetteer | None = None,
) -> list[Event]:
    """Extract the strike events of ``articles``.

    Parameters
    ----------
    articles
        Articles to read.
    per_article
        Keep each article's events apart (the scorer's format) instead of
        merging reports of the same strike across articles.
    gazetteer
        Gazetteer to resolve places with; the default one when ``None``.

    Returns
    -------
    list[Event]
        Per-article events in article order, or merged events.
    """
    events = [e for _, found in iter_article_events(articles, gazetteer) for e in found]
    return events if per_article else merge_events(events)
