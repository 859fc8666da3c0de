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
  binary (NUL bytes, control characters) are refused.
- A ``published`` value that cannot be read as a date is *not* an error: it is
  logged as a warning and the date is then inferred from the text as if the
  field were missing. One bad field should not cost the whole article.
- ``published`` is inferred from the text only where the text states it: a
  leading ``date 2024-01-02`` line, or a dated sign-off such as the one of an
  embedded post (``— Name (@handle) January 2, 2024``); the latest such date
  wins because the article cannot predate what it quotes. Never today's date.
- :func:`read_articles` never raises for one bad file: it yields a
  :class:`ReadError` for it (and, in ``.jsonl`` files, for each bad line) and
  goes on. :func:`parse_article_bytes`, used by the upload form, is strict: any
  bad record refuses the whole upload so that nothing half-read is stored.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import yaml

from strikemap.models import Article, content_hash

log = logging.getLogger(__name__)

#: Largest single article accepted, in bytes (a file, or one record's text).
MAX_ARTICLE_BYTES = 2_000_000
#: An HTML page may be this many times the article limit (markup, scripts, styles).
HTML_MARKUP_FACTOR = 5
#: Largest ``.json``/``.jsonl`` collection file accepted, in bytes.
MAX_COLLECTION_BYTES = 500_000_000
#: Largest YAML front-matter block accepted, in characters.
MAX_FRONT_MATTER_CHARS = 20_000

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES

_FRONT_MATTER_KEYS = ("id", "title", "published", "source", "url", "language")


class ArticleError(Exception):
    """An input that cannot be read as an article; the message names file and reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ReadError:
    """A file (or one line of a ``.jsonl`` file) that could not be read."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


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


def _published(path: str, value: Any, text: str) -> tuple[date | None, str]:
    """Resolve ``(published, published_from)`` from a metadata value and the text."""
    try:
        parsed = parse_date(value)
    except ValueError as exc:
        log.warning(
            "%s: ignoring malformed published date (%s); inferring it from the text", path, exc
        )
        parsed = None
    if parsed is not None:
        return parsed, "metadata"
    inferred = infer_published(text)
    if inferred is not None:
        return inferred, "text"
    return None, "unknown"


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


def decode_bytes(path: str, data: bytes) -> str:
    """Decode article bytes to text, or raise :class:`ArticleError` saying why not."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ArticleError(path, f"invalid {encoding} data at byte {exc.start}") from exc
            return text.lstrip("\ufeff")
    if b"\x00" in data:
        raise ArticleError(
            path, "binary data (NUL bytes); not a text file (UTF-16 text needs a byte-order mark)"
        )
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


def _file_limit(name: str, max_bytes: int) -> int:
    """Largest file accepted for ``name``: collections hold many articles, pages markup."""
    suffix = Path(name).suffix.lower()
    if suffix in JSON_SUFFIXES + JSONL_SUFFIXES:
        return MAX_COLLECTION_BYTES
    if suffix in HTML_SUFFIXES:
        return HTML_MARKUP_FACTOR * max_bytes
    return max_bytes


def _check_size(path: str, size: int, limit: int, what: str = "article") -> None:
    if size > limit:
        raise ArticleError(path, f"{what} too large ({size:,} bytes; the limit is {limit:,} bytes)")


# -------------------------------------------------------------------- front matter

_PLAIN_YAML_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


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
    except yaml.YAMLError as exc:
        raise ArticleError(path, f"malformed YAML front matter: {_yaml_reason(exc)}") from exc


def _yaml_reason(exc: yaml.YAMLError) -> str:
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
    _check_yaml_events(path, block)
    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as exc:
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
    text = str(value).strip()
    return text or None


# --------------------------------------------------------------------- building


def _language_code(value: Any) -> str | None:
    """Return a stated ISO 639 language code ("en", "uk"), or ``None`` to detect it.

    Anything that is not a short alphabetic code is ignored rather than refused:
    extraction detects the language itself when none is given.
    """
    code = value.strip().lower() if isinstance(value, str) else ""
    return code if 2 <= len(code) <= 3 and code.isascii() and code.isalpha() else None


def _build_article(
    path: str, text: str, meta: dict[str, Any], *, keep_text: bool = False
) -> Article:
    """Make an :class:`Article` from a body and its metadata mapping."""
    for key in _FRONT_MATTER_KEYS:
        _scalar(path, meta, key)
    if not keep_text:
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text.strip():
        raise ArticleError(path, "empty article (no text)")
    published, published_from = _published(path, meta.get("published"), text)
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
    _check_size(name, len(text.encode("utf-8")), MAX_ARTICLE_BYTES)
    meta = {"title": title, "published": published, "source": source, "url": url}
    return replace(_build_article(name, text, meta), path=path)


def _read_text_document(path: str, data: bytes, max_bytes: int) -> Article:
    _check_size(path, len(data), max_bytes)
    text = decode_bytes(path, data).replace("\r\n", "\n").replace("\r", "\n")
    meta, body = split_front_matter(path, text)
    if not meta and path.lower().endswith((".md", ".markdown")):
        heading = re.match(r"\A\s*#\s+(.+)", body)
        if heading:
            meta = {"title": heading.group(1).strip()}
    return _build_article(path, body, meta)


def _read_html(path: str, data: bytes, max_bytes: int) -> Article:
    import trafilatura  # deferred: only HTML inputs pay for its import

    _check_size(path, len(data), _file_limit(path, max_bytes), "page")
    html = decode_bytes(path, data)
    extracted = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        # Only dates the page's markup states: no guessing from the page text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not extracted:
        raise ArticleError(path, "no article text found in the HTML")
    doc = json.loads(extracted)
    meta = {
        "title": doc.get("title"),
        "published": doc.get("date"),
        "source": doc.get("source-hostname") or doc.get("hostname"),
        "url": doc.get("source"),
    }
    text = doc.get("text") or ""
    _check_size(path, len(text.encode("utf-8")), max_bytes)
    return _build_article(path, text, meta)


def _record_article(path: str, record: Any, max_bytes: int) -> Article:
    if not isinstance(record, dict):
        raise ArticleError(path, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise ArticleError(
            path, "missing 'text' field" if text is None else "'text' is not a string"
        )
    _check_size(path, len(text.encode("utf-8", errors="replace")), max_bytes)
    # Corpus texts are taken exactly as they are, so their offsets stay valid.
    return _build_article(path, text, record, keep_text=True)


def article_from_record(name: str, record: Any, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Build an article from one decoded JSON record (``id``, ``title``, ``text``, ...).

    Raises :class:`ArticleError` naming ``name`` and the reason when the record
    is not an article.
    """
    return _record_article(name, record, max_bytes)


