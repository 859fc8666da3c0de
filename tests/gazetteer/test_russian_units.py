"""Russia's districts and municipal/urban okrugs (``curated/russian_units.csv``).

Governors report strikes by municipal unit ("в Шебекинском городском округе",
"Глушковского района Курской области", "Klimovsky District"); each unit of
Belgorod, Kursk and Bryansk oblasts, and the border ones of Voronezh and
Rostov oblasts, is a region-level place with ``unit`` "raion" at its centre
town.  Expected centres are written by hand (the towns' approximate
coordinates); a unit must lie within 10 km of its centre.
"""

from __future__ import annotations

from collections import Counter

import pytest
from strikemap.gazetteer import Gazetteer
from strikemap.gazetteer.build import _with_russian_units
from strikemap.gazetteer.geometry import haversine_km
from strikemap.gazetteer.names import is_raion_phrase, normalize
from strikemap.gazetteer.paths import default_geodata_dir
from strikemap.gazetteer.record import PlaceRecord
from strikemap.gazetteer.sources import read_csv
from strikemap.gazetteer.units import cyrillic_phrases, latin_phrases

SHEBEKINO = ("Shebekinsky Urban Okrug", "Belgorod Oblast", 50.41, 36.90)
GLUSHKOVO = ("Glushkovsky District", "Kursk Oblast", 51.34, 34.64)
KLIMOVO = ("Klimovsky District", "Bryansk Oblast", 52.38, 32.20)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("шебекинском городском округе", SHEBEKINO),
        ("Шебекинского городского округа", SHEBEKINO),
        ("Шебекинскому городскому округу", SHEBEKINO),
        ("Шебекинский округ", SHEBEKINO),
        ("Шебекинского округа", SHEBEKINO),
        ("Шебекинский район", SHEBEKINO),
        ("Шебекинском районе", SHEBEKINO),
        ("Шебекинского района", SHEBEKINO),
        ("Шебекінський округ", SHEBEKINO),
        ("Шебекінському окрузі", SHEBEKINO),
        ("Shebekinsky District", SHEBEKINO),
        ("Shebekinsky Okrug", SHEBEKINO),
        ("Shebekino district", SHEBEKINO),
        ("Грайворонский округ", ("Grayvoronsky Urban Okrug", "Belgorod Oblast", 50.48, 35.68)),
        ("Belgorodsky District", ("Belgorodsky District", "Belgorod Oblast", 50.52, 36.47)),
        ("Краснояружского района", ("Krasnoyaruzhsky District", "Belgorod Oblast", 50.80, 35.66)),
        ("Глушковского района", GLUSHKOVO),
        ("в Глушковском районе", GLUSHKOVO),
        ("Глушківському районі", GLUSHKOVO),
        ("rejonie głuszkowskim", GLUSHKOVO),
        ("Суджанском районе", ("Sudzhansky District", "Kursk Oblast", 51.19, 35.27)),
        ("Lgov district", ("Lgovsky District", "Kursk Oblast", 51.67, 35.27)),
        ("Kursk district", ("Kursky District", "Kursk Oblast", 51.73, 36.19)),
        ("Klimovsky District", KLIMOVO),
        ("Климовского района", KLIMOVO),
        ("Климівському районі", KLIMOVO),
        (
            "Стародубском муниципальном округе",
            ("Starodubsky Municipal Okrug", "Bryansk Oblast", 52.58, 32.76),
        ),
        ("Кантемировского района", ("Kantemirovsky District", "Voronezh Oblast", 49.70, 39.86)),
        (
            "Матвеево-Курганском районе",
            ("Matveyevo-Kurgansky District", "Rostov Oblast", 47.57, 38.87),
        ),
    ],
)
def test_a_russian_unit_resolves_in_every_spelling(
    gazetteer: Gazetteer, query: str, expected: tuple[str, str, float, float]
) -> None:
    name, oblast, lat, lon = expected
    resolution = gazetteer.resolve(query.removeprefix("в "))
    place = resolution.place
    assert place is not None, resolution.reason
    assert (place.name, place.level, place.unit, place.country) == (name, "region", "raion", "RU")
    assert place.parent == oblast
    assert gazetteer.region_of(place).name == oblast
    assert haversine_km(place.lat, place.lon, lat, lon) <= 10.0
    assert place.radius_km >= 20.0


@pytest.mark.parametrize(
    ("query", "region", "name"),
    [
        ("Климовский район", "Брянской области", "Klimovsky District"),
        ("Глушковском районе", "Курской области", "Glushkovsky District"),
        # A name a city district has too (Bryansk's, Voronezh's, Rostov's).
        ("Советский район", "Курской области", "Sovetsky District"),
        ("Октябрьском районе", "Kursk Oblast", "Oktyabrsky District"),
        ("Каменский район", "Rostov Oblast", "Kamensky District"),
    ],
)
def test_a_unit_named_with_its_oblast(
    gazetteer: Gazetteer, query: str, region: str, name: str
) -> None:
    place = gazetteer.resolve(query, region=region).place
    assert place is not None and (place.name, place.unit) == (name, "raion")


