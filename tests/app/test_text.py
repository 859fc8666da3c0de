"""Markdown-literal text for Streamlit captions and alerts."""

from __future__ import annotations

import re

import pytest
from strikemap.ui.text import md_literal

HOSTILE = (
    "[click](javascript:alert(1))",
    "![pixel](https://tracker.example/p.png)",
    "$x^2$ and $$y$$",
    ":red[alarm] :skull:",
    "**bold** _it_ ~~gone~~ `code`",
    "<img src=x onerror=alert(1)>",
    "# heading\n- item",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_syntax_is_escaped(text):
    out = md_literal(text)
    # Every punctuation character is escaped, so no Markdown construct can start.
    assert not re.search(r"(?<!\\)[\[\]!$:*_~`<>#()]", out.replace("\\\\", ""))
    # Removing the escapes gives back the text (with line breaks folded).
    assert re.sub(r"\\(.)", r"\1", out) == " ".join(text.split())


def test_plain_words_are_unchanged():
    assert md_literal("Kyiv Oblast, Reuters; Bila-Tserkva 50%") == (
        "Kyiv Oblast, Reuters; Bila-Tserkva 50%"
    )
    assert md_literal(None) == ""


@pytest.mark.parametrize(("text", "expected"), [("- a", "\\- a"), ("1. a", "1\\. a")])
def test_list_markers_at_the_start_are_escaped(text, expected):
    assert md_literal(text) == expected
