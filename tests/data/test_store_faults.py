"""Store faults give one line, never a traceback, and a read-only store can be read.

Each fault is driven through the command line (``ingest``, ``brief``, ``db``)
and the store itself; the app's handling is in ``tests/app/test_app_store.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from datafactories import KYIV, article, event
from strikemap.cli import main
from strikemap.store import EventStore, StoreError

DAY = date(2024, 1, 2)


def _store_with_events(path: Path, count: int = 3) -> None:
    with EventStore(str(path)) as store:
        for n in range(count):
            a = article(f"a{n}", DAY)
            store.add(a, [event(a, KYIV, DAY, killed=n)])


def _one_line_error(err: str, *words: str) -> None:
    lines = [line for line in err.strip().splitlines() if line.strip()]
    assert "Traceback" not in err
    assert len(lines) == 1, err
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture
def articles_dir(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Missiles hit Kyiv on 2 January 2024.\n")
    return folder


def test_a_text_file_is_no_store(tmp_path, articles_dir, capsys):
    db = tmp_path / "notes.sqlite"
    db.write_text("these are my notes, not a database\n")
    assert main(["ingest", str(articles_dir), "--db", str(db)]) == 2
    _one_line_error(capsys.readouterr().err, str(db), "not a strikemap store")
    assert db.read_text() == "these are my notes, not a database\n"


def test_a_truncated_store_is_refused_in_one_line(tmp_path, articles_dir, capsys):
    db = tmp_path / "cut.sqlite"
    _store_with_events(db, 40)
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    with pytest.raises(StoreError, match=r"cut\.sqlite"):
        EventStore(str(db))
    assert main(["ingest", str(articles_dir), "--db", str(db)]) == 2
    _one_line_error(capsys.readouterr().err, str(db))
    out = tmp_path / "brief.png"
    assert main(["brief", "--out", str(out), "--db", str(db), "--offline"]) == 2
    _one_line_error(capsys.readouterr().err, str(db))
    assert not out.exists()


def test_garbage_in_the_middle_is_found_at_start_and_by_db_check(tmp_path, capsys):
    db = tmp_path / "damaged.sqlite"
    _store_with_events(db, 200)
    size = db.stat().st_size
    with db.open("r+b") as handle:  # overwrite pages in the middle, keep the header
        handle.seek(size // 2)
        handle.write(b"\xa5" * 8192)
    with pytest.raises(StoreError, match=r"damaged|malformed"):
        EventStore(str(db))
    code = main(["db", "check", "--db", str(db)])
    err = capsys.readouterr().err
    assert code in (1, 2) and "Traceback" not in err
    assert "ok (" not in err


def test_a_folder_is_no_store(tmp_path, articles_dir, capsys):
    assert main(["ingest", str(articles_dir), "--db", str(tmp_path)]) == 2
    _one_line_error(capsys.readouterr().err, "is a folder")


def test_db_whose_parent_is_a_file(tmp_path, articles_dir, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    db = blocker / "sub" / "store.sqlite"
    assert main(["ingest", str(articles_dir), "--db", str(db)]) == 2
    _one_line_error(capsys.readouterr().err, "a parent is not a folder")


def test_brief_out_a_folder_is_refused(tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    _store_with_events(db)
    assert main(["brief", "--out", str(tmp_path), "--db", str(db), "--offline"]) == 2
    _one_line_error(capsys.readouterr().err, "is a folder")


def test_brief_with_a_mistyped_db_creates_nothing(tmp_path, capsys):
    db = tmp_path / "strikes.sqlite"
    _store_with_events(db)
    typo = tmp_path / "strkes.sqlite"
    out = tmp_path / "brief.png"
    assert main(["brief", "--out", str(out), "--db", str(typo), "--offline"]) == 2
    _one_line_error(capsys.readouterr().err, "no store at", str(typo))
    assert not typo.exists() and not out.exists()


def test_a_read_only_store_is_read_and_refuses_writes(tmp_path):
    db = tmp_path / "ro.sqlite"
    _store_with_events(db)
    with EventStore(str(db), read_only=True) as store:
        assert store.read_only
        assert store.count_events() == 1 and len(store.events()[0].article_ids) == 3
        late = article("late", DAY)
        with pytest.raises(StoreError, match="read-only"):
            store.add(late, [event(late, KYIV, DAY)])
    with EventStore(str(db)) as store:
        assert store.count_articles() == 3


SCRIPT = """
import sys
from strikemap.store import EventStore
store = EventStore(sys.argv[1])
print(store.read_only, store.count_articles(), store.count_events())
"""


def test_a_store_in_a_folder_the_user_cannot_write_opens_read_only():
    """File permissions decide (as root, the reader drops the capability to override them)."""
    root = Path(tempfile.mkdtemp(prefix="strikemap-ro-"))  # in /tmp, reachable by everyone
    root.chmod(0o755)
    folder = root / "shared"
    folder.mkdir()
    db = folder / "store.sqlite"
    try:
        _store_with_events(db)
        for leftover in folder.glob("store.sqlite-*"):
            leftover.unlink()
        command = [sys.executable, "-c", SCRIPT, str(db)]
        if os.geteuid() == 0:  # root ignores file modes unless it drops these capabilities
            caps = "-dac_override,-dac_read_search"
            command = ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}", *command]
        folder.chmod(0o555)
        db.chmod(0o444)
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    finally:
        folder.chmod(0o755)
        shutil.rmtree(root, ignore_errors=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "3", "1"]
