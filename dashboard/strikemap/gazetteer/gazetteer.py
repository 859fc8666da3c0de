"""The in-memory gazetteer: loading ``geodata/places.json`` and dict-speed lookups."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from math import cos, floor, radians
from pathlib import Path

import orjson

from strikemap.gazetteer.context import Context
from strikemap.gazetteer.disambiguation import resolve as resolve_in_context
from strikemap.gazetteer.geometry import haversine_km
from strikemap.gazetteer.indexformat import CURRENT, FORMER, SHIFT
from strikemap.gazetteer.names import normalize, stem_candidates
from strikemap.gazetteer.paths import default_geodata_dir
from strikemap.gazetteer.place import Place
from strikemap.gazetteer.resolution import Resolution

_CACHE: dict[Path, Gazetteer] = {}
_CACHE_LOCK = threading.Lock()
# Grid cell of the nearest-place index, in degrees.
_CELL = 0.25


def _as_list(entries: int | list[int] | tuple) -> list[int] | tuple:
    return [entries] if entries.__class__ is int else entries


#: The keys of the names looked up while articles are read: an article names
#: its few places again and again, and :func:`normalize` is the same for each.
_lookup_key = lru_cache(maxsize=4096)(normalize)


class GazetteerError(RuntimeError):
    """The gazetteer files are missing or unreadable."""


class Gazetteer:
    """Places of Ukraine, Russia, Belarus and Moldova with every spelling.

    Use :meth:`load`; construction from a payload is for tests and the build.
    """

    def __init__(self, payload: dict, path: Path | None = None) -> None:
        self.path = path
        rows = payload["places"]
        places: list[Place] = []
        for row in rows:
            pid, name, level, country, lat, lon, population, parent, iso_region = row[:9]
            parent_place = places[parent] if parent >= 0 else None
            places.append(
                Place(
                    pid,
                    name,
                    level,
                    country,
                    lat,
                    lon,
                    population,
                    parent_place.id if parent_place else None,
                    parent_place.name if parent_place else None,
                    iso_region,
                    *row[9:11],
                )
            )
        parent_index = [row[7] for row in rows]
        # Villages placed at their hromada: [KATOTTG code, name, parent index];
        # the rest is the hromada's (see strikemap.gazetteer.villages).
        for code, name, parent in payload.get("villages", ()):
            hromada = places[parent]
            places.append(
                Place(
                    f"katottg:{code}",
                    name,
                    "city",
                    hromada.country,
                    hromada.lat,
                    hromada.lon,
                    0,
                    hromada.id,
                    hromada.name,
                    hromada.iso_region,
                    None,
                    hromada.radius_km,
                )
            )
            parent_index.append(parent)
        self._places = places
        self._parent_index = parent_index
        self._index_of = {p.id: i for i, p in enumerate(places)}
        # key -> entry or list of entries; an entry is (place index << 2) | flags,
        # flags being CURRENT (what it is called now) and FORMER (before a
        # renaming).  Format 1 files had one bit (place index << 1) | primary.
        self._names: dict[str, int | list[int]] = payload["names"]
        self._shift = SHIFT if payload.get("format", 1) >= 2 else 1
        self._regions = [p for p in places if p.level == "region" and p.unit is None]
        self._region_by_iso = {p.iso_region: p for p in self._regions}
        lowercase = payload.get("lowercase") or {}
        self._lowercase = frozenset(lowercase.get("keys", ()))
        self._common = {lang: frozenset(keys) for lang, keys in lowercase.get("common", {}).items()}
        self._common_any = frozenset().union(*self._common.values())
        # Keys under which villages placed at their hromada's centre stay out
        # of free-text matching (dictionary words: "Надія", "Sokil").
        self._text_excluded = frozenset(payload.get("text_excluded", ()))
        self._grid: dict[tuple[int, int], list[int]] | None = None
        self._region_lookups: dict[str, Place | None] = {}
        #: ISO code of a region -> ISO codes of the larger regions it lies in.
        self._within: dict[str, tuple[str, ...]] = {}

    def read_region_within(self, path: Path) -> None:
        """Read which regions lie inside another (``curated/region_within.csv``:
        Sevastopol City on the Crimean peninsula); a missing file reads as none.

        Raises
        ------
        GazetteerError
            When the file names a region the gazetteer does not have.
        """
        if not path.is_file():
            return
        with path.open(encoding="utf-8", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                inner, outer = row.get("region", ""), row.get("within", "")
                if inner not in self._region_by_iso or outer not in self._region_by_iso:
                    raise GazetteerError(
                        f"{path}, line {line}: unknown region {inner!r} or {outer!r}"
                    )
                self._within[inner] = (*self._within.get(inner, ()), outer)

    # ------------------------------------------------------------------ load
    @classmethod
    def load(cls, path: str | Path | None = None) -> Gazetteer:
        """Load the gazetteer, once per process and path.

        Parameters
        ----------
        path
            A ``places.json`` file or the directory holding it; defaults to the
            repository's ``geodata/``.

        Raises
        ------
        GazetteerError
            When the file is missing or not a gazetteer.
        """
        resolved = Path(path) if path is not None else default_geodata_dir()
        if resolved.is_dir() or resolved.suffix != ".json":
            resolved = resolved / "places.json"
        resolved = resolved.resolve()
        with _CACHE_LOCK:
            cached = _CACHE.get(resolved)
            if cached is not None:
                return cached
            try:
                with resolved.open("rb") as handle:
                    # orjson parses the 15 MB file about twice as fast as json.
                    payload = orjson.loads(handle.read())
            except FileNotFoundError as exc:
                raise GazetteerError(
                    f"gazetteer file {resolved} is missing; run `strikemap geodata build`"
                ) from exc
            except (OSError, ValueError) as exc:
                raise GazetteerError(f"cannot read gazetteer file {resolved}: {exc}") from exc
            if not isinstance(payload, dict) or "places" not in payload or "names" not in payload:
                raise GazetteerError(f"{resolved} is not a strikemap gazetteer file")
            gazetteer = cls(payload, resolved)
            gazetteer.read_region_within(resolved.parent / "curated" / "region_within.csv")
            _CACHE[resolved] = gazetteer
            return gazetteer

    # --------------------------------------------------------------- lookups
    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places)

    def get(self, place_id: str) -> Place:
        """Return the place with this id.

        Raises
        ------
        KeyError
            For an unknown id.
        """
        return self._places[self._index_of[place_id]]

    def candidates(self, name: str) -> list[Place]:
        """Places any of whose spellings normalises like ``name``.

        Cities come first, then regions, districts and countries; within a
        level the most populous first.
        """
        entries = self._names.get(_lookup_key(name))
        if entries is None:
            return []
        shift = self._shift
        if entries.__class__ is int:
            return [self._places[entries >> shift]]
        places = self._places
        return [places[e >> shift] for e in entries]

    def candidates_inflected(self, token: str, lang: str | None = None) -> list[Place]:
        """Candidates of an inflected token ("Харкові", "Czernihowem").

        Tries the token itself, then each nominative that
        :func:`~strikemap.gazetteer.names.stem_candidates` proposes, and
        returns the candidates of the first key that the gazetteer knows.
        """
        for key in stem_candidates(token, lang):
            entries = self._names.get(key)
            if entries is not None:
                return [self._places[e >> self._shift] for e in _as_list(entries)]
        return []

    def matches_lowercase(self, key: str, lang: str | None) -> bool:
        """Whether a normalised key may be matched written in lower case ("kharkiv").

        True for the current names of places of 1,000 people or more that
        are no common word of ``lang`` ("most", "bar", "мир" stay
        capitalised-only); for a language without a dictionary, no common
        word of any language.
        """
        if key not in self._lowercase:
            return False
        return key not in self._common.get(lang or "", self._common_any)

    def has_name(self, key: str) -> bool:
        """Whether an already normalised key is a known spelling."""
        return key in self._names

    def surface_forms(self) -> Iterator[tuple[str, str]]:
        """Every (normalised spelling, place id) pair, for building a matcher.

        A village placed at its hromada's centre is left out under a key that
        is also a dictionary word (a common word, a given name or surname).
        """
        places = self._places
        shift = self._shift
        excluded = self._text_excluded
        for key, entries in self._names.items():
            for e in _as_list(entries):
                place = places[e >> shift]
                if key in excluded and place.placed_at_hromada:
                    continue
                yield key, place.id

    def is_primary_name(self, place: Place, name: str) -> bool:
        """Whether ``name`` is what the place is called (now or before a renaming).

        Spelling variants of the canonical name count; foreign exonyms and
        names of other places that GeoNames lists as alternates do not.
        """
        return bool(self._name_flags(place, name) & (CURRENT | FORMER))

    def is_former_name(self, place: Place, name: str) -> bool:
        """Whether ``name`` is what the place was called before a renaming, and not now.

        "Leninskyi district" for Zaporizhzhia's Dniprovskyi district,
        "Artemivsk" for Bakhmut.
        """
        return self._name_flags(place, name) & (CURRENT | FORMER) == FORMER

    def _name_flags(self, place: Place, name: str) -> int:
        shift = self._shift
        if shift == 1:
            entry = (self._index_of[place.id] << 1) | 1
            return CURRENT if entry in _as_list(self._names.get(_lookup_key(name), ())) else 0
        index = self._index_of[place.id]
        for e in _as_list(self._names.get(_lookup_key(name), ())):
            if e >> shift == index:
                return e & (CURRENT | FORMER)
        return 0

    # ------------------------------------------------------------- hierarchy
    def parent_of(self, place: Place) -> Place | None:
        """The enclosing unit (city of a district, region of a city, country of a region)."""
        parent = self._parent_index[self._index_of[place.id]]
        return self._places[parent] if parent >= 0 else None

    def region_of(self, place: Place) -> Place | None:
        """The oblast/krai a place lies in (the place itself for a region)."""
        if place.level == "region" and place.unit is None:
            return place
        if place.iso_region:
            region = self._region_by_iso.get(place.iso_region)
            if region is not None:
                return region
        parent = self.parent_of(place)
        while parent is not None and parent.level != "region":
            parent = self.parent_of(parent)
        return parent

    def in_region(self, place: Place, region: Place) -> bool:
        """Whether ``place`` lies in the region ``region``: its own oblast/krai
        or a larger one that holds it (Sevastopol in Crimea)."""
        own = self.region_of(place)
        if own is None:
            return False
        larger = self._within.get(own.iso_region or "", ())
        return own.id == region.id or region.iso_region in larger

    def subdivisions(self) -> list[Place]:
        """Every raion and hromada (region-level places inside an oblast)."""
        return [p for p in self._places if p.unit is not None]

    def regions(self) -> list[Place]:
        """All region-level places (oblasts of Ukraine, Russian border regions...)."""
        return list(self._regions)

    def region_by_iso(self, iso_region: str) -> Place | None:
        """The region with this ISO 3166-2 code, if the gazetteer has it."""
        return self._region_by_iso.get(iso_region)

    def find_region(self, name: str) -> Place | None:
        """Interpret ``name`` as a region: an ISO code, a region name, or a city's region.

        "Donetsk region", "Donetska oblast", "UA-14" and plain "Donetsk" (whose
        most populous namesake lies in Donetsk Oblast) all give Donetsk Oblast.
        """
        # Extraction asks for the same few region names in every article.
        try:
            return self._region_lookups[name]
        except KeyError:
            region = self._find_region(name)
            if len(self._region_lookups) < 10_000:
                self._region_lookups[name] = region
            return region

    def _find_region(self, name: str) -> Place | None:
        by_iso = self._region_by_iso.get(name.strip().upper())
        if by_iso is not None:
            return by_iso
        found = self.candidates(name)
        regions = [p for p in found if p.level == "region" and p.unit is None]
        if regions:
            return regions[0]
        for pattern in ("{} region", "{} oblast"):
            regions = [
                p
                for p in self.candidates(pattern.format(name))
                if p.level == "region" and p.unit is None
            ]
            if regions:
                return regions[0]
        cities = [p for p in found if p.level == "city"]
        if cities:
            return self.region_of(cities[0])
        return None

    # --------------------------------------------------------------- spatial
    def nearest(
        self, lat: float, lon: float, *, levels: Iterable[str] = ("city", "district")
    ) -> Place | None:
        """The place of the given levels nearest to a point (None beyond ~100 km)."""
        grid = self._spatial_grid()
        wanted = set(levels)
        cell_lat, cell_lon = floor(lat / _CELL), floor(lon / _CELL)
        best: Place | None = None
        best_km = float("inf")
        # Search rings of cells outwards until a hit is closer than any
        # unvisited ring can be.
        ring_km = _CELL * 111.0 * max(0.2, cos(radians(lat)))
        for radius in range(0, 5):
            for dlat in range(-radius, radius + 1):
                for dlon in range(-radius, radius + 1):
                    if max(abs(dlat), abs(dlon)) != radius:
                        continue
                    for i in grid.get((cell_lat + dlat, cell_lon + dlon), ()):
                        place = self._places[i]
                        if place.level not in wanted:
                            continue
                        km = haversine_km(lat, lon, place.lat, place.lon)
                        if km < best_km:
                            best, best_km = place, km
            if best is not None and best_km <= radius * ring_km:
                break
        return best

    def _spatial_grid(self) -> dict[tuple[int, int], list[int]]:
        if self._grid is None:
            grid: dict[tuple[int, int], list[int]] = {}
            for i, place in enumerate(self._places):
                if place.level in ("city", "district"):
                    key = (floor(place.lat / _CELL), floor(place.lon / _CELL))
                    grid.setdefault(key, []).append(i)
            self._grid = grid
        return self._grid

    # ------------------------------------------------------------ resolving
    def resolve(self, name: str, context: Context | None = None, **fields) -> Resolution:
        """Pick the place ``name`` means, or decline.

        ``context`` (or its fields as keyword arguments: ``country``,
        ``region``, ``within``, ``near``, ``lang``) is a
        :class:`~strikemap.gazetteer.context.Context`; see
        :func:`strikemap.gazetteer.disambiguation.resolve` for the rules.
        """
        if context is None:
            context = Context(**fields)
        elif fields:
            raise TypeError("give either a Context or its fields, not both")
        return resolve_in_context(self, name, context)
