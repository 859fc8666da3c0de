"""Free-form geocoding queries: "Pokrovsk, Donetsk region", "Saltivskyi district, Kharkiv"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from strikemap.gazetteer.place import Place
from strikemap.gazetteer.resolution import Resolution

if TYPE_CHECKING:
    from strikemap.gazetteer.gazetteer import Gazetteer

_SEPARATORS = re.compile(r"\s*[,;]\s*")
# Generic words that may wrap a name ("the village of Kupiansk-Vuzlovyi",
# "Kyiv city") without being part of any spelling in the gazetteer.
_WRAPPER = re.compile(
    r"^(?:the\s+)?(?:(?:village|town|city|settlement|urban-type settlement|hromada|"
    r"community)\s+of\s+)|\s+(?:city|town|village)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query split into the name asked for and the context after commas."""

    name: str
    region: Place | None
    near: Place | None
    countries: tuple[str, ...]


def parse_query(gazetteer: Gazetteer, query: str) -> ParsedQuery:
    """Split "name, context, context" and interpret each context part.

    A context part that names a region ("Donetsk region", "Kharkivska
    oblast") restricts the region; a country name restricts the country; a
    city name ("Kharkiv") is taken as a nearby city, which selects its
    districts.
    """
    parts = [p for p in _SEPARATORS.split(query.strip()) if p]
    name = parts[0] if parts else ""
    region: Place | None = None
    near: Place | None = None
    countries: list[str] = []
    for part in parts[1:]:
        found = gazetteer.candidates(part)
        levels = {p.level for p in found}
        if "region" in levels:
            region = next(p for p in found if p.level == "region")
        elif "country" in levels:
            countries.append(next(p for p in found if p.level == "country").country)
        elif "city" in levels:
            resolved = gazetteer.resolve(part)
            near = resolved.place or near
    return ParsedQuery(name, region, near, tuple(countries))


def strip_wrappers(name: str) -> str:
    """Remove generic words around a name ("the village of X", "X city")."""
    return _WRAPPER.sub("", name).strip()


def geocode_query(
    gazetteer: Gazetteer, query: str, country_codes: Iterable[str] | None = None
) -> Resolution:
    """Resolve a free-form query against the gazetteer.

    Parameters
    ----------
    gazetteer
        The loaded gazetteer.
    query
        "Pokrovsk, Donetsk region", "Saltivskyi district, Kharkiv", "Sumy
        region", "Kiev"...
    country_codes
        Optional ISO2 codes the result must lie in.

    Returns
    -------
    Resolution
        As :meth:`Gazetteer.resolve`; ``query`` is the full query string.
    """
    parsed = parse_query(gazetteer, query)
    countries = {c.upper() for c in country_codes or ()} | set(parsed.countries)
    name = parsed.name
    if not gazetteer.candidates(name) and strip_wrappers(name) != name:
        name = strip_wrappers(name)
    resolution = gazetteer.resolve(
        name,
        country=countries or None,
        region=parsed.region,
        near=parsed.near,
    )
    return Resolution(
        query, resolution.place, resolution.confidence, resolution.rejected, resolution.reason
    )
