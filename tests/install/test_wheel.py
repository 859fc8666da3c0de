"""A wheel built from the checkout carries the gazetteer: ``pip install .`` just works."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_wheel_ships_geodata_and_finds_it_away_from_the_checkout(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(wheels), str(REPO)],
        check=True, cwd=tmp_path, env={**os.environ, "PIP_NO_INDEX": "1"},
    )  # fmt: skip
    (wheel,) = wheels.glob("strikemap-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("places.json", "regions.geojson", "countries.geojson"):
        assert f"strikemap/geodata/{name}" in names
    metadata = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith("dist-info/METADATA"))
    )
    assert b"License-Expression: MIT" in metadata
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
         str(wheel)],
        check=True, env={**os.environ, "PIP_NO_INDEX": "1"},
    )  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k != "STRIKEMAP_GEODATA"}
    env["PYTHONPATH"] = str(target)
    probe = (
        "import strikemap.gazetteer.paths as p; from strikemap.gazetteer import Gazetteer;"
        "print(p.default_geodata_dir()); print(Gazetteer.load().get('region:UA-30').name)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], check=True, cwd=tmp_path, env=env, capture_output=True,
        text=True,
    ).stdout.splitlines()  # fmt: skip
    assert out == [str(target / "strikemap" / "geodata"), "Kyiv City"]
