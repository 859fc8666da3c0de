"""strikemap.safetext character by character: the exact text each dangerous character becomes.

Expected outputs are written by hand from the HTML and JSON specifications.
"""

from __future__ import annotations

import json

import pytest
from strikemap.safetext import escape_text, link, safe_url, script_data


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ('say "hi"', "say &quot;hi&quot;"),
        ("it's", "it&#x27;s"),
        ("a & b", "a &amp; b"),
        ("<b>", "&lt;b&gt;"),
        ("C:\\temp", "C:&#92;temp"),
        ("{{ x }}", "&#123;&#123; x &#125;&#125;"),
        ("${x}", "&#36;&#123;x&#125;"),
        ("`x`", "&#96;x&#96;"),
        ("Київ", "Київ"),
    ],
)
def test_escape_text_turns_each_character_into_its_reference(text, escaped):
    assert escape_text(text) == escaped


def test_an_attribute_value_cannot_be_closed_by_a_quote():
    """A title put into title="..." or title='...' stays one attribute value."""
    assert '"' not in escape_text('" onmouseover="alert(1)')
    assert "'" not in escape_text("' onmouseover='alert(1)")


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        ("a&b", '["a\\u0026b"]'),
        ("</script>", '["\\u003c/script\\u003e"]'),
        ("{{x}}", '["\\u007b\\u007bx\\u007d\\u007d"]'),
        ("${x}", '["\\u0024\\u007bx\\u007d"]'),
        ("`x`", '["\\u0060x\\u0060"]'),
        ("line\u2028break", '["line\\u2028break"]'),
        ("para\u2029break", '["para\\u2029break"]'),
        ('say "hi"', '["say \\"hi\\""]'),
        ("C:\\temp", '["C:\\\\temp"]'),
        ("Київ", '["Київ"]'),
    ],
)
def test_script_data_escapes_each_character(value, literal):
    assert script_data([value]) == literal
    assert json.loads(literal) == [value]


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/a\x00b",
        "https://example.org/a\x1bb",
        "https://example.org/a\x7fb",
        "https://example.org/a\x85b",
        "https://example.org/a\x9fb",
        "https://exa\x01mple.org/",
    ],
)
def test_a_url_with_a_control_character_is_no_link(url):
    assert safe_url(url) is None
    assert "<a" not in link(url, "report")


def test_a_url_with_a_quote_stays_inside_its_href():
    anchor = link('https://example.org/a"onmouseover="alert(1)', "report")
    assert anchor.startswith('<a href="https://example.org/a&quot;onmouseover=&quot;alert(1)"')
    assert anchor.count('"') == 6  # href, target, rel: three quoted values and no other


def test_a_link_label_is_escaped_and_opens_without_opener():
    assert link("https://example.org/", "<b>") == (
        '<a href="https://example.org/" target="_blank" rel="noopener noreferrer">&lt;b&gt;</a>'
    )


def test_a_link_without_a_label_shows_its_url():
    assert link("https://example.org/r", "") == (
        '<a href="https://example.org/r" target="_blank" rel="noopener noreferrer">'
        "https://example.org/r</a>"
    )
    assert link("https://example.org/r") == link("https://example.org/r", "")


@pytest.mark.parametrize(
    ("url", "cleaned"),
    [
        # Browsers drop tabs and newlines inside a URL and C0 controls and spaces at its ends.
        ("https://exam\tple.org/a", "https://example.org/a"),
        ("https://example.org/a\nb", "https://example.org/ab"),
        ("\x00 https://example.org/a\x1f", "https://example.org/a"),
    ],
)
def test_a_url_is_cleaned_as_a_browser_would_read_it(url, cleaned):
    assert safe_url(url) == cleaned


def test_a_backslash_anywhere_makes_a_url_unsafe():
    """Browsers read a backslash as a slash: 'https://example.org\\@evil.test/' goes elsewhere."""
    assert safe_url("https://example.org\\@evil.test/") is None
    assert safe_url("https://example.org/a\\b") is None


def test_script_data_refuses_not_a_number():
    """NaN and infinity are no JSON: script data fails loudly rather than emit them."""
    for value in (float("nan"), float("inf")):
        with pytest.raises(ValueError):
            script_data([value])