def _iter_json(path: str, data: bytes, max_bytes: int) -> Iterator[ArticleResult]:
    _check_size(path, len(data), MAX_COLLECTION_BYTES, "file")
    text = decode_bytes(path, data)
    if not text.strip():
        raise ArticleError(path, "empty file")
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleError(path, f"malformed JSON at line {exc.lineno}: {exc.msg}") from exc
    records = payload if isinstance(payload, list) else [payload]
    for index, record in enumerate(records):
        name = f"{path}[{index}]" if isinstance(payload, list) else path
        try:
            yield _record_article(name, record, max_bytes)
        except ArticleError as exc:
            yield ReadError(exc.path, exc.reason)


def _iter_jsonl(path: str, data: bytes, max_bytes: int) -> Iterator[ArticleResult]:
    _check_size(path, len(data), MAX_COLLECTION_BYTES, "file")
    text = decode_bytes(path, data)
    if not text.strip():
        raise ArticleError(path, "empty file")
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(path, f"malformed JSON at line {lineno}: {exc.msg}")
            continue
        try:
            yield _record_article(f"{path}:{lineno}", record, max_bytes)
        except ArticleError as exc:
            yield ReadError(exc.path, exc.reason)


def iter_article_bytes(
    name: str, data: bytes, *, max_bytes: int = MAX_ARTICLE_BYTES
) -> Iterator[ArticleResult]:
    """Yield the articles (or per-record errors) held in one file's bytes.

    Raises :class:`ArticleError` when the file as a whole cannot be read.
    """
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


def parse_article_bytes(
    name: str, data: bytes, *, max_bytes: int = MAX_ARTICLE_BYTES
) -> list[Article]:
    """Read an uploaded file; any bad record refuses the whole file.

    Raises
    ------
    ArticleError
        Naming the file (and line, for JSON) and the reason.
    """
    articles = []
    for result in iter_article_bytes(name, data, max_bytes=max_bytes):
        if isinstance(result, ReadError):
            raise ArticleError(result.path, result.reason)
        articles.append(result)
    return articles


def _walk(paths: Iterable[str | Path]) -> Iterator[tuple[Path, bool]]:
    """Yield ``(file, given_explicitly)`` in a stable order; directories sorted, recursive."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden:
                    yield child, False
        else:
            yield path, True


def read_articles(
    paths: Iterable[str | Path], *, max_bytes: int = MAX_ARTICLE_BYTES
) -> Iterator[ArticleResult]:
    """Read every article under ``paths``; never raises for one bad file.

    Directories are walked recursively in sorted order; inside them files of
    unsupported types are skipped silently (a ``metadata.csv`` beside the
    articles is not an error), while an unsupported file named explicitly
    yields a :class:`ReadError`.
    """
    for path, explicit in _walk(paths):
        name = str(path)
        if not explicit and path.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        try:
            if not path.exists():
                raise ArticleError(name, "no such file or directory")
            _check_size(name, path.stat().st_size, _file_limit(name, max_bytes), "file")
            data = path.read_bytes()
            yield from iter_article_bytes(name, data, max_bytes=max_bytes)
        except ArticleError as exc:
            yield ReadError(exc.path, exc.reason)
        except OSError as exc:
            yield ReadError(name, exc.strerror or str(exc))
