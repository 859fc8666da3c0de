"""Where the generated gazetteer files live."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "STRIKEMAP_GEODATA"


def default_geodata_dir() -> Path:
    """Return ``geodata/`` of the repository, or ``$STRIKEMAP_GEODATA`` when set.

    The package lives in ``dashboard/strikemap/`` and the data two levels up
    in the repository root, which is also the layout of a Streamlit Cloud
    checkout.
    """
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[3] / "geodata"
