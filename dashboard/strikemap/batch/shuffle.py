"""Merge reports of one strike across an archive: a Dask shuffle on the merge unit.

Merging only ever joins events of the same unit (level, day and place; see
:mod:`strikemap.merge`), so the per-article events are shuffled on that key,
each shuffled partition then holds every report of its units, and
:func:`strikemap.merge.merge_events` merges them there. No machine ever holds
the whole archive, and the result equals merging everything in one process,
as ``strikemap ingest`` does. Undated events are never merged and pass
through as they are.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from strikemap.batch.tables import events_frame, events_from_frame, write_atomic
from strikemap.merge import merge_events
from strikemap.models import Event


def merge_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Merge the events (JSON ``record`` column) of a frame holding whole units."""
    merged = merge_events(events_from_frame(frame))
    return pd.DataFrame({"record": [_record(e) for e in merged]}, dtype=object)


def _record(event: Event) -> str:
    import json

    return json.dumps(event.to_record(), ensure_ascii=False, separators=(",", ":"))


def _write_part(frame: pd.DataFrame, path: str) -> int:
    events = events_from_frame(frame)
    write_atomic(lambda p: events_frame(events).to_parquet(p, index=False), Path(path))
    return len(events)


def merge_dataset(events_dir: str | Path, out: str | Path, *, client: object) -> int:
    """Merge a batch's per-article events into ``out`` (a GeoParquet folder); return the count.

    ``out`` is written anew: its previous parts are removed first.
    """
    import dask
    import dask.dataframe as dd

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("part-*.parquet"):
        old.unlink()
    frame = dd.read_parquet(str(events_dir), columns=["unit_key", "record"])
    if frame.npartitions == 0:
        return 0
    dated = frame[frame["unit_key"].notnull()]
    undated = frame[frame["unit_key"].isnull()][["record"]]
    meta = pd.DataFrame({"record": pd.Series([], dtype=object)})
    merged = dated.shuffle(on="unit_key", npartitions=max(1, frame.npartitions)).map_partitions(
        lambda part: merge_frame(part[["record"]]), meta=meta
    )
    writes = [
        dask.delayed(_write_part)(part, str(out / f"part-{index:05d}-merged.parquet"))
        for index, part in enumerate(merged.to_delayed())
    ]
    writes += [
        dask.delayed(_write_part)(part, str(out / f"part-{index:05d}-undated.parquet"))
        for index, part in enumerate(undated.to_delayed())
    ]
    counts = client.compute(writes, sync=True)  # type: ignore[attr-defined]
    return int(sum(counts))
