"""Circles standing in for the outlines of raions and hromadas.

The gazetteer has no raion or hromada boundaries; a unit carries the radius
of a circle of its size (``Place.radius_km``), and the map draws that circle
for an event placed on the unit as a whole.
"""

from __future__ import annotations

from math import cos, pi, radians, sin

from strikemap.gazetteer.place import Place

KM_PER_DEGREE = 111.32
CIRCLE_POINTS = 48


def circle_ring(
    lat: float, lon: float, radius_km: float, points: int = CIRCLE_POINTS, digits: int = 3
) -> list[list[float]]:
    """A closed ring of ``[lon, lat]`` points approximating a circle on the ground."""
    dlat = radius_km / KM_PER_DEGREE
    dlon = radius_km / (KM_PER_DEGREE * max(0.05, cos(radians(lat))))
    ring = [
        [round(lon + dlon * cos(2 * pi * i / points), digits),
         round(lat + dlat * sin(2 * pi * i / points), digits)]
        for i in range(points)
    ]  # fmt: skip
    return [*ring, ring[0]]


def unit_outlines(places: list[Place] | None = None) -> list[tuple[str | None, str, Place]]:
    """``(iso_region, name, unit)`` of every raion and hromada that has a radius.

    Parameters
    ----------
    places
        The units to draw; every unit of the default gazetteer by default.
    """
    if places is None:
        from strikemap.gazetteer.gazetteer import Gazetteer

        places = Gazetteer.load().subdivisions()
    return [(p.iso_region, p.name, p) for p in places if p.unit and p.radius_km > 0]
