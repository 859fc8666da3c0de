"""The main text and metadata of an HTML page, within a time and memory budget.

trafilatura finds an article's main text well, but its time grows with the
number of elements: a 1 MB page of table rows takes 7 s, a 10 MB one over a
minute and more than a gigabyte. So a page is first parsed once with lxml and
stripped of what never holds article text (scripts, styles, embedded objects;
JSON-LD metadata is kept); a page that still has more than
:data:`MAX_ELEMENTS` elements is read by a simple linear reader instead (the
paragraphs, headings and list items of its ``<article>``/``<main>``, without
navigation, headers, footers and forms), and the article says so in a warning.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

#: Elements (after stripping scripts and styles) up to which trafilatura reads a page;
#: about 5 s on the 2-core development machine.
MAX_ELEMENTS = 20_000

_NEVER_TEXT = ("style", "noscript", "svg", "template", "iframe", "object", "embed", "canvas")
_NOT_ARTICLE = ("nav", "header", "footer", "aside", "form", "button", "select")
_BLOCKS = frozenset(
    ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "dd", "td")
)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """Text and metadata read from a page, with remarks about how it was read."""

    text: str
    meta: dict[str, Any]
    warnings: tuple[str, ...] = ()


def _parse(html: str):
    """Parse with lxml; raise :class:`ValueError` when there is no document at all."""
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ValueError(f"not an HTML document ({' '.join(str(exc).split())[:80]})") from None


def _strip_non_content(tree) -> None:
    """Drop scripts (but not JSON-LD metadata), styles, embedded objects and comments."""
    import lxml.etree

    doomed = [
        el
        for el in tree.iter(lxml.etree.Comment, "script", *_NEVER_TEXT)
        if not (el.tag == "script" and (el.get("type") or "").lower() == "application/ld+json")
    ]
    for el in doomed:
        el.drop_tree()


def _count_elements(tree, limit: int) -> int:
    """Count elements, stopping once past ``limit`` (all that matters is the side)."""
    count = 0
    for count, _ in enumerate(tree.iter(), start=1):
        if count > limit:
            break
    return count


def extract_html(html: str, *, max_elements: int = MAX_ELEMENTS) -> HtmlPage | None:
    """Return the main text and metadata of ``html``, or ``None`` when it has no text.

    Raises
    ------
    ValueError
        When ``html`` is not an HTML document.
    """
    tree = _parse(html)
    _strip_non_content(tree)
    count = _count_elements(tree, max_elements)
    if count <= max_elements:
        return _with_trafilatura(tree)
    page = _simple_reader(tree)
    if page is None:
        return None
    warning = (
        f"page has over {max_elements:,} elements, the budget for full article extraction; "
        "read its paragraphs with the simple reader (check that navigation text was left out)"
    )
    return HtmlPage(page.text, page.meta, (warning,))


def _with_trafilatura(tree) -> HtmlPage | None:
    import trafilatura  # deferred: only HTML inputs pay for its import

    extracted = trafilatura.extract(
        tree,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        # Only dates the page's markup states: no guessing from the page text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not extracted:
        return None
    doc = json.loads(extracted)
    meta = {
        "title": doc.get("title"),
        "published": doc.get("date"),
        "source": doc.get("source-hostname") or doc.get("hostname"),
        "url": doc.get("source"),
    }
    return HtmlPage(doc.get("text") or "", meta)


def _meta_content(tree, *names: str) -> str | None:
    for name in names:
        for el in tree.iter("meta"):
            if name in (el.get("property"), el.get("name"), el.get("itemprop")):
                content = (el.get("content") or "").strip()
                if content:
                    return content
    return None


def _simple_meta(tree) -> dict[str, Any]:
    """Title, date, site name and canonical URL from the page's head, in linear time."""
    title = _meta_content(tree, "og:title")
    if title is None:
        found = tree.find(".//title")
        title = found.text_content().strip() if found is not None else None
    canonical = next(
        (
            el.get("href")
            for el in tree.iter("link")
            if (el.get("rel") or "").lower() == "canonical"
        ),
        None,
    )
    return {
        "title": title,
        "published": _meta_content(tree, "article:published_time", "datePublished", "date"),
        "source": _meta_content(tree, "og:site_name"),
        "url": canonical or _meta_content(tree, "og:url"),
    }


def _simple_reader(tree) -> HtmlPage | None:
    """Read the block texts of the page's article (or main, or body), skipping chrome."""
    meta = _simple_meta(tree)
    container = next(
        (
            found
            for tag in ("article", "main", "body")
            if (found := tree.find(f".//{tag}")) is not None
        ),
        tree,
    )
    for el in list(container.iter(*_NOT_ARTICLE)):
        el.drop_tree()
    blocks = []
    for el in container.iter(*_BLOCKS):
        if any(parent.tag in _BLOCKS for parent in el.iterancestors()):
            continue  # its text is already in the enclosing block
        text = " ".join(el.text_content().split())
        if text:
            blocks.append(text)
    if not blocks:
        return None
    return HtmlPage("\n\n".join(blocks), meta)
