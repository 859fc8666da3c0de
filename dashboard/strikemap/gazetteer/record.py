"""The place record the build assembles and writes as one row of ``places.json``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PlaceRecord:
    """A place being assembled by the build; serialised as one row."""

    id: str
    name: str
    level: str
    country: str
    lat: float
    lon: float
    population: int = 0
    parent_id: str | None = None
    iso_region: str | None = None
    admin1: str | None = None
    forms: set[str] = field(default_factory=set)
    primary: set[str] = field(default_factory=set)
    former: set[str] = field(default_factory=set)
    unit: str | None = None
    radius_km: float = 0.0

    def row(self, index_of: dict[str, int]) -> list:
        parent = index_of.get(self.parent_id, -1) if self.parent_id else -1
        extra = [self.unit, round(self.radius_km, 1)] if self.unit else []
        return [
            self.id,
            self.name,
            self.level,
            self.country,
            round(self.lat, 5),
            round(self.lon, 5),
            self.population,
            parent,
            self.iso_region,
            *extra,
        ]
