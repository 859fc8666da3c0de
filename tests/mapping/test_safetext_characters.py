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


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        # Punctuation at the ends of a URL is part of it; only controls and spaces go.
        ("https://example.org/news!", "https://example.org/news!"),
        ('https://example.org/"', 'https://example.org/"'),
        (" https://example.org/a ", "https://example.org/a"),
        # A scheme in capitals is still http(s).
        ("HTTPS://example.org/a", "HTTPS://example.org/a"),
        ("Http://example.org/a", "Http://example.org/a"),
    ],
)
def test_a_url_keeps_what_a_browser_keeps(url, kept):
    assert safe_url(url) == kept


@pytest.mark.parametrize(
    "url",
    [
        "https:///path-without-host",
        "http:example.org",
        "https://example.org/a b",
        "ftp://example.org/file",
    ],
)
def test_a_url_without_a_host_or_with_a_space_or_another_scheme_is_no_link(url):
    assert safe_url(url) is None


def test_a_url_of_exactly_2048_characters_is_a_link_and_one_more_is_not():
    url = "https://example.org/" + "a" * (2_048 - 20)
    assert len(url) == 2_048
    assert safe_url(url) == url
    assert safe_url(url + "b") is None


@pytest.mark.parametrize(
    ("url", "cleaned"),
    [
        ("https://пример.рф/x", "https://xn--e1afmkfd.xn--p1ai/x"),
        ("https://пр..рф/", None),  # an empty label has no punycode form
        ("https://пример.рф:99999/", None),  # no such port
    ],
)
def test_an_internationalised_host_is_punycode_or_no_link(url, cleaned):
    assert safe_url(url) == cleaned


def test_an_unsafe_url_without_a_label_is_shown_as_escaped_text():
    assert link("javascript:alert('x')") == "javascript:alert(&#x27;x&#x27;)"
    assert link("javascript:alert(1)", "report") == "report"


def test_a_link_label_that_is_a_number_is_shown():
    assert link("https://example.org/", 0) == (
        '<a href="https://example.org/" target="_blank" rel="noopener noreferrer">0</a>'
    )


def test_script_data_is_compact_json():
    assert script_data([1, [2.5, "a"], None, True, False]) == '[1,[2.5,"a"],null,true,false]'
