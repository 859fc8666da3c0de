"""Uploads that used to crash the app: each bad file or record gets a message, good ones go in."""

from __future__ import annotations

import json

from strikemap.store import EventStore

from .conftest import run
from .test_intake import preview_table, upload

GOOD = {"id": "g1", "text": "A Russian drone struck Chernihiv on 10 February 2024."}
SURROGATE = json.dumps({"id": "s1", "text": "Kyiv \ud800 was hit."})
NESTED = "[" * 50_000 + "]" * 50_000


def _shown(elements) -> list[str]:
    """The texts of st.error/st.warning elements without their Markdown escapes."""
    return [e.value.replace("\\", "") for e in elements]


def test_jsonl_with_crashing_lines_previews_the_good_records(app, store_path):
    data = "\n".join([json.dumps(GOOD), SURROGATE, NESTED, json.dumps(GOOD)]).encode()
    at = upload(run(app()), "mixed.jsonl", data)
    assert not at.exception
    messages = _shown(at.error)
    assert any("mixed.jsonl:2" in m and "lone surrogate" in m for m in messages), messages
    assert any("mixed.jsonl:3" in m and "nested too deeply" in m for m in messages), messages
    assert any("mixed.jsonl:4" in m and "duplicate id 'g1'" in m for m in messages), messages
    assert set(preview_table(at)["place"]) == {"Chernihiv"}
    at.button(key="intake_save").click()
    run(at)
    with EventStore(str(store_path)) as store:
        assert store.count_articles() == 6


def test_front_matter_30_february_is_read_with_a_warning(app):
    data = b"---\npublished: 2024-02-30\n---\nA drone struck Chernihiv on 10 February 2024.\n"
    at = upload(run(app()), "leap.md", data)
    assert not at.exception
    assert any("leap.md" in w and "malformed published date" in w for w in _shown(at.warning))
    assert "Chernihiv" in set(preview_table(at)["place"])


def test_deeply_nested_json_is_refused_with_one_message(app):
    at = upload(run(app()), "deep.json", NESTED.encode())
    assert not at.exception
    (message,) = _shown(at.error)
    assert "deep.json" in message and "nested too deeply" in message


def test_a_huge_collection_is_previewed_in_part_with_a_message():
    from strikemap.ui.intake import MAX_PREVIEW_ARTICLES, read_uploads

    lines = [
        json.dumps({"id": f"r{i}", "text": f"Report {i}: a drone struck Chernihiv."})
        for i in range(MAX_PREVIEW_ARTICLES + 500)
    ]
    articles, errors = read_uploads([("big.jsonl", "\n".join(lines).encode())], 10**8)
    assert len(articles) == MAX_PREVIEW_ARTICLES
    assert errors == [
        "big.jsonl: 500 more articles not read; the app previews at most 2,000 per upload "
        "(use `strikemap ingest` for collections)"
    ]
