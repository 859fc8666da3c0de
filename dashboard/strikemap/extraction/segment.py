"""Split an article into classified sentences.

News pages carry much text that is not the report itself: "Also read:" links
to other stories, photo captions, datelines, bylines, teaser headlines of
related stories and footers.  Places named there were not struck in the
report, so each sentence is labelled with the kind of text it belongs to and
the event assembly only reads strikes out of report sentences.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Literal

from strikemap.extraction import lexicon, regextrie

SentenceKind = Literal["title", "body", "caption", "link", "footer"]

# The structures below are language-neutral; their words come from the
# language files (lexicon.template: each ``{slot}`` is the slot's patterns in
# every language).
#
# Lines that introduce a link to another story.  The whole line (and, for the
# list-style markers, the short lines after it) are about other stories.
_LINK_LINE = r"^\s*(?:[-•*]\s*)?(?:{link_markers})(?!\w)\s*[:›»>-]?"
# Markers after which the rest of the page is navigation or teasers.
_FOOTER_LINE = r"^\s*(?:{footer_markers})\b\s*[:›»>]?\s*$"
# Photo credits and captions: "(Photo: ...)", "(AP)", "Images source:", "pic.twitter.com".
_CAPTION_HINT = (
    r"\((?:{photo_words}|ap|reuters|afp|getty[^)]*)[^)]*\)\s*$|"
    r"\([^()]*(?:reuters|afp|getty|{credit_words}|\bepa\b|\bap\b|{photo_words}|/)[^()]*\)\s*$|"
    r"pic\.twitter\.com"
)
#: The caption hints that open their line, matched at its start alone (in the
#: alternation above they made the engine try every letter of every line).
_CAPTION_HEAD = r"\s*(?:{photo_source_words}|{photo_words})\s*:|\s*\(?(?:{photo_words})[:)]"
_SENTENCE_END = regextrie.compile(r"[.!?…][\"”»’')\]]*$")
# Sentence boundary: terminal punctuation (optionally closing quotes) then
# space and an upper-case letter, digit or opening quote.  Abbreviations such
# as "Oct." or "p.m." are protected below.
# The match starts at the punctuation (one character), so that the engine
# skips to the next one; the sentence ends after it and its closing quotes.
_BOUNDARY = regextrie.compile(
    r"[.!?…](?P<close>[\"”»’')\]]*)\s+(?=[\"“«‘(]?[A-ZА-ЯЁІЇЄҐÀ-ÞŁŚŻŹĆŃÓ0-9])"
    # A missing space after a full stop ("the border.Klitschko said"), but
    # not inside abbreviations ("U.S.") or addresses ("pic.twitter.com").
    r"|(?<=[a-zа-яё]{2})\.(?=[A-ZА-ЯЁІЇЄ][a-zа-яёіїє])"
)
_ABBREVIATIONS = r"(?:\b(?:{abbreviations})\.)$"


_HEADLINE_CHARS = 150
# A line ending in a colon introduces a list, one ending in a semicolon is an
# item of it ("- Darnytskyi: a warehouse was damaged;"): report text, not a
# headline-like caption.
_LIST_PUNCTUATION = (":", ";")
# A line ending in a comma goes on in the next line ("after 21:00 the shelling of
# the hromada went on,"): a headline never ends so.
_CLAUSE_PUNCTUATION = (*_LIST_PUNCTUATION, ",")
#: Marks that open the items of a bulleted list; the last item of a list
#: opened by such a line is report text even without final punctuation.
BULLETS = ("-", "–", "—", "•", "*", "▪", "●", "·", "‣", "◦")
# Emoji and other pictographs open the items of pasted Telegram posts ("🔴 м.
# Харків — …", "❗️", "📍"); with their variation selectors and joiners.
_SYMBOL_CATEGORIES = ("So", "Sk")
_EMOJI_JOINERS = frozenset("\ufe0f\ufe0e\u200d\u20e3")


def bullet_length(text: str) -> int:
    """Length of the bullet opening ``text`` (a mark of :data:`BULLETS` or a
    run of emoji), with the spaces after it; 0 when it opens with none."""
    i = 0
    while i < len(text) and (
        text[i] in BULLETS
        or text[i] in _EMOJI_JOINERS
        or unicodedata.category(text[i]) in _SYMBOL_CATEGORIES
    ):
        i += 1
    if i == 0:
        return 0
    return len(text) - len(text[i:].lstrip())


def starts_with_bullet(text: str) -> bool:
    """Whether ``text`` opens with a bullet (:func:`bullet_length`)."""
    return bullet_length(text) > 0


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article with its position and kind.

    Attributes
    ----------
    text
        The sentence as written.
    start, end
        Character offsets in the article text.
    index
        Position among all sentences of the article (0-based).
    paragraph
        Index of the paragraph (block of text between blank lines or line
        breaks) the sentence belongs to.
    kind
        ``"title"`` (first line), ``"body"`` (report text), ``"caption"``
        (photo captions, credits, headline-like lines without final
        punctuation), ``"link"`` ("Also read:" lines) or ``"footer"``
        (teasers and navigation after the report).
    """

    text: str
    start: int
    end: int
    index: int
    paragraph: int
    kind: SentenceKind


