"""The place record every other module receives from the gazetteer."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

PlaceLevel = Literal["district", "city", "region", "country"]


@dataclass(frozen=True, slots=True)
class Place:
    """A named place with a coordinate.

    Attributes
    ----------
    id
        Stable identifier: ``gn:<geonameid>`` for GeoNames places,
        ``region:<ISO 3166-2>``, ``district:<city>:<name>`` or ``country:<ISO2>``.
    name
        Canonical English name (Ukrainian-based transliteration for Ukraine:
        Kyiv, Kharkiv, Zaporizhzhia; "<Name> Oblast" for regions).
    level
        ``"district"``, ``"city"``, ``"region"`` or ``"country"``.
    country
        ISO 3166-1 alpha-2 code.
    lat, lon
        WGS84 coordinate (a region's polygon centroid).
    population
        GeoNames population (sum of its places for a region; 0 when unknown).
    parent_id, parent
        The enclosing unit: the city of a district, the oblast of a city, the
        country of a region.
    iso_region
        ISO 3166-2 code of the region the place lies in (e.g. "UA-63").
    unit
        For a region-level place that is not a region: ``"raion"`` (an
        oblast's district, the 2020 units) or ``"hromada"`` (a territorial
        community); ``None`` otherwise.
    radius_km
        Radius of a circle of the unit's area, for drawing a raion or
        hromada without an outline; for a village placed at its hromada's
        centre (:attr:`placed_at_hromada`), the hromada's radius: the circle
        the village lies in.  0 for points and regions.
    """

    id: str
    name: str
    level: PlaceLevel
    country: str
    lat: float
    lon: float
    population: int
    parent_id: str | None
    parent: str | None
    iso_region: str | None
    unit: str | None = None
    radius_km: float = 0.0

    @property
    def is_subdivision(self) -> bool:
        """Whether this is a raion or a hromada (a region-level place inside an oblast)."""
        return self.unit is not None

    @property
    def placed_at_hromada(self) -> bool:
        """Whether this is a village known only by name, placed at its hromada's centre.

        Such a place has population 0 and its hromada's radius as its
        uncertainty.
        """
        return self.unit is None and self.radius_km > 0

    def to_record(self) -> dict[str, Any]:
        """Plain-dict form for JSON output."""
        return asdict(self)
