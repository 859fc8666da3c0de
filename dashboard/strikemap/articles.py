"""Read news articles from files, uploads and pasted text into :class:`Article` records.

Supported inputs
----------------
- ``.txt`` / ``.md``: the text, with an optional YAML front-matter block
  (``title``, ``published``, ``source``, ``url``, ``id``) read with
  ``yaml.safe_load`` after refusing anchors, aliases and explicit tags.
- ``.html`` / ``.htm``: main text and metadata (title, date, site name, url)
  through trafilatura.
- ``.json`` (one object or a list of objects) and ``.jsonl`` (one object per
  line) with the fields ``id``, ``title``, ``text``, ``published``, ``source``,
  ``url``; other fields are ignored, so the shared corpus files read as they are.

Decisions
---------
- Encodings: UTF-8 (with or without BOM), UTF-16/UTF-32 with BOM, and for
  legacy 8-bit files a choice between cp1251 (Cyrillic) and cp1252/latin-1
  by the share of letters that only make sense in one of them. Bytes that look
  binary (control characters, many NUL bytes, the signature of a PDF, ZIP or
  image file) are refused; a few stray NUL bytes are removed with a warning.
- Text is normalised before anything reads it: NFC, and invisible characters
  that split words (zero-width spaces and joiners, soft hyphens, word joiners)
  and bidirectional controls (which can make text display reversed) removed,
  so "Ky\u200biv" is Kyiv and a text of only invisible characters is empty.
- Size: an article (a text file, one record's text or an HTML page's main
  text) may be up to :data:`MAX_ARTICLE_BYTES` (10 MB; ``$STRIKEMAP_MAX_ARTICLE_MB``
  or ``--max-article-mb`` change it); an HTML page up to :data:`MAX_PAGE_BYTES`.
- Only regular files are read: symbolic links (inside a folder or named
  explicitly), devices and pipes are rejected with a line saying so, and never
  opened; files are opened with ``O_NOFOLLOW``.
- A ``published`` value that cannot be read as a date (including "30 February")
  is *not* an error: the article carries a warning and the date is then
  inferred from the text as if the field were missing. One bad field should not
  cost the whole article. A publication date in the future is kept with a warning.
- ``published`` is inferred from the text only where the text states it: a
  leading ``date 2024-01-02`` line, or a dated sign-off such as the one of an
  embedded post (``— Name (@handle) January 2, 2024``); the latest such date
  wins because the article cannot predate what it quotes. Never today's date.
- :func:`read_articles` never raises for one bad file: it yields a
  :class:`ReadError` for it (and, in ``.json``/``.jsonl`` files, for each bad
  record: malformed, nested too deeply, with a lone surrogate, or repeating an
  id of the same file) and goes on. Any unexpected exception about one input
  also becomes its :class:`ReadError` (traceback at debug level).
  :func:`parse_article_bytes` is strict: any
  bad record refuses the whole upload so that nothing half-read is stored.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import yaml

from strikemap.intake_report import ReadError, display_name, unexpected
from strikemap.models import Article, content_hash
from strikemap.safetext import strip_bidi
from strikemap.telegram_export import MessageProblem, NotAnExport, is_telegram_export, iter_export

log = logging.getLogger(__name__)

#: Largest single article accepted by default, in bytes (a file, or one record's text):
#: 10 MB, room for a live-blog archive. ``$STRIKEMAP_MAX_ARTICLE_MB`` overrides it.
MAX_ARTICLE_BYTES = 10_000_000
#: Environment variable giving the article limit in megabytes (10**6 bytes).
MAX_ARTICLE_ENV = "STRIKEMAP_MAX_ARTICLE_MB"
#: Largest HTML page accepted (markup, scripts and styles included), or the article
#: limit when that is larger.
MAX_PAGE_BYTES = 10_000_000
#: Largest ``.json``/``.jsonl`` collection file accepted, in bytes.
MAX_COLLECTION_BYTES = 500_000_000
#: Largest YAML front-matter block accepted, in characters.
MAX_FRONT_MATTER_CHARS = 20_000
#: Deepest nesting of flow brackets accepted in front matter.
MAX_FRONT_MATTER_DEPTH = 32

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES

_FRONT_MATTER_KEYS = ("id", "title", "published", "source", "url", "language")


def configured_max_bytes() -> int:
    """Return the article size limit: ``$STRIKEMAP_MAX_ARTICLE_MB`` or :data:`MAX_ARTICLE_BYTES`.

    Raises
    ------
    ValueError
        When the variable is set but is not a positive number.
    """
    raw = os.environ.get(MAX_ARTICLE_ENV, "").strip()
    if not raw:
        return MAX_ARTICLE_BYTES
    try:
        megabytes = float(raw)
    except ValueError:
        megabytes = 0.0
    if not 0 < megabytes < 1e6:
        raise ValueError(f"{MAX_ARTICLE_ENV}={raw!r} is not a positive number of megabytes")
    return int(megabytes * 1_000_000)


def _limit(max_bytes: int | None) -> int:
    return configured_max_bytes() if max_bytes is None else max_bytes


class ArticleError(Exception):
    """An input that cannot be read as an article; the message names file and reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


