"""Choosing the place a name refers to, from context, or declining.

Rules, in order; each is a function of its own:

1. **Country** - candidates outside the allowed countries are dropped.
2. **Region** - a given region ("Pokrovsk, Donetsk region") keeps only
   candidates inside it.
3. **Within** - a given city keeps its own districts for a district phrase
   ("Leninskyi district, Zaporizhzhia": the district of Zaporizhzhia once
   called so) and otherwise what lies in its oblast; a given raion or
   hromada keeps what lies inside it.
   These three are constraints: when nothing fits, the resolver declines and
   says why, rather than place a marker outside the area the text names.
4. **District phrase** - a name ending in a district word ("Kyivskyi
   district", "Печерський район") keeps city districts and raions before
   towns.  A town left alone is the centre of a raion the gazetteer has no
   unit for; the resolver returns it with its confidence capped at
   :data:`RAION_CONFIDENCE`.
5. **Near** - a place or point named nearby keeps a named city's districts,
   else the candidates within :data:`NEAR_KM` (a preference, never a reason
   to decline).
6. **Current name** - a place called so now beats one only called so before
   a renaming when it is of comparable size (at least
   :data:`COMPARABLE_SIZE` of its population), unless the context above
   already chose: an old name does not capture a living name, while
   "Artemovsk" still means Bakhmut rather than a Siberian village.
7. **Tiny village** - without context, a village of fewer than
   :data:`TINY_POPULATION` people gives way to a city of
   :data:`CITY_POPULATION` or more of the same name.  A village known only
   by name (placed at its hromada's centre, :attr:`Place.placed_at_hromada`)
   gives way to any place GeoNames locates of the same name left after the
   context rules: such villages only answer where nothing located does.
8. **Prior** - among what is left, a score from population, whether the name
   is the place's own (current or former) name, and the country (Ukraine,
   then Russia).  The best candidate must beat the runner-up by
   :data:`MIN_MARGIN` (:data:`CLEAR_MARGIN` between two raions or two
   hromadas: their populations are partial sums); otherwise the resolver
   declines rather than place a marker on the wrong Novoselivka.

A village placed at its hromada's centre is returned with a confidence of
at most :data:`PLACED_CONFIDENCE` and a reason saying so.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from math import log10

from strikemap.gazetteer.context import Context
from strikemap.gazetteer.geometry import haversine_km
from strikemap.gazetteer.lookup import PlaceLookup
from strikemap.gazetteer.names import is_raion_phrase, normalize
from strikemap.gazetteer.place import Place
from strikemap.gazetteer.resolution import Rejected, Resolution, Scored

NEAR_KM = 60.0
MIN_MARGIN = 0.5
CLEAR_MARGIN = 1.0
PRIMARY_NAME_BONUS = 1.5
COUNTRY_BONUS = {"UA": 0.5, "RU": 0.15}
MAX_REJECTED = 25
RAION_CONFIDENCE = 0.5
# A village known only by name, placed at its hromada's centre.
PLACED_CONFIDENCE = 0.35
COMPARABLE_SIZE = 0.5
TINY_POPULATION = 1_000
CITY_POPULATION = 10_000
# A raion or hromada given as context reaches this much beyond its circle.
UNIT_SLACK = 1.25


def prior_score(gazetteer: PlaceLookup, place: Place, name: str) -> float:
    """Context-free plausibility of ``place`` being what ``name`` means."""
    score = log10(max(place.population, 100))
    if gazetteer.is_primary_name(place, name):
        score += PRIMARY_NAME_BONUS
    return score + COUNTRY_BONUS.get(place.country, 0.0)


@dataclass
class _Pool:
    """Candidates still in the running, and what the rules did so far."""

    places: list[Place]
    found: int
    rejected: list[Rejected] = field(default_factory=list)
    used: list[str] = field(default_factory=list)
    penalty: float = 0.0

    def keep(self, kept: list[Place], reason: str, label: str | None) -> None:
        """Keep ``kept``, rejecting the rest with ``reason`` (formatted with ``p``)."""
        self.rejected += [Rejected(p, reason.format(p=p)) for p in self.places if p not in kept]
        if label and len(kept) < len(self.places):
            self.used.append(label)
        self.places = kept


class _Declined(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def resolve(gazetteer: PlaceLookup, name: str, context: Context | None = None) -> Resolution:
    """Resolve ``name`` to one place using the context given.

    Parameters
    ----------
    gazetteer
        The loaded gazetteer (anything with :class:`PlaceLookup`'s methods).
    name
        The place name as written (any spelling; inflected forms are tried
        through their stems when the exact form is unknown).
    context
        What else is known: see :class:`~strikemap.gazetteer.context.Context`.

    Returns
    -------
    Resolution
        The chosen place with a confidence and the scores of the candidates
        it was chosen from, or ``place=None`` with the reason and every
        candidate rejected.  A raion phrase resolved to a town ("Kupiansk
        district" where the gazetteer has no unit for the raion) has a
        confidence of at most :data:`RAION_CONFIDENCE`.
    """
    context = context or Context()
    result = _resolve(gazetteer, name, context)
    if result.place is not None and result.place.placed_at_hromada:
        return replace(
            result,
            confidence=min(result.confidence, PLACED_CONFIDENCE),
            reason=(
                f"{result.reason}; a village placed at its hromada's centre "
                f"({result.place.parent}, within {result.place.radius_km:g} km)"
            ),
        )
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


def _resolve(gazetteer: PlaceLookup, name: str, context: Context) -> Resolution:
    """The rules of the module docstring, before the raion confidence cap."""
    found = gazetteer.candidates(name) or gazetteer.candidates_inflected(name, context.lang)
    if not found:
        return Resolution(name, None, 0.0, (), "no place of this name in the gazetteer")
    pool = _Pool(list(dict.fromkeys(found)), len(found))
    try:
        for rule in _RULES:
            rule(gazetteer, name, context, pool)
    except _Declined as declined:
        return _decline(name, pool.rejected, declined.reason)
    return _choose(gazetteer, name, pool)


def _choose(gazetteer: PlaceLookup, name: str, pool: _Pool) -> Resolution:
    """Rule 8: the only candidate left, or the clearly most likely one."""
    scored = sorted(
        ((prior_score(gazetteer, p, name), p) for p in pool.places),
        key=lambda sp: sp[0],
        reverse=True,
    )
    scores = tuple(Scored(p, round(s, 3)) for s, p in scored)
    if len(pool.places) == 1:
        base = 0.95 if pool.found == 1 else 0.9
        reason = (
            "only candidate"
            if pool.found == 1
            else f"only candidate after {', '.join(pool.used) or 'the name rules'}"
        )
        confidence = max(0.05, base - pool.penalty)
        return Resolution(name, pool.places[0], confidence, _cap(pool.rejected), reason, scores)
    (best_score, best), (second_score, second) = scored[0], scored[1]
    margin = best_score - second_score
    # Units' populations are sums of what GeoNames knows of their settlements.
    needed = CLEAR_MARGIN if best.unit is not None and best.unit == second.unit else MIN_MARGIN
    if margin < needed:
        rejected = pool.rejected + [
            Rejected(p, f"ambiguous: {len(pool.places)} candidates with similar population/name")
            for _, p in scored
        ]
        reason = f"{len(pool.places)} candidates, none clearly more likely"
        return Resolution(name, None, 0.1, _cap(rejected), reason, scores)
    rejected = pool.rejected + [
        Rejected(p, f"less likely (score {s:.2f} vs {best_score:.2f}: population, name, country)")
        for s, p in scored[1:]
    ]
    confidence = 0.85 if margin >= CLEAR_MARGIN else 0.55
    reason = "most likely by population, canonical name and country"
    if pool.used:
        confidence = min(0.9, confidence + 0.05)
        reason += f" after {', '.join(pool.used)}"
    confidence = max(0.05, confidence - pool.penalty)
    return Resolution(name, best, confidence, _cap(rejected), reason, scores)


# ---------------------------------------------------------------- the rules
def country_rule(gazetteer: PlaceLookup, name: str, context: Context, pool: _Pool) -> None:
    """Rule 1: keep the candidates in the allowed countries, or decline."""
    allowed = context.countries()
    if not allowed:
        return
    kept = [p for p in pool.places if p.country in allowed]
    pool.keep(kept, "in {p.country}, not in " + "/".join(sorted(allowed)), "country")
    if not kept:
        raise _Declined("no candidate in the requested countries")


def region_rule(gazetteer: PlaceLookup, name: str, context: Context, pool: _Pool) -> None:
    """Rule 2: keep the candidates inside the given region, or decline."""
    if context.region is None:
        return
    region = _as_region(gazetteer, context.region)
    if region is None:
        pool.penalty += 0.1  # a region we cannot read: trust a little less
        return
    kept = [p for p in pool.places if p.id == region.id or p.iso_region == region.iso_region]
    pool.keep(kept, f"not in {region.name}", f"region {region.name}")
    if not kept:
        raise _Declined(f"no candidate in {region.name}")


def within_rule(gazetteer: PlaceLookup, name: str, context: Context, pool: _Pool) -> None:
    """Rule 3: keep what lies in the given city, raion or hromada, or decline."""
    unit = _as_place(gazetteer, context.within)
    if unit is None:
        if context.within is not None:
            pool.penalty += 0.1
        return
    if unit.level == "region" and unit.unit is None:
        region_rule(gazetteer, name, replace(context, region=unit), pool)
        return
    if unit.level in ("city", "district"):
        _within_city(gazetteer, name, unit, pool)
        return
    kept = [p for p in pool.places if p.id != unit.id and _inside(gazetteer, p, unit)]
    pool.keep(kept, f"not in {unit.name}", unit.name)
    if not kept:
        raise _Declined(f"no candidate in {unit.name}")


def _inside(gazetteer: PlaceLookup, place: Place, unit: Place) -> bool:
    """Whether ``place`` lies in a raion or hromada: by its hromada for a village
    placed at its centre, else within the unit's circle (with some slack)."""
    if place.placed_at_hromada:
        parent = gazetteer.parent_of(place)
        while parent is not None and parent.unit is not None:
            if parent.id == unit.id:
                return True
            parent = gazetteer.parent_of(parent)
        return False
    reach = max(unit.radius_km, 5.0) * UNIT_SLACK
    return haversine_km(unit.lat, unit.lon, place.lat, place.lon) <= reach


def _within_city(gazetteer: PlaceLookup, name: str, city: Place, pool: _Pool) -> None:
    own = [p for p in pool.places if p.level == "district" and p.parent_id == city.id]
    if own or is_raion_phrase(normalize(name)):
        pool.keep(own, f"not a district of {city.name}", f"city {city.name}")
        if not own:
            raise _Declined(f"no district of {city.name} is called so, now or formerly")
        return
    kept = [
        p
        for p in pool.places
        if p.id != city.id and (p.iso_region == city.iso_region or _close(p, city, NEAR_KM))
    ]
    pool.keep(kept, f"not in {city.name} or its oblast", f"city {city.name}")
    if not kept:
        raise _Declined(f"no candidate in or around {city.name}")


def district_phrase_rule(gazetteer: PlaceLookup, name: str, context: Context, pool: _Pool) -> None:
    """Rule 4: a district phrase keeps city districts and raions before towns."""
    if not is_raion_phrase(normalize(name)):
        return
    for wanted in (("district",), ("region",)):
        units = [p for p in pool.places if p.level in wanted and (p.level != "region" or p.unit)]
        if units and len(units) < len(pool.places):
            pool.keep(units, "a district phrase: city districts and raions come first", None)
            pool.used.append("district phrase")
            return


def near_rule(gazetteer: PlaceLookup, name: str, context: Context, pool: _Pool) -> None:
    """Rule 5: prefer what is close to a place or point named nearby."""
    near_place, near_point = _as_near(gazetteer, context.near)
    if near_point is None:
        return
    kept, dropped, used = _apply_near(pool.places, near_place, near_point)
    pool.rejected += dropped
    pool.places = kept
    if used:
        pool.used.append(used)
    elif all(not _close_to_point(p, near_point, NEAR_KM) for p in kept):
        # Nothing of this name near the place named alongside: the mention
        # may be something else (a port, a plant) - trust less.
        pool.penalty += 0.2


def current_name_rule(gazetteer: PlaceLookup, name: str, context: Context, pool: _Pool) -> None:
    """Rule 6: a place called so now beats one of its size called so only formerly."""
    if len(pool.places) < 2:
        return
    current = [
        p.population
        for p in pool.places
        if gazetteer.is_primary_name(p, name) and not gazetteer.is_former_name(p, name)
    ]
    if not current:
        return
    largest = max(current)
    outranked = [
        p
        for p in pool.places
        if gazetteer.is_former_name(p, name) and largest >= COMPARABLE_SIZE * p.population
    ]
    if outranked:
        kept = [p for p in pool.places if p not in outranked]
        pool.keep(kept, "only a former name; a place of its size is called so now", None)


def tiny_village_rule(gazetteer: PlaceLookup, name: str, context: Context, pool: _Pool) -> None:
    """Rule 7: a tiny village gives way to a city, an unlocated one to a located place."""
    if len(pool.places) < 2:
        return
    located = [p for p in pool.places if not p.placed_at_hromada]
    if 0 < len(located) < len(pool.places):
        pool.keep(located, "a village known by name only, and a located place has this name", None)
    if context.region or context.within or context.near or len(pool.places) < 2:
        return
    largest = max(p.population for p in pool.places)
    if largest < CITY_POPULATION:
        return
    kept = [p for p in pool.places if p.population >= TINY_POPULATION or p.level != "city"]
    if kept and len(kept) < len(pool.places):
        pool.keep(kept, "a village of under 1,000 people, and a city has this name", None)


_RULES = (
    country_rule,
    region_rule,
    within_rule,
    district_phrase_rule,
    near_rule,
    current_name_rule,
    tiny_village_rule,
)


# ------------------------------------------------------------------ helpers
def _close(a: Place, b: Place, km: float) -> bool:
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= km


def _close_to_point(place: Place, point: tuple[float, float], km: float) -> bool:
    return haversine_km(point[0], point[1], place.lat, place.lon) <= km


def _decline(name: str, rejected: list[Rejected], reason: str) -> Resolution:
    return Resolution(name, None, 0.1, _cap(rejected), reason)


def _cap(rejected: list[Rejected]) -> tuple[Rejected, ...]:
    return tuple(rejected[:MAX_REJECTED])


def _as_region(gazetteer: PlaceLookup, region: str | Place) -> Place | None:
    if isinstance(region, Place):
        return (
            region
            if region.level == "region" and region.unit is None
            else (gazetteer.region_of(region))
        )
    return gazetteer.find_region(region)


def _as_place(gazetteer: PlaceLookup, value: str | Place | None) -> Place | None:
    if value is None or isinstance(value, Place):
        return value
    return resolve(gazetteer, value).place


def _as_near(
    gazetteer: PlaceLookup, near: str | Place | tuple[float, float] | None
) -> tuple[Place | None, tuple[float, float] | None]:
    if near is None:
        return None, None
    if isinstance(near, Place):
        return near, (near.lat, near.lon)
    if isinstance(near, str):
        place = resolve(gazetteer, near).place
        if place is None:
            return None, None
        return place, (place.lat, place.lon)
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
    if near_place is not None and near_place.level == "region" and near_place.unit is None:
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
