"""``strikemap batch`` on a real two-worker Dask cluster, against ``extract`` and ``ingest``.

Expected counts follow from the generated archive's design (tests/batch/archive.py):
every strike is reported twice (a first report and a next-day follow-up), so
N reports give N per-article events and N/2 merged events.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import cloudpickle
import geopandas as gpd
import pandas as pd
import pytest
from strikemap import cli
from strikemap.batch import partitions
from strikemap.batch.load import LoadError, load_batch
from strikemap.batch.runner import run_batch
from strikemap.batch.shuffle import merge_dataset
from strikemap.batch.tables import events_from_frame
from strikemap.batch.worker import Layout, run_partition
from strikemap.models import Event
from strikemap.store import EventStore

from . import archive

pytestmark = pytest.mark.slow


def _extract_cli(capsys, *args: str) -> list[dict]:
    """``strikemap extract ARGS`` in this process, its stdout parsed."""
    capsys.readouterr()
    assert cli.main(["extract", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _records(events: list[Event]) -> list[dict]:
    return [e.to_record() for e in events]


def _canonical(records: list[dict]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True) for r in records)


@pytest.fixture
def mixed_archive(tmp_path: Path) -> Path:
    """60 reports: 44 in two JSONL files, 16 as a folder of .txt files."""
    root = tmp_path / "archive"
    root.mkdir()
    archive.write_jsonl(root / "wire.jsonl", 24)
    archive.write_jsonl(root / "older.jsonl", 20, first=24)
    archive.write_folder(root / "pages", 16, first=44)
    return root


def test_batch_output_equals_extract_per_article(client, mixed_archive, tmp_path, capsys):
    out = tmp_path / "events.parquet"
    report = run_batch([str(mixed_archive)], out, client=client, partition_size=7)
    assert (report.articles, report.events, report.rejects) == (60, 60, 0)
    # 24 lines -> 4 runs of 7, 20 lines -> 3, 16 files -> 3
    assert report.partitions == 10

    batch = events_from_frame(pd.read_parquet(out))
    # --per-article keeps an article_id beside article_ids; the events are the same
    expected = [
        {k: v for k, v in r.items() if k != "article_id"}
        for r in _extract_cli(capsys, str(mixed_archive), "--per-article")
    ]
    assert _canonical(_records(batch)) == _canonical(expected)


def test_batch_of_the_seed_articles_equals_extract_per_article(client, seeds_dir, tmp_path, capsys):
    out = tmp_path / "events.parquet"
    report = run_batch([str(seeds_dir)], out, client=client, partition_size=2)
    assert (report.partitions, report.articles, report.rejects) == (3, 5, 0)
    batch = _records(events_from_frame(pd.read_parquet(out)))
    expected = [
        {k: v for k, v in r.items() if k != "article_id"}
        for r in _extract_cli(capsys, str(seeds_dir), "--per-article")
    ]
    assert batch == expected
    assert len(batch) == 16


def test_a_threatened_strike_is_no_event_in_a_batch_either(client, tmp_path, capsys):
    source = tmp_path / "threat.jsonl"
    record = {
        "id": "threat",
        "published": "2024-03-04",
        "text": "A Russian official threatened to strike Kharkiv with missiles next Tuesday.",
    }
    source.write_text(json.dumps(record) + "\n")
    report = run_batch([str(source)], tmp_path / "events.parquet", client=client)
    assert (report.articles, report.events) == (1, 0)
    assert _extract_cli(capsys, str(source), "--per-article") == []


def test_a_gzip_compressed_jsonl_gives_what_the_plain_file_gives(client, tmp_path):
    plain = archive.write_jsonl(tmp_path / "wire.jsonl", 10)
    packed = archive.write_jsonl(tmp_path / "wire.jsonl.gz", 10)
    run_batch([str(plain)], tmp_path / "plain.parquet", client=client, partition_size=3)
    run_batch([str(packed)], tmp_path / "packed.parquet", client=client, partition_size=3)
    from_plain = events_from_frame(pd.read_parquet(tmp_path / "plain.parquet"))
    from_packed = events_from_frame(pd.read_parquet(tmp_path / "packed.parquet"))
    assert len(from_packed) == 10
    assert _records(from_packed) == _records(from_plain)


def test_output_is_geoparquet_with_article_ids_and_an_articles_table(client, tmp_path):
    source = archive.write_jsonl(tmp_path / "a.jsonl", 4)
    out = tmp_path / "events.parquet"
    run_batch([str(source)], out, client=client)
    frame = gpd.read_parquet(out)
    assert frame.crs.to_epsg() == 4326
    first = frame.iloc[0]
    assert (first.article_id, first.place, first.date) == ("gen0000000", "Kharkiv", "2024-03-01")
    assert (first.weapons, first.killed, first.injured) == ("missile", 1, 3)
    assert first.geometry.y == pytest.approx(49.98, abs=0.05)
    assert first.geometry.x == pytest.approx(36.25, abs=0.05)
    articles = pd.read_parquet(tmp_path / "events.articles.parquet")
    assert list(articles.article_id) == ["gen0000000", "gen0000001", "gen0000002", "gen0000003"]
    assert list(articles.source) == ["First Wire", "Follow-up Wire"] * 2
    assert list(articles.published) == ["2024-03-01", "2024-03-02"] * 2


def test_merged_output_equals_extract_and_joins_both_reports(
    client, mixed_archive, tmp_path, capsys
):
    out = tmp_path / "events.parquet"
    run_batch([str(mixed_archive)], out, client=client, partition_size=5)
    count = merge_dataset(out, tmp_path / "merged.parquet", client=client)
    assert count == 30
    merged = events_from_frame(pd.read_parquet(tmp_path / "merged.parquet"))
    assert _canonical(_records(merged)) == _canonical(_extract_cli(capsys, str(mixed_archive)))
    kharkiv = next(e for e in merged if e.place == "Kharkiv" and e.date.isoformat() == "2024-03-01")
    # the follow-up (published a day later) revises the toll from 1 to 2 killed
    assert sorted(kharkiv.article_ids) == ["gen0000000", "gen0000001"]
    assert (kharkiv.killed, kharkiv.injured) == (2, 3)


def test_rejects_are_listed_with_path_line_and_reason(client, tmp_path, capsys):
    source = tmp_path / "dirty.jsonl"
    good = [json.dumps(r) for r in archive.reports(3)]
    huge = json.dumps({"id": "huge", "text": "Kharkiv. " * 1_200_000})  # over the 10 MB limit
    lines = [good[0], '{"id": "cut", "text": "Odesa', good[1], huge, good[2]]
    source.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "bad", "text": "\xff\xfe"}\n')
    out = tmp_path / "events.parquet"
    address = client.scheduler.address
    assert cli.main(["batch", str(source), "--out", str(out), "--scheduler", address]) == 1
    err = capsys.readouterr().err
    assert "3 articles, 3 events, 3 rejected" in err
    assert "events.rejects.jsonl" in err
    rejects = [
        json.loads(line) for line in (tmp_path / "events.rejects.jsonl").read_text().splitlines()
    ]
    assert [(r["path"], r["line"]) for r in rejects] == [
        (str(source), 2),
        (str(source), 4),
        (str(source), 6),
    ]
    assert "malformed JSON" in rejects[0]["reason"]
    assert "too large" in rejects[1]["reason"] or "over" in rejects[1]["reason"]
    assert "UTF-8" in rejects[2]["reason"]


def test_a_rerun_skips_finished_partitions_and_redoes_an_unfinished_one(client, tmp_path):
    source = archive.write_jsonl(tmp_path / "a.jsonl", 12)
    out = tmp_path / "events.parquet"
    first = run_batch([str(source)], out, client=client, partition_size=4)
    assert (first.partitions, first.skipped, first.events) == (3, 0, 12)
    # a run killed while writing partition 2: its done record never got written
    layout = Layout.for_output(out)
    unfinished = sorted(layout.state.glob("part-00001-*.json"))[0]
    unfinished.unlink()
    (out / ".part-00001-x.parquet.123.tmp").write_bytes(b"half a file")
    second = run_batch([str(source)], out, client=client, partition_size=4)
    assert (second.partitions, second.skipped, second.events) == (3, 2, 12)
    frame = pd.read_parquet(out)
    assert len(frame) == 12
    assert frame.article_id.is_unique


def test_a_changed_input_is_read_again(client, tmp_path):
    source = archive.write_jsonl(tmp_path / "a.jsonl", 4)
    out = tmp_path / "events.parquet"
    run_batch([str(source)], out, client=client)
    archive.write_jsonl(source, 6)
    again = run_batch([str(source)], out, client=client)
    assert (again.skipped, again.articles) == (0, 6)
    assert len(pd.read_parquet(out)) == 6


def _crash_once_then_run(part, layout, mark):
    """Kill the worker process the first time partition 1 is run."""
    if part.number == 1 and not Path(mark).exists():
        Path(mark).write_text("crashed")
        os._exit(1)
    return run_partition(part, layout)


def test_a_worker_that_dies_is_retried_and_no_partition_is_partial(client, tmp_path):
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    mark = tmp_path / "crashed"
    source = archive.write_jsonl(tmp_path / "a.jsonl", 9)
    out = tmp_path / "events.parquet"
    task = functools.partial(_crash_once_then_run, mark=str(mark))
    report = run_batch([str(source)], out, client=client, partition_size=3, task=task)
    assert mark.exists()
    assert (report.partitions, report.events) == (3, 9)
    frame = pd.read_parquet(out)
    assert sorted(frame.article_id) == [f"gen{n:07d}" for n in range(9)]


def test_loading_a_batch_equals_ingest_and_is_idempotent(client, mixed_archive, tmp_path):
    out = tmp_path / "events.parquet"
    run_batch([str(mixed_archive)], out, client=client, partition_size=8)
    with EventStore(str(tmp_path / "loaded.sqlite")) as loaded:
        report = load_batch(out, loaded)
        assert (report.articles_added, report.events_added) == (60, 60)
        again = load_batch(out, loaded)
        assert (again.articles_added, again.duplicates) == (0, 60)
        loaded_events = _canonical(_records(loaded.events()))
        assert loaded.count_articles() == 60
    with EventStore(str(tmp_path / "ingested.sqlite")) as ingested:
        from strikemap.articles import read_articles

        ingested.ingest(read_articles([str(mixed_archive)]))
        assert loaded_events == _canonical(_records(ingested.events()))
    assert len(loaded_events) == 30


def test_copy_load_into_postgres_twice_equals_ingest(client, mixed_archive, postgres, tmp_path):
    """`db load` into PostgreSQL (COPY) merges with what is stored, then changes nothing."""
    from strikemap.articles import ReadError, read_articles
    from strikemap.store.maintenance import content_hashes

    out = tmp_path / "events.parquet"
    run_batch([str(mixed_archive)], out, client=client, partition_size=8)
    read = [a for a in read_articles([str(mixed_archive)]) if not isinstance(a, ReadError)]
    assert len(read) == 60
    loaded_url, ingested_url = postgres.new_database(), postgres.new_database()
    with EventStore(loaded_url) as loaded:
        # The store already holds 10 of the reports; their follow-ups come with the batch.
        loaded.ingest(read[:10])
        assert cli.main(["db", "load", str(out), "--db", loaded_url]) == 0
        assert loaded.count_articles() == 60 and loaded.count_article_events() == 60
        revision, hashes = loaded.revision(), content_hashes(loaded)
        again = load_batch(out, loaded)
        assert (again.articles_added, again.duplicates, again.events_added) == (0, 60, 0)
        assert loaded.revision() == revision and content_hashes(loaded) == hashes
        loaded_events = _canonical(_records(loaded.events()))
    with EventStore(ingested_url) as ingested:
        ingested.ingest(read)
        expected = content_hashes(ingested)
        assert loaded_events == _canonical(_records(ingested.events()))
    assert len(loaded_events) == 30
    assert (hashes["reports"], hashes["merged"]) == (expected["reports"], expected["merged"])


def test_db_load_command_loads_into_a_sqlite_store_and_says_what_it_added(client, tmp_path, capsys):
    source = archive.write_jsonl(tmp_path / "a.jsonl", 6)
    out = tmp_path / "events.parquet"
    run_batch([str(source)], out, client=client, partition_size=4)
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    assert cli.main(["db", "load", str(out), "--db", db]) == 0
    assert (
        "6 articles read, 6 new stored (0 already stored), 6 events added"
        in capsys.readouterr().err
    )
    assert cli.main(["db", "load", str(out), "--db", db]) == 0
    assert "6 articles read, 0 new stored (6 already stored)" in capsys.readouterr().err
    assert cli.main(["db", "load", str(tmp_path), "--db", db]) == 2
    assert "not a strikemap batch result" in capsys.readouterr().err
    with EventStore(db) as store:
        assert (store.count_articles(), store.count_events()) == (6, 3)


def test_load_refuses_a_folder_that_is_no_batch_result(tmp_path):
    with EventStore(":memory:") as store, pytest.raises(LoadError, match="not a strikemap batch"):
        load_batch(tmp_path, store)


def test_plan_cuts_jsonl_by_lines_and_folders_by_files(tmp_path):
    archive.write_jsonl(tmp_path / "a.jsonl", 5)
    archive.write_folder(tmp_path / "pages", 3, first=5)
    parts = partitions.plan([str(tmp_path)], size=2)
    assert [(p.kind, p.start, p.stop, len(p.files)) for p in parts] == [
        ("jsonl", 1, 2, 0),
        ("jsonl", 3, 4, 0),
        ("jsonl", 5, 5, 0),
        ("files", 0, 0, 2),
        ("files", 0, 0, 1),
    ]
    again = partitions.plan([str(tmp_path)], size=2)
    assert [p.id for p in parts] == [p.id for p in again]


def test_plan_names_an_argument_that_matches_nothing(tmp_path):
    with pytest.raises(
        partitions.ArchiveError, match=r"nothing\*\.jsonl: the pattern matches no file"
    ):
        partitions.plan([str(tmp_path / "nothing*.jsonl")])
    with pytest.raises(partitions.ArchiveError, match="no such file"):
        partitions.plan([str(tmp_path / "missing.jsonl")])


def test_symlinks_inside_an_archive_folder_are_not_read(tmp_path):
    folder = archive.write_folder(tmp_path / "pages", 2)
    secret = tmp_path / "secret.txt"
    secret.write_text("Kyiv was struck by a missile on 1 March 2024.")
    (folder / "link.txt").symlink_to(secret)
    parts = partitions.plan([str(folder)])
    assert [Path(f).name for f in parts[0].files] == ["gen0000000.txt", "gen0000001.txt"]


@pytest.mark.slow
def test_a_batch_killed_mid_run_resumes_and_writes_nothing_twice(client, tmp_path):
    """``kill -9`` of the whole ``strikemap batch`` (cluster included) once one partition is
    done; the re-run skips what was finished and the output holds every article once."""
    source = archive.write_jsonl(tmp_path / "a.jsonl", 400)
    out = tmp_path / "events.parquet"
    command = [sys.executable, "-m", "strikemap", "batch", str(source), "--out", str(out)]
    command += ["--workers", "1", "--partition-size", "20"]
    run = subprocess.Popen(
        command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    state = Layout.for_output(out).state
    deadline = time.monotonic() + 600
    try:
        while not list(state.glob("part-*.json")) and run.poll() is None:
            assert time.monotonic() < deadline, "no partition finished in 10 minutes"
            time.sleep(0.05)
    finally:
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
    done_before = len(list(state.glob("part-*.json")))
    assert 1 <= done_before < 20, "killed after the first partition, before the last"
    again = run_batch([str(source)], out, client=client, partition_size=20)
    assert again.partitions == 20
    assert again.skipped >= done_before
    frame = pd.read_parquet(out)
    assert len(frame) == 400
    assert frame.article_id.is_unique
    assert sorted(frame.article_id) == [f"gen{n:07d}" for n in range(400)]
