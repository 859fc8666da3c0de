"""New versions of an article in the store: same id, changed text, one article."""

from __future__ import annotations

import json

from strikemap.articles import read_articles
from strikemap.models import Article
from strikemap.store import EventStore


def test_replace_keeps_one_article_with_the_new_text(tmp_path):
    with EventStore(str(tmp_path / "s.sqlite")) as store:
        assert store.add(Article(id="web-1", text="Two drones hit Sumy."), [])
        assert store.replace(Article(id="web-1", text="Three drones hit Sumy."), [])
        (article,) = store.articles()
        assert article.text == "Three drones hit Sumy."
        # The same text again, or a text stored under another id, is no new version.
        assert not store.replace(Article(id="web-1", text="Three drones hit Sumy."), [])
        store.add(Article(id="web-2", text="A missile hit Odesa."), [])
        assert not store.replace(Article(id="web-1", text="A missile hit Odesa."), [])
        assert store.count_articles() == 2


def test_ingest_stores_a_changed_record_as_a_new_version(tmp_path):
    path = tmp_path / "posts.jsonl"
    record = {"id": "post-7", "text": "Drones attacked Sumy overnight.", "published": "2024-03-05"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with EventStore(str(tmp_path / "s.sqlite")) as store:
        first = store.ingest(read_articles([path]), extractor=lambda a: [])
        record["text"] = "Drones attacked Sumy overnight; two people were injured."
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
        second = store.ingest(read_articles([path]), extractor=lambda a: [])
        third = store.ingest(read_articles([path]), extractor=lambda a: [])
        (article,) = store.articles()
    assert (first.articles_added, second.articles_updated, third.duplicates) == (1, 1, 1)
    assert "updated to a new version" in second.summary()
    assert article.text.endswith("two people were injured.")