def test_a_ukrainian_towns_raion_forms_stay_its_own(gazetteer: Gazetteer) -> None:
    # "Каменский район" is Rostov Oblast's district and, in Russian copy,
    # Kamianske's raion: the oblast named tells them apart.
    kamianske = gazetteer.resolve("Каменский район", region="Dnipropetrovsk Oblast").place
    assert kamianske is not None and kamianske.name == "Kamianske"
    # Without an oblast a city district keeps its name.
    sovetsky = gazetteer.resolve("Советский район").place
    assert sovetsky is None or sovetsky.level == "district"


@pytest.mark.parametrize(
    ("query", "name", "level"),
    [
        ("Шебекино", "Shebekino", "city"),
        ("Shebekino", "Shebekino", "city"),
        ("Белгород", "Belgorod", "city"),
        ("Курск", "Kursk", "city"),
        ("Брянск", "Bryansk", "city"),
        ("Суджа", "Sudzha", "city"),
        ("Глушково", "Glushkovo", "city"),
        ("Грайворон", "Grayvoron", "city"),
        ("Klimovo", "Klimovo", "city"),
        ("Kursk region", "Kursk Oblast", "region"),
        ("Белгородской области", "Belgorod Oblast", "region"),
        ("Брянщина", "Bryansk Oblast", "region"),
    ],
)
def test_no_unit_shadows_a_town_or_an_oblast(
    gazetteer: Gazetteer, query: str, name: str, level: str
) -> None:
    place = gazetteer.resolve(query).place
    assert place is not None and (place.name, place.level, place.unit) == (name, level, None)


def test_a_unit_not_named_after_its_centre_has_no_centre_forms(gazetteer: Gazetteer) -> None:
    # Belgorodsky District is run from Maysky, Krasnogvardeysky from Biryuch.
    assert gazetteer.candidates("Maysky district") == []
    assert gazetteer.candidates("Biryuch district") == []
    assert gazetteer.candidates("Шебекинский") == []  # the bare adjective is no name


def test_units_are_no_regions(gazetteer: Gazetteer) -> None:
    russian = [u for u in gazetteer.subdivisions() if u.country == "RU"]
    assert all(u.unit == "raion" and u.level == "region" for u in russian)
    assert not {u.id for u in russian} & {r.id for r in gazetteer.regions()}
    # A unit never stands in for its oblast (as Ukraine's raions).
    assert gazetteer.find_region("Shebekinsky Urban Okrug") is None


def test_the_table_has_every_unit_with_a_source() -> None:
    rows = read_csv(default_geodata_dir() / "curated" / "russian_units.csv")
    counts = Counter(row["admin1"] for row in rows)
    # Belgorod: 21 units beside the city; Kursk: 28 districts; Bryansk: 27.
    assert (counts["RU.09"], counts["RU.41"], counts["RU.10"]) == (21, 28, 27)
    assert set(counts) == {"RU.09", "RU.41", "RU.10", "RU.86", "RU.61"}
    assert all(row["source"].strip() for row in rows)
    assert len({(row["admin1"], row["name"]) for row in rows}) == len(rows)
    for row in rows:
        assert row["ru_name"].endswith((" район", " городской округ", " муниципальный округ"))
        assert all(len(row[c].split(".")[1]) == 4 for c in ("lat", "lon")), row["name"]
        assert 47.0 < float(row["lat"]) < 54.0 and 31.0 < float(row["lon"]) < 41.5


def test_okrug_cases_by_rule() -> None:
    russian = cyrillic_phrases("Шебекинский", "okrug")
    assert {
        "шебекинский городской округ",
        "шебекинском городском округе",
        "шебекинского муниципального округа",
        "шебекинский округ",
        "шебекинскому округу",
    } <= russian
    assert {"шебекінському окрузі", "шебекінського округу"} <= cyrillic_phrases(
        "Шебекінський", "okrug"
    )
    latin = {normalize(f) for f in latin_phrases("Шебекинский", "okrug", {"Shebekino"})}
    assert {"shebekinsky urban okrug", "shebekinskiy okrug", "shebekino okrug"} <= latin
    assert is_raion_phrase(normalize("Шебекинском городском округе"))


def test_a_dump_district_merges_into_the_curated_unit() -> None:
    curated = PlaceRecord("unit:RU-BEL:b", "Belgorodsky District", "region", "RU", 50.5, 36.5)
    curated.admin1, curated.unit = "RU.09", "raion"
    curated.forms = {"Белгородский район", "Белгородском районе"}
    dump = PlaceRecord("gn:1", "Belgorodskiy Rayon", "region", "RU", 50.55, 36.45)
    dump.admin1, dump.unit, dump.forms = "RU.09", "raion", {"белгородский район", "Belgorodskiy"}
    child = PlaceRecord("gn:2", "x", "region", "RU", 50.5, 36.4, parent_id="gn:1", unit="hromada")
    child.admin1 = "RU.09"
    units = _with_russian_units([dump, child], [curated])
    assert [u.id for u in units] == ["gn:2", "unit:RU-BEL:b"]
    assert child.parent_id == curated.id and "Belgorodskiy" in curated.forms