_LINE_RE = regextrie.compile(r"[^\n]+")
# A dateline opens a report: "KYIV, Ukraine, Feb 2 (Reuters) -", "KYIV:",
# "(ANSA) - ROMA, 19 AGO -".  It names where the story was filed.
_DATELINE_PLACE = r"(?:[A-ZА-ЯІЇЄ][A-ZА-ЯІЇЄ'’ -]{2,}|[A-ZÀ-Þ][a-zß-ÿ]+(?:, [A-ZÀ-Þ][a-zß-ÿ]+)?)"
_DATELINE = regextrie.compile(
    r"^\s*(?:\([A-Z]{2,}\)\s*[-–—]\s*)?"
    # "MOSCOW/KYIV, Sept 10 (Reuters) -", "Kiev/Moscú, 10 sep (EFE).-"
    + _DATELINE_PLACE
    + r"(?:\s*/\s*"
    + _DATELINE_PLACE
    + r")*"
    # "LOZOVA, Kharkiv Oblast —": a country or a region of up to three words.
    r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?"
    r"(?:,?\s*[A-Za-z]{3,9}\.? \d{1,2}(?:, \d{4})?|,?\s*\d{1,2}\s+"
    # "Kiev, 07 dez 2024 (Lusa) -", "Kiev, 7 de dezembro de 2024 (Lusa) -"
    r"(?:de\s+)?[A-Za-zÀ-ÿ]{3,9}\.?(?:,?\s+(?:de\s+)?\d{4})?)?"
    # "(EFE).-": Spanish agencies put a full stop before the dash.
    r"\s*(?:\([A-Za-z ]+\)(?:\s*[A-Za-z]{3}\s+\d{1,2},?\s*\d{4})?)?\s*\.?(?:[-–—:])\s+"
)


def dateline_end(text: str) -> int:
    """Return the length of a leading dateline of ``text`` (0 when none).

    Only all-capital place names ("KRAMATORSK, Ukraine, Feb 2 (Reuters) -",
    "KYIV:"), a place followed by an agency in brackets, or a place closed by
    the Spanish agencies' full stop and dash ("Kiev.-") count, so an
    ordinary sentence opening is never taken for a dateline.
    """
    match = _DATELINE.match(text)
    if not match:
        bracketed = _BRACKETED_DATELINE.match(text) or _AGENCY_DATELINE.match(text)
        return bracketed.end() if bracketed else 0
    head = match.group(0)
    if (
        "(" in head
        or re.match(r"^\s*(?:\([A-Z]{2,}\)\s*[-–—]\s*)?[A-ZА-ЯІЇЄ]{3,}", head)
        or lexicon.template(_COUNTRY_DATELINE, 0).match(head)
        or _DAY_MONTH.search(head)
        # "Kiev.- Un ataque…": the full stop before the dash is a dateline's.
        or ".-" in head
        or ".–" in head
    ):
        return match.end()
    return 0


