"""Raions and hromadas: their names in every case and language (build time only).

A raion (the 136 districts of Ukraine's oblasts since 2020, and Russia's
districts and municipal or urban okrugs) and a hromada (Ukraine's 1,469
territorial communities) are named by an adjective: Путивльський район,
Дружбівська громада, Белгородский район, Шебекинский городской округ.  From
the Cyrillic adjective the build generates by rule:

* Ukrainian and Russian case forms of adjective and noun, from pymorphy3's
  Ukrainian and Russian dictionaries (у Дружбівській громаді, Путивльську
  громаду, Белгородского района) - pymorphy3 runs at build time only;
* English forms from the transliterated adjective and from the centre's
  name (Druzhbivska hromada, Putyvl hromada, the Bilopillia community,
  Kryvyi Rih district, Putyvlskyi raion);
* Polish forms in four cases (rejon putywlski, rejonie krzyworoskim,
  hromadzie drużbiwskiej), also from the Polish name of the centre
  (Krzywy Róg -> krzyworoski).

Each unit is drawn as a circle of :func:`unit_radius_km` around its centre
where no outline is available.
"""

from __future__ import annotations

import re
from functools import cache
from math import sqrt
from statistics import quantiles

from strikemap.gazetteer.names import is_cyrillic, normalize, transliterate

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# Typical radius of a circle of a unit's area: Ukraine's 603,628 km² over
# its 136 raions and 1,469 hromadas.
DEFAULT_RADIUS_KM = {"raion": 37.6, "hromada": 11.4}
_RADIUS_BOUNDS = {"raion": (15.0, 75.0), "hromada": (4.0, 30.0)}
NOUNS = {
    ("raion", "uk"): "район",
    ("raion", "ru"): "район",
    ("hromada", "uk"): "громада",
    ("hromada", "ru"): "громада",
    ("okrug", "uk"): "округ",
    ("okrug", "ru"): "округ",
}
# Words standing between a hromada's adjective and "громада".
HROMADA_TYPES_UK = ("територіальна", "міська", "селищна", "сільська")
HROMADA_TYPES_RU = ("территориальная", "городская", "поселковая", "сельская")
# Words standing between a Russian okrug's adjective and "округ" (Шебекинский
# городской округ, Стародубский муниципальный округ).
OKRUG_TYPES_UK = ("міський", "муніципальний")
OKRUG_TYPES_RU = ("городской", "муниципальный")
LATIN_NOUNS = {
    "raion": ("district", "raion", "rayon", "District", "Raion"),
    "hromada": ("hromada", "community", "territorial community", "municipality", "Hromada"),
    "okrug": (
        "okrug",
        "urban okrug",
        "municipal okrug",
        "urban district",
        "municipal district",
        "Okrug",
        "Urban Okrug",
        "Municipal Okrug",
    ),
}
_GENDER = {"raion": "masc", "hromada": "femn", "okrug": "masc"}
_UK_ADJECTIVE_RE = re.compile("(?:ськ|цьк|зьк)(?:ий|а)$")


