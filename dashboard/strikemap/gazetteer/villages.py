"""Villages GeoNames lacks, placed at their hromada's centre (build time only).

KATOTTG lists every settlement of Ukraine under its hromada; GeoNames'
embedded data stops at 500 people.  A settlement of a hromada that
GeoNames does not place near the hromada becomes a place of its own:

* named in the national transliteration of its KATOTTG name (Карповичі ->
  Karpovychi), spelt also in Cyrillic, in the older popular style
  (Khotiyivka) and the Russian-based style (Karpovichi) - not in every
  systematic variant, which would cost the gazetteer's load time more than
  it finds;
* at its hromada's coordinates, with the hromada's radius as its
  uncertainty (``radius_km`` > 0 on a town-level place: the map can draw
  the circle it lies in), population 0;
* its hromada as parent, so that a given oblast, raion or hromada picks it
  among namesakes.

Such a village is not offered to free-text matching under a name that is
also a common word or a person's name in a hunspell dictionary ("Зоря",
"Sloboda", "Oleh", "Bohdan"): :func:`text_excluded_keys`.
"""

from __future__ import annotations

from strikemap.gazetteer.names import normalize, transliterate
from strikemap.gazetteer.record import PlaceRecord

# KATOTTG categories that are settlements (cities, towns, villages).
SETTLEMENT_CATEGORIES = frozenset({"M", "T", "X", "C"})


SCHEMES = ("uk", "uk_popular", "ru")


def village_forms(name: str) -> set[str]:
    """The spellings of a village from its Cyrillic name (Хотіївка: Khotiivka,
    Khotiyivka)."""
    return {name} | {transliterate(name, scheme) for scheme in SCHEMES}


def village_records(units: list, records: list[PlaceRecord]) -> list[PlaceRecord]:
    """Places of the hromadas' settlements GeoNames lacks.

    Parameters
    ----------
    units
        :class:`~strikemap.gazetteer.subdivisions.Unit` objects; the
        hromadas' ``unplaced`` settlements become places.
    records
        The units' place records (their coordinates, radius, oblast).
    """
    by_id = {r.id: r for r in records}
    villages: list[PlaceRecord] = []
    seen: set[str] = set()
    for unit in units:
        hromada = by_id.get(unit.id)
        if hromada is None or hromada.unit != "hromada":
            continue
        for settlement in unit.unplaced:
            if settlement.category not in SETTLEMENT_CATEGORIES or settlement.id in seen:
                continue
            seen.add(settlement.id)
            villages.append(_village(settlement, hromada))
    return sorted(villages, key=lambda v: v.id)


def _village(settlement, hromada: PlaceRecord) -> PlaceRecord:
    name = transliterate(settlement.name, "uk")
    return PlaceRecord(
        id=f"katottg:{settlement.id}",
        name=name,
        level="city",
        country=hromada.country,
        lat=hromada.lat,
        lon=hromada.lon,
        population=0,
        parent_id=hromada.id,
        iso_region=hromada.iso_region,
        admin1=hromada.admin1,
        forms=village_forms(settlement.name),
        primary={settlement.name},
        radius_km=hromada.radius_km,
    )


def village_row(village: PlaceRecord, index_of: dict[str, int]) -> list:
    """The compact row of a village in ``places.json``'s ``villages`` table.

    ``[KATOTTG code, name, parent index]``: the rest (coordinates, radius,
    oblast, country) is its hromada's, and the loader takes it from there.
    """
    return [village.id.removeprefix(ID_PREFIX), village.name, index_of[village.parent_id]]


ID_PREFIX = "katottg:"


# A placed village stays out of free text under a name more places share:
# an article's oblast and nearby places cannot tell so many apart, and the
# village has no coordinates of its own to help.
MAX_TEXT_NAMESAKES = 4


def text_excluded_keys(
    villages: list[PlaceRecord],
    words: set[str],
    persons: set[str] = frozenset(),
    names: dict | None = None,
) -> list[str]:
    """Keys of placed villages that free text must not match, sorted.

    A key in ``words`` (common words and their oblique cases, proper nouns
    of dictionaries other than Ukrainian and Russian, whose proper nouns
    are mostly villages, and the names of towns of 10,000 people or more)
    names a thing, a person or a town far more often than an unmapped
    village; so does every spelling of a village named
    like a person (``persons``: Cyrillic given names and surnames, "Олег",
    "Богдан").  A key of the name index (``names``) that more than
    :data:`MAX_TEXT_NAMESAKES` places share (Pavlivka, Novoselivka) is left
    to the geocoder, where an oblast or hromada can be given.
    """
    names = names or {}
    keys: set[str] = set()
    for village in villages:
        own = {normalize(f) for f in village.forms | {village.name}}
        if any(normalize(name) in persons for name in village.primary):
            keys |= own
            continue
        keys |= own & words
        keys |= {k for k in own if _entries(names.get(k, ())) > MAX_TEXT_NAMESAKES}
    return sorted(keys)


def _entries(entries) -> int:
    return 1 if isinstance(entries, int) else len(entries)