# "Kiev, 19 abr.-", "Roma, 29 dic. -": a place, a day and a month, then a dash
# (the agency style of Spanish and Italian copy).
_DAY_MONTH = regextrie.compile(r",\s*\d{1,2}\s+[A-Za-z]{3,9}\.?\s*[-–—]\s+$")


# "(Kyiv) Une attaque…", "(Kiev, Ukraine) — Russian…": the place in brackets
# at the head of the lead (the style of French-Canadian and some wire copy).
_BRACKETED_DATELINE = regextrie.compile(
    r"^\s*\((?:[A-ZÀ-ÞА-ЯІЇЄ][^\W\d_]+['’ -]?){1,3}(?:,\s*[A-ZÀ-Þ][^\W\d_]+)?\)"
    r"\s*(?:[-–—]\s*)?(?=[A-ZÀ-ÞА-ЯІЇЄ«\"“])"
)


# "Oct 28 (Reuters) - A woman…", "Sept 3, 2025 (AP) —": a wire story filed
# with no place, its date and agency before the dash.  The date is the day it
# was filed, not the day of any strike it reports.
_AGENCY_DATELINE = regextrie.compile(
    r"^\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?\s*\([A-Z][A-Za-z ]+\)\s*[-–—]\s+"
)


# "Kyiv, Ukraine — Russian missiles...": a place and its country before a dash.
_COUNTRY_DATELINE = r"^\s*[A-Z][a-z]+, (?:{dateline_countries})\b[^-–—]*[-–—]"


def is_headline(line: str) -> bool:
    """Whether an article's first line reads as its headline.

    A pasted report often opens with its lead paragraph instead ("At least
    four people were killed this morning in the Ukrainian capital, …."):
    longer than a headline and ending as a sentence does, it is report text.
    """
    return len(line) <= _HEADLINE_CHARS or not _SENTENCE_END.search(line)


#: Sentences before a trailing credit that make a line a paragraph of report.
_REPORT_SENTENCES = 3


def _report_before_credit(line: str) -> bool:
    """Whether a line with a credit at its end is a paragraph of report with its
    source in brackets ("KHARKIV (ITALPRESS) - Un drone russo ha colpito un
    palazzo. ... Quattro persone hanno riportato ferite lievi. (Fonte video:
    ...)"), not a caption: several sentences before the credit."""
    return len(_BOUNDARY.findall(line)) >= _REPORT_SENTENCES


