"""Free-form geocoding queries: "Pokrovsk, Donetsk region", "Saltivskyi district, Kharkiv"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from strikemap.gazetteer.place import Place
from strikemap.gazetteer.resolution import Resolution

if TYPE_CHECKING:
    from strikemap.gazetteer.gazetteer import Gazetteer

_SEPARATORS = re.compile(r"\s*[,;]\s*")
# Generic words that may wrap a name ("the village of Kupiansk-Vuzlovyi",
# "Kyiv city") without being part of any spelling in the gazetteer.
_WRAPPER = re.compile(
    r"^(?:(?:in|at|near|on)\s+)?(?:the\s+)?"
    r"(?:(?:village|town|city|settlement|urban-type settlement|hromada|community)\s+of\s+)?"
    r"|\s+(?:city|town|village)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query split into the name asked for and the context after commas."""

    name: str
    region: Place | None
    within: Place | None
    countries: tuple[str, ...]


def parse_query(gazetteer: Gazetteer, query: str) -> ParsedQuery:
    """Split a query into the name asked for and its context.

    Parts are separated by commas or semicolons, or written "X of Y"
    ("Pecherskyi district of Kyiv") or "Y's X" ("Kyiv's Pecherskyi
    district").  The name is the first part that is not only a region or
    country ("in the Kherson region, the village of X" asks for X); a region
    part ("Donetsk region", "Kharkivska oblast") restricts the region, a
    country part the country, and a city, raion or hromada part ("Kharkiv",
    "Kupiansk raion") an area the place must lie in: a city selects its
    districts for a district phrase, and otherwise its oblast.  Each is a
    constraint (see :class:`~strikemap.gazetteer.context.Context`).
    """
    parts = [strip_wrappers(p) for p in _split(query)]
    parts = [p for p in parts if p]
    if not parts:
        return ParsedQuery("", None, None, ())
    name_index = 0
    if len(parts) > 1:
        name_index = next((i for i, part in enumerate(parts) if not _is_area(gazetteer, part)), 0)
    region: Place | None = None
    within: Place | None = None
    countries: list[str] = []
    for i, part in enumerate(parts):
        if i == name_index:
            continue
        found = gazetteer.candidates(part)
        oblasts = [p for p in found if p.level == "region" and p.unit is None]
        if oblasts:
            region = oblasts[0]
        elif any(p.level == "country" for p in found):
            countries.append(next(p for p in found if p.level == "country").country)
        elif found:
            within = gazetteer.resolve(part).place or within
    return ParsedQuery(parts[name_index], region, within, tuple(countries))


_OF_RE = re.compile(
    r"^(?P<name>.+?\b(?:district|raion|rayon|microdistrict|neighbourhood|neighborhood))"
    r"\s+(?:of|in)\s+(?P<context>.+)$",
    re.IGNORECASE,
)
_POSSESSIVE_RE = re.compile(r"^(?P<context>[^\s,]+(?:\s[^\s,]+)?)['’]s\s+(?P<name>.+)$")


def _split(query: str) -> list[str]:
    parts: list[str] = []
    for part in _SEPARATORS.split(query.strip()):
        of = _OF_RE.match(part)
        possessive = _POSSESSIVE_RE.match(part)
        if of:
            parts += [of["name"], of["context"]]
        elif possessive:
            parts += [possessive["name"], possessive["context"]]
        else:
            parts.append(part)
    return parts


def _is_area(gazetteer: Gazetteer, part: str) -> bool:
    """Whether a part only names a region or a country."""
    found = gazetteer.candidates(part)
    return bool(found) and all(
        (p.level == "region" and p.unit is None) or p.level == "country" for p in found
    )


def strip_wrappers(name: str) -> str:
    """Remove generic words around a name ("the village of X", "in the X", "X city")."""
    return _WRAPPER.sub("", name.strip()).strip()


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
    resolution = gazetteer.resolve(
        parsed.name,
        country=countries or None,
        region=parsed.region,
        within=parsed.within,
    )
    return replace(resolution, query=query)
