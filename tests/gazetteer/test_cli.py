"""``strikemap geocode``."""

from __future__ import annotations

import json

import pytest
from strikemap.cli import main


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    assert main(["geocode", *argv]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_one_json_line_per_query(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STRIKEMAP_NOMINATIM", raising=False)
    lines = run_cli(
        capsys, "Pokrovsk, Donetsk region", "Saltivskyi district, Kharkiv", "Sumy region", "Kiev"
    )
    assert [line["query"] for line in lines] == [
        "Pokrovsk, Donetsk region",
        "Saltivskyi district, Kharkiv",
        "Sumy region",
        "Kiev",
    ]
    keys = {"query", "place", "level", "parent", "country", "lat", "lon", "confidence", "rejected"}
    assert all(keys <= set(line) for line in lines)
    assert [(line["place"], line["level"]) for line in lines] == [
        ("Pokrovsk", "city"),
        ("Saltivskyi", "district"),
        ("Sumy Oblast", "region"),
        ("Kyiv", "city"),
    ]
    assert lines[0]["parent"] == "Donetsk Oblast"
    assert abs(lines[3]["lat"] - 50.45) < 0.1 and abs(lines[3]["lon"] - 30.52) < 0.1
    pokrovsk_rejected = {r["name"]: r["reason"] for r in lines[0]["rejected"]}
    assert pokrovsk_rejected["Engels"] == "not in Donetsk Oblast"


def test_declines_with_nulls_and_reasons(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STRIKEMAP_NOMINATIM", raising=False)
    (line,) = run_cli(capsys, "Novoselivka")
    assert line["place"] is None and line["lat"] is None and line["level"] is None
    assert line["confidence"] < 0.3
    assert len(line["rejected"]) > 5 and all(r["reason"] for r in line["rejected"])


def test_country_option(capsys: pytest.CaptureFixture[str]) -> None:
    (ua, ru) = run_cli(capsys, "Belgorod", "Kursk", "--country", "UA")
    assert ua["place"] is None
    assert ru["place"] is None
    (line,) = run_cli(capsys, "Belgorod", "--country", "UA,RU")
    assert line["place"] == "Belgorod" and line["country"] == "RU"


def test_candidates_lists_the_close_runners_up_with_scores(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STRIKEMAP_NOMINATIM", raising=False)
    (ambiguous, clear) = run_cli(capsys, "Novoselivka", "Kharkiv", "--candidates")
    assert ambiguous["place"] is None
    candidates = ambiguous["candidates"]
    assert len(candidates) >= 2
    scores = [c["score"] for c in candidates]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] - scores[-1] <= 0.5
    assert {c["name"] for c in candidates} == {"Novoselivka"}
    assert [c["name"] for c in clear["candidates"]] == ["Kharkiv"]
    (plain,) = run_cli(capsys, "Novoselivka")
    assert "candidates" not in plain
