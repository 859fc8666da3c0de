"""Build hook: ship the gazetteer (``geodata/``) inside the wheel.

``geodata/`` stays at the top of the repository (``make geodata`` regenerates it
there, and a checkout or Streamlit Cloud reads it in place). A wheel, however, is
installed away from the checkout, so the build copies the folder into the package
as ``strikemap/geodata``, where :func:`strikemap.gazetteer.paths.default_geodata_dir`
finds it when no checkout is around. Everything else is in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

GEODATA = Path(__file__).resolve().parent / "geodata"


class BuildWithGeodata(build_py):
    """``build_py`` that also copies ``geodata/`` into the built package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode or not GEODATA.is_dir():
            return  # an editable install reads geodata/ in the checkout
        target = Path(self.build_lib) / "strikemap" / "geodata"
        shutil.copytree(GEODATA, target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithGeodata})
