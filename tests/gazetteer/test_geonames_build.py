"""``strikemap geodata build --geonames``: a gazetteer from GeoNames per-country dumps.

The fixture in ``geonames/`` is hand-written in the dumps' exact layout
(19 tab-separated columns; ``alternateNamesV2`` with 10): a few places,
villages with no population figure, raions (ADM2) and hromadas (ADM3) of
Sumy, Dnipropetrovsk, Kherson, Kursk and Belgorod oblasts.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from strikemap.cli import main
from strikemap.gazetteer import Gazetteer
from strikemap.gazetteer.geometry import haversine_km
from strikemap.gazetteer.query import geocode_query

FIXTURE = Path(__file__).parent / "geonames"
DUMPS = [str(FIXTURE / f"{c}.txt") for c in ("UA", "RU", "BY")]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Gazetteer, dict]:
    out = tmp_path_factory.mktemp("geonames-build")
    argv = ["geodata", "build", "--out", str(out), "--no-boundaries", "--geonames", *DUMPS]
    argv += ["--alternate-names", str(FIXTURE / "alternateNamesV2.txt")]
    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout):
        assert main(argv) == 0
    return Gazetteer.load(out), json.loads(stdout.getvalue())


@pytest.mark.slow
def test_summary_counts_units(built: tuple[Gazetteer, dict]) -> None:
    _, summary = built
    # 8 ADM2 and 3 ADM3 features of the fixture, at least.
    assert summary["raion"] >= 8 and summary["hromada"] >= 3
    assert summary["city"] >= 20


# (query, lat, lon) of the fixture's features: each must resolve within 5 km.
CENTRES = [
    ("Plekhovo, Kursk region", 51.2403, 35.1196),  # a village without a population
    ("Inhulets, Kherson region", 46.9215, 33.4112),  # not the town in Dnipropetrovsk Oblast
    ("Pohrebky", 52.0801, 34.0102),
    ("Shostkinskyi raion", 51.95, 33.7),
    ("Шосткинському районі", 51.95, 33.7),
    ("Шосткинского района", 51.95, 33.7),
    ("Kryvyi Rih district", 47.85, 33.25),
    ("Криворізького району", 47.85, 33.25),
    ("rejonie krzyworoskim", 47.85, 33.25),
    ("Белгородский район", 50.55, 36.45),
    ("Белгородском районе", 50.55, 36.45),
    ("Druzhbivska hromada", 52.02, 33.98),
    ("Дружбівській громаді", 52.02, 33.98),
    ("Дружбівська міська громада", 52.02, 33.98),
    ("Putyvl hromada", 51.36, 33.9),
    ("Путивльську громаду", 51.36, 33.9),
    ("hromadzie putywlskiej", 51.36, 33.9),
    ("the Bilopillia community", 51.16, 34.3),
    ("Khutir-Mykhailivskyi", 52.04222, 33.94333),  # Druzhba before 1962 (isHistoric)
    ("Białopole", 51.1497, 34.3128),  # a Polish name from alternateNamesV2
]


@pytest.mark.slow
@pytest.mark.parametrize(("query", "lat", "lon"), CENTRES)
def test_built_units_and_villages_resolve_near_their_centre(
    built: tuple[Gazetteer, dict], query: str, lat: float, lon: float
) -> None:
    gazetteer, _ = built
    resolution = geocode_query(gazetteer, query)
    assert resolution.place is not None, resolution.reason
    assert haversine_km(lat, lon, resolution.place.lat, resolution.place.lon) <= 5.0


@pytest.mark.slow
def test_units_are_region_level_with_a_radius(built: tuple[Gazetteer, dict]) -> None:
    gazetteer, _ = built
    hromada = geocode_query(gazetteer, "Druzhbivska hromada").place
    raion = geocode_query(gazetteer, "Shostkinskyi raion").place
    assert (hromada.level, hromada.unit, raion.unit) == ("region", "hromada", "raion")
    assert hromada.parent == raion.name  # the hromada's raion, from the admin2 code
    assert 4 <= hromada.radius_km < raion.radius_km
    assert gazetteer.region_of(hromada).name == "Sumy Oblast"
    # Oblasts stay the regions; units never stand in for one.
    assert {r.name for r in gazetteer.regions()} >= {"Sumy Oblast"}
    assert all(r.unit is None for r in gazetteer.regions())


@pytest.mark.slow
def test_historic_names_are_former_names(built: tuple[Gazetteer, dict]) -> None:
    gazetteer, _ = built
    druzhba = geocode_query(gazetteer, "Druzhba").place
    assert gazetteer.is_former_name(druzhba, "Khutir-Mykhailivskyi")
    # A postal code of alternateNamesV2 is no name.
    assert gazetteer.candidates("41500") == []


def test_bad_dump_is_refused_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "UA.txt"
    bad.write_text("703448\tKyiv\tKyiv\n", encoding="utf-8")
    out = tmp_path / "out"
    assert (
        main(["geodata", "build", "--out", str(out), "--no-boundaries", "--geonames", str(bad)])
        == 2
    )
    err = capsys.readouterr().err
    assert f"{bad}:1: 3 columns, a GeoNames dump has 19" in err
    assert not (out / "places.json").exists()


def test_missing_dump_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "RU.txt"
    assert main(["geodata", "build", "--out", str(tmp_path), "--geonames", str(missing)]) == 2
    assert f"{missing}: no such file" in capsys.readouterr().err