def _caption_hint(line: str) -> bool:
    """Whether a line bears a photo credit or a caption's opening word."""
    return bool(
        lexicon.template(_CAPTION_HINT).search(line) or lexicon.template(_CAPTION_HEAD).match(line)
    )


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences and label each with its kind.

    Parameters
    ----------
    text
        The article body, whose first line is usually the title.

    Returns
    -------
    list of Sentence
        In text order, with offsets into ``text``.
    """
    sentences: list[Sentence] = []
    in_footer = False
    link_block = 0
    list_open = False
    seen_lines: set[str] = set()
    lead_in: int | None = None
    report_begun = False
    for line_number, line_match in enumerate(_LINE_RE.finditer(text)):
        line = line_match.group(0)
        stripped = line.strip()
        if not stripped:
            continue
        paragraph, lead_in = _list_paragraph(stripped, line_number, lead_in)
        base = line_match.start()
        first_line = not sentences
        if lexicon.template(_FOOTER_LINE).match(stripped) and report_begun:
            # "All news" above the report is navigation at the top of the
            # page, not the end of the report.
            in_footer = True
        line_kind: SentenceKind
        if first_line and is_headline(stripped):
            line_kind = "title"
        elif in_footer:
            line_kind = "footer"
        elif lexicon.template(_LINK_LINE).match(stripped):
            line_kind = "link"
            # Headlines of linked stories often follow on their own line.
            link_block = 1 if len(stripped) < 40 else 0
        elif link_block and not _SENTENCE_END.search(stripped):
            line_kind = "link"
            link_block = 0
        elif _caption_hint(stripped) and not _report_before_credit(stripped):
            line_kind = "caption"
        elif (
            not _SENTENCE_END.search(stripped)
            and not stripped.endswith(_CLAUSE_PUNCTUATION)
            and not (list_open and starts_with_bullet(stripped))
            and len(stripped) < _HEADLINE_CHARS
        ):
            # Headline-like lines (teasers, subheads, captions, bylines): short
            # and without final punctuation.  A long unpunctuated paragraph is
            # still report text.
            line_kind = "caption"
        else:
            line_kind = "body"
            link_block = 0
            report_begun = True
        list_open = line_kind == "body" and (
            stripped.endswith(_LIST_PUNCTUATION) or (list_open and starts_with_bullet(stripped))
        )
        # Pages repeat the title and captions; later copies add nothing.
        if stripped in seen_lines and line_kind != "body":
            line_kind = "caption"
        seen_lines.add(stripped)
        for start, end in _split_line(line):
            piece = line[start:end]
            sentences.append(
                Sentence(
                    text=piece,
                    start=base + start,
                    end=base + end,
                    index=len(sentences),
                    paragraph=paragraph,
                    kind=line_kind,
                )
            )
    return sentences


def _list_paragraph(line: str, line_number: int, lead_in: int | None) -> tuple[int, int | None]:
    """The paragraph of a line, and the paragraph a list after it continues.

    The items of a list after a colon ("Kharkiv was hit by:" then "- four
    drones;") belong to the paragraph of their lead-in, so what they say is
    about the place the lead-in names.
    """
    if lead_in is not None and starts_with_bullet(line):
        return lead_in, lead_in
    return line_number, (line_number if line.endswith(":") else None)


def _split_line(line: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of one line."""
    spans: list[tuple[int, int]] = []
    start = len(line) - len(line.lstrip())
    for boundary in _BOUNDARY.finditer(line):
        # The sentence keeps its closing quotes and brackets ("“Run.”").
        close = boundary.end("close")
        head = line[start : close if close >= 0 else boundary.start() + 1]
        if _ends_with_abbreviation(head) or _ordinal_day(head, line, boundary.end()):
            continue
        if head.strip():
            spans.append((start, start + len(head.rstrip())))
        start = boundary.end()
    tail = line[start:].rstrip()
    if tail.strip():
        spans.append((start, start + len(tail)))
    return spans


#: A day written as an ordinal before its month ("am 8. Juli", "Mittwoch, 9. Juli").
_ORDINAL_DAY = regextrie.compile(r"(?<![\d.])\d{1,2}\.$")
_MONTH_AFTER = r"(?:{months})(?!\w)"


def _ordinal_day(head: str, line: str, after: int) -> bool:
    """Whether ``head`` ends with a day number whose full stop makes it an
    ordinal before a month ("am 8. Juli 2024"), not a sentence's end."""
    return bool(_ORDINAL_DAY.search(head)) and bool(
        lexicon.template(_MONTH_AFTER).match(line, after)
    )


def _ends_with_abbreviation(head: str) -> bool:
    """Whether ``head`` ends with an abbreviation ("Oct.", "вул.") or an initial
    ("J."): only its last characters are searched, as far as a match reaches."""
    pattern = lexicon.template(_ABBREVIATIONS, 0)
    reach = _reach(pattern)
    start = max(0, len(head) - reach) if reach is not None else 0
    return bool(pattern.search(head, start)) or _ends_with_initial(head)


def _ends_with_initial(head: str) -> bool:
    """ "J.", "О.", "І.", "Ł.": one capital letter of any script alone before a full stop."""
    if len(head) < 2 or head[-1] != "." or not (head[-2].isalpha() and head[-2].isupper()):
        return False
    return len(head) == 2 or not (head[-3].isalnum() or head[-3] == "_")


@lru_cache(maxsize=8)
def _reach(pattern: re.Pattern[str]) -> int | None:
    """The longest text ``pattern`` can match (None: no bound)."""
    longest = sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[1]
    return None if longest >= sre_constants.MAXREPEAT else longest
