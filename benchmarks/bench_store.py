"""Store performance: 1,000,000 merged events in PostGIS and 100,000 in SQLite.

For each backend the store is filled with synthetic events
(``scripts/seed_synthetic.py``: distinct place-day units, 50 events per
article, 1,000 per transaction) and the script prints:

- store write throughput while filling it (events/s, merge included,
  extraction excluded): SQLite as ``strikemap ingest`` writes, PostGIS as
  ``strikemap db load`` does (COPY), and then the ingest writes of
  ``--ingest`` more events into the full PostGIS store;
- the time of a filter query: one month, one weapon and a map bounding box
  around Kharkiv and the Donbas (:meth:`EventStore.query`, SQL and decoding the
  events; median of 7; goal < 200 ms on PostGIS at 1M), with this process's
  CPU time (the machine is shared), the SQL and transfer alone, the query read
  as records (:meth:`EventStore.query_records`, what the app reads), and counting it;
- the app's data path with the whole store behind it and a filtered view of
  about 10,000 events: what ``dashboard/app.py`` calls on every rerun (the
  store's revision), on a filter change (the view's query, its frame, map
  encoding, table, headline and charts) and on a new store revision (the
  store's counts, day span and filter choices as well), timed outside Streamlit;
- the app's rerun time (AppTest) on the same store and view: the first run of a
  session, a rerun with the filters unchanged (a pan) and reruns after a filter
  change.

PostgreSQL runs as a throwaway cluster on 127.0.0.1 (Debian's postgresql and
postgis, as in the tests). Usage: ``python benchmarks/bench_store.py
[--postgis 1000000] [--sqlite 100000] [--keep DIR] [--parts query,data,app,ingest]``.
With ``--keep`` the SQLite file and the PostgreSQL cluster are kept in ``DIR``
and reused by the next run when they hold the events asked for (filling 1M
takes over half an hour). Timing ingest adds events to the kept store: time it
last (``--parts ingest``), once.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from contextlib import nullcontext
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "scripts"), str(REPO / "tests")]

END = date(2025, 6, 30)
MAX_VIEW_DAYS = 3_650
BBOX = (47.0, 35.0, 50.6, 39.5)  # south, west, north, east: Kharkiv, Donetsk, Luhansk, Zaporizhzhia


class _CopyLoad:
    """A store whose ``add_many`` is ``strikemap db load``'s PostgreSQL path (COPY)."""

    def __init__(self, store) -> None:
        self.store = store

    def add_many(self, items):
        from strikemap.store.bulk import copy_many

        return copy_many(self.store, items)


def fill(url: str, count: int, *, bulk: bool = False) -> float:
    """Fill a fresh store with ``count`` synthetic events; return events per second.

    With ``bulk`` the events go in as ``strikemap db load`` puts them into
    PostgreSQL (COPY), else as ``strikemap ingest`` does (``add_many``).
    """
    from seed_synthetic import seed
    from strikemap.store import EventStore

    with EventStore(url) as store:
        start = time.perf_counter()
        seed(_CopyLoad(store) if bulk else store, count, end=END)
        seconds = time.perf_counter() - start
        stored = store.count_events()
        with store.engine.connect() as conn:  # fresh planner statistics, as autovacuum would
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    how = "bulk load (COPY, merge included)" if bulk else "ingest writes (merge included)"
    print(
        f"  filled by {how}: {stored:,} merged events in {seconds:.0f} s = "
        f"{stored / seconds:,.0f} events/s"
    )
    return stored / seconds


def ingest_figures(url: str, count: int) -> None:
    """Ingest write throughput (``add_many``, merge at ingest) into the full store."""
    from seed_synthetic import seed
    from strikemap.store import EventStore

    with EventStore(url) as store:
        before = store.count_article_events()
        start = time.perf_counter()
        seed(store, count, end=END, seed_value=7)
        seconds = time.perf_counter() - start
        added = store.count_article_events() - before
    print(
        f"  ingest writes into the full store (merge included, extraction excluded): "
        f"{added:,} events in {seconds:.0f} s = {added / seconds:,.0f} events/s"
    )


