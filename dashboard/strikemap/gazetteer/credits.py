"""Attribution that the app, exports and README must show."""

from __future__ import annotations

CREDITS = (
    "Place names and coordinates: GeoNames (geonames.org), CC BY 4.0. "
    "Boundaries: Natural Earth (naturalearthdata.com), public domain."
)
# Lower-case alias so callers may write ``from strikemap.gazetteer import credits``.
credits = CREDITS
