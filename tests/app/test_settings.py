"""Where the dashboard finds its store: environment first, then Streamlit secrets."""

from __future__ import annotations

import streamlit as st
from strikemap.ui import settings


class FakeSecrets(dict):
    """Stands in for st.secrets (a mapping with .get)."""


def test_environment_wins_over_secrets(monkeypatch):
    monkeypatch.setattr(st, "secrets", FakeSecrets(STRIKEMAP_DB="/from/secrets.sqlite"))
    monkeypatch.setenv("STRIKEMAP_DB", "/from/env.sqlite")
    assert settings.store_url() == "/from/env.sqlite"


def test_secrets_used_without_environment(monkeypatch):
    monkeypatch.setattr(st, "secrets", FakeSecrets(STRIKEMAP_DB="sqlite:////data/s.sqlite"))
    monkeypatch.delenv("STRIKEMAP_DB", raising=False)
    assert settings.store_url() == "sqlite:////data/s.sqlite"
    assert settings.setting(settings.TILES_SETTING) is None


def test_no_secrets_file_means_default_store(monkeypatch, tmp_path):
    monkeypatch.delenv("STRIKEMAP_DB", raising=False)
    monkeypatch.chdir(tmp_path)  # no .streamlit/secrets.toml here
    assert settings.store_url() is None


def test_seeds_are_found_beside_the_dashboard(repo_root):
    assert settings.seeds_dir(repo_root / "dashboard" / "app.py") == repo_root / "seeds"
