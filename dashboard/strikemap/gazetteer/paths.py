"""Where the generated gazetteer files live."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "STRIKEMAP_GEODATA"


def default_geodata_dir() -> Path:
    """Return ``geodata/`` of the repository, or ``$STRIKEMAP_GEODATA`` when set.

    The package lives in ``dashboard/strikemap/`` and the data two levels up
    in the repository root, which is also the layout of a Streamlit Cloud
    checkout. An installed wheel carries a copy as ``strikemap/geodata``.
    """
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    checkout = Path(__file__).resolve().parents[3] / "geodata"
    shipped = Path(__file__).resolve().parents[1] / "geodata"  # inside a wheel (setup.py)
    return checkout if checkout.is_dir() or not shipped.is_dir() else shipped