ArticleResult = Article | ReadError


# --------------------------------------------------------------------------- dates

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_DAY_YEAR = re.compile(
    rf"\b(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})\.?,?\s+(?P<year>\d{{4}})\b", re.IGNORECASE
)
# "date 2024-01-02" (or "Date: 2024-01-02") at the very start of the text.
_LEADING_DATE = re.compile(r"\A\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
# The sign-off of an embedded post: "— Name (@handle) January 2, 2024".
_SIGN_OFF = re.compile(
    rf"[—–-]\s*[^\n—–]{{0,80}}\(@\w{{1,30}}\)\s*(?P<date>(?:{_MONTH_RE})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+(?:{_MONTH_RE})\.?,?\s+\d{{4}})",
    re.IGNORECASE,
)
# A line that holds nothing but a date, optionally labelled ("Published: 2 January 2024").
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:published|posted|updated|date)\s*:?\s*)?(?P<date>(?:{_MONTH_RE})\.?\s+\d{{1,2}},?"
    rf"\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTH_RE})\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def _named_month_date(text: str) -> date | None:
    """Read "January 2, 2024" or "2 January 2024"; ``None`` when it is not a real date."""
    match = _MONTH_DAY_YEAR.search(text) or _DAY_MONTH_YEAR.search(text)
    if match is None:
        return None
    try:
        return date(
            int(match["year"]), _MONTHS[match["month"].lower().rstrip(".")], int(match["day"])
        )
    except ValueError:
        return None


def parse_date(value: Any) -> date | None:
    """Read a metadata date: ISO date or timestamp, RFC 2822, or "January 2, 2024".

    Returns ``None`` for empty values; raises :class:`ValueError` when a value
    is present but is not a date.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    named = _named_month_date(text)
    if named is not None and len(text) <= 40:
        return named
    raise ValueError(f"not a date: {text[:40]!r}")


def infer_published(text: str) -> date | None:
    """Return the publication date the text itself states, or ``None``.

    Only explicit statements count: a leading ``date YYYY-MM-DD`` line, dated
    sign-offs of embedded posts and lines holding only a date. When several
    are found the latest wins (an article is published on or after what it
    quotes).
    """
    leading = _LEADING_DATE.match(text)
    if leading:
        try:
            return date.fromisoformat(leading.group(1))
        except ValueError:
            pass
    found = []
    for pattern in (_SIGN_OFF, _DATE_LINE):
        for match in pattern.finditer(text):
            stated = match["date"]
            try:
                found.append(date.fromisoformat(stated))
            except ValueError:
                named = _named_month_date(stated)
                if named is not None:
                    found.append(named)
    return max(found) if found else None


def _published(path: str, value: Any, text: str, warnings: list[str]) -> tuple[date | None, str]:
    """Resolve ``(published, published_from)`` from a metadata value and the text.

    A malformed value and a date in the future are noted in ``warnings``.
    """
    try:
        parsed = parse_date(value)
    except (ValueError, OverflowError) as exc:
        warnings.append(f"ignoring malformed published date ({exc}); inferring it from the text")
        parsed = None
    if parsed is not None:
        _warn_future(parsed, warnings)
        return parsed, "metadata"
    inferred = infer_published(text)
    if inferred is not None:
        _warn_future(inferred, warnings)
        return inferred, "text"
    return None, "unknown"


def _warn_future(published: date, warnings: list[str]) -> None:
    """Note a publication date after tomorrow (UTC): no article is published in the future."""
    if published > datetime.now(UTC).date() + timedelta(days=1):
        warnings.append(f"publication date {published.isoformat()} is in the future")


# ----------------------------------------------------------------------- decoding

_CP1251_LETTERS = frozenset(range(0xC0, 0x100)) | {0xA8, 0xB8, 0xAA, 0xBA, 0xAF, 0xBF, 0xB2, 0xB3}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LATIN1_FALLBACK = "strikemap-latin1"
codecs.register_error(
    _LATIN1_FALLBACK, lambda exc: (exc.object[exc.start : exc.end].decode("latin-1"), exc.end)
)
# Control characters that never occur in text; their presence means binary data.
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def _looks_cyrillic(data: bytes) -> bool:
    """Whether 8-bit ``data`` reads better as cp1251 than as cp1252.

    In Cyrillic text almost every letter is a high byte; in Western text the
    accented letters are a small minority of the letters.
    """
    high_letters = sum(1 for b in data if b in _CP1251_LETTERS)
    ascii_letters = sum(1 for b in data if 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A)
    return high_letters > 0.4 * (high_letters + ascii_letters)


# File signatures of common binary formats that are sometimes renamed to .txt.
_BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt document)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x7fELF", "a program"),
)
#: NUL bytes removed with a warning: up to this many, or up to this share of the bytes;
#: more means binary data (or UTF-16 without a byte-order mark).
MAX_NUL_COUNT = 16
MAX_NUL_SHARE = 0.01


def _binary_signature(data: bytes) -> str | None:
    head = data[:16].lstrip()
    return next((kind for magic, kind in _BINARY_SIGNATURES if head.startswith(magic)), None)


def _strip_nul_bytes(path: str, data: bytes, warnings: list[str]) -> bytes:
    """Remove a few stray NUL bytes (with a warning); refuse data with many."""
    count = data.count(b"\x00")
    if not count:
        return data
    if count > MAX_NUL_COUNT and count > MAX_NUL_SHARE * len(data):
        raise ArticleError(
            path, "binary data (NUL bytes); not a text file (UTF-16 text needs a byte-order mark)"
        )
    warnings.append(f"{count} NUL byte{'s' if count != 1 else ''} removed")
    return data.replace(b"\x00", b"")


def decode_text(path: str, data: bytes, warnings: list[str] | None = None) -> str:
    """Decode article bytes to text, or raise :class:`ArticleError` saying why not.

    Remarks about data that was repaired (NUL bytes removed) are appended to
    ``warnings``.
    """
    kind = _binary_signature(data)
    if kind is not None:
        raise ArticleError(path, f"{kind}, not a text file (save the article's text instead)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ArticleError(path, f"invalid {encoding} data at byte {exc.start}") from exc
            return text.lstrip("\ufeff")
    data = _strip_nul_bytes(path, data, [] if warnings is None else warnings)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if _looks_cyrillic(data):
            text = data.decode("cp1251", errors="replace")
        else:
            # cp1252 is what "latin-1" means on the web; its five undefined bytes
            # fall back to latin-1 code points, which the control check rejects.
            text = data.decode("cp1252", errors=_LATIN1_FALLBACK)
    controls = len(_BINARY_CONTROLS.findall(text))
    if controls and controls > 0.001 * len(text):
        raise ArticleError(path, "binary data (control characters); not a text file")
    return text


def decode_bytes(path: str, data: bytes) -> str:
    """Decode article bytes to text (see :func:`decode_text`), dropping any warnings."""
    return decode_text(path, data)


# Invisible characters that split words without showing: zero-width space,
# non-joiner and joiner, word joiner, zero-width no-break space (BOM), soft
# hyphen, Mongolian vowel separator, and the invisible times/separator/plus.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2062\u2063\u2064]")


def normalize_text(text: str) -> str:
    """Return ``text`` as extraction should see it: NFC, no invisible or bidi controls."""
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", strip_bidi(text)))


def _file_limit(name: str, max_bytes: int) -> int:
    """Largest file accepted for ``name``: collections hold many articles, pages markup."""
    suffix = Path(name).suffix.lower()
    if suffix in JSON_SUFFIXES + JSONL_SUFFIXES:
        return MAX_COLLECTION_BYTES
    if suffix in HTML_SUFFIXES:
        return max(MAX_PAGE_BYTES, max_bytes)
    return max_bytes


def _check_size(path: str, size: int, limit: int, what: str = "article") -> None:
    if size > limit:
        raise ArticleError(
            path,
            f"{what} too large ({size:,} bytes; the limit is {limit:,} bytes, "
            f"see {MAX_ARTICLE_ENV})",
        )


# -------------------------------------------------------------------- front matter

_PLAIN_YAML_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# Errors YAML construction can raise on hostile input besides YAMLError.
_YAML_FAULTS = (yaml.YAMLError, ValueError, OverflowError, RecursionError, TypeError)


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe loader that keeps timestamps as text, so "2024-02-30" is a bad date, not a crash."""


_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def _check_yaml_events(path: str, block: str) -> None:
    """Refuse anchors, aliases and explicit tags before anything is constructed.

    Aliases are how "billion laughs" bombs grow; tags are how Python objects
    would be requested. Front matter needs neither.
    """
    try:
        for event in yaml.parse(block, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise ArticleError(
                    path, "YAML front matter uses anchors/aliases, which are refused"
                )
            tag = getattr(event, "tag", None)
            if tag and tag != "!" and tag not in _PLAIN_YAML_TAGS:
                kind = "a Python tag" if "python/" in tag else f"the tag {tag!r}"
                raise ArticleError(path, f"YAML front matter uses {kind}, which is refused")
    except _YAML_FAULTS as exc:
        raise ArticleError(path, f"malformed YAML front matter: {_yaml_reason(exc)}") from exc


def _nesting_depth(block: str) -> int:
    """Deepest nesting of YAML flow brackets (``[`` and ``{``), counted in linear time.

    PyYAML takes tens of seconds on a few thousand nested brackets; front matter
    holds flat ``key: value`` pairs, so anything deep is refused before parsing.
    """
    depth = deepest = 0
    for char in block:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(depth - 1, 0)
    return deepest


def _yaml_reason(exc: Exception) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return " ".join(str(exc).split())[:200]


def split_front_matter(path: str, text: str) -> tuple[dict[str, Any], str]:
    """Return ``(metadata, body)``; metadata is empty when there is no front matter."""
    if not text.startswith("---"):
        return {}, text
    match = _FRONT_MATTER.match(text)
    if match is None:
        if re.match(r"\A---[ \t]*\n", text):
            raise ArticleError(path, "malformed YAML front matter: no closing '---' line")
        return {}, text
    block = match["yaml"]
    if len(block) > MAX_FRONT_MATTER_CHARS:
        raise ArticleError(path, f"YAML front matter over {MAX_FRONT_MATTER_CHARS:,} characters")
    if _nesting_depth(block) > MAX_FRONT_MATTER_DEPTH:
        raise ArticleError(path, "malformed YAML front matter: nested too deeply")
    _check_yaml_events(path, block)
    try:
        meta = yaml.load(block, Loader=_FrontMatterLoader)
    except _YAML_FAULTS as exc:
        raise ArticleError(path, f"malformed YAML front matter: {_yaml_reason(exc)}") from exc
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ArticleError(path, "malformed YAML front matter: expected key: value pairs")
    return meta, text[match.end() :]


def _scalar(path: str, meta: dict[str, Any], key: str) -> Any:
    value = meta.get(key)
    if isinstance(value, (dict, list)):
        raise ArticleError(
            path, f"field {key!r} must be a single value, not a {type(value).__name__}"
        )
    return value


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    text = normalize_text(str(value)).strip()
    return text or None


# --------------------------------------------------------------------- building


def _language_code(value: Any) -> str | None:
    """Return a stated ISO 639 language code ("en", "uk"), or ``None`` to detect it.

    Anything that is not a short alphabetic code is ignored rather than refused:
    extraction detects the language itself when none is given.
    """
    code = value.strip().lower() if isinstance(value, str) else ""
    return code if 2 <= len(code) <= 3 and code.isascii() and code.isalpha() else None


def _check_unicode(path: str, text: str, meta: dict[str, Any]) -> None:
    """Refuse text with lone surrogates (possible in JSON escapes): it is not Unicode text."""
    for key, value in (("text", text), *((k, meta.get(k)) for k in _FRONT_MATTER_KEYS)):
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                code = ord(value[exc.start])
                raise ArticleError(
                    path,
                    f"{key!r} holds a lone surrogate (\\u{code:04x} at character {exc.start}); "
                    "not valid Unicode text",
                ) from None


def _build_article(
    path: str,
    text: str,
    meta: dict[str, Any],
    *,
    keep_text: bool = False,
    warnings: list[str] | None = None,
) -> Article:
    """Make an :class:`Article` from a body and its metadata mapping."""
    warnings = [] if warnings is None else warnings
    for key in _FRONT_MATTER_KEYS:
        _scalar(path, meta, key)
    _check_unicode(path, text, meta)
    text = normalize_text(text)
    if not keep_text:
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text.strip():
        raise ArticleError(path, "empty article (no text)")
    published, published_from = _published(path, meta.get("published"), text, warnings)
    article_id = _optional_str(meta.get("id")) or content_hash(text)
    return Article(
        id=article_id,
        text=text,
        title=_optional_str(meta.get("title")),
        published=published,
        source=_optional_str(meta.get("source")),
        url=_optional_str(meta.get("url")),
        language=_language_code(meta.get("language")),
        path=path,
        published_from=published_from,
        warnings=tuple(warnings),
    )


def article_from_text(
    text: str,
    *,
    title: str | None = None,
    published: date | str | None = None,
    source: str | None = None,
    url: str | None = None,
    path: str | None = None,
) -> Article:
    """Make an article from pasted text (the app's paste form).

    ``published`` may be a date or a date string; when missing it is inferred
    from the text as for files. Raises :class:`ArticleError` for empty text.
    """
    name = path or "pasted text"
    _check_size(name, len(text.encode("utf-8", errors="replace")), configured_max_bytes())
    meta = {"title": title, "published": published, "source": source, "url": url}
    return replace(_build_article(name, text, meta), path=path)


def _read_text_document(path: str, data: bytes, max_bytes: int) -> Article:
    _check_size(path, len(data), max_bytes)
    warnings: list[str] = []
    text = decode_text(path, data, warnings).replace("\r\n", "\n").replace("\r", "\n")
    meta, body = split_front_matter(path, text)
    if not meta and path.lower().endswith((".md", ".markdown")):
        heading = re.match(r"\A\s*#\s+(.+)", body)
        if heading:
            meta = {"title": heading.group(1).strip()}
    return _build_article(path, body, meta, warnings=warnings)


def _read_html(path: str, data: bytes, max_bytes: int) -> Article:
    from strikemap.html_article import extract_html  # deferred: only HTML pays for trafilatura

    _check_size(path, len(data), _file_limit(path, max_bytes), "page")
    warnings: list[str] = []
    html = decode_text(path, data, warnings)
    try:
        page = extract_html(html)
    except ValueError as exc:
        raise ArticleError(path, str(exc)) from exc
    if page is None:
        raise ArticleError(path, "no article text found in the HTML")
    warnings.extend(page.warnings)
    _check_size(path, len(page.text.encode("utf-8", errors="replace")), max_bytes)
    return _build_article(path, page.text, page.meta, warnings=warnings)


def _record_article(path: str, record: Any, max_bytes: int) -> Article:
    if not isinstance(record, dict):
        raise ArticleError(path, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise ArticleError(
            path, "missing 'text' field" if text is None else "'text' is not a string"
        )
    _check_size(path, len(text.encode("utf-8", errors="replace")), max_bytes)
    # Corpus texts are taken as they are (normalised only), so their offsets stay valid.
    return _build_article(path, text, record, keep_text=True)


def article_from_record(name: str, record: Any, *, max_bytes: int | None = None) -> Article:
    """Build an article from one decoded JSON record (``id``, ``title``, ``text``, ...).

    Raises :class:`ArticleError` naming ``name`` and the reason when the record
    is not an article.
    """
    return _record_article(name, record, _limit(max_bytes))


def _json_reason(exc: Exception) -> str:
    """Say why JSON could not be read: syntax (with its line), depth or a huge number."""
    if isinstance(exc, json.JSONDecodeError):
        return f"malformed JSON at line {exc.lineno}: {exc.msg}"
    if isinstance(exc, RecursionError):
        return "malformed JSON: nested too deeply"
    if "integer string conversion" in str(exc):
        return "malformed JSON: a number with thousands of digits"
    return f"malformed JSON: {' '.join(str(exc).split())[:120]}"


def _loads(text: str) -> Any:
    """``json.loads`` that turns every way it can fail into :class:`ValueError`."""
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise ValueError(_json_reason(exc)) from None
    except ValueError as exc:  # JSONDecodeError, or a number too long to convert
        raise ValueError(_json_reason(exc)) from None


class _Records:
    """Turns the records of one collection into articles, reporting bad and repeated ones."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.first_seen: dict[str, str] = {}

    def read(self, name: str, record: Any, where: str) -> ArticleResult:
        try:
            article = _record_article(name, record, self.max_bytes)
        except ArticleError as exc:
            return ReadError(exc.path, exc.reason)
        except Exception as exc:  # one record must never stop the file
            return unexpected(name, exc)
        first = self.first_seen.setdefault(article.id, where)
        if first != where:
            return ReadError(name, f"duplicate id {article.id!r} (first at {first}); not read")
        return article


def _iter_json(path: str, data: bytes, max_bytes: int) -> Iterator[ArticleResult]:
    _check_size(path, len(data), MAX_COLLECTION_BYTES, "file")
    text = decode_text(path, data)
    if not text.strip():
        raise ArticleError(path, "empty file")
    try:
        payload = _loads(text)
    except ValueError as exc:
        raise ArticleError(path, str(exc)) from None
    if is_telegram_export(payload):
        yield from _iter_telegram(path, payload)
        return
    if isinstance(payload, dict) and "text" not in payload:
        raise ArticleError(
            path,
            "missing 'text' field: neither an article record nor a Telegram Desktop "
            "export (no 'messages' list)",
        )
    records = payload if isinstance(payload, list) else [payload]
    reader = _Records(max_bytes)
    for index, record in enumerate(records):
        name = f"{path}[{index}]" if isinstance(payload, list) else path
        yield reader.read(name, record, f"index {index}")


def _iter_telegram(path: str, payload: dict) -> Iterator[ArticleResult]:
    """The messages of a Telegram Desktop export (:mod:`strikemap.telegram_export`)."""
    try:
        for item in iter_export(path, payload):
            if isinstance(item, MessageProblem):
                yield ReadError(item.where, item.reason)
            else:
                text, title = normalize_text(item.text), normalize_text(item.title or "")
                yield replace(item, text=text, title=title or None)
    except NotAnExport as exc:
        raise ArticleError(path, str(exc)) from exc


def _iter_jsonl(path: str, data: bytes, max_bytes: int) -> Iterator[ArticleResult]:
    _check_size(path, len(data), MAX_COLLECTION_BYTES, "file")
    text = decode_text(path, data)
    if not text.strip():
        raise ArticleError(path, "empty file")
    reader = _Records(max_bytes)
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name = f"{path}:{lineno}"
        try:
            record = _loads(line)
        except ValueError as exc:
            yield ReadError(name, str(exc).replace(" at line 1:", f" at line {lineno}:"))
            continue
        yield reader.read(name, record, f"line {lineno}")


def iter_article_bytes(
    name: str, data: bytes, *, max_bytes: int | None = None
) -> Iterator[ArticleResult]:
    """Yield the articles (or per-record errors) held in one file's bytes.

    Raises :class:`ArticleError` when the file as a whole cannot be read.
    """
    max_bytes = _limit(max_bytes)
    suffix = Path(name).suffix.lower()
    if not data.strip():
        raise ArticleError(name, "empty file")
    if suffix in TEXT_SUFFIXES:
        yield _read_text_document(name, data, max_bytes)
    elif suffix in HTML_SUFFIXES:
        yield _read_html(name, data, max_bytes)
    elif suffix in JSON_SUFFIXES:
        yield from _iter_json(name, data, max_bytes)
    elif suffix in JSONL_SUFFIXES:
        yield from _iter_jsonl(name, data, max_bytes)
    else:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        raise ArticleError(name, f"unsupported file type {suffix or '(none)'!r} (use {supported})")


def read_bytes(name: str, data: bytes, *, max_bytes: int | None = None) -> list[ArticleResult]:
    """Read one file's bytes (an upload) into articles and per-input errors; never raises.

    Valid records of a collection are kept and each bad one is named with its
    line or index, as :func:`read_articles` does for files on disk.
    """
    try:
        return list(iter_article_bytes(name, data, max_bytes=max_bytes))
    except ArticleError as exc:
        return [ReadError(exc.path, exc.reason)]
    except Exception as exc:  # an upload must never end the app's run with a traceback
        return [unexpected(name, exc)]


def parse_article_bytes(name: str, data: bytes, *, max_bytes: int | None = None) -> list[Article]:
    """Read an uploaded file; any bad record refuses the whole file.

    Raises
    ------
    ArticleError
        Naming the file (and line, for JSON) and the reason.
    """
    articles = []
    for result in read_bytes(name, data, max_bytes=max_bytes):
        if isinstance(result, ReadError):
            raise ArticleError(result.path, result.reason)
        articles.append(result)
    return articles


# ------------------------------------------------------------------ walking


def _link_reason(path: Path) -> str:
    try:
        target = os.readlink(path)
    except OSError:
        return "symbolic link; links are never followed, not read"
    return f"symbolic link to {display_name(target)}; links are never followed, not read"


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _listing(folder: Path) -> Iterator[os.DirEntry | ReadError]:
    """The visible entries of ``folder`` sorted by name, or the error of listing it."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        reason = f"folder cannot be listed: {exc.strerror or exc}"
        return iter([ReadError(display_name(folder), reason)])
    return iter([entry for entry in entries if not _hidden(entry.name)])


def _walk_dir(root: Path) -> Iterator[Path | ReadError]:
    """Yield regular files under ``root`` (sorted, recursive) and a :class:`ReadError` per link.

    Hidden entries are skipped; links are reported and never followed, so
    nothing outside ``root`` is read through them. The walk keeps its own stack,
    so however deep the folders nest it never runs out of recursion.
    """
    stack = [_listing(root)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif isinstance(entry, ReadError):
            yield entry
        else:
            path = Path(entry.path)
            if entry.is_symlink():
                yield ReadError(display_name(path), _link_reason(path))
            elif entry.is_dir(follow_symlinks=False):
                stack.append(_listing(path))
            elif entry.is_file(follow_symlinks=False):
                yield path
            elif path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield ReadError(
                    display_name(path), "not a regular file (a pipe, socket or device); not read"
                )


def _walk(paths: Iterable[str | Path]) -> Iterator[tuple[Path, bool] | ReadError]:
    """Yield ``(file, given_explicitly)`` in a stable order, or a :class:`ReadError`.

    Only regular files are yielded: a link named explicitly is reported like a
    link found inside a folder.
    """
    for raw in paths:
        path = Path(raw)
        name = display_name(path)
        try:
            mode = path.lstat().st_mode
        except FileNotFoundError:
            yield ReadError(name, "no such file or directory")
            continue
        except OSError as exc:
            yield ReadError(name, exc.strerror or str(exc))
            continue
        if stat.S_ISLNK(mode):
            yield ReadError(name, _link_reason(path))
        elif stat.S_ISDIR(mode):
            for found in _walk_dir(path):
                yield found if isinstance(found, ReadError) else (found, False)
        elif stat.S_ISREG(mode):
            yield path, True
        else:
            yield ReadError(name, "not a regular file (a pipe, socket or device); not read")


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def read_regular_file(path: Path, limit: int) -> bytes:
    """Read a regular file without following a link, refusing it when over ``limit`` bytes.

    ``O_NOFOLLOW`` closes the window between the walk's check and the read in
    which a file could be replaced by a link.
    """
    name = display_name(path)
    try:
        fd = os.open(path, _OPEN_FLAGS | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        if os.path.islink(path):
            raise ArticleError(name, _link_reason(path)) from None
        raise
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(name, "not a regular file; not read")
        _check_size(name, info.st_size, limit, "file")
        data = handle.read(limit + 1)
    _check_size(name, len(data), limit, "file")
    return data


def read_articles(
    paths: Iterable[str | Path], *, max_bytes: int | None = None
) -> Iterator[ArticleResult]:
    """Read every article under ``paths``; never raises for one bad file.

    Directories are walked recursively in sorted order; inside them files of
    unsupported types are skipped silently (a ``metadata.csv`` beside the
    articles is not an error), while an unsupported file named explicitly
    yields a :class:`ReadError`. Symbolic links are never followed: each one
    yields a :class:`ReadError` naming it.  One path given on its own, not in
    a list, is read as that one path (not as its characters, the first of which,
    ``/``, would walk the whole filesystem).
    """
    max_bytes = _limit(max_bytes)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for found in _walk(paths):
        if isinstance(found, ReadError):
            yield found
            continue
        path, explicit = found
        name = display_name(path)
        if not explicit and path.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        try:
            data = read_regular_file(path, _file_limit(name, max_bytes))
            yield from iter_article_bytes(name, data, max_bytes=max_bytes)
        except ArticleError as exc:
            yield ReadError(exc.path, exc.reason)
        except OSError as exc:
            yield ReadError(name, exc.strerror or str(exc))
        except Exception as exc:  # one file must never stop the batch
            yield unexpected(name, exc)
