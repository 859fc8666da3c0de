"""strikemap.safetext: escaping, URL checks and folium's double rendering."""

from __future__ import annotations

import html
import json
import re

import folium
import pytest
from hostile import FILE_CREATING_JINJA, HOSTILE_TEXTS, PWNED_NAME
from strikemap.safetext import escape_text, link, safe_url, script_data


@pytest.mark.parametrize("value", HOSTILE_TEXTS)
def test_escape_text_leaves_no_syntax(value: str) -> None:
    escaped = escape_text(value)
    assert not set(escaped) & set("<>{}$`\\\"'")
    assert html.unescape(escaped) == value


def test_escape_text_none_and_numbers() -> None:
    assert escape_text(None) == ""
    assert escape_text(12) == "12"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/a?b=1#c",
        "http://example.org",
        "HTTPS://Example.org/x",
        "  https://example.org/padded  ",
    ],
)
def test_safe_url_accepts_http(url: str) -> None:
    assert safe_url(url) == url.strip()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " \x01javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//example.org/scheme-relative",
        "/relative/path",
        "http:javascript:alert(1)",
        "http:\\\\example.org",
        "https://exa mple.org",
        "ftp://example.org/file",
        "",
        None,
        42,
    ],
)
def test_safe_url_refuses_everything_else(url: object) -> None:
    assert safe_url(url) is None


def test_link_opens_safely() -> None:
    anchor = link("https://example.org/?q={x}", "Kyiv ${alert(1)}")
    assert anchor.startswith('<a href="https://example.org/?q=&#123;x&#125;"')
    assert 'target="_blank"' in anchor
    assert 'rel="noopener noreferrer"' in anchor
    assert "Kyiv &#36;&#123;alert(1)&#125;</a>" in anchor


def test_link_with_unsafe_url_is_plain_text() -> None:
    assert link("javascript:alert(1)", "<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert link("javascript:alert(1)") == "javascript:alert(1)"
    assert "<a" not in link("javascript:alert(1)")


def _script_literals(rendered: str) -> str:
    """Return the text of every JS template literal in a rendered folium page."""
    return "\n".join(re.findall(r"`([^`]*)`", rendered))


@pytest.mark.parametrize("value", HOSTILE_TEXTS)
def test_folium_popup_and_tooltip_render_literal_text(value, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    m = folium.Map(location=[50, 30], zoom_start=5)
    folium.Marker(
        [50, 30],
        popup=folium.Popup(escape_text(value)),
        tooltip=folium.Tooltip(escape_text(value)),
    ).add_to(m)
    rendered = m.get_root().render()
    assert not (tmp_path / PWNED_NAME).exists()
    assert rendered.count(escape_text(value)) == 2
    literals = _script_literals(rendered)
    assert "${" not in literals
    assert "<script>alert" not in rendered
    assert "<img src=x" not in rendered
    if value == "{{ 7*7 }}":
        assert ">49<" not in rendered


def test_plain_html_escape_is_not_enough(tmp_path, monkeypatch) -> None:
    """The trap this module exists for: keeps the folium behaviour under watch."""
    monkeypatch.chdir(tmp_path)
    m = folium.Map(location=[50, 30], zoom_start=5)
    folium.Marker([50, 30], popup=folium.Popup(html.escape(FILE_CREATING_JINJA))).add_to(m)
    folium.Marker([50, 31], popup=folium.Popup(html.escape("{{ 7*7 }}"))).add_to(m)
    rendered = m.get_root().render()
    assert (tmp_path / PWNED_NAME).exists()
    assert ">49</div>" in rendered


@pytest.mark.parametrize("value", [*HOSTILE_TEXTS, "a\u2028b", "Київ"])
def test_script_data_is_inert_json(value: str) -> None:
    literal = script_data([[value, 1.5, None, True]])
    assert json.loads(literal) == [[value, 1.5, None, True]]
    assert not set(literal) & set("<>&{}$`\u2028\u2029")
    assert "Київ" in script_data(["Київ"])  # readable UTF-8, not \u-escaped Cyrillic
