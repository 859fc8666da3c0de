"""Regions that lie inside another (``geodata/curated/region_within.csv``):
Sevastopol is on the Crimean peninsula, so a report's "Sevastopol, in Crimea" names
one place struck."""

from __future__ import annotations

import shutil

import pytest
from strikemap.gazetteer import Gazetteer, GazetteerError
from strikemap.gazetteer.paths import default_geodata_dir


def _named(gazetteer: Gazetteer, name: str, level: str):
    return next(p for p in gazetteer if p.name == name and p.level == level)


def test_sevastopol_lies_in_crimea_and_its_own_city_region(gazetteer):
    sevastopol = _named(gazetteer, "Sevastopol", "city")
    assert gazetteer.in_region(sevastopol, _named(gazetteer, "Crimea", "region"))
    assert gazetteer.in_region(sevastopol, _named(gazetteer, "Sevastopol City", "region"))


def test_a_town_of_crimea_lies_in_no_other_region(gazetteer):
    simferopol = _named(gazetteer, "Simferopol", "city")
    assert gazetteer.in_region(simferopol, _named(gazetteer, "Crimea", "region"))
    assert not gazetteer.in_region(simferopol, _named(gazetteer, "Sevastopol City", "region"))
    assert not gazetteer.in_region(
        _named(gazetteer, "Kharkiv", "city"), _named(gazetteer, "Crimea", "region")
    )


def test_an_unknown_region_in_the_file_names_the_file_and_line(tmp_path):
    shutil.copy(default_geodata_dir() / "places.json", tmp_path / "places.json")
    (tmp_path / "curated").mkdir()
    (tmp_path / "curated" / "region_within.csv").write_text(
        "region,within,source\nUA-40,UA-43,ok\nUA-99,UA-43,typo\n", encoding="utf-8"
    )
    with pytest.raises(GazetteerError, match=r"region_within\.csv, line 3: unknown region 'UA-99'"):
        Gazetteer.load(tmp_path / "places.json")
