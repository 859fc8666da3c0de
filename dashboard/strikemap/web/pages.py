"""A fetched web page to an :class:`~strikemap.models.Article`, through trafilatura.

The main text and metadata (title, date, site name, canonical URL) come from
trafilatura; scripts, styles and markup are dropped, so a hostile page is
stored as inert text. The article id comes from the canonical URL
(:func:`~strikemap.web.urls.web_article_id`), so one story is stored once
however it was reached.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from strikemap.articles import ArticleError, article_from_text, decode_bytes
from strikemap.models import Article
from strikemap.web.client import Response
from strikemap.web.urls import canonical_url, web_article_id

#: Media types read as web pages.
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Fewer words of main text than this and the page is not an article
#: (an index page, a gallery, a login wall).
MIN_ARTICLE_WORDS = 25


def _decode(response: Response) -> str:
    if response.charset:
        try:
            return response.body.decode(response.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(response.url, response.body)


def _main_text(response: Response, html: str) -> dict:
    import trafilatura  # deferred: only web intake pays for its import

    extracted = trafilatura.extract(
        html,
        url=response.url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Only dates the page's markup states: no guessing from the page text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    return json.loads(extracted) if extracted else {}


def is_article_text(text: str) -> bool:
    """Whether extracted main text is long enough to be an article."""
    return len(text.split()) >= MIN_ARTICLE_WORDS


def page_article(
    response: Response,
    *,
    source: str | None = None,
    language: str | None = None,
    published: date | None = None,
) -> Article:
    """Read the article of a fetched page.

    Parameters
    ----------
    response
        A 2xx response from :class:`~strikemap.web.client.PoliteClient`.
    source
        Source label (from a feed list); the page's site name otherwise.
    language
        ISO 639 code stated for the source; detected from the text otherwise.
    published
        Date to use when the page's markup states none (a feed entry's date).

    Raises
    ------
    ArticleError
        Naming the URL: undecodable bytes, or a page that is not an article.
    """
    url = response.requested
    html = _decode(response)
    doc = _main_text(response, html)
    text = (doc.get("text") or "").strip()
    if not text:
        raise ArticleError(url, "not an article (no main text found on the page)")
    if not is_article_text(text):
        words = len(text.split())
        raise ArticleError(
            url,
            f"not an article (only {words} words of main text; at least "
            f"{MIN_ARTICLE_WORDS} expected)",
        )
    canonical = canonical_url(response.url, doc.get("source"))
    article = article_from_text(
        text,
        title=doc.get("title"),
        published=doc.get("date") or published,
        source=source or doc.get("source-hostname") or doc.get("hostname"),
        url=canonical,
        path=url,
    )
    return replace(article, id=web_article_id(canonical), language=language or article.language)
