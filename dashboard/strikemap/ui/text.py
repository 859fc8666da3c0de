"""Plain text inside Streamlit's Markdown elements (captions, alerts).

``st.caption``, ``st.error`` and friends render Markdown: ``[x](url)`` becomes a
link, ``![x](url)`` fetches an image, ``$...$`` is typeset as LaTeX and
``:red[...]`` is coloured. Text that comes from articles or uploads (publisher
and oblast names in the filter summary, uploaded file names in error messages)
goes through :func:`md_literal` so that it shows as the characters it is.
HTML never needs this: Streamlit escapes raw HTML in Markdown unless
``unsafe_allow_html`` is set, which strikemap never does.
"""

from __future__ import annotations

import re

# Characters that start or close Markdown constructs, including Streamlit's own
# extensions ($ for LaTeX, : for colours and emoji shortcodes, ~ for strikethrough).
# Plain prose punctuation (, . ; ' " - / ? %) stays readable and is only escaped
# where it could open a list item (see _LIST_START).
_MARKDOWN_SYNTAX = re.compile(r"([\\`*_{}\[\]()#+!|<>~$:=&])")
_LIST_START = re.compile(r"^(\d+)([.)])|^(-)")


def md_literal(text: object) -> str:
    """Return ``text`` with Markdown syntax escaped, so it renders literally.

    Line breaks are folded into spaces: a caption or alert is one paragraph.
    """
    if text is None:
        return ""
    folded = " ".join(str(text).split())
    escaped = _MARKDOWN_SYNTAX.sub(r"\\\1", folded)
    return _LIST_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escaped)
