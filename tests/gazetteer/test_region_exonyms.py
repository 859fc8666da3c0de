"""Adjectival oblast names in every language and case, generated for every oblast."""

from __future__ import annotations

import csv

import pytest
from strikemap.gazetteer import Gazetteer
from strikemap.gazetteer.build import oblast_exonym_forms
from strikemap.gazetteer.paths import default_geodata_dir


def test_oblast_exonym_forms_from_ukrainian_and_russian_adjectives() -> None:
    assert {
        "obwód charkiwski",
        "obwodzie charkiwskim",
        "obwodu charkiwskiego",
        "charkivská oblast",
        "charkivské oblasti",
        "charkivskej oblasti",
    } <= oblast_exonym_forms("Харківська область")
    assert {"obwód charkowski", "obwodzie charkowskim", "charkovská oblast"} <= (
        oblast_exonym_forms("Харьковская область")
    )
    # Joined Polish compound and the Polish soft e.
    assert "obwód iwanofrankiwski" in oblast_exonym_forms("Івано-Франківська область")
    assert "obwód doniecki" in oblast_exonym_forms("Донецька область")
    assert oblast_exonym_forms("Буковина") == set()


@pytest.mark.parametrize(
    ("spelling", "region"),
    [
        ("obwód iwanofrankiwski", "Ivano-Frankivsk Oblast"),
        ("obwodzie iwanofrankiwskim", "Ivano-Frankivsk Oblast"),
        ("obwodzie charkowskim", "Kharkiv Oblast"),
        ("obwodem charkowskim", "Kharkiv Oblast"),
        ("obwodu chersońskiego", "Kherson Oblast"),
        ("obwodzie belgorodskim", "Belgorod Oblast"),
        ("Charkovská oblast", "Kharkiv Oblast"),
        ("Doněcké oblasti", "Donetsk Oblast"),
        ("Záporožské oblasti", "Zaporizhzhia Oblast"),
        ("Kurskej oblasti", "Kursk Oblast"),
        ("Донецькій області", "Donetsk Oblast"),
        ("Донецької області", "Donetsk Oblast"),
        ("Запорізькій області", "Zaporizhzhia Oblast"),
        ("Харківською областю", "Kharkiv Oblast"),
        ("Донецкой области", "Donetsk Oblast"),
        ("Липецкой области", "Lipetsk Oblast"),
        ("Воронежской области", "Voronezh Oblast"),
        ("Харківщину", "Kharkiv Oblast"),
    ],
)
def test_region_case_and_exonym_forms(gazetteer: Gazetteer, spelling: str, region: str) -> None:
    found = [p.name for p in gazetteer.candidates(spelling) if p.level == "region"]
    assert found[:1] == [region]
    assert gazetteer.find_region(spelling).name == region


def _oblast_rows() -> list[dict[str, str]]:
    with (default_geodata_dir() / "curated" / "regions.csv").open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["name"].endswith(" Oblast")]


@pytest.mark.parametrize("row", _oblast_rows(), ids=lambda row: row["name"])
def test_every_oblast_has_polish_czech_and_case_forms(
    gazetteer: Gazetteer, row: dict[str, str]
) -> None:
    adjectival = [f for f in row["forms"].split("|") if f.endswith(("ька область", "кая область"))]
    assert adjectival, "curated forms lack the Cyrillic adjectival name"
    for form in adjectival:
        generated = oblast_exonym_forms(form) | {
            form.replace("ька область", "ькій області").replace("кая область", "кой области")
        }
        for spelling in generated:
            names = [p.name for p in gazetteer.candidates(spelling)]
            assert row["name"] in names, spelling


@pytest.mark.parametrize(
    "form",
    ["Івано-Франківщина", "Івано-Франківщині", "Ivano-Frankivshchyna", "Франківщина"],
)
def test_ivano_frankivshchyna_is_the_oblast_not_the_raion(form: str) -> None:
    """ "уламки впали у Калуші на Івано-Франківщині": the oblast, as Харківщина is
    Kharkiv Oblast; before, only the Ivano-Frankivsk raion had this name."""
    gazetteer = Gazetteer.load()
    place = gazetteer.candidates(form) or gazetteer.candidates_inflected(form.lower(), "uk")
    assert [(p.name, p.level) for p in place] == [("Ivano-Frankivsk Oblast", "region")]
