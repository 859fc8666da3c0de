"""Region (oblast) and country outlines for the map, from the offline gazetteer.

Outlines come from :mod:`strikemap.gazetteer.boundaries`. They are simplified and
encoded once per process (the base map is rebuilt on every Streamlit rerun), and
looked up by ISO 3166-2 code or by normalised name for region-level events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import geopandas as gpd
from shapely.geometry import box

from strikemap.mapping.payload import encode_geometry

__all__ = ["Outlines", "RegionIndex", "default_outlines", "default_regions", "outlines_from_frames"]

# The part of the world the map is about; clipping countries to it keeps Russia's
# outline from costing hundreds of kilobytes of Pacific coastline.
AREA_OF_INTEREST = box(14.0, 40.0, 62.0, 62.0)


def _normalize(name: str) -> str:
    try:
        from strikemap.gazetteer.names import normalize
    except ImportError:
        return " ".join(name.casefold().split())
    return normalize(name)


@dataclass
class RegionIndex:
    """Encoded region outlines by ISO 3166-2 code and by normalised name."""

    names: list[str] = field(default_factory=list)
    geometries: list[list] = field(default_factory=list)
    by_code: dict[str, int] = field(default_factory=dict)
    by_name: dict[str, int] = field(default_factory=dict)
    # Raions and hromadas, drawn as a circle of their size: (code, name) -> the
    # unit, encoded on first use.
    by_unit: dict[tuple[str, str], object] = field(default_factory=dict)

    @classmethod
    def from_frame(cls, regions: gpd.GeoDataFrame | None) -> RegionIndex:
        """Build the index from a frame with ``iso_region``, ``name``, ``geometry``."""
        index = cls()
        if regions is None or regions.empty:
            return index
        for code, name, geometry in zip(
            regions["iso_region"], regions["name"], regions.geometry, strict=True
        ):
            if geometry is None or geometry.is_empty:
                continue
            position = len(index.geometries)
            index.names.append(str(name))
            index.geometries.append(encode_geometry(geometry))
            if code:
                index.by_code[str(code)] = position
            index.by_name[_normalize(str(name))] = position
        return index

    def add_units(self, units: list[tuple[str | None, str, object]]) -> None:
        """Index raions and hromadas, ``(iso_region, name, unit place)``."""
        for code, name, unit in units:
            self.by_unit[(str(code), _normalize(name))] = unit

    def _unit_position(self, key: tuple[str, str]) -> int:
        from strikemap.gazetteer.circles import circle_ring

        unit = self.by_unit[key]
        if isinstance(unit, int):
            return unit
        self.names.append(unit.name)
        self.geometries.append(["P", [circle_ring(unit.lat, unit.lon, unit.radius_km)]])
        self.by_unit[key] = len(self.geometries) - 1
        return self.by_unit[key]

    def unit_circle(self, iso_region: object, name: object) -> int | None:
        """The position of a raion's or hromada's circle, or None when ``name`` is no unit.

        A village known only by name is placed at its hromada's centre and
        lies somewhere in its circle: its event is drawn as that circle.
        """
        if isinstance(name, str) and (str(iso_region), _normalize(name)) in self.by_unit:
            return self._unit_position((str(iso_region), _normalize(name)))
        return None

    def find(self, iso_region: object, name: object) -> int | None:
        """Return the position of a raion/hromada circle, else a region by code, else by name."""
        if isinstance(name, str) and (str(iso_region), _normalize(name)) in self.by_unit:
            return self._unit_position((str(iso_region), _normalize(name)))
        if isinstance(iso_region, str) and iso_region in self.by_code:
            return self.by_code[iso_region]
        if isinstance(name, str) and name:
            return self.by_name.get(_normalize(name))
        return None


@dataclass(frozen=True)
class Outlines:
    """Encoded country and region outlines for the offline base map."""

    countries: list[list]
    regions: list[list]


def _load(kind: str) -> gpd.GeoDataFrame | None:
    """Return the gazetteer's boundaries, or ``None`` when they are not available."""
    try:
        from strikemap.gazetteer import boundaries
    except ImportError:
        return None
    try:
        return boundaries.load_regions() if kind == "regions" else boundaries.load_countries()
    except (OSError, ValueError):
        return None


@lru_cache(maxsize=1)
def default_regions() -> RegionIndex:
    """Return the gazetteer's oblast outlines and raion/hromada circles, indexed."""
    index = RegionIndex.from_frame(_load("regions"))
    try:
        from strikemap.gazetteer.circles import unit_outlines

        index.add_units(unit_outlines())
    except (ImportError, OSError, ValueError, RuntimeError):
        pass  # no gazetteer: oblast outlines only
    return index


def outlines_from_frames(
    countries: gpd.GeoDataFrame | None, regions: gpd.GeoDataFrame | None
) -> Outlines:
    """Encode country outlines (clipped to the area of interest) and region outlines."""
    encoded_countries: list[list] = []
    if countries is not None and not countries.empty:
        for geometry in countries.geometry:
            if geometry is None or geometry.is_empty:
                continue
            clipped = geometry.intersection(AREA_OF_INTEREST)
            if not clipped.is_empty and clipped.geom_type in ("Polygon", "MultiPolygon"):
                encoded_countries.append(encode_geometry(clipped, tolerance=0.02))
    return Outlines(encoded_countries, RegionIndex.from_frame(regions).geometries)


@lru_cache(maxsize=1)
def default_outlines() -> Outlines:
    """Return the gazetteer's country and region outlines, encoded (cached)."""
    return outlines_from_frames(_load("countries"), _load("regions"))
