"""Populations of ``geodata/curated/populations.csv`` replace GeoNames' wartime guesses.

GeoNames lists Kherson, an oblast centre, with 66,000 people; rules that tell a
city from a small place by its size then took it for a village.
"""

from __future__ import annotations

import csv

import pytest
from strikemap.gazetteer import Gazetteer
from strikemap.gazetteer.build import curated_populations, geonames_places


def test_kherson_counts_its_pre_invasion_population(gazetteer: Gazetteer) -> None:
    (kherson,) = [p for p in gazetteer.candidates("Kherson") if p.level == "city"]
    assert kherson.population == 279_131


def test_every_oblast_centre_is_a_city_of_100_000_or_more(gazetteer: Gazetteer) -> None:
    centres = ["Kherson", "Zaporizhzhia", "Sumy", "Chernihiv", "Mykolaiv", "Belgorod", "Kursk"]
    for name in centres:
        largest = max(p.population for p in gazetteer.candidates(name) if p.level == "city")
        assert largest >= 100_000, name


def _city(geonameid: int, name: str, population: int) -> dict:
    return {
        "geonameid": geonameid,
        "name": name,
        "latitude": 46.6,
        "longitude": 32.6,
        "countrycode": "UA",
        "population": population,
        "admin1code": "08",
        "alternatenames": [],
    }


def test_a_curated_population_replaces_the_geonames_one(tmp_path) -> None:
    (tmp_path / "populations.csv").write_text(
        "geonameid,name,population,source\n1001,Testopil,250000,test\n", encoding="utf-8"
    )
    cities = [_city(1001, "Testopil", 66_000), _city(1002, "Otherivka", 66_000)]
    places = geonames_places({}, cities, curated_populations(tmp_path))
    assert {p.name: p.population for p in places} == {"Testopil": 250_000, "Otherivka": 66_000}


def test_without_the_table_geonames_populations_stand(tmp_path) -> None:
    assert curated_populations(tmp_path) == {}


@pytest.mark.parametrize(
    ("geonameid", "population"), [("706448", "about 280000"), ("Kherson", "279131"), ("1", "0")]
)
def test_a_bad_row_names_the_file_and_line(tmp_path, geonameid, population) -> None:
    path = tmp_path / "populations.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["geonameid", "name", "population", "source"])
        writer.writerow(["703448", "Kyiv", "2952301", "test"])
        writer.writerow([geonameid, "Kherson", population, "test"])
    with pytest.raises(ValueError, match=r"populations\.csv, line 3"):
        curated_populations(tmp_path)
