"""Suite-wide fixtures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path_factory, monkeypatch):
    """Point the default store at a temporary file so no test touches a user's data."""
    db = tmp_path_factory.mktemp("store") / "strikemap.sqlite"
    monkeypatch.setenv("STRIKEMAP_DB", str(db))


@pytest.fixture(autouse=True)
def _restore_main_module():
    """Put back ``sys.modules["__main__"]`` after each test.

    Streamlit's AppTest runs the app script as ``__main__`` and leaves it there;
    a later test that starts worker processes with the ``spawn`` method (the Dask
    batch tests) would then make every worker re-run ``dashboard/app.py``.
    """
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return REPO_ROOT / "seeds"
