"""Region and country polygons for the map layers and point-in-region tests.

Files: ``geodata/regions.geojson`` (oblasts of Ukraine with Crimea, Kyiv and
Sevastopol cities; Russian regions bordering Ukraine or often struck) and
``geodata/countries.geojson`` (Ukraine, Russia - clipped to 40-62.5°N,
12-60°E -, Belarus, Moldova and the neighbours of the base map), both built
from Natural Earth by :mod:`strikemap.gazetteer.polygons`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from strikemap.gazetteer.credits import CREDITS
from strikemap.gazetteer.paths import default_geodata_dir

if TYPE_CHECKING:
    import geopandas

__all__ = ["CREDITS", "load_countries", "load_regions", "region_at"]

REGION_COLUMNS = ["iso_region", "name", "country", "geometry"]
COUNTRY_COLUMNS = ["name", "iso2", "geometry"]


@lru_cache(maxsize=4)
def _read(path: Path) -> geopandas.GeoDataFrame:
    import geopandas as gpd

    frame = gpd.read_file(path)
    return frame.set_crs("EPSG:4326", allow_override=True)


def load_regions(geodata_dir: Path | None = None) -> geopandas.GeoDataFrame:
    """Region polygons: columns ``iso_region``, ``name``, ``country``, ``geometry`` (EPSG:4326).

    Returns a copy, so callers may add columns.
    """
    path = (geodata_dir or default_geodata_dir()) / "regions.geojson"
    return _read(path)[REGION_COLUMNS].copy()


def load_countries(geodata_dir: Path | None = None) -> geopandas.GeoDataFrame:
    """Country outlines: columns ``name``, ``iso2``, ``geometry`` (EPSG:4326)."""
    path = (geodata_dir or default_geodata_dir()) / "countries.geojson"
    return _read(path)[COUNTRY_COLUMNS].copy()


@lru_cache(maxsize=2)
def _region_index(geodata_dir: Path | None):
    import shapely

    frame = _read((geodata_dir or default_geodata_dir()) / "regions.geojson")
    return shapely.STRtree(frame.geometry.to_numpy()), list(frame["iso_region"])


def region_at(lat: float, lon: float, geodata_dir: Path | None = None) -> str | None:
    """ISO 3166-2 code of the region polygon containing a point, or None."""
    import shapely

    tree, codes = _region_index(geodata_dir)
    point = shapely.Point(lon, lat)
    for i in tree.query(point, predicate="intersects"):
        return codes[int(i)]
    # Points on the thin seams between regions or just off the simplified
    # coast: take the nearest polygon within ~2 km.
    nearest = tree.query_nearest(point, max_distance=0.02)
    return codes[int(nearest[0])] if len(nearest) else None