@cache
def _analyzer(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def adjective_language(adjective: str) -> str:
    """``"uk"`` for a Ukrainian adjective (Путивльський), ``"ru"`` otherwise."""
    word = adjective.lower()
    if _UK_ADJECTIVE_RE.search(word) or re.search("[іїєґ]", word):
        return "uk"
    return "ru"


def case_forms(word: str, lang: str, *, gender: str, pos: str) -> dict[str, list[str]]:
    """Case -> forms of a word in one gender (singular), from pymorphy3's dictionaries.

    Parameters
    ----------
    word
        A Cyrillic adjective or noun in any form.
    lang
        ``"uk"`` or ``"ru"``.
    gender
        ``"masc"`` or ``"femn"`` (the gender wanted for an adjective).
    pos
        ``"ADJF"`` or ``"NOUN"``.

    Returns
    -------
    dict
        The six cases, each with every form pymorphy3 gives (Ukrainian
        locative: шосткинському and шосткинськім), nominative first.  Empty
        when pymorphy3 does not take the word for that part of speech.
    """
    parses = [p for p in _analyzer(lang).parse(word.lower()) if pos in p.tag]
    if not parses:
        return {}
    if pos == "NOUN":
        # The noun itself before a word it is a form of (Ukrainian "округ",
        # the masculine district, before the genitive plural of "округа").
        parses.sort(key=lambda p: p.normal_form != word.lower())
    forms: dict[str, list[str]] = {}
    for form in parses[0].lexeme:
        tag = form.tag
        if tag.case not in CASES or tag.number == "plur":
            continue
        if pos == "ADJF" and tag.gender != gender:
            continue
        found = forms.setdefault(tag.case, [])
        if form.word not in found:
            found.append(form.word)
    return forms


def _pairs(*words: dict[str, list[str]]) -> set[str]:
    """Phrases of words agreeing in case: every combination of their forms per case."""
    phrases: set[str] = set()
    for case in CASES:
        combos = [""]
        for word in words:
            combos = [f"{c} {f}".strip() for c in combos for f in word.get(case, ())]
        phrases.update(combos)
    return phrases


def cyrillic_phrases(adjective: str, kind: str, *, with_types: bool = True) -> set[str]:
    """Every case of "<adjective> район/громада/округ" in the adjective's language.

    "Дружбівська" gives "Дружбівська громада", "Дружбівській громаді",
    "Дружбівську громаду", "Дружбівською громадою", also with
    "територіальна"/"міська"/... between; "Белгородский" gives "Белгородский
    район", "Белгородского района", "Белгородском районе"...; "Шебекинский"
    (okrug) "Шебекинский округ", "Шебекинского округа", also with
    "городской"/"муниципальный" between: "Шебекинском городском округе".
    """
    lang = adjective_language(adjective)
    gender = _GENDER[kind]
    adjectives = case_forms(adjective, lang, gender=gender, pos="ADJF")
    nouns = case_forms(NOUNS[kind, lang], lang, gender=gender, pos="NOUN")
    if not adjectives or not nouns:
        return set()
    phrases = _pairs(adjectives, nouns)
    if kind == "okrug" and with_types:
        for word in OKRUG_TYPES_UK if lang == "uk" else OKRUG_TYPES_RU:
            phrases |= _pairs(adjectives, case_forms(word, lang, gender="masc", pos="ADJF"), nouns)
    if kind == "hromada" and with_types:
        types = HROMADA_TYPES_UK if lang == "uk" else HROMADA_TYPES_RU
        for word in types:
            phrases |= _pairs(adjectives, case_forms(word, lang, gender="femn", pos="ADJF"), nouns)
        nominative = adjectives["nomn"][0]
        abbreviation = "ТГ" if lang == "uk" else "ТО"
        phrases |= {f"{nominative} {abbreviation}", f"{nominative} ОТГ"}
    return phrases


def masculine(adjective: str) -> str:
    """The masculine nominative of a Cyrillic adjective (Дружбівська -> Дружбівський)."""
    lang = adjective_language(adjective)
    forms = case_forms(adjective, lang, gender="masc", pos="ADJF")
    return forms.get("nomn", [adjective.lower()])[0]


def feminine(adjective: str) -> str:
    """The feminine nominative of a Cyrillic adjective (Путивльський -> Путивльська)."""
    lang = adjective_language(adjective)
    forms = case_forms(adjective, lang, gender="femn", pos="ADJF")
    return forms.get("nomn", [adjective.lower()])[0]


def latin_phrases(adjective: str, kind: str, centres: set[str]) -> set[str]:
    """English-press forms: transliterated adjective or centre name + noun.

    "Путивльський" (raion) with centre "Putyvl" gives "Putyvlskyi raion",
    "Putyvlskyi district", "Putyvl district"...; "Дружбівська" (hromada)
    with centre "Druzhba" gives "Druzhbivska hromada", "Druzhba community",
    "Druzhbivska territorial community"...
    """
    form = masculine(adjective) if _GENDER[kind] == "masc" else feminine(adjective)
    scheme = "uk" if adjective_language(adjective) == "uk" else "ru"
    latin = transliterate(form, scheme)
    bases = {latin, latin.capitalize()}
    if _GENDER[kind] == "masc":
        stem = normalize(latin)
        for ending in ("yi", "iy", "ii", "yy", "y", "ij"):
            if stem.endswith(ending):
                bases |= {stem[: -len(ending)] + e for e in ("yi", "iy", "y", "yy", "ii")}
                break
    bases |= set(centres)
    return {f"{base} {noun}" for base in bases for noun in LATIN_NOUNS[kind]}


# Polish softening of a stem before -ski: Krzywy Róg -> krzyworoski,
# Zaporoże -> zaporoski, Praga -> praski.
_POLISH_STEM_RULES = (("g", ""), ("ż", ""), ("sk", "s"), ("ck", "c"), ("ń", "ń"))
_POLISH_CASES = {
    "raion": (("rejon", "i"), ("rejonie", "im"), ("rejonu", "iego"), ("rejonem", "im")),
    "hromada": (
        ("hromada", "a"),
        ("hromadzie", "iej"),
        ("hromady", "iej"),
        ("hromadę", "ą"),
        ("gromada", "a"),
        ("gromadzie", "iej"),
    ),
}


def polish_adjective_stem(polish_name: str) -> str | None:
    """The stem of the Polish adjective of a place from its Polish name.

    "Krzywy Róg" gives "krzyworosk", "Putywl" "putywlsk", "Pokrowsk"
    "pokrowsk", "Zaporoże" "zaporosk"; None for names it cannot read.
    """
    words = polish_name.lower().replace("-", " ").split()
    if not words or is_cyrillic(polish_name):
        return None
    last = words[-1]
    if last.endswith("sk"):
        stem = last[:-2]
    else:
        stem = re.sub("[aeoyąęi]$", "", last)
        o = stem.rfind("ó")
        if o >= 0 and len(stem) - o <= 3:
            stem = stem[:o] + "o" + stem[o + 1 :]
        for hard, soft in _POLISH_STEM_RULES:
            if stem.endswith(hard):
                stem = stem[: -len(hard)] + soft
                break
    prefix = "".join(re.sub("[aeyi]$", "", w) + "o" for w in words[:-1])
    return f"{prefix}{stem}sk"


def polish_phrases(adjective: str, kind: str, polish_names: set[str]) -> set[str]:
    """Polish forms of a raion or hromada in four cases.

    From the Cyrillic adjective transliterated (rejonie putywlskim) and from
    the Polish names of the centre (rejonie krzyworoskim).
    """
    stems = set()
    form = masculine(adjective)
    if form.endswith("ий"):
        ukrainian = adjective_language(adjective) == "uk"
        stem = transliterate(form[:-2], "pl", ukrainian=ukrainian).replace("'", "")
        stems |= {stem, stem.replace("ysk", "isk")}
    for name in polish_names:
        stem = polish_adjective_stem(name)
        if stem:
            stems.add(stem)
    return {f"{noun} {stem}{ending}" for stem in stems for noun, ending in _POLISH_CASES[kind]}


def unit_forms(
    kind: str,
    adjectives: set[str],
    centres: set[str],
    polish_names: set[str] = frozenset(),
) -> set[str]:
    """Every spelling of a raion or hromada.

    Parameters
    ----------
    kind
        ``"raion"`` or ``"hromada"``.
    adjectives
        Its Cyrillic adjectives, Ukrainian and/or Russian, any gender
        (Путивльський, Путивльский; Дружбівська).  When there is a Ukrainian
        one, the Russian ones (a Ukrainian unit in Russian-language reports)
        get their case forms only, and Latin forms for a raion.
    centres
        Latin names of its administrative centre (Putyvl, Putivl).
    polish_names
        Polish names of the centre, for the Polish adjective (Krzywy Róg).
    """
    forms: set[str] = set()
    own = {a for a in adjectives if adjective_language(a) == "uk"} or set(adjectives)
    for adjective in adjectives:
        forms |= cyrillic_phrases(adjective, kind, with_types=adjective in own)
        if adjective in own or kind == "raion":
            forms |= latin_phrases(adjective, kind, centres)
        if adjective in own:
            forms |= polish_phrases(adjective, kind, polish_names)
    if not adjectives:
        forms |= {f"{c} {noun}" for c in centres for noun in LATIN_NOUNS[kind]}
    return forms


def russian_unit_forms(
    adjectives: set[str], centres: set[str], polish_names: set[str] = frozenset()
) -> set[str]:
    """Every spelling of a Russian district or municipal/urban okrug.

    Reporters call the same unit a district and an okrug (Шебекинский район,
    Шебекинский городской округ, Шебекинский округ), so each gets both: the
    raion forms of :func:`unit_forms` and the okrug forms, Cyrillic in every
    case (Шебекинском городском округе, Шебекінському окрузі) and Latin
    (Shebekinsky Urban Okrug, Shebekino okrug), and Polish forms from the
    Russian adjective too (rejonie głuszkowskim), as Polish copy
    transliterates Russian names from Russian.

    Parameters
    ----------
    adjectives
        Its Cyrillic adjectives: the Russian one and, optionally, the
        Ukrainian one (Шебекинский, Шебекінський).
    centres
        Latin names of its administrative centre when the unit is named after
        it (Shebekino), else empty.
    polish_names
        Polish names of that centre (Szebiekino).
    """
    forms = unit_forms("raion", adjectives, centres, polish_names)
    for adjective in adjectives:
        forms |= cyrillic_phrases(adjective, "okrug")
        forms |= latin_phrases(adjective, "okrug", centres)
        if adjective_language(adjective) == "ru":
            forms |= polish_phrases(adjective, "raion", polish_names)
    return forms


#: Endings a town's name drops before "-щина", the name of the area around it
#: (Куп'янськ -> Куп'янщина, Охтирка -> Охтирщина, Полтава -> Полтавщина).
_AREA_DROPS = ("ський", "цький", "ськ", "цьк", "ка", "а", "и")
#: Ukrainian letters Russian-language reports write with Russian ones (Никопольщина).
_TO_RUSSIAN = str.maketrans({"і": "и", "І": "И"})


def area_names(centre: str) -> set[str]:
    """The "-щина" names of the area around a raion's centre town, Ukrainian and
    as Russian-language reports spell them: Нікополь -> Нікопольщина,
    Никопольщина; Павлоград -> Павлоградщина; Ізюм -> Ізюмщина.

    Only one-word Cyrillic names; a name with ї, є or ґ gets no Russian spelling
    (its Russian name differs more than by letters).
    """
    if " " in centre or not is_cyrillic(centre):
        return set()
    stem = centre
    for ending in _AREA_DROPS:
        if centre.endswith(ending) and len(centre) - len(ending) >= 3:
            stem = centre[: -len(ending)]
            break
    name = f"{stem}щина"
    names = {name}
    if not set("їєґЇЄҐ") & set(name):
        names.add(name.translate(_TO_RUSSIAN))
    return names


# Ukraine's area over KATOTTG's 29,701 settlements (cities, towns, villages).
KM2_PER_SETTLEMENT = 603_628 / 29_701


def unit_radius_km(kind: str, member_distances_km: list[float], settlements: int = 0) -> float:
    """Radius of the circle drawn for a unit without an outline.

    From the distances between the unit's centre and its settlements: 1.1
    times their 90th percentile, within the bounds typical of the kind.
    When fewer than three settlements have coordinates: the kind's average
    (:data:`DEFAULT_RADIUS_KM`), or more for a unit of many ``settlements``:
    the radius of their area at Ukraine's average of
    :data:`KM2_PER_SETTLEMENT` each (Semenivska hromada, 70 settlements:
    21.3 km; a city's hromada of few settlements keeps the average).
    """
    low, high = _RADIUS_BOUNDS[kind]
    if len(member_distances_km) < 3:
        spread = radius_from_area(settlements * KM2_PER_SETTLEMENT)
        return round(min(high, max(DEFAULT_RADIUS_KM[kind], spread)), 1)
    p90 = quantiles(member_distances_km, n=10, method="inclusive")[-1]
    return round(min(high, max(low, 1.1 * p90)), 1)


def radius_from_area(area_km2: float) -> float:
    """Radius of a circle of the given area."""
    return round(sqrt(area_km2 / 3.141592653589793), 1)
