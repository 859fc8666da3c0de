"""Load a batch result into a store, partition by partition.

Each partition's articles go in with their per-article events in one
transaction: on SQLite through the store's own ``add_many``, on PostgreSQL
with ``COPY`` (:func:`strikemap.store.bulk.copy_many`, the same contract).
Either skips an article already stored (same id or same content hash) and
merges the units it touches again, so loading is idempotent and a batch
result merges with whatever the store already holds exactly as
``strikemap ingest`` would.
Only complete partitions (those with a done record) are loaded; memory stays
bounded by one partition.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from strikemap.batch.tables import articles_from_frame, events_from_frame
from strikemap.batch.worker import Layout
from strikemap.models import Event
from strikemap.store import EventStore
from strikemap.store.bulk import copy_many


class LoadError(Exception):
    """A path that is not a batch result."""


@dataclass
class LoadReport:
    articles_read: int = 0
    articles_added: int = 0
    duplicates: int = 0
    events_added: int = 0

    def summary(self) -> str:
        return (
            f"{self.articles_read} articles read, {self.articles_added} new stored "
            f"({self.duplicates} already stored), {self.events_added} events added"
        )


def complete_parts(layout: Layout) -> list[str]:
    """Names of the partitions whose output is complete, in order."""
    if not layout.events.is_dir() or not layout.state.is_dir():
        raise LoadError(f"{layout.events}: not a strikemap batch result (no _done records)")
    return sorted(p.stem for p in layout.state.glob("part-*.json"))


def load_batch(
    out: str | Path,
    store: EventStore,
    *,
    on_part: Callable[[str], None] | None = None,
) -> LoadReport:
    """Add every article of a batch result, with its events, to ``store``."""
    layout = Layout.for_output(out)
    report = LoadReport()
    for name in complete_parts(layout):
        articles = articles_from_frame(pd.read_parquet(layout.articles / f"{name}.parquet"))
        events = events_from_frame(pd.read_parquet(layout.events / f"{name}.parquet"))
        by_article: dict[str, list[Event]] = defaultdict(list)
        for event in events:
            by_article[event.article_ids[0]].append(event)
        items = [(article, by_article.get(article.id, [])) for article in articles]
        added = copy_many(store, items)  # add_many on SQLite
        report.articles_read += len(items)
        for (_, found), new in zip(items, added, strict=True):
            report.articles_added += int(new)
            report.duplicates += int(not new)
            report.events_added += len(found) if new else 0
        if on_part is not None:
            on_part(name)
    return report