def _timed(call, repeat: int = 7) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _cpu(call, repeat: int = 7) -> float:
    """Median CPU time of this process for ``call`` (what the machine's load does not add)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        call()
        times.append(time.process_time() - start)
    return statistics.median(times)


def _raw_records(store, state, bbox) -> list[str]:
    """The query's SQL and transfer alone: the JSON records, not decoded into events."""
    import sqlalchemy as sa
    from strikemap.store.query import EventQuery, conditions, ordered
    from strikemap.store.schema import merged

    where = conditions(store.engine.dialect.name, EventQuery(state, bbox), None)
    with store.engine.connect() as conn:
        return conn.execute(ordered(sa.select(merged.c.record).where(*where))).scalars().all()


def query_figures(url: str) -> None:
    """Time the month + weapon + bounding-box query, its SQL alone and its count."""
    from strikemap.filters import FilterState
    from strikemap.store import EventStore

    month = FilterState(
        quick=None, date_from=date(2025, 5, 1), date_to=date(2025, 5, 31), weapons=("missile",)
    )
    with EventStore(url) as store:
        store.query(month, bbox=BBOX)  # warm the connection and the caches
        seconds, found = _timed(lambda: store.query(month, bbox=BBOX))
        cpu = _cpu(lambda: store.query(month, bbox=BBOX))
        raw, _ = _timed(lambda: _raw_records(store, month, BBOX))
        records, _ = _timed(lambda: store.query_records(month, bbox=BBOX))
        counting, count = _timed(lambda: store.count_events(month, bbox=BBOX))
    print(
        f"  filter query (May 2025, missile, bbox): {seconds * 1000:.0f} ms median for "
        f"{len(found):,} events (CPU time of this process {cpu * 1000:.0f} ms; the SQL and "
        f"transfer of the records alone {raw * 1000:.0f} ms; read as records, as the app "
        f"does, {records * 1000:.0f} ms); counting them {counting * 1000:.0f} ms ({count:,})"
    )


def view_dates(url: str, target: int = 10_000) -> tuple[date, date]:
    """Return the newest date range (ending at the newest day) holding about ``target`` events.

    Whole days, so the count is near ``target`` rather than equal to it.
    """
    from strikemap.filters import FilterState
    from strikemap.store import EventStore

    with EventStore(url) as store:
        days = 7
        for _ in range(20):
            first = END - timedelta(days=days - 1)
            found = store.count_events(FilterState(quick=None, date_from=first, date_to=END))
            wanted = round(days * target / max(found, 1))
            next_days = max(1, min(MAX_VIEW_DAYS, wanted))
            if 0.9 * target <= found <= 1.1 * target or next_days == days:
                break
            days = next_days
    return first, END


def _view_path(store, state, anchor) -> int:
    """The uncached work of a filter change in the app (:mod:`strikemap.ui.cache`'s view)."""
    from strikemap.mapping import encode_strikes
    from strikemap.ui.cache import VIEW_LIMIT, view_frame
    from strikemap.ui.charts import casualties_by_oblast_chart, strikes_per_day_chart
    from strikemap.ui.summary import headline, table_frame

    view = view_frame(store, state, anchor)
    if len(view) >= VIEW_LIMIT:
        store.count_events(state, anchor=anchor)
    encode_strikes(view)
    table_frame(view, limit=5_000)
    headline(view)
    strikes_per_day_chart(view).to_dict()
    casualties_by_oblast_chart(view).to_dict()
    return len(view)


def _revision_path(store) -> None:
    """The uncached work of a new store revision (counts, day span, filter choices)."""
    store.date_span()
    store.count_articles()
    store.count_events()
    store.count_article_events()
    store.filter_options()


def data_path_figures(url: str) -> None:
    """Time the app's per-rerun data path outside Streamlit, with a ~10,000-event view."""
    from strikemap.filters import FilterState
    from strikemap.store import EventStore

    first, last = view_dates(url)
    view = FilterState(quick=None, date_from=first, date_to=last)
    missile = FilterState(quick=None, date_from=first, date_to=last, weapons=("missile",))
    with EventStore(url) as store:
        anchor = store.newest_date()
        every, _ = _timed(lambda: (store.revision(), store.publication.cutoff()))
        change, shown = _timed(lambda: _view_path(store, view, anchor), repeat=5)
        narrower, _ = _timed(lambda: _view_path(store, missile, anchor), repeat=5)
        revision, _ = _timed(lambda: _revision_path(store), repeat=3)
        default, full = _timed(lambda: _view_path(store, FilterState(), anchor), repeat=3)
    print(
        f"  app data path, {shown:,}-event view ({first} to {last}): every rerun "
        f"{every * 1000:.1f} ms; a filter change {change:.2f} s (missile only: {narrower:.2f} s); "
        f"a new store revision adds {revision:.2f} s; the unfiltered first view "
        f"(newest {full:,}) {default:.2f} s"
    )


