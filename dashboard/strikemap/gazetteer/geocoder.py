"""A geopy geocoder backed by the offline gazetteer (with optional Nominatim fallback)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from strikemap.gazetteer.gazetteer import Gazetteer
from strikemap.gazetteer.geometry import haversine_km
from strikemap.gazetteer.nominatim import NominatimFallback, enabled_by_env
from strikemap.gazetteer.place import Place
from strikemap.gazetteer.query import geocode_query
from strikemap.gazetteer.resolution import Resolution

# reverse(): a populated place this close is "the place at this point";
# farther away the containing oblast is the better answer.
REVERSE_PLACE_KM = 10.0


class GazetteerGeocoder(Geocoder):
    """geopy :class:`~geopy.geocoders.base.Geocoder` serving the strikemap gazetteer.

    Parameters
    ----------
    gazetteer
        A loaded gazetteer; :meth:`Gazetteer.load` by default.
    nominatim
        Ask Nominatim for queries the gazetteer cannot resolve.  ``None``
        (default) follows the ``STRIKEMAP_NOMINATIM`` environment variable,
        which is off unless set to 1.
    nominatim_cache
        JSON cache file of Nominatim answers (default: user cache dir).
    nominatim_geocoder
        The geopy geocoder used for the fallback (tests pass a fake).
    country_codes
        Default ISO2 codes results must lie in.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        nominatim: bool | None = None,
        nominatim_cache: Path | None = None,
        nominatim_geocoder: Any = None,
        country_codes: Iterable[str] | None = None,
        user_agent: str | None = None,
    ) -> None:
        super().__init__(user_agent=user_agent)
        self.gazetteer = gazetteer or Gazetteer.load()
        self.country_codes = _codes(country_codes)
        use_fallback = enabled_by_env() if nominatim is None else nominatim
        self.fallback = (
            NominatimFallback(nominatim_cache, nominatim_geocoder) if use_fallback else None
        )

    # ------------------------------------------------------------- forward
    def resolve(self, query: str, country_codes: Iterable[str] | str | None = None) -> Resolution:
        """The gazetteer's resolution of a free-form query (no fallback)."""
        codes = _codes(country_codes) or self.country_codes
        return geocode_query(self.gazetteer, query, codes)

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: Iterable[str] | str | None = None,
        timeout: float | None = None,
    ) -> Location | list[Location] | None:
        """Geocode a free-form query ("Pokrovsk, Donetsk region", "Kiev").

        Parameters
        ----------
        query
            Place name, optionally followed by comma-separated context.
        exactly_one
            Return the chosen place (or None) rather than a list of
            candidates, chosen first.
        country_codes
            ISO2 code(s) the result must lie in.
        timeout
            Accepted for geopy compatibility; the gazetteer never waits.

        Returns
        -------
        Location, list of Location or None
            ``raw`` holds id, name, level, parent, country, iso_region,
            confidence, reason, rejected and ``source`` ("gazetteer" or
            "nominatim").
        """
        codes = _codes(country_codes) or self.country_codes
        resolution = geocode_query(self.gazetteer, query, codes)
        if resolution.place is not None:
            chosen = self._location(resolution.place, resolution)
            if exactly_one:
                return chosen
            others = [self._location(r.place, None, r.reason) for r in resolution.rejected]
            return [chosen, *others]
        fallback = self._fallback(query, codes)
        if fallback is not None:
            return fallback if exactly_one else [fallback]
        if exactly_one:
            return None
        return [self._location(r.place, None, r.reason) for r in resolution.rejected]

    def _fallback(self, query: str, codes: list[str]) -> Location | None:
        if self.fallback is None:
            return None
        answer = self.fallback.lookup(query, codes)
        if answer is None:
            return None
        raw = {
            "id": None,
            "name": answer["address"],
            "level": None,
            "parent": None,
            "country": None,
            "iso_region": None,
            "confidence": 0.5,
            "reason": "not in the gazetteer; Nominatim answer",
            "rejected": [],
            "source": "nominatim",
            "nominatim": answer["raw"],
        }
        return Location(answer["address"], (answer["lat"], answer["lon"]), raw)

    # ------------------------------------------------------------- reverse
    def reverse(
        self, query: Any, *, exactly_one: bool = True, timeout: float | None = None
    ) -> Location | list[Location] | None:
        """The populated place at a point, else the oblast containing it.

        Parameters
        ----------
        query
            ``(lat, lon)``, a geopy ``Point`` or a "lat, lon" string.
        """
        lat, lon = _lat_lon(query)
        place = self.gazetteer.nearest(lat, lon)
        location: Location | None = None
        if place is not None and haversine_km(lat, lon, place.lat, place.lon) <= REVERSE_PLACE_KM:
            location = self._location(place, None, "nearest populated place")
        else:
            region = self._containing_region(lat, lon)
            if region is not None:
                location = self._location(region, None, "oblast containing the point")
        if location is None:
            return None
        return location if exactly_one else [location]

    def _containing_region(self, lat: float, lon: float) -> Place | None:
        from strikemap.gazetteer.boundaries import region_at

        code = region_at(lat, lon)
        return self.gazetteer.region_by_iso(code) if code else None

    # -------------------------------------------------------------- helpers
    def _location(
        self, place: Place, resolution: Resolution | None, reason: str | None = None
    ) -> Location:
        raw = {
            "id": place.id,
            "name": place.name,
            "level": place.level,
            "parent": place.parent,
            "parent_id": place.parent_id,
            "country": place.country,
            "iso_region": place.iso_region,
            "population": place.population,
            "confidence": round(resolution.confidence, 3) if resolution else None,
            "reason": resolution.reason if resolution else reason,
            "rejected": [r.to_record() for r in resolution.rejected] if resolution else [],
            "source": "gazetteer",
        }
        return Location(self._address(place), (place.lat, place.lon), raw)

    def _address(self, place: Place) -> str:
        parts = [place.name]
        parent = self.gazetteer.parent_of(place)
        while parent is not None:
            parts.append(parent.name)
            parent = self.gazetteer.parent_of(parent)
        return ", ".join(parts)


def _codes(country_codes: Iterable[str] | str | None) -> list[str]:
    if not country_codes:
        return []
    if isinstance(country_codes, str):
        country_codes = country_codes.split(",")
    return [c.strip().upper() for c in country_codes if c.strip()]


def _lat_lon(query: Any) -> tuple[float, float]:
    from geopy.point import Point

    point = query if isinstance(query, Point) else Point(query)
    return float(point.latitude), float(point.longitude)
