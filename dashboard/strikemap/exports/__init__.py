"""Exports of a filtered event frame: CSV, GeoJSON, GeoPackage, standalone HTML, briefing PNG.

Every function takes the GeoDataFrame made by :func:`strikemap.frames.events_to_frame`.
"""

from strikemap.exports.tabular import to_csv, to_geojson, to_geopackage

__all__ = ["to_csv", "to_geojson", "to_geopackage"]
