"""COPY bulk loading into PostgreSQL (``strikemap.store.bulk``) keeps ``add_many``'s contract.

The same batch, with an article already stored, a second id for one text and a
second text for one id, goes into a PostgreSQL store with COPY and into another
with ``add_many``: both say the same articles were new and hold the same events.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from datafactories import KHARKIV, KYIV, article, event
from strikemap.store import EventStore
from strikemap.store.bulk import copy_many
from strikemap.store.maintenance import content_hashes

JAN2, JAN3 = date(2024, 1, 2), date(2024, 1, 3)


def _batch():
    """Six items; which are new is written out by hand in the test."""
    first = article("first", JAN2)
    same_text = dataclasses.replace(first, id="same-text-other-id")
    same_id = dataclasses.replace(first, text="Another text under the id of the first.")
    kharkiv = article("kharkiv", JAN3)
    stored_before = article("stored-before", JAN2)
    return [
        (first, [event(first, KYIV, JAN2, killed=2), event(first, KHARKIV, JAN2)]),
        (same_text, [event(same_text, KYIV, JAN2)]),
        (same_id, [event(same_id, KYIV, JAN3)]),
        (kharkiv, [event(kharkiv, KHARKIV, JAN3, killed=1), event(kharkiv, KYIV, None)]),
        (kharkiv, [event(kharkiv, KHARKIV, JAN3, killed=1), event(kharkiv, KYIV, None)]),
        (stored_before, [event(stored_before, KYIV, JAN2, killed=3)]),
    ]


def _seeded(url: str) -> EventStore:
    store = EventStore(url)
    earlier = article("stored-before", JAN2)
    store.add(earlier, [event(earlier, KYIV, JAN2, killed=3)])
    return store


def test_copy_many_says_what_add_many_says_and_stores_the_same(postgres):
    expected_new = [True, False, False, True, False, False]
    with _seeded(postgres.new_database()) as copied, _seeded(postgres.new_database()) as added:
        assert copy_many(copied, _batch()) == expected_new
        assert added.add_many(_batch()) == expected_new
        assert copied.count_articles() == 3
        assert copied.count_article_events() == 5  # 1 stored before, 2 + 2 copied
        # Kyiv on 2 Jan: the stored report and the first article's merge into one event.
        kyiv = copied.query(bbox=(50.3, 30.3, 50.6, 30.7))
        dated = [e for e in kyiv if e.date == JAN2]
        assert [(sorted(e.article_ids), e.killed) for e in dated] == [
            (["first", "stored-before"], 3)
        ]
        left, right = content_hashes(copied), content_hashes(added)
        assert (left["reports"], left["merged"]) == (right["reports"], right["merged"])
        assert copied.revision() == added.revision() == 2


def test_copy_many_of_a_stored_batch_changes_nothing(postgres):
    with _seeded(postgres.new_database()) as store:
        copy_many(store, _batch())
        revision, hashes = store.revision(), content_hashes(store)
        assert copy_many(store, _batch()) == [False] * 6
        assert store.revision() == revision
        assert content_hashes(store) == hashes


def test_copy_many_on_sqlite_is_add_many(tmp_path):
    with _seeded(str(tmp_path / "s.sqlite")) as store:
        assert copy_many(store, _batch()) == [True, False, False, True, False, False]
        assert store.count_articles() == 3
