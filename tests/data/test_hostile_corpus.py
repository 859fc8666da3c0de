"""A whole-folder ingest of the hostile corpus: every case as expected, no traceback, idempotent."""

from __future__ import annotations

import contextlib
import io
import os
import re
import sqlite3

import pytest
from hostile_corpus import CANARY, CASES, expected_articles, write_corpus
from strikemap.cli import main
from strikemap.store import EventStore


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """Ingest the corpus folder twice into one store; keep both runs' exit codes and stderr."""
    root = tmp_path_factory.mktemp("hostile")
    folder = write_corpus(root)
    db = root / "store.sqlite"
    runs = []
    for _ in range(2):
        err = io.StringIO()
        out = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            code = main(["ingest", str(folder), "--db", str(db)])
        with EventStore(str(db)) as store:
            counts = (store.count_articles(), store.count_article_events())
            articles = store.articles()
        runs.append((code, out.getvalue(), err.getvalue(), counts, articles))
    return folder, runs


def _lines(stderr: str, kind: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(f"{kind} ")]


def test_run_finishes_without_traceback_and_exit_1(ingested):
    _, runs = ingested
    for code, out, err, _, _ in runs:
        assert code == 1
        assert out == ""
        assert "Traceback" not in err
        summary = r"strikemap ingest: \d+ stored, \d+ skipped \(already stored\), \d+ rejected"
        assert re.search(summary, err)


def test_every_acceptable_article_is_stored(ingested):
    _, runs = ingested
    _, _, err, (articles, _), _ = runs[0]
    assert articles == expected_articles()
    assert f"{expected_articles()} stored, 0 skipped (already stored)" in err


def test_second_run_changes_nothing(ingested):
    _, runs = ingested
    first, second = runs
    assert second[3] == first[3]
    assert f"0 stored, {expected_articles()} skipped (already stored)" in second[2]
    assert _lines(second[2], "rejected") == _lines(first[2], "rejected")


@pytest.mark.parametrize("case", [c for c in CASES if c.outcome == "reject"], ids=lambda c: c.name)
def test_rejected_file_gets_exactly_one_line(ingested, case):
    folder, runs = ingested
    err = runs[0][2]
    path = str(folder / case.name)
    mine = [line for line in _lines(err, "rejected") if line.startswith(f"rejected {path}:")]
    assert len(mine) == 1, mine
    assert case.reasons[0] in mine[0]


@pytest.mark.parametrize("case", [c for c in CASES if c.outcome == "partial"], ids=lambda c: c.name)
def test_bad_records_are_named_with_line_or_index(ingested, case):
    folder, runs = ingested
    err = runs[0][2]
    lines = [line for line in _lines(err, "rejected") if str(folder / case.name) in line]
    assert len(lines) == len(case.rejected_records)
    for record, reason, line in zip(case.rejected_records, case.reasons, lines, strict=True):
        assert line.startswith(f"rejected {folder / record}: ")
        assert reason in line


@pytest.mark.parametrize("case", [c for c in CASES if c.warning], ids=lambda c: c.name)
def test_warnings_name_the_file(ingested, case):
    folder, runs = ingested
    warnings = _lines(runs[0][2], "warning")
    assert any(
        line.startswith(f"warning {folder / case.name}: ") and case.warning in line
        for line in warnings
    ), warnings


def test_nothing_outside_the_folder_is_read_through_links(ingested):
    _, runs = ingested
    articles = runs[0][4]
    assert not [a for a in articles if CANARY in a.text]


def test_text_is_normalised_before_reading(ingested):
    folder, runs = ingested
    articles = {a.path: a for a in runs[0][4]}
    split = articles[str(folder / "kyiv_split.txt")]
    assert "Kyiv" in split.text
    rtl = articles[str(folder / "rtl_title.md")]
    assert rtl.title == "txt.exe"
    assert "Kharkiv" in articles[str(folder / "nul_bytes.txt")].text


def test_kyiv_split_by_zero_width_is_found(ingested, tmp_path):
    folder, _ = ingested
    db = tmp_path / "one.sqlite"
    assert main(["ingest", str(folder / "kyiv_split.txt"), "--db", str(db)]) == 0
    with sqlite3.connect(db) as conn:
        places = [row[0] for row in conn.execute("SELECT place FROM events")]
    assert places == ["Kyiv"]


def test_a_link_named_explicitly_is_not_read(ingested, capsys):
    folder, _ = ingested
    assert main(["ingest", str(folder / "link_to_secret.txt")]) == 1
    err = capsys.readouterr().err
    assert f"rejected {folder / 'link_to_secret.txt'}: symbolic link to " in err
    assert "0 stored, 0 skipped (already stored), 1 rejected" in err


def test_an_article_over_the_time_budget_is_rejected_and_the_run_goes_on(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Drones struck Sumy on 2 January 2024.")
    # Thousands of place mentions: far more than a millisecond of extraction.
    (folder / "b.txt").write_text("Kyiv, Kharkiv, Odesa, Lviv and Sumy were hit. " * 2_000)
    db = tmp_path / "budget.sqlite"
    # A first run warms the extractor's lexicons up, so only b.txt is slow in the second.
    assert main(["ingest", str(folder / "a.txt"), "--db", str(db)]) == 0
    capsys.readouterr()
    code = main(["ingest", str(folder), "--db", str(db), "--article-seconds", "0.05"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"rejected {folder / 'b.txt'}: " in err
    assert "ran over the time budget of 0.05 s per article" in err
    assert "0 stored, 1 skipped (already stored), 1 rejected" in err


def test_odd_file_names_never_stop_the_run_or_break_a_line(tmp_path, capsys):
    folder = tmp_path / "names"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/bad\xff.txt", "wb") as handle:  # not UTF-8
        handle.write(b"Drones struck Sumy on 2 January 2024.")
    (folder / "new\nline.txt").write_text("Drones struck Lviv on 2 January 2024.")
    (folder / "esc\x1b[31mred.txt").write_bytes(b"%PDF-1.7 not text")
    db = tmp_path / "names.sqlite"
    assert main(["ingest", str(folder), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err
    (line,) = _lines(err, "rejected")
    assert line == f"rejected {folder}/esc\\x1b[31mred.txt: a PDF document, not a text file " + (
        "(save the article's text instead)"
    )
    assert "2 stored, 0 skipped (already stored), 1 rejected" in err
    with EventStore(str(db)) as store:
        paths = sorted(a.path for a in store.articles())
    assert paths == [f"{folder}/bad\ufffd.txt", f"{folder}/new\nline.txt"]