def app_figures(url: str) -> None:
    """Time the app's reruns with the whole store behind it and a ~10,000-event view."""
    from streamlit.testing.v1 import AppTest

    first, last = view_dates(url)
    os.environ["STRIKEMAP_DB"] = url
    at = AppTest.from_file(str(REPO / "dashboard" / "app.py"), default_timeout=900)
    at.query_params.update({"range": "custom", "from": first.isoformat(), "to": last.isoformat()})
    start = time.perf_counter()
    at.run()
    cold = time.perf_counter() - start
    if at.exception:
        raise RuntimeError([e.message for e in at.exception])
    at.run()
    shown = len(at.session_state["map_event_ids"])
    pan, _ = _timed(at.run, repeat=5)
    changes = []
    for weapons in (["missile"], ["drone", "artillery"], []):
        at.multiselect(key="weapon").set_value(weapons)
        start = time.perf_counter()
        at.run()
        changes.append(time.perf_counter() - start)
    print(
        f"  app with a {shown:,}-event view ({first} to {last}): first run {cold:.2f} s, "
        f"rerun after a pan {pan:.2f} s, after a filter change {statistics.median(changes):.2f} s "
        f"median, {max(changes):.2f} s worst"
    )


PARTS = ("query", "data", "app", "ingest")
"""What can be timed once a store is filled (``--parts``)."""


def _filled(url: str, count: int) -> bool:
    """Whether the store at ``url`` already holds ``count`` merged events (a kept store)."""
    from strikemap.store import EventStore

    with EventStore(url) as store:
        return store.count_events() >= count


def run_backend(
    name: str, url: str, count: int, ingest: int = 0, parts: tuple[str, ...] = PARTS
) -> None:
    """Fill (in bulk when ``ingest`` events are to be timed afterwards), then time.

    A store that already holds ``count`` events (``--keep``) is not filled again.
    """
    print(f"{name}, {count:,} events", flush=True)
    reused = _filled(url, count)
    if reused:
        print("  reusing the kept store")
    else:
        fill(url, count, bulk=ingest > 0)
    if "query" in parts:
        query_figures(url)
    if "data" in parts:
        data_path_figures(url)
    if "app" in parts:
        app_figures(url)
    if ingest and "ingest" in parts:
        ingest_figures(url, ingest)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgis", type=int, default=1_000_000, help="events in PostGIS")
    parser.add_argument("--sqlite", type=int, default=100_000, help="events in SQLite")
    parser.add_argument(
        "--ingest",
        type=int,
        default=20_000,
        help="PostGIS: fill by COPY, then time ingesting this many more events (0: fill by ingest)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        help="keep the filled stores in this folder and reuse them on the next run",
    )
    parser.add_argument(
        "--parts",
        default=",".join(PARTS),
        help=f"comma-separated figures to time (default {','.join(PARTS)})",
    )
    args = parser.parse_args(argv)
    parts = tuple(p for p in args.parts.split(",") if p)
    if unknown := set(parts) - set(PARTS):
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    with (
        tempfile.TemporaryDirectory(prefix="strikemap-bench-")
        if args.keep is None
        else nullcontext(str(args.keep))
    ) as folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        if args.sqlite:
            sqlite = f"sqlite:///{Path(folder).resolve()}/bench-{args.sqlite}.sqlite"
            run_backend("SQLite", sqlite, args.sqlite, parts=parts)
        if args.postgis:
            _run_postgis(args, parts, Path(folder) / "pg" if args.keep else None)
    return 0


def _run_postgis(args: argparse.Namespace, parts: tuple[str, ...], root: Path | None) -> None:
    from pgserver import PostgresServer

    server = PostgresServer(root)
    server.start()
    try:
        server.prepare_template()
        url = server.new_database(f"bench_{args.postgis}" if root else None)
        run_backend("PostGIS", url, args.postgis, args.ingest, parts)
    finally:
        server.cleanup()


if __name__ == "__main__":
    sys.exit(main())
