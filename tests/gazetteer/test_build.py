"""Build helpers, and that geodata/ regenerates from the registry packages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from strikemap.cli import main
from strikemap.gazetteer.build import (
    region_forms,
    spelling_forms,
    ukrainian_canonical,
    usable_alternate,
)
from strikemap.gazetteer.names import normalize
from strikemap.gazetteer.paths import default_geodata_dir


@pytest.mark.parametrize(
    ("name", "usable"),
    [
        ("Kharkiv", True),
        ("Харків", True),
        ("Charków", True),
        ("deunipeulopeteulousikeu", False),  # machine romanisation of Korean
        ("KGO", False),  # airport code
        ("哈爾科夫", False),
        ("Ky", False),
    ],
)
def test_usable_alternate(name: str, usable: bool) -> None:
    assert usable_alternate(name) is usable


def test_ukrainian_canonical_prefers_national_transliteration() -> None:
    alternates = ["Mykolayiv", "Mykolaiv", "Nikolaev", "Миколаїв", "Николаев"]
    assert ukrainian_canonical("Mykolayiv", alternates) == "Mykolaiv"
    # A historical Cyrillic name never replaces the current one.
    assert ukrainian_canonical("Bakhmut", ["Artemivsk", "Бахмут", "Артемівськ"]) == "Bakhmut"


def test_spelling_forms_transliterate_cyrillic() -> None:
    forms = {normalize(f) for f in spelling_forms(["Харків"], exonyms=True)}
    assert {"kharkiv", "charkiw", "jarkiv", "charkow"} - forms == {"charkow"}


def test_region_forms_decline() -> None:
    forms = {normalize(f) for f in region_forms(["Kharkiv"], ["Харківська область"])}
    assert {"kharkiv region", "харківськіи області", "kharkivska oblast"} <= forms


@pytest.mark.slow
def test_committed_places_regenerate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["geodata", "build", "--out", str(tmp_path), "--no-boundaries"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["region"] >= 45 and summary["city"] > 10_000
    committed = json.loads((default_geodata_dir() / "places.json").read_text(encoding="utf-8"))
    fresh = json.loads((tmp_path / "places.json").read_text(encoding="utf-8"))
    assert len(fresh["places"]) == len(committed["places"])
    assert fresh["names"].keys() == committed["names"].keys()
