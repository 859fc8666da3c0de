"""Property-based tests: no input makes the readers or the extractor raise.

Every reader returns articles or :class:`ReadError` results whose message is
one line naming the input; that is the only documented rejection. The default
profile runs a few hundred examples per property; the longer fuzz run of issue
15 used ``HYPOTHESIS_PROFILE=fuzz`` (5,000 examples per property).
"""

from __future__ import annotations

import json
import os
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strikemap.articles import SUPPORTED_SUFFIXES, read_bytes
from strikemap.intake_report import ReadError
from strikemap.models import Article

settings.register_profile(
    "default", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=5_000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# Text with the characters hostile inputs use: controls, NUL, zero-width, bidi, surrogates
# (as JSON escapes), quotes, brackets and YAML syntax.
_SPECIALS = "\x00\x01\x1b\u200b\u200d\u2060\ufeff\u202e\u2066\u00ad\"'{}[]:&*!|>#-\n\t\r"
texts = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(_SPECIALS), max_size=400)


def _check(name: str, results: list) -> None:
    """Every result is an article or a one-line rejection naming the input."""
    assert isinstance(results, list)
    for result in results:
        assert isinstance(result, Article | ReadError)
        if isinstance(result, ReadError):
            line = str(result)
            assert "\n" not in line and "\r" not in line
            assert line.startswith(name)
        else:
            assert result.text.strip()
            result.text.encode("utf-8")  # storable: no lone surrogates
            assert "\u200b" not in result.text and "\u202e" not in result.text


@given(data=st.binary(max_size=2_000), suffix=st.sampled_from(SUPPORTED_SUFFIXES))
def test_any_bytes_in_any_format(data, suffix):
    name = f"input{suffix}"
    _check(name, read_bytes(name, data))


@given(block=texts, body=texts)
def test_any_front_matter(block, body):
    data = f"---\n{block}\n---\n{body}".encode("utf-8", errors="surrogatepass")
    _check("a.md", read_bytes("a.md", data))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(["id", "text", "title", "published", "x"]), children)
    ),
    max_leaves=20,
)
records = st.fixed_dictionaries(
    {"text": texts},
    optional={
        "id": texts | st.integers(),
        "title": json_values,
        "published": texts | st.dates().map(date.isoformat) | st.integers(),
        "url": texts,
        "language": json_values,
    },
)


@given(payload=json_values | records | st.lists(records, max_size=5))
def test_any_json(payload):
    data = json.dumps(payload).encode()
    _check("a.json", read_bytes("a.json", data))


@given(
    lines=st.lists(
        records.map(json.dumps)
        | texts
        | st.integers(1, 3_000).map(lambda n: "[" * n + "]" * n)
        | st.just('{"id": "s", "text": "Kyiv \\ud800"}'),
        max_size=8,
    )
)
def test_any_jsonl(lines):
    data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    results = read_bytes("a.jsonl", data)
    _check("a.jsonl", results)
    ids = [r.id for r in results if isinstance(r, Article)]
    assert len(ids) == len(set(ids))  # a repeated id is reported, not stored twice


tags = st.sampled_from(["p", "div", "article", "main", "nav", "script", "style", "table", "td"])


@st.composite
def html_pages(draw):
    parts = []
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(tags)
        parts.append(f"<{tag}>{draw(texts)}" + (f"</{tag}>" if draw(st.booleans()) else ""))
    head = draw(st.sampled_from(["", "<html><head><title>t</title></head><body>", "<!-- x"]))
    return head + "".join(parts)


@given(page=html_pages())
def test_any_html(page):
    data = page.encode("utf-8", errors="surrogatepass")
    _check("a.html", read_bytes("a.html", data))


@pytest.fixture(scope="module")
def extract():
    from strikemap.budget import budgeted
    from strikemap.extraction import extract_article
    from strikemap.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    return budgeted(lambda article: extract_article(article, gazetteer), seconds=30)


place_words = st.sampled_from(
    ["Kyiv", "Kharkiv", "Odesa", "Pokrovsk", "Київ", "Харкові", "district", "region", "oblast"]
)
event_words = st.sampled_from(
    ["missile", "drone", "struck", "killed", "injured", "two", "5", "on", "Monday", "next"]
)
sentences = st.lists(place_words | event_words | texts, max_size=40).map(" ".join)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=sentences, published=st.none() | st.dates())
def test_extractor_never_raises(extract, text, published):
    if not text.strip():
        return
    article = Article(id="p", text=text, published=published)
    for event in extract(article):
        assert event.place
