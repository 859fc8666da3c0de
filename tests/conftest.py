"""Suite-wide fixtures and markers.

Nothing skips silently: a test that needs the map assets (``make assets``) or
Chromium fails with a message saying what to install. The one test allowed to
skip is marked ``shared_corpus``; it skips, with a reason naming the path, where
``../shared`` (the development machine's shared corpus) is absent, as in CI.

Tests never write into the repository. A test that draws an image for the
README writes it into the ``docs_dir`` fixture, a temporary directory unless
``STRIKEMAP_DOCS_DIR`` names another (``make docs`` sets it to ``docs/``); such
tests carry the ``docs`` marker so that ``make docs`` runs just them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from strikemap.assets import VENDOR_DIR, local_assets_available

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"
DOCS_DIR_ENV = "STRIKEMAP_DOCS_DIR"
MISSING_ASSETS = (
    f"map assets missing in {VENDOR_DIR}: run `make assets` "
    "(python scripts/fetch_assets.py); `make test` fetches them"
)


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


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip ``shared_corpus`` tests, visibly, where ``../shared`` is absent."""
    if item.get_closest_marker("shared_corpus") and not SHARED.is_dir():
        pytest.skip(f"shared corpus: {SHARED} is absent (it exists on the development machine)")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return REPO_ROOT / "seeds"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``; use it in tests marked ``shared_corpus`` (which skip without it)."""
    return SHARED


@pytest.fixture
def local_assets() -> Path:
    """The vendored map assets; the test fails (never skips) when they were not fetched."""
    if not local_assets_available():
        pytest.fail(MISSING_ASSETS, pytrace=False)
    return VENDOR_DIR


@pytest.fixture
def docs_dir(tmp_path: Path) -> Path:
    """Directory for images the README shows: ``tmp_path``, or ``$STRIKEMAP_DOCS_DIR``.

    ``make docs`` sets ``STRIKEMAP_DOCS_DIR=docs`` and runs the tests marked
    ``docs``, which regenerates ``docs/*.png`` on purpose; every other run leaves
    the repository untouched. A relative value is taken from the repository root.
    """
    configured = os.environ.get(DOCS_DIR_ENV)
    if not configured:
        return tmp_path
    directory = Path(configured)
    directory = directory if directory.is_absolute() else REPO_ROOT / directory
    directory.mkdir(parents=True, exist_ok=True)
    return directory


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL/PostGIS server on 127.0.0.1 for the whole session (see tests/pgserver.py)."""
    from pgserver import PostgresServer

    shared = os.environ.get("STRIKEMAP_TEST_POSTGRES")
    if shared:
        server = PostgresServer.attach(shared)
        server.prepare_template()
        try:
            yield server
        finally:
            server.release()
        return
    server = PostgresServer()
    server.start()
    try:
        server.prepare_template()
        yield server
    finally:
        server.cleanup()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """The URL of a fresh, empty store on each backend: a SQLite file, a PostGIS database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    return request.getfixturevalue("postgres").new_database()
