"""``strikemap extract``: events on stdout, summary and skipped files on stderr."""

from __future__ import annotations

import json

from strikemap.cli import main

ARTICLE = (
    "---\ntitle: Drones hit Lutsk\npublished: 2024-03-05\nsource: Test Wire\n---\n"
    "Drones hit Lutsk\n\nRussian drones struck a warehouse in Lutsk on Tuesday, injuring two.\n"
)
SECOND = (
    "---\ntitle: Lutsk attack\npublished: 2024-03-05\nsource: Other Wire\n---\n"
    "Lutsk attack\n\nA drone attack on Lutsk on Tuesday injured three people.\n"
)


def test_per_article_jsonl(tmp_path, capsys):
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(path), "--per-article"]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["place"] for r in records] == ["Lutsk"]
    assert records[0]["article_id"] == records[0]["article_ids"][0]
    assert "1 articles read, 0 rejected; 1 events found" in err


def test_merged_reports_list_every_source(tmp_path, capsys):
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text(SECOND, encoding="utf-8")
    assert main(["extract", str(tmp_path)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 1 and len(records[0]["sources"]) == 2


def test_unreadable_file_is_reported_and_others_extracted(tmp_path, capsys):
    good = tmp_path / "a.md"
    good.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(tmp_path / "missing.txt"), str(good)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert "rejected " in err and "missing.txt: no such file" in err and "1 rejected" in err


def test_geojson_and_csv_formats(tmp_path, capsys):
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(path), "--format", "geojson"]) == 0
    collection = json.loads(capsys.readouterr().out)
    assert collection["features"][0]["properties"]["place"] == "Lutsk"
    assert main(["extract", str(path), "--format", "csv"]) == 0
    assert "Lutsk" in capsys.readouterr().out
