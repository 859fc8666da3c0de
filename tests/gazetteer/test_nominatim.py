"""The optional Nominatim fallback, exercised with a fake geopy adapter (never the network)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import ClassVar

import pytest
from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderUnavailable
from geopy.geocoders import Nominatim
from strikemap.gazetteer import nominatim as nominatim_module
from strikemap.gazetteer.geocoder import GazetteerGeocoder
from strikemap.gazetteer.nominatim import USER_AGENT, NominatimFallback

ANSWER = [
    {
        "place_id": 1,
        "lat": "47.1000",
        "lon": "36.2000",
        "display_name": "Testivka, Zaporizhzhia Oblast, Ukraine",
        "class": "place",
        "type": "village",
    }
]


class FakeAdapter(BaseSyncAdapter):
    """Answers every request with ANSWER (or fails), recording the URLs and headers."""

    calls: ClassVar[list[tuple[str, dict]]] = []
    fail: ClassVar[bool] = False

    def __init__(self, *, proxies, ssl_context) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url, *, timeout, headers):
        type(self).calls.append((url, headers))
        if type(self).fail:
            raise GeocoderUnavailable("network is unreachable")
        return ANSWER if "Testivka" in url else []

    def get_text(self, url, *, timeout, headers):
        return json.dumps(self.get_json(url, timeout=timeout, headers=headers))


@pytest.fixture()
def fake_nominatim(monkeypatch: pytest.MonkeyPatch) -> Nominatim:
    FakeAdapter.calls = []
    FakeAdapter.fail = False
    monkeypatch.setattr(nominatim_module, "MIN_DELAY_S", 0.0)
    return Nominatim(user_agent=USER_AGENT, adapter_factory=FakeAdapter)


def test_off_by_default(geocoder: GazetteerGeocoder) -> None:
    assert geocoder.fallback is None
    assert geocoder.geocode("Testivka") is None


def test_enabled_by_environment(gazetteer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STRIKEMAP_NOMINATIM", "1")
    geocoder = GazetteerGeocoder(gazetteer, nominatim_cache=tmp_path / "c.json")
    assert geocoder.fallback is not None


def test_rate_limiter_settings(tmp_path: Path) -> None:
    fallback = NominatimFallback(tmp_path / "c.json", Nominatim(user_agent=USER_AGENT))
    limiter = fallback._limited
    assert limiter.min_delay_seconds == 1.0
    assert limiter.max_retries == 0
    assert limiter.error_wait_seconds <= 1.0
    assert fallback.geocoder.headers["User-Agent"] == USER_AGENT


def test_fallback_answers_and_caches(gazetteer, fake_nominatim, tmp_path: Path) -> None:
    cache = tmp_path / "nominatim.json"
    geocoder = GazetteerGeocoder(
        gazetteer, nominatim=True, nominatim_cache=cache, nominatim_geocoder=fake_nominatim
    )
    location = geocoder.geocode("Testivka", country_codes=["UA"])
    assert location is not None
    assert (location.latitude, location.longitude) == (47.1, 36.2)
    assert location.raw["source"] == "nominatim"
    assert len(FakeAdapter.calls) == 1
    url, headers = FakeAdapter.calls[0]
    assert "countrycodes=ua" in url.lower() and headers["User-Agent"] == USER_AGENT

    # Asked again, in this process or the next: served from the cache file.
    assert geocoder.geocode("Testivka", country_codes=["UA"]) is not None
    again = GazetteerGeocoder(
        gazetteer, nominatim=True, nominatim_cache=cache, nominatim_geocoder=fake_nominatim
    )
    assert again.geocode("testivka", country_codes=["ua"]) is not None
    assert len(FakeAdapter.calls) == 1
    assert json.loads(cache.read_text(encoding="utf-8"))


def test_not_found_is_cached_too(gazetteer, fake_nominatim, tmp_path: Path) -> None:
    geocoder = GazetteerGeocoder(
        gazetteer,
        nominatim=True,
        nominatim_cache=tmp_path / "c.json",
        nominatim_geocoder=fake_nominatim,
    )
    assert geocoder.geocode("Nowhereivka") is None
    assert geocoder.geocode("Nowhereivka") is None
    assert len(FakeAdapter.calls) == 1


def test_gazetteer_answers_never_reach_nominatim(gazetteer, fake_nominatim, tmp_path) -> None:
    geocoder = GazetteerGeocoder(
        gazetteer,
        nominatim=True,
        nominatim_cache=tmp_path / "c.json",
        nominatim_geocoder=fake_nominatim,
    )
    assert geocoder.geocode("Kharkiv").raw["source"] == "gazetteer"
    assert FakeAdapter.calls == []


def test_offline_fails_fast_and_cleanly(gazetteer, fake_nominatim, tmp_path: Path) -> None:
    FakeAdapter.fail = True
    geocoder = GazetteerGeocoder(
        gazetteer,
        nominatim=True,
        nominatim_cache=tmp_path / "c.json",
        nominatim_geocoder=fake_nominatim,
    )
    started = time.monotonic()
    assert geocoder.geocode("Testivka") is None
    assert geocoder.geocode("Otherivka") is None
    assert time.monotonic() - started < 5  # no retry sleeps
    assert len(FakeAdapter.calls) == 1  # switched off after the first failure
    assert geocoder.fallback.offline
    assert geocoder.geocode("Kyiv").raw["name"] == "Kyiv"  # the gazetteer still works
    assert not (tmp_path / "c.json").exists()  # failures are not cached as answers
