"""Optional Nominatim fallback for places the gazetteer lacks.

Off by default.  Enabled by ``GazetteerGeocoder(nominatim=True)`` or the
environment variable ``STRIKEMAP_NOMINATIM=1``.  Requests go through geopy's
:class:`~geopy.extra.rate_limiter.RateLimiter` (one per second; no retries, hence
no error-wait sleeps), carry strikemap's own user agent, and every answer -
including "not found" - is kept in a JSON cache file so that no query is
sent twice.  The first network failure switches the fallback off for the
rest of the process, so an offline machine pays one quick failure at most.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from strikemap.gazetteer.names import normalize

log = logging.getLogger(__name__)

ENV_VAR = "STRIKEMAP_NOMINATIM"
USER_AGENT = "strikemap/0.1 (offline strike map; gazetteer fallback)"
TIMEOUT_S = 3.0
MIN_DELAY_S = 1.0


def enabled_by_env() -> bool:
    """Whether ``STRIKEMAP_NOMINATIM`` asks for the fallback."""
    return os.environ.get(ENV_VAR, "").strip().lower() in {"1", "true", "yes", "on"}


def default_cache_path() -> Path:
    """``nominatim.json`` in the user cache directory (a temp dir if not writable)."""
    import tempfile

    from platformdirs import user_cache_dir

    directory = Path(user_cache_dir("strikemap"))
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        directory = Path(tempfile.gettempdir()) / "strikemap"
        directory.mkdir(parents=True, exist_ok=True)
    return directory / "nominatim.json"


class NominatimFallback:
    """Rate-limited, cached, fail-fast Nominatim look-ups.

    Parameters
    ----------
    cache_path
        JSON file of earlier answers; created on first write.
    geocoder
        A geopy geocoder to ask; by default :class:`geopy.geocoders.Nominatim`
        with strikemap's user agent (tests pass one with a fake adapter).
    """

    def __init__(self, cache_path: Path | None = None, geocoder: Any = None) -> None:
        from geopy.extra.rate_limiter import RateLimiter

        if geocoder is None:
            from geopy.geocoders import Nominatim

            geocoder = Nominatim(user_agent=USER_AGENT, timeout=TIMEOUT_S)
        self.geocoder = geocoder
        self.cache_path = cache_path or default_cache_path()
        self._lock = threading.Lock()
        self._cache: dict[str, dict[str, Any] | None] | None = None
        self.offline = False
        self._limited: Callable[..., Any] = RateLimiter(
            geocoder.geocode,
            min_delay_seconds=MIN_DELAY_S,
            max_retries=0,
            error_wait_seconds=MIN_DELAY_S,
            swallow_exceptions=False,
        )

    @staticmethod
    def cache_key(query: str, country_codes: Iterable[str] | None) -> str:
        codes = ",".join(sorted(c.lower() for c in country_codes or ()))
        return f"{normalize(query)}|{codes}"

    def lookup(self, query: str, country_codes: Iterable[str] | None = None) -> dict | None:
        """Return ``{"lat", "lon", "address", "raw"}`` for ``query``, or None.

        Never raises on network trouble: it logs once, marks the fallback
        offline and returns None.
        """
        codes = list(country_codes or ())
        key = self.cache_key(query, codes)
        with self._lock:
            cache = self._load_cache()
            if key in cache:
                return cache[key]
            if self.offline:
                return None
            try:
                location = self._limited(query, exactly_one=True, country_codes=codes or None)
            except Exception as exc:  # geopy raises many types; any means "no answer now".
                self.offline = True
                log.warning("Nominatim fallback disabled for this session: %s", exc)
                return None
            answer = (
                None
                if location is None
                else {
                    "lat": float(location.latitude),
                    "lon": float(location.longitude),
                    "address": location.address,
                    "raw": location.raw,
                }
            )
            cache[key] = answer
            self._save_cache(cache)
            return answer

    def _load_cache(self) -> dict[str, dict[str, Any] | None]:
        if self._cache is None:
            try:
                self._cache = json.loads(self.cache_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._cache = {}
        return self._cache

    def _save_cache(self, cache: dict) -> None:
        try:
            self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.cache_path.with_suffix(".tmp")
            tmp.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
            tmp.replace(self.cache_path)
        except OSError as exc:
            log.warning("cannot write Nominatim cache %s: %s", self.cache_path, exc)
