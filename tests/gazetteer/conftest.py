"""Fixtures shared by the gazetteer tests."""

from __future__ import annotations

import pytest
from strikemap.gazetteer import Gazetteer
from strikemap.gazetteer.geocoder import GazetteerGeocoder


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture()
def geocoder(gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> GazetteerGeocoder:
    # The Nominatim fallback must stay off unless a test turns it on.
    monkeypatch.delenv("STRIKEMAP_NOMINATIM", raising=False)
    return GazetteerGeocoder(gazetteer)
