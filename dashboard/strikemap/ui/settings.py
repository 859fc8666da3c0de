"""Where the dashboard's store lives and how its bundled seeds are found."""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from strikemap.store import Publication

DB_SETTING = "STRIKEMAP_DB"
TILES_SETTING = "STRIKEMAP_TILES"


def setting(name: str) -> str | None:
    """Return a setting from the environment, else from ``st.secrets``, else ``None``.

    The environment wins so that the tests and ``strikemap serve --db`` can
    point the app at another store without touching a secrets file.
    """
    value = os.environ.get(name)
    if value:
        return value
    try:
        secret = st.secrets.get(name)
    except (FileNotFoundError, st.errors.StreamlitSecretNotFoundError):
        # No secrets.toml at all is the normal case.
        return None
    return str(secret) if secret else None


def store_url() -> str | None:
    """Return the configured store URL or path (``None`` = the default store)."""
    return setting(DB_SETTING)


def publication() -> Publication:
    """Return the public-link policy (``STRIKEMAP_PUBLIC_*`` in the environment or secrets).

    Raises
    ------
    strikemap.store.PublicationError
        When a setting is not a positive number.
    """
    return Publication.from_settings(setting)


def seeds_dir(app_file: str | Path) -> Path:
    """Return the repository's ``seeds/`` folder, found relative to ``dashboard/app.py``."""
    return Path(app_file).resolve().parent.parent / "seeds"
