"""Choosing the place a name refers to, from context, or declining.

Rules, in order:

1. **Country** - candidates outside the allowed countries are dropped.
2. **Region** - a region named nearby ("Pokrovsk, Donetsk region"; "in the
   Kherson region, the village of ...") keeps only candidates inside it.
3. **Near** - a city named nearby keeps its own districts; otherwise a point
   or place nearby keeps candidates within :data:`NEAR_KM`.
4. **District phrase** - a name ending in a district word ("Kyivskyi
   district", "Печерський район") keeps the city districts among its
   candidates.  When only towns are left, the phrase names a raion (an
   oblast subdivision) and the town is its administrative centre: the
   resolver returns the centre with its confidence capped at
   :data:`RAION_CONFIDENCE`, since a raion covers hundreds of square
   kilometres around it.
5. **Prior** - among what is left, a score from population, whether the
   name is the place's canonical name (Pokrovsk in Donetsk Oblast rather than
   Engels, once called Pokrovsk) and the country (Ukraine, then Russia, as
   this is where strikes are reported).  The best candidate must beat the
   runner-up by :data:`MIN_MARGIN`; otherwise the resolver declines rather
   than place a marker on the wrong Novoselivka.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from math import log10
from typing import TYPE_CHECKING

from strikemap.gazetteer.geometry import haversine_km
from strikemap.gazetteer.names import is_raion_phrase, normalize
from strikemap.gazetteer.place import Place
from strikemap.gazetteer.resolution import Rejected, Resolution

if TYPE_CHECKING:
    from strikemap.gazetteer.gazetteer import Gazetteer

NEAR_KM = 60.0
MIN_MARGIN = 0.5
CLEAR_MARGIN = 1.0
PRIMARY_NAME_BONUS = 1.5
COUNTRY_BONUS = {"UA": 0.5, "RU": 0.15}
MAX_REJECTED = 25
RAION_CONFIDENCE = 0.5


def prior_score(gazetteer: Gazetteer, place: Place, name: str) -> float:
    """Context-free plausibility of ``place`` being what ``name`` means."""
    score = log10(max(place.population, 100))
    if gazetteer.is_primary_name(place, name):
        score += PRIMARY_NAME_BONUS
    return score + COUNTRY_BONUS.get(place.country, 0.0)


def resolve(
    gazetteer: Gazetteer,
    name: str,
    *,
    country: str | Iterable[str] | None = None,
    region: str | Place | None = None,
    near: str | Place | tuple[float, float] | None = None,
    lang: str | None = None,
) -> Resolution:
    """Resolve ``name`` to one place using the context given.

    Parameters
    ----------
    gazetteer
        The loaded gazetteer.
    name
        The place name as written (any spelling; inflected forms are tried
        through their stems when the exact form is unknown).
    country
        ISO2 code or codes the place must be in.
    region
        A region the place must be in: a region :class:`Place`, an ISO
        3166-2 code or a region/city name ("Donetsk region").
    near
        A place, a ``(lat, lon)`` pair or a place name mentioned nearby.
    lang
        Language of the text, for inflected forms.

    Returns
    -------
    Resolution
        The chosen place with a confidence, or ``place=None`` with the
        reason and every candidate rejected.  A raion phrase resolved to a
        town ("Kupiansk district") has a confidence of at most
        :data:`RAION_CONFIDENCE`.
    """
    result = _resolve(gazetteer, name, country=country, region=region, near=near, lang=lang)
    if (
        result.place is not None
        and result.place.level == "city"
        and is_raion_phrase(normalize(name))
    ):
        return replace(
            result,
            confidence=min(result.confidence, RAION_CONFIDENCE),
            reason=f"{result.reason}; a raion, placed at its administrative centre",
        )
    return result


def _resolve(
    gazetteer: Gazetteer,
    name: str,
    *,
    country: str | Iterable[str] | None = None,
    region: str | Place | None = None,
    near: str | Place | tuple[float, float] | None = None,
    lang: str | None = None,
) -> Resolution:
    """The rules of the module docstring, before the raion confidence cap."""
    found = gazetteer.candidates(name) or gazetteer.candidates_inflected(name, lang)
    if not found:
        return Resolution(name, None, 0.0, (), "no place of this name in the gazetteer")
    pool = list(dict.fromkeys(found))
    rejected: list[Rejected] = []
    context_used: list[str] = []
    penalty = 0.0

    if country:
        allowed = {country.upper()} if isinstance(country, str) else {c.upper() for c in country}
        kept = [p for p in pool if p.country in allowed]
        rejected += [
            Rejected(p, f"in {p.country}, not in {'/'.join(sorted(allowed))}")
            for p in pool
            if p not in kept
        ]
        if not kept:
            return _decline(name, rejected, "no candidate in the requested countries")
        if len(kept) < len(pool):
            context_used.append("country")
        pool = kept

    region_place = _as_region(gazetteer, region)
    if region is not None and region_place is None:
        penalty += 0.1
    if region_place is not None:
        kept = [
            p for p in pool if p.id == region_place.id or p.iso_region == region_place.iso_region
        ]
        if kept:
            rejected += [Rejected(p, f"not in {region_place.name}") for p in pool if p not in kept]
            if len(kept) < len(pool):
                context_used.append(f"region {region_place.name}")
            pool = kept
        else:
            # The hint contradicts every candidate: keep them, trust less.
            penalty += 0.2

    raion_phrase = is_raion_phrase(normalize(name))
    if raion_phrase:
        districts = [p for p in pool if p.level == "district"]
        if districts and len(districts) < len(pool):
            rejected += [
                Rejected(p, "a district phrase: city districts come first")
                for p in pool
                if p.level != "district"
            ]
            context_used.append("district phrase")
            pool = districts

    near_place, near_point = _as_near(gazetteer, near)
    if near_point is not None:
        pool, dropped, used = _apply_near(pool, near_place, near_point)
        rejected += dropped
        if used:
            context_used.append(used)
        elif all(_far_from(p, near_point) for p in pool):
            # Nothing of this name near the place named alongside: the
            # mention may be something else (a port, a plant) - trust less.
            penalty += 0.2

    if len(pool) == 1:
        base = 0.95 if len(found) == 1 else 0.9
        reason = (
            "only candidate"
            if len(found) == 1
            else f"only candidate after {', '.join(context_used)}"
        )
        return Resolution(name, pool[0], max(0.05, base - penalty), _cap(rejected), reason)

    scored = sorted(
        ((prior_score(gazetteer, p, name), p) for p in pool), key=lambda sp: sp[0], reverse=True
    )
    (best_score, best), (second_score, _second) = scored[0], scored[1]
    margin = best_score - second_score
    if margin < MIN_MARGIN:
        rejected += [
            Rejected(p, f"ambiguous: {len(pool)} candidates with similar population/name")
            for _, p in scored
        ]
        return _decline(name, rejected, f"{len(pool)} candidates, none clearly more likely")
    rejected += [
        Rejected(p, f"less likely (score {s:.2f} vs {best_score:.2f}: population, name, country)")
        for s, p in scored[1:]
    ]
    confidence = 0.85 if margin >= CLEAR_MARGIN else 0.55
    if context_used:
        confidence = min(0.9, confidence + 0.05)
    reason = "most likely by population, canonical name and country"
    if context_used:
        reason += f" after {', '.join(context_used)}"
    return Resolution(name, best, max(0.05, confidence - penalty), _cap(rejected), reason)


def _far_from(place: Place, point: tuple[float, float]) -> bool:
    return haversine_km(point[0], point[1], place.lat, place.lon) > NEAR_KM


def _decline(name: str, rejected: list[Rejected], reason: str) -> Resolution:
    return Resolution(name, None, 0.1, _cap(rejected), reason)


def _cap(rejected: list[Rejected]) -> tuple[Rejected, ...]:
    return tuple(rejected[:MAX_REJECTED])


def _as_region(gazetteer: Gazetteer, region: str | Place | None) -> Place | None:
    if region is None:
        return None
    if isinstance(region, Place):
        return region if region.level == "region" else gazetteer.region_of(region)
    return gazetteer.find_region(region)


def _as_near(
    gazetteer: Gazetteer, near: str | Place | tuple[float, float] | None
) -> tuple[Place | None, tuple[float, float] | None]:
    if near is None:
        return None, None
    if isinstance(near, Place):
        return near, (near.lat, near.lon)
    if isinstance(near, str):
        resolution = resolve(gazetteer, near)
        if resolution.place is None:
            return None, None
        return resolution.place, (resolution.place.lat, resolution.place.lon)
    lat, lon = near
    return None, (float(lat), float(lon))


def _apply_near(
    pool: list[Place], near_place: Place | None, point: tuple[float, float]
) -> tuple[list[Place], list[Rejected], str | None]:
    """Keep a named city's own districts, else the candidates close to the point."""
    if near_place is not None and near_place.level == "city":
        own = [p for p in pool if p.level == "district" and p.parent_id == near_place.id]
        if own:
            dropped = [
                Rejected(p, f"not a district of {near_place.name}") for p in pool if p not in own
            ]
            return own, dropped, f"city {near_place.name}"
    if near_place is not None and near_place.level == "region":
        inside = [p for p in pool if p.iso_region == near_place.iso_region]
        if inside:
            dropped = [Rejected(p, f"not in {near_place.name}") for p in pool if p not in inside]
            return inside, dropped, f"region {near_place.name}"
    distances = {p.id: haversine_km(point[0], point[1], p.lat, p.lon) for p in pool}
    close = [p for p in pool if distances[p.id] <= NEAR_KM]
    if not close or len(close) == len(pool):
        return pool, [], None
    label = near_place.name if near_place is not None else f"{point[0]:.3f},{point[1]:.3f}"
    dropped = [
        Rejected(p, f"{distances[p.id]:.0f} km from {label}") for p in pool if p not in close
    ]
    return close, dropped, f"near {label}"
