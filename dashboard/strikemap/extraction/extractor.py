"""The extraction entry point: one article in, its strike events out."""

from __future__ import annotations

from strikemap.extraction import language
from strikemap.extraction.analysis import read_sentences
from strikemap.extraction.assembly import assemble
from strikemap.extraction.placematch import PlaceMatcher
from strikemap.extraction.segment import split_sentences
from strikemap.gazetteer import Gazetteer
from strikemap.models import Article, Event

# One matcher per gazetteer object: building the automaton over every
# spelling takes a moment, matching with it is cheap.
_DETECT_CHARS = 400
_MATCHERS: dict[int, tuple[Gazetteer, PlaceMatcher]] = {}


def matcher_for(gazetteer: Gazetteer) -> PlaceMatcher:
    """Return the (cached) place matcher built over ``gazetteer``'s spellings."""
    cached = _MATCHERS.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        cached = (
            gazetteer,
            PlaceMatcher(gazetteer.surface_forms(), lowercase=gazetteer.matches_lowercase),
        )
        _MATCHERS[id(gazetteer)] = cached
    return cached[1]


def extract_article(article: Article, gazetteer: Gazetteer | None = None) -> list[Event]:
    """Return the strike events one article reports.

    Parameters
    ----------
    article
        The article; its ``published`` date anchors relative dates and its
        ``language`` (detected when missing) selects the lexicons.
    gazetteer
        The gazetteer to resolve places with; the bundled one by default.

    Returns
    -------
    list of Event
        One event per place struck per day, in order of first mention, each
        with ``article_ids == [article.id]``, the article as its only source
        and the sentences it rests on as evidence.  Background strikes the
        article mentions in passing have ``primary=False``.
    """
    gazetteer = gazetteer or Gazetteer.load()
    text = article.text or ""
    if not text.strip():
        return []
    text = with_title(text, article.title)
    # The title and lead are enough to tell the language, and the detector's
    # cost grows with the text.
    lang = article.language or language.detect(text[:_DETECT_CHARS])
    sentences = split_sentences(text)
    readings = read_sentences(
        sentences, matcher_for(gazetteer), gazetteer, article.published, lang, text
    )
    return assemble(article, readings, gazetteer)


def with_title(text: str, title: str | None) -> str:
    """The article text with its title as the first line.

    Sentence reading takes the first line for the title.  A title kept apart
    from the text (front matter, a page's ``<title>``, a JSON ``title`` field)
    is put before it, so the report's first paragraph is read as report text,
    not as a headline; a text that already opens with its title (or its
    Markdown heading) is left as it is.
    """
    if not title or not title.strip():
        return text
    first = text.lstrip()[: len(title) + 200].partition("\n")[0].strip().lstrip("#").strip()
    if _comparable(first) == _comparable(title):
        return text
    return f"{title.strip()}\n\n{text}"


def _comparable(line: str) -> str:
    return " ".join(line.casefold().split())
