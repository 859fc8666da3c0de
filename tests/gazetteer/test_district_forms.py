"""Every curated city district answers to its nominative Ukrainian, Russian and Latin forms."""

from __future__ import annotations

import csv

import pytest
from strikemap.gazetteer import Gazetteer
from strikemap.gazetteer.paths import default_geodata_dir


def _rows() -> list[dict[str, str]]:
    with (default_geodata_dir() / "curated" / "districts.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _spellings(row: dict[str, str]) -> list[str]:
    latin = row["name"]
    base = latin[:-2] if latin.endswith("yi") else latin
    # -skyi/-sky/-skiy/-skyy and -nyi/-ny/-niy endings, bare and with a district word.
    adjectives = [latin, *(base + ending for ending in ("y", "iy", "yy"))]
    return [
        f"{row['uk_cyr']} район",
        f"{row['ru_cyr']} район",
        *(f"{a} district" for a in adjectives),
        *(f"{a} raion" for a in adjectives),
        f"{row['ru_name']} district",
    ]


@pytest.mark.parametrize("row", _rows(), ids=lambda row: f"{row['city_geonameid']}-{row['name']}")
def test_district_phrase_finds_the_district_first(
    gazetteer: Gazetteer, row: dict[str, str]
) -> None:
    city = gazetteer.get(f"gn:{row['city_geonameid']}")
    for spelling in _spellings(row):
        found = gazetteer.candidates(spelling)
        assert found and found[0].level == "district", spelling
        ours = [p for p in found if p.level == "district" and p.parent_id == city.id]
        assert [p.name for p in ours] == [row["name"]], spelling
        resolved = gazetteer.resolve(spelling, near=city.name)
        assert resolved.place == ours[0], spelling
