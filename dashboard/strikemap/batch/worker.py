"""What a worker does with one partition: read, extract, write its parts.

Each worker process loads the gazetteer and the extraction lexicons once
(:func:`extractor` is cached per process) and reuses them for every article
of every partition it is given.

A partition's output is three files written atomically (articles, events,
rejects) and then a small *done* record. A partition without its done record
is incomplete and is written again, whole, by the next run; one with a done
record whose inputs have not changed is skipped. So a worker killed half-way
leaves no partial partition, and resuming writes nothing twice.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from strikemap.batch.partitions import Partition, Reject, read_partition
from strikemap.batch.tables import articles_frame, events_frame, write_atomic
from strikemap.budget import InputRejected
from strikemap.models import Article, Event

log = logging.getLogger(__name__)

Extractor = Callable[[Article], list[Event]]


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a batch writes: the events dataset and, beside it, the articles dataset."""

    events: Path

    @classmethod
    def for_output(cls, out: str | Path) -> Layout:
        return cls(Path(out))

    @property
    def articles(self) -> Path:
        """``events.parquet`` -> ``events.articles.parquet`` beside it."""
        stem = self.events.name.removesuffix(".parquet")
        return self.events.with_name(f"{stem}.articles.parquet")

    @property
    def state(self) -> Path:
        return self.events / "_done"

    @property
    def rejects(self) -> Path:
        return self.events / "_rejects"

    @property
    def rejects_file(self) -> Path:
        """All rejects of the batch, one JSON line each (rebuilt at the end of a run)."""
        stem = self.events.name.removesuffix(".parquet")
        return self.events.with_name(f"{stem}.rejects.jsonl")

    def create(self) -> None:
        for folder in (self.events, self.articles, self.state, self.rejects):
            folder.mkdir(parents=True, exist_ok=True)

    def done_file(self, part: Partition) -> Path:
        return self.state / f"{part.name}.json"


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """Counts of one partition, also kept as its done record."""

    name: str
    fingerprint: str
    articles: int
    events: int
    rejects: int
    skipped: bool = False

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


@cache
def extractor() -> Extractor:
    """The extractor of this worker process, with the gazetteer loaded once.

    The same as every other entry point's (:func:`strikemap.pipeline.article_extractor`):
    threatened strikes left out, per-article time and size budgets.
    """
    from strikemap.pipeline import article_extractor

    return article_extractor()


def completed(layout: Layout, part: Partition) -> PartitionResult | None:
    """The done record of a partition whose inputs are unchanged since it was written."""
    path = layout.done_file(part)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        result = PartitionResult(**record)
    except (OSError, ValueError, TypeError):
        return None
    return result if result.fingerprint == part.fingerprint() else None


def _reject(article: Article, reason: str) -> Reject:
    """A reject naming the article's file and line (``file.jsonl:12``) or its id."""
    where = article.path or article.id
    path, _, line = where.rpartition(":")
    if path and line.isdigit():
        return Reject(path, int(line), reason)
    return Reject(where, None, reason)


def extract_partition(
    part: Partition, extract: Extractor
) -> tuple[list[Article], list[Event], list[Reject]]:
    """Read and extract one partition; an article whose extraction fails is a reject."""
    articles: list[Article] = []
    events: list[Event] = []
    rejects: list[Reject] = []
    for item in read_partition(part):
        if isinstance(item, Reject):
            rejects.append(item)
            continue
        try:
            found = extract(item)
        except InputRejected as exc:  # over a budget: the reason is the message
            rejects.append(_reject(item, str(exc)))
            continue
        except Exception as exc:  # one article must not stop the batch
            log.debug("extraction failed for %s", item.path or item.id, exc_info=True)
            rejects.append(_reject(item, f"extraction failed: {exc!r}"))
            continue
        articles.append(item)
        events.extend(found)
    return articles, events, rejects


def _write_rejects(rejects: list[Reject], path: Path) -> None:
    lines = "".join(json.dumps(r.to_record(), ensure_ascii=False) + "\n" for r in rejects)
    path.write_text(lines, encoding="utf-8")


def run_partition(
    part: Partition, layout: Layout, extract: Extractor | None = None
) -> PartitionResult:
    """Process one partition unless it is already complete; return its counts."""
    done = completed(layout, part)
    if done is not None:
        return PartitionResult(**{**asdict(done), "skipped": True})
    fingerprint = part.fingerprint()
    articles, events, rejects = extract_partition(part, extract or extractor())
    layout.create()
    name = f"{part.name}.parquet"
    write_atomic(
        lambda p: articles_frame(articles).to_parquet(p, index=False), layout.articles / name
    )
    write_atomic(lambda p: events_frame(events).to_parquet(p, index=False), layout.events / name)
    write_atomic(lambda p: _write_rejects(rejects, p), layout.rejects / f"{part.name}.jsonl")
    result = PartitionResult(part.name, fingerprint, len(articles), len(events), len(rejects))
    write_atomic(lambda p: p.write_text(result.to_json(), encoding="utf-8"), layout.done_file(part))
    return result
