"""The one way untrusted article text enters HTML, JavaScript or a Jinja template.

Article titles, texts, publisher names and URLs come from outside. folium renders
popup and tooltip content through Jinja a second time and then places it inside
JavaScript template literals, so plain :func:`html.escape` is not enough: ``{{ 7*7 }}``
would be evaluated on the server and ``${...}`` in the browser. :func:`escape_text`
therefore also turns ``{``, ``}``, ``$``, the backtick and the backslash into numeric
character references, which the browser shows as the literal characters but which
neither Jinja nor a JavaScript template literal treats as syntax.

Two ways in, both here:

- :func:`escape_text` / :func:`link` for text placed into HTML markup (the events
  table, exports, the briefing page);
- :func:`script_data` for data handed to JavaScript (the map layers): a JSON array
  literal in which every character that means something to HTML, Jinja or a JS
  template literal is a ``\\uXXXX`` escape; the client library shows the
  strings with ``textContent`` only, never as markup.

Every output path that shows article-derived text goes through this module.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "ALLOWED_SCHEMES",
    "BIDI_CONTROLS",
    "escape_text",
    "isolate_bidi",
    "link",
    "safe_url",
    "script_data",
    "strip_bidi",
]

ALLOWED_SCHEMES: frozenset[str] = frozenset({"http", "https"})
#: Longest URL made into a link (browsers' and servers' common limit).
MAX_URL_CHARS = 2_048

# Characters that are syntax for Jinja ({ }), JS template literals ($ { } `) or
# escape sequences (\), mapped to numeric character references.
_TEMPLATE_SYNTAX = str.maketrans(
    {
        "{": "&#123;",
        "}": "&#125;",
        "$": "&#36;",
        "`": "&#96;",
        "\\": "&#92;",
    }
)

# Characters escaped inside JSON strings by script_data: "<" ">" "&" so no
# "</script>" or markup, "{" "}" "$" "`" so no Jinja expression or template
# literal interpolation, U+2028/2029 which older JS engines treat as newlines.
_SCRIPT_UNSAFE: dict[str, str] = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "{": "\\u007b",
    "}": "\\u007d",
    "$": "\\u0024",
    "`": "\\u0060",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
# A regex touches only the few characters that need it; str.translate with a
# dict walks every character and takes seconds on a 40 MB payload.
_SCRIPT_UNSAFE_RE = re.compile("[" + re.escape("".join(_SCRIPT_UNSAFE)) + "]")

# Browsers strip leading/trailing C0 controls and spaces from an href and drop
# tabs and newlines anywhere in it ("java\tscript:" is "javascript:"), so the same
# clean-up happens here before the scheme is judged.
_EDGE_JUNK = "".join(chr(c) for c in range(0x21))
_INNER_JUNK = re.compile(r"[\t\n\r]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


#: Bidirectional formatting characters: marks, embeddings, overrides and isolates.
#: An unterminated right-to-left override (U+202E) shows the rest of a line reversed,
#: which can disguise a file name or a figure.
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")
_FIRST_STRONG_ISOLATE = "\u2068"
_POP_DIRECTIONAL_ISOLATE = "\u2069"


def strip_bidi(value: str) -> str:
    """Return ``value`` without bidirectional controls (for exports and stored text)."""
    return _BIDI_RE.sub("", value) if _BIDI_RE.search(value) else value


def isolate_bidi(value: str) -> str:
    """Wrap text holding bidi controls in an isolate, so they cannot reorder what follows.

    The first-strong isolate (U+2068) ... pop-directional isolate (U+2069) pair
    closes every embedding or override opened inside it, wherever the text is
    shown (a table cell, a popup's ``textContent``, a tooltip).
    """
    if not _BIDI_RE.search(value):
        return value
    return _FIRST_STRONG_ISOLATE + value + _POP_DIRECTIONAL_ISOLATE


def escape_text(value: object) -> str:
    """Return ``value`` as inert HTML text.

    Parameters
    ----------
    value
        Any value; ``None`` gives the empty string, other non-strings are
        converted with :func:`str`.

    Returns
    -------
    str
        HTML-escaped text (``& < > " '``) in which ``{ } $ ` \\`` are also numeric
        character references, safe inside HTML element content, quoted attribute
        values, folium/Jinja templates and JavaScript template literals.
    """
    if value is None:
        return ""
    return html.escape(str(value), quote=True).translate(_TEMPLATE_SYNTAX)


def safe_url(url: object) -> str | None:
    """Return ``url`` cleaned when it is an absolute http(s) URL, else ``None``.

    ``javascript:``, ``data:``, ``vbscript:``, relative and scheme-relative URLs
    are refused, including spellings that browsers would still run such as mixed
    case, leading control characters or tabs and newlines inside the scheme. So
    are URLs over :data:`MAX_URL_CHARS` and URLs with a ``user:password@`` part
    (which can make one host look like another); an internationalised host is
    returned in punycode, so look-alike letters cannot pass for another site.

    Parameters
    ----------
    url
        Candidate URL from an article's metadata.

    Returns
    -------
    str or None
        The URL with surrounding whitespace and embedded tabs/newlines removed.
        It is still untrusted text: put it into HTML through :func:`escape_text`
        (as :func:`link` does).
    """
    if not isinstance(url, str):
        return None
    cleaned = _INNER_JUNK.sub("", url.strip(_EDGE_JUNK))
    if not cleaned or _CONTROL.search(cleaned) or " " in cleaned:
        return None
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    if parts.scheme.lower() not in ALLOWED_SCHEMES or not parts.netloc:
        return None
    # A backslash after the scheme is read by browsers as a slash, so
    # "http:\\evil" would be relative-looking to urlsplit but absolute in a browser.
    if "\\" in cleaned or len(cleaned) > MAX_URL_CHARS:
        return None
    # "https://bank.example@evil.example/" shows one host and opens another.
    if "@" in parts.netloc:
        return None
    return _ascii_host(cleaned, parts)


def _ascii_host(url: str, parts) -> str | None:
    """Return ``url`` with an internationalised host in punycode (``xn--``), or ``None``.

    Look-alike hosts ("аpple.com" with a Cyrillic "а") then read as what they
    are, ``xn--pple-43d.com``, in the link and wherever the URL is shown.
    """
    host = parts.hostname or ""
    if host.isascii():
        return url
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        return None
    try:
        port = parts.port
    except ValueError:
        return None
    netloc = ascii_host + (f":{port}" if port is not None else "")
    return parts._replace(netloc=netloc).geturl()


def link(url: object, label: object = None) -> str:
    """Return an HTML anchor to ``url`` showing ``label``, or just the label.

    Parameters
    ----------
    url
        Untrusted URL; only http(s) URLs (see :func:`safe_url`) become links.
    label
        Untrusted link text; the URL itself is shown when it is empty.

    Returns
    -------
    str
        ``<a href=... target="_blank" rel="noopener noreferrer">label</a>`` with both
        parts escaped, or the escaped label (or URL) as plain text when the URL is
        not safe.
    """
    href = safe_url(url)
    text = label if label not in (None, "") else (href or url)
    shown = escape_text(text)
    if href is None:
        return shown
    return f'<a href="{escape_text(href)}" target="_blank" rel="noopener noreferrer">{shown}</a>'


def script_data(value: list[Any]) -> str:
    """Return ``value`` as a JavaScript/JSON array literal that can never be code.

    Parameters
    ----------
    value
        Nested lists of numbers, strings, booleans and ``None``. No dicts: their
        structural braces would be escaped too, and the literal would fail to
        parse (loudly, never by running anything).

    Returns
    -------
    str
        Valid JSON (``json.loads`` gives ``value`` back) containing none of
        ``< > & { } $ `` ` and no U+2028/U+2029, so it is inert inside a
        ``<script>`` element, a Jinja template and a JS template literal.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _SCRIPT_UNSAFE_RE.sub(lambda match: _SCRIPT_UNSAFE[match.group()], text)
