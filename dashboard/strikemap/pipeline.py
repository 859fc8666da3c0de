"""Articles in, events out: extraction of every article, then merging across articles."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from strikemap.merge import merge_events
from strikemap.models import Article, Event

if TYPE_CHECKING:
    from strikemap.gazetteer import Gazetteer


def article_extractor(
    gazetteer: Gazetteer | None = None,
    *,
    seconds: float | None = None,
    max_chars: int | None = None,
) -> Callable[[Article], list[Event]]:
    """The extractor of every entry point: article in, per-article events out.

    Extraction with ``gazetteer`` (the default one, loaded once, when ``None``),
    strikes the text only threatens left out (:mod:`strikemap.threats`), and the
    per-article time and size budgets of :func:`strikemap.budget.budgeted`
    (an article over budget raises :class:`strikemap.budget.BudgetExceeded`).
    """
    from strikemap.budget import budgeted
    from strikemap.extraction import extract_article
    from strikemap.gazetteer import Gazetteer
    from strikemap.threats import without_threats

    gazetteer = gazetteer or Gazetteer.load()
    return budgeted(
        without_threats(lambda article: extract_article(article, gazetteer)),
        seconds=seconds,
        max_chars=max_chars,
    )


def iter_article_events(
    articles: Iterable[Article], gazetteer: Gazetteer | None = None
) -> Iterator[tuple[Article, list[Event]]]:
    """Yield each article with its per-article events.

    The gazetteer is loaded once up front (when not given) so that every
    article shares it. Strikes the text only threatens or announces are left
    out (:mod:`strikemap.threats`).
    """
    extract = article_extractor(gazetteer)
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
