"""Decide what each name of an article is before the gazetteer is asked.

A word that the gazetteer knows as a place is not always a place in the text
(issue 11): it can be a person ("Romanov added", "Сирський заявив"), part of
an organisation's name or a road ("Ukrainska Pravda", "the Nikopol–Pokrov
road"), a reference point or a launch area ("near Moscow", "from the
directions of Kursk"), or a capital standing for its government ("Moscow
denied", "Kijów oskarżył Moskwę").  This module reads the words around each
name with per-language lexicons (``lexicons/name_kinds/<lang>.yaml``) and
gives every name one :class:`NameKind`; a name read as a person once stays a
person for the whole article.

The module only classifies.  It needs no gazetteer: the caller passes the
offsets of the names it found (place-name matches) and decides what to do
with each kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import yaml

from strikemap.extraction import lexicon, regextrie
from strikemap.extraction.roles import STRIKE_CUE, Role

#: The folder of the name-kind lexicons, one file per language.
FOLDER = Path(__file__).with_name("lexicons") / "name_kinds"

Kind = Literal["person", "organisation", "road", "street", "reference", "government", "place"]

#: Slots every name-kind lexicon has, with what each holds.
SLOTS: dict[str, str] = {
    "titles_before": "titles and roles right before a person's name",
    "age_before": "an age right before a name: a person's ('39-year-old Andriy', '39-річний"
    " Андрій')",
    "titles_after": "roles in an apposition right after a person's name",
    "speech_after": "verbs of speaking right after a person's or a government's name",
    "speech_before": "verbs of speaking right before a person's name",
    "river_names": "names of rivers that villages share: never a place struck",
    "capital_names": "spellings of capitals that can stand for their state",
    "government_after": "what a government does, right after its capital",
    "government_before": "words right before a capital standing for its state",
    "care_before": "words before the town victims were taken to or treated in",
    "origin_before": "words before a victim's home town ('a resident of', 'originaire de') or"
    " the town they are buried in ('похоронят в')",
    "origin_after": "words right after a victim's home town (', where she was from', ', откуда"
    " она была родом')",
    "reference_before": "words before a place that only locates another one",
    "reference_descriptors": "words naming the place's kind between a reference word and"
    " the place ('west of the regional capital Samara', 'westlich der Stadt Cherson')",
    "near_before": "'near' words: a reference only after a settlement word or a place",
    "settlement_words": "words for a settlement, before a 'near' word",
    "village_words": "words for a village or hamlet right before its name",
    "village_in_unit": "words for a village the text does not name, before the hromada or"
    " raion it lies in ('a village in', 'по селу в', 'в одному із сіл')",
    "launch_before": "words before the places weapons were launched from",
    "speaker_place_before": "a verb of speaking and a preposition before where the speaker was",
    "organisation_after": "words after a name that make it part of an organisation's name",
    "organisation_before": "words right before a name that make it part of a facility's name"
    " ('la centrale nucleare di', 'Atomkraftwerk')",
    "road_words": "road words next to a pair of names joined by a dash",
    "road_between": "a road word and 'between' before the first of the two places it joins"
    " ('the road between', 'на трасі між', 'sur la route entre')",
    "street_after": "street and road nouns right after a name in adjective form that make it"
    " a street's or a road's name ('на Николаевской дороге', 'Харківське шосе')",
    "street_before": "words right before a name that make it a street's, a square's or a"
    " sea's name",
    "place_after": "words after a name that keep it a place (its hromada, raion, region)",
    "locative_before": "prepositions that make the name after them a location",
    "surname_shape": "the shape of a surname (may be empty)",
    "list_words": "words joining the members of a list ('and', 'or')",
    "region_after": "words right after a name that make it a region",
    "region_before": "words right before a name that make it a region",
    "regions_before": "plural region nouns right before a list of names that make each of them"
    " a region ('the regions of', 'nelle regioni di', 'regiones rusas de')",
    "district_after": "words right after a name that make it a district or raion",
    "district_before": "words right before a name that make it a district",
    "unit_lists": (
        "plural unit nouns closing or opening a list of adjectival names "
        "('у Салтівському та Немишлянському районах'): pattern, singular, names"
    ),
}

#: Slots whose entries carry more than a pattern and examples.
_UNIT_SLOT = "unit_lists"

_WINDOW = 80
# Capital letters only: Latin-1 and Latin Extended-A interleave capitals with small
# letters ("Ż" U+017B, "ż" U+017C), so no range of them may stand for capitals.
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x180)) if c.isupper()) + "А-ЯЁІЇЄҐ"
#: A character class of capital letters (Latin, Latin-1, Latin Extended-A, Cyrillic).
UPPER_CLASS: str = f"[{_UPPER}]"
# A given name, patronymic or acronym between a title and the name, after at
# most two words completing the title: "spokesman Oleksandr Romanov",
# "головнокомандувач ЗСУ Олександр Сирський", "mer miasta Andrij Sadowy".
_BETWEEN = rf"(?:\s+[^\W\d_{_UPPER}][\w'’-]*){{0,2}}(?:\s+[{_UPPER}](?:[\w'’-]*|\.)){{1,3}}"
_NEXT_CAPITAL = regextrie.compile(rf"^[ \t]+[{_UPPER}]")
_DASH = regextrie.compile(r"^\s?[-–—‑]\s?$")


class NameKindsError(ValueError):
    """A name-kind lexicon is missing, malformed or breaks the schema."""


@dataclass(frozen=True, slots=True)
class NameKind:
    """What one name of an article is, and the rule that said so."""

    kind: Kind
    reason: str


@dataclass(frozen=True, slots=True)
class _Rules:
    """The compiled cues of one language (its own lexicon and English); a cue
    searched for at the end of the words before a name may be :class:`_Gated`."""

    title_before: re.Pattern[str] | _Gated
    age_before: re.Pattern[str] | _Gated
    title_after: re.Pattern[str]
    speech_after: re.Pattern[str]
    speech_before: re.Pattern[str] | _Gated
    river: re.Pattern[str]
    capital: re.Pattern[str]
    government_after: re.Pattern[str]
    government_before: re.Pattern[str] | _Gated
    care_before: re.Pattern[str] | _Gated
    origin_before: re.Pattern[str] | _Gated
    origin_after: re.Pattern[str]
    reference_before: re.Pattern[str] | _Gated
    near_before: re.Pattern[str] | _Gated
    settlement: re.Pattern[str] | _Gated
    village: re.Pattern[str] | _Gated
    village_in_unit: re.Pattern[str] | _Gated
    unnamed_village: re.Pattern[str] | _Gated
    launch_before: re.Pattern[str] | _Gated
    speaker_place: re.Pattern[str] | _Gated
    organisation_after: re.Pattern[str]
    organisation_before: re.Pattern[str] | _Gated
    road_before: re.Pattern[str] | _Gated
    road_after: re.Pattern[str]
    road_between: re.Pattern[str] | _Gated
    street_before: re.Pattern[str] | _Gated
    street_after: re.Pattern[str]
    place_after: re.Pattern[str]
    locative_before: re.Pattern[str] | _Gated
    list_gap: re.Pattern[str]
    surname: re.Pattern[str] | None


# ---------------------------------------------------------------- lexicons
def _fail(path: Path, message: str) -> NameKindsError:
    return NameKindsError(f"{path}: {message}")


@dataclass(frozen=True, slots=True)
class UnitList:
    """A plural unit noun of a list of names, with the singular forms of its cases.

    Attributes
    ----------
    pattern
        The plural noun ("районах", "rejonach", "громадах").
    singular
        The noun's singular forms in the same case ("районі", "районе"): each
        name of the list is looked up with each of them.
    names_before
        Whether the names come before the noun (Ukrainian, Russian) or after
        it (Polish "w rejonach dergackim i czuhujewskim").
    """

    pattern: str
    singular: tuple[str, ...]
    names_before: bool


def _unit_lists(path: Path, raw: object) -> tuple[UnitList, ...]:
    """The validated entries of the ``unit_lists`` slot."""
    patterns = _entries(path, _UNIT_SLOT, raw)
    found = []
    for index, (item, pattern) in enumerate(zip(raw, patterns, strict=True), 1):  # type: ignore[call-overload]
        singular, names = item.get("singular"), item.get("names")
        if not isinstance(singular, list) or not all(isinstance(f, str) for f in singular):
            raise _fail(path, f"slot '{_UNIT_SLOT}' entry {index} needs a 'singular' list")
        if names not in ("before", "after"):
            raise _fail(path, f"slot '{_UNIT_SLOT}' entry {index}: 'names' is before or after")
        found.append(UnitList(pattern, tuple(singular), names == "before"))
    return tuple(found)


def _entries(path: Path, slot: str, raw: object) -> tuple[str, ...]:
    """The validated patterns of one slot: each compiles and matches its examples."""
    if not isinstance(raw, list):
        raise _fail(path, f"slot '{slot}' must be a list of entries")
    patterns = []
    for index, item in enumerate(raw, 1):
        where = f"slot '{slot}' entry {index}"
        if not isinstance(item, dict) or not isinstance(item.get("pattern"), str):
            raise _fail(path, f"{where} needs a 'pattern'")
        examples = item.get("examples")
        if not isinstance(examples, list) or not examples:
            raise _fail(path, f"{where} needs a non-empty list of 'examples'")
        try:
            compiled = regextrie.compile(item["pattern"], re.IGNORECASE)
        except re.error as exc:
            raise _fail(path, f"{where} pattern does not compile: {exc}") from None
        for example in examples:
            if not compiled.fullmatch(str(example)):
                raise _fail(path, f"{where} does not match its example {example!r}")
        patterns.append(item["pattern"])
    return tuple(patterns)


def read_lexicon(path: Path) -> dict[str, tuple]:
    """Read and validate one name-kind lexicon file.

    Raises
    ------
    NameKindsError
        Naming the file and the slot, when a slot is missing, unknown or
        malformed, a pattern does not compile or misses one of its examples.
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(path, f"cannot be read ({exc})") from None
    if not isinstance(data, dict):
        raise _fail(path, "is not a mapping of slots")
    if data.get("language") != path.stem:
        raise _fail(path, f"'language' must be {path.stem!r}, the file's name")
    unknown = sorted(set(data) - set(SLOTS) - {"language", "name"})
    missing = [slot for slot in SLOTS if slot not in data]
    if unknown or missing:
        raise _fail(path, f"unknown slot(s) {unknown} or missing slot(s) {missing}")
    # Every slot holds patterns, except the unit lists (:class:`UnitList`).
    read: dict[str, tuple] = {
        slot: _entries(path, slot, data[slot]) for slot in SLOTS if slot != _UNIT_SLOT
    }
    read[_UNIT_SLOT] = _unit_lists(path, data[_UNIT_SLOT])
    return read


@cache
def lexicons() -> dict[str, dict[str, tuple]]:
    """Every name-kind lexicon by language code."""
    found = {path.stem: read_lexicon(path) for path in sorted(FOLDER.glob("*.yaml"))}
    if "en" not in found:
        raise NameKindsError(f"{FOLDER}: the English lexicon en.yaml is missing")
    return found


def all_languages(slot: str) -> str:
    """One alternation of a slot's patterns in every language (for cues read
    the same whatever the article's language: level words next to a name)."""
    return _alternation(tuple(lexicons()), slot)


@cache
def unit_list_rules(lang: str | None) -> tuple[tuple[re.Pattern[str], UnitList], ...]:
    """Patterns finding a plural unit noun with its list of names, for ``lang``.

    Each match has a group ``names``: the names of the list with the words
    joining them ("Чугуевском, Изюмском и Купянском").
    """
    codes = ("en",) if lang not in lexicons() or lang == "en" else (lang, "en")
    words = f"(?i:{_alternation(codes, 'list_words')})"
    joiner = rf"(?:\s*,\s*(?:{words}\s+)?|\s+{words}\s+)"
    # A name is followed by a joiner or the noun's space, never by a letter:
    # its letters are taken whole (possessively), not given back one by one.
    name = r"[^\W\d_][\w'’-]*+"
    run = rf"(?P<names>{name}(?:{joiner}{name})+)"
    found = []
    for code in codes:
        unit: UnitList
        for unit in lexicons()[code][_UNIT_SLOT]:
            noun = rf"(?i:{unit.pattern})"
            pattern = (
                rf"(?<![\w'’-]){run}\s+{noun}(?!\w)"
                if unit.names_before
                else rf"(?<!\w){noun}\s*:?\s+{run}(?![\w'’-])"
            )
            found.append((regextrie.compile(pattern), unit))
    return tuple(found)


#: Words of a list of names, without the words joining them.
NAME_WORD: re.Pattern[str] = regextrie.compile(r"[^\W\d_][\w'’-]*")


def _alternation(codes: Sequence[str], slot: str) -> str:
    known = lexicons()
    return "|".join(f"(?:{p})" for code in codes for p in known[code][slot]) or r"(?!)"


#: How each cue of :class:`_Rules` is built from its lexicon slot: ``{}`` is
#: the slot's alternation (the language's patterns, then English's).
_BETWEEN_T = _BETWEEN.replace("{", "{{").replace("}", "}}")
_TEMPLATES: dict[str, tuple[str, str]] = {
    "title_before": ("titles_before", rf"(?<!\w){{}}{_BETWEEN_T}\s*$"),
    "age_before": ("age_before", r"(?<!\w){}\s+$"),
    "title_after": ("titles_after", r"^\s*,\s*{}(?!\w)"),
    "speech_after": ("speech_after", r"^\s*{}(?!\w)"),
    "speech_before": ("speech_before", rf"(?<!\w){{}}{_BETWEEN_T}\s*$"),
    "river": ("river_names", r"^{}$"),
    "capital": ("capital_names", r"^{}$"),
    # "Moscow « veut de nouvelles cibles »": a quote may open before the verb.
    "government_after": ("government_after", r"^\s*(?:[«\"“„‹]\s*)?{}(?!\w)"),
    "government_before": ("government_before", r"(?<!\w){}\s*$"),
    "care_before": ("care_before", r"(?<!\w){}\s*$"),
    "origin_before": ("origin_before", r"(?<!\w){}\s*$"),
    "origin_after": ("origin_after", r"^\s*{}(?!\w)"),
    "reference_before": ("reference_before", r"(?<!\w){}\s*(?:{descriptors}\s+)?$"),
    "near_before": ("near_before", r"(?<!\w){}\s*$"),
    "settlement": ("settlement_words", r"(?<!\w){}(?!\w)[^.;:!?]{{0,40}}$"),
    "village": ("village_words", r"(?<!\w){}\s*$"),
    "village_in_unit": ("village_in_unit", r"(?<!\w){}\s*$"),
    "unnamed_village": ("village_in_unit", r"(?<!\w){}(?!\w)"),
    "launch_before": ("launch_before", r"(?<!\w){}\s*$"),
    "speaker_place": ("speaker_place_before", r"(?<!\w){}\s*$"),
    "organisation_after": ("organisation_after", r"^\s*{}(?!\w)"),
    "organisation_before": ("organisation_before", r"(?<!\w){}\s*$"),
    "road_before": ("road_words", r"(?<!\w){}\s*$"),
    "road_after": ("road_words", r"^\s*{}(?!\w)"),
    "road_between": ("road_between", r"(?<!\w){}\s*$"),
    "street_before": ("street_before", r"(?<!\w){}\s*$"),
    "street_after": ("street_after", r"^\s+{}(?!\w)"),
    "place_after": ("place_after", r"^\s*{}(?!\w)"),
    "locative_before": ("locative_before", r"(?<!\w){}\s*$"),
    # Names of a coordinated list: "Kursk, Oryol and Primorsko-Akhtarsk".
    "list_gap": ("list_words", r"^\s*(?:,\s*)?(?:{}\s+)?$"),
    "surname": ("surname_shape", r"^{}$"),
}


@cache
def rules(lang: str | None) -> _Rules:
    """The compiled cues to read a text in ``lang`` with (its lexicon, then English)."""
    codes = ("en",) if lang not in lexicons() or lang == "en" else (lang, "en")
    descriptors = f"(?i:{_alternation(codes, 'reference_descriptors')})"
    compiled: dict[str, re.Pattern[str] | _Gated | None] = {
        name: _gated(
            template.format(f"(?i:{_alternation(codes, slot)})", descriptors=descriptors),
            codes,
            slot,
        )
        for name, (slot, template) in _TEMPLATES.items()
    }
    if _alternation(codes, "surname_shape") == r"(?!)":
        compiled["surname"] = None
    return _Rules(**compiled)  # type: ignore[arg-type]


class _Gated:
    """A cue searched for at the end of the words before a name (``…\\s*$``),
    behind the literals one of which every match holds.

    The engine tries such a pattern at every position of the window; the
    literal test (one scan shared by every filter, see
    :class:`strikemap.extraction.lexicon.Filter`) rules most windows out first.
    """

    __slots__ = ("gate", "pattern")

    def __init__(self, pattern: re.Pattern[str], gate: lexicon.Filter) -> None:
        self.pattern = pattern
        self.gate = gate

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, None at once when no literal is in ``text``."""
        return self.pattern.search(text) if self.gate.accepts(text) else None


def _gated(pattern: str, codes: Sequence[str], slot: str) -> re.Pattern[str] | _Gated:
    """The compiled cue, gated by its slot's literals when it is searched for
    at the end of a window."""
    compiled = regextrie.compile(pattern)
    if not pattern.endswith("$") or pattern.startswith("^"):
        return compiled
    known = lexicons()
    gate = lexicon.Filter([(p, re.IGNORECASE) for code in codes for p in known[code][slot]])
    return compiled if gate.open else _Gated(compiled, gate)


# ---------------------------------------------------------------- rules
def _is_road(text: str, spans: Sequence[tuple[int, int]], i: int, r: _Rules) -> bool:
    """One of two names joined by a dash next to a road word ("the Nikopol–Pokrov
    road"), or by "and" after a road word and "between" ("the road between
    Zolochiv and Kharkiv", "на трасі між Рильськом і Крупцем")."""
    start, end = spans[i]
    if _between_on_a_road(text, spans, i, r):
        return True
    if i + 1 < len(spans) and _DASH.match(text[end : spans[i + 1][0]]):
        first, last = start, spans[i + 1][1]
    elif i > 0 and _DASH.match(text[spans[i - 1][1] : start]):
        first, last = spans[i - 1][0], end
    else:
        return False
    return bool(
        r.road_after.match(text[last : last + _WINDOW])
        or r.road_before.search(text[max(0, first - _WINDOW) : first])
    )


def _between_on_a_road(text: str, spans: Sequence[tuple[int, int]], i: int, r: _Rules) -> bool:
    """Whether the name is the first or the second of "the road between X and Y"."""
    start = spans[i][0]
    if r.road_between.search(text[max(0, start - _WINDOW) : start]):
        return True
    if i == 0 or not r.list_gap.match(text[spans[i - 1][1] : start]):
        return False
    first = spans[i - 1][0]
    return bool(r.road_between.search(text[max(0, first - _WINDOW) : first]))


def _person_reason(text: str, start: int, end: int, r: _Rules) -> str | None:
    """Why the name at ``start:end`` is a person's, or None."""
    before = text[max(0, start - _WINDOW) : start]
    after = text[end : end + _WINDOW]
    if r.title_before.search(before) and not _NEXT_CAPITAL.match(after):
        # The last name of a run after a title: "Governor Oleh Syniehubov";
        # not the place in "мэр Харькова Игорь Терехов".
        return "after a title"
    if r.age_before.search(before):
        # "загинув їхній батько, 39-річний Андрій": a victim's given name.
        return "after an age"
    if r.locative_before.search(before):
        # "In Kherson, a pensioner was hurt": the role names the victim, not Kherson.
        return None
    if r.title_after.match(after):
        return "before an apposition naming a role"
    if r.surname is None or not r.surname.match(text[start:end]):
        return None
    if r.speech_after.match(after):
        return "a surname before a verb of speaking"
    if r.speech_before.search(before):
        return "a surname after a verb of speaking"
    return None


#: The capitalised word right after a name, one space on.
_NEXT_WORD = regextrie.compile(rf"[ ]([{_UPPER}][\w'’-]+)")


def _given_name_reason(
    text: str, spans: Sequence[tuple[int, int]], i: int, r: _Rules
) -> str | None:
    """Why the name is a given name, or None: a surname-shaped word that is
    no place follows it ("Андрій Райкович повідомив", "Andrij Rajkowicz")."""
    end = spans[i][1]
    if r.surname is None or (i + 1 < len(spans) and spans[i + 1][0] <= end + 1):
        return None
    found = _NEXT_WORD.match(text, end)
    if found is None or not r.surname.match(found.group(1)):
        return None
    return "a given name before a surname"


def _government_reason(text: str, start: int, end: int, r: _Rules) -> str | None:
    """Why the capital at ``start:end`` stands for its government, or None."""
    if not r.capital.match(text[start:end]):
        return None
    before = text[max(0, start - _WINDOW) : start]
    after = text[end : end + _WINDOW]
    if r.government_after.match(after) or r.speech_after.match(after):
        return "a capital before what a government does"
    if _heads_a_quotation(text, start, end):
        return "a capital heading the words it is quoted as saying"
    if r.government_before.search(before):
        return "a capital after words naming a state's act"
    return None


#: A quotation opening after a comma or colon ("Kiev, “Massiccio attacco”",
#: "Москва: «...»"): the words a heading attributes to the name before it.
_QUOTE_OPENS = regextrie.compile(r"[ \t]*[,:][ \t]*[«\"“„‹'‘]")


def _heads_a_quotation(text: str, start: int, end: int) -> bool:
    """Whether the name opens its line (a time stamp aside) and a quotation
    follows its comma or colon: a headline's "Kiev: «Abbattuti 20 droni»"
    gives what the capital said, not a place struck."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return not any(ch.isalpha() for ch in line) and _QUOTE_OPENS.match(text, end) is not None


def _local_kind(text: str, spans: Sequence[tuple[int, int]], i: int, r: _Rules) -> NameKind:
    """The kind of one name from its own surroundings (no list or article context)."""
    start, end = spans[i]
    after = text[end : end + _WINDOW]
    before = text[max(0, start - _WINDOW) : start]
    if r.organisation_after.match(after):
        return NameKind("organisation", "before an organisation word")
    if r.organisation_before.search(before):
        return NameKind("organisation", "after a facility word")
    if _is_road(text, spans, i, r):
        return NameKind("road", "a pair of names joined by a dash next to a road word")
    if r.street_before.search(before) or r.street_after.match(after):
        return NameKind("street", "next to a street, square or road word")
    if r.river.match(text[start:end]):
        return NameKind("street", "a river's name")
    if r.launch_before.search(before):
        # Before the unit check: "from the airspace of the Belgorod region".
        return NameKind("reference", "a launch area")
    if r.place_after.match(after) or _names_its_unit(text[start:end], r):
        return NameKind("place", BEFORE_ITS_UNIT)
    government = _government_reason(text, start, end, r)
    if government:
        return NameKind("government", government)
    person = _person_reason(text, start, end, r) or _given_name_reason(text, spans, i, r)
    if person:
        return NameKind("person", person)
    if r.speaker_place.search(before):
        return NameKind("reference", "where someone spoke")
    if r.care_before.search(before):
        return NameKind("reference", CARE_REASON)
    if r.origin_before.search(before) or r.origin_after.match(after):
        return NameKind("reference", ORIGIN_REASON)
    if r.reference_before.search(before) or _near_a_located_place(text, spans, i, r):
        return NameKind("reference", "a reference point")
    return NameKind("place", "no cue")


def _near_a_located_place(text: str, spans: Sequence[tuple[int, int]], i: int, r: _Rules) -> bool:
    """A name after "near" that locates a settlement or another place named just
    before ("a village near Moscow", "Kyinka, near Chernihiv"), not a facility
    ("a substation near Stryi" is a strike on Stryi)."""
    start = spans[i][0]
    cue = r.near_before.search(text[max(0, start - _WINDOW) : start])
    if cue is None:
        return False
    cue_at = max(0, start - _WINDOW) + cue.start()
    lead = text[max(0, cue_at - 40) : cue_at]
    if r.settlement.search(lead):
        return True
    return (
        i > 0
        and cue_at - 40 <= spans[i - 1][1] <= cue_at
        and not re.search(r"[.;:!?]", text[spans[i - 1][1] : cue_at])
        # "the Sumy–Kyiv train near Vorozhba": a road's town locates nothing.
        and not _is_road(text, spans, i - 1, r)
    )


def _names_its_unit(name: str, r: _Rules) -> bool:
    """Whether a multi-word name holds its unit ("Белгородской области")."""
    words = name.split()
    return len(words) > 1 and any(r.place_after.match(word) for word in words)


_LIST_KINDS = ("reference", "government")
#: The reason of a town named only as where victims were taken or treated.
CARE_REASON = "where victims were taken or treated"
ORIGIN_REASON = "where a victim came from"
#: The reason of a name kept a place by its unit after it ("Безруки Дергачівської громади").
BEFORE_ITS_UNIT = "before its hromada, raion or region"
# Person readings sure enough to carry to the name's other mentions; a
# surname-shaped name before "said" alone ("Rostov said") is not.
_STRONG_PERSON = frozenset({"after a title", "before an apposition naming a role"})


def _same_name(a: str, b: str) -> bool:
    """Whether two spellings are one name, case endings aside ("Сирський", "Сирського";
    not "Huliaipole" and "Huliaipolskyi": endings differ by two letters at most)."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return (
        len(short) >= 5
        and len(long_) - len(short) <= _ENDING
        and long_.startswith(short[: len(short) - 2])
    )


#: The longest case ending that tells two spellings of a name apart.
_ENDING = 2


def titled_surnames(text: str, lang: str | None) -> list[str]:
    """The surnames the article gives after a title and a given name ("mer
    miasta Andrij Sadowy", "Governor Vyacheslav Gladkov"), whether or not they
    look like a place: the same name later ("Według Sadowego") is that person.
    """
    return [m.group("surname") for m in _titled_pattern(lang).finditer(text)]


@cache
def _titled_pattern(lang: str | None) -> re.Pattern[str]:
    codes = ("en",) if lang not in lexicons() or lang == "en" else (lang, "en")
    name = rf"[{_UPPER}][\w'’-]+"
    return regextrie.compile(
        rf"(?<!\w)(?i:{_alternation(codes, 'titles_before')})"
        rf"(?:\s+[^\W\d_{_UPPER}][\w'’-]*){{0,2}}(?:\s+{name}){{1,2}}\s+(?P<surname>{name})"
    )


#: What may stand right before a pair of capitals opening a clause.
_CLAUSE_OPENING = regextrie.compile(r"(?:^|[.,;:!?()\"«»“”„—–-])\s*$")
_PAIR_REASON = "two capitals named together as the two sides"
_LAST_WORD = regextrie.compile(r"(\w+)\W*$")


def after_village_word(before: str, lang: str | None) -> bool:
    """Whether ``before`` (the text right before a name) ends with a word for
    a village ("в селе", "the village of", "im Dorf")."""
    return bool(rules(lang).village.search(before))


def unnamed_village_before(before: str, lang: str | None) -> bool:
    """Whether ``before`` (the text right before a hromada or raion) ends with
    a word for a village the text does not name ("по селу в", "a village in"):
    the unit then stands for that village."""
    return bool(rules(lang).village_in_unit.search(before))


def names_unnamed_village(text: str, lang: str | None) -> bool:
    """Whether ``text`` speaks of a village it does not name ("a village in
    the region was shelled", "в одном из сел области"): a place other than
    the one the text was about."""
    return bool(rules(lang).unnamed_village.search(text))


def _opens_clause(before: str, r: _Rules) -> bool:
    """Whether a name after ``before`` opens a clause as its subject: after
    punctuation, or after a word that is neither a preposition nor a strike
    word ("Od początku inwazji Moskwa i Kijów...", not "hit Moscow and Kyiv")."""
    if _CLAUSE_OPENING.search(before[-3:]):
        return True
    last = _LAST_WORD.search(before)
    return not (r.locative_before.search(before) or (last and STRIKE_CUE.search(last.group(1))))


def _capital_pairs(
    text: str, spans: Sequence[tuple[int, int]], kinds: list[NameKind], r: _Rules
) -> None:
    """Two capitals opening a clause together stand for their states.

    "Since 2022, Moscow and Kyiv have both relied on drones", "Moskau und
    Kiew setzen auf Drohnen": a pair of capitals as the subject of a clause
    names the two sides, not two places struck.
    """
    for i in range(1, len(spans)):
        (a0, a1), (b0, b1) = spans[i - 1], spans[i]
        first, second = text[a0:a1], text[b0:b1]
        if (
            kinds[i - 1].reason == "no cue"
            and kinds[i].reason == "no cue"
            and not _same_name(first, second)
            and r.capital.match(first)
            and r.capital.match(second)
            and r.list_gap.match(text[a1:b0])
            and _opens_clause(text[max(0, a0 - _WINDOW) : a0], r)
        ):
            kinds[i - 1] = kinds[i] = NameKind("government", _PAIR_REASON)


def classify_names(
    text: str, spans: Sequence[tuple[int, int]], lang: str | None = None
) -> list[NameKind]:
    """Give every name of an article its kind.

    Parameters
    ----------
    text
        The article text.
    spans
        ``(start, end)`` offsets in ``text`` of the names to classify (the
        place names found in it), in text order.
    lang
        Language code; languages without a lexicon are read with English.

    Returns
    -------
    list of NameKind
        One per span.  Names of a coordinated list after a reference or
        government cue share its kind ("from the directions of Kursk, Oryol
        and Millerovo"); a name read as a person anywhere in the article is a
        person everywhere, unless its own words keep it a place.
    """
    r = rules(lang)
    kinds = [_local_kind(text, spans, i, r) for i in range(len(spans))]
    for i in range(1, len(spans)):
        previous = kinds[i - 1]
        gap = text[spans[i - 1][1] : spans[i][0]]
        if previous.kind in _LIST_KINDS and kinds[i].reason == "no cue" and r.list_gap.match(gap):
            kinds[i] = NameKind(previous.kind, previous.reason.removesuffix(" (list)") + " (list)")
    _capitals_before_a_government(text, spans, kinds, r)
    _capital_pairs(text, spans, kinds, r)
    people = [
        text[s:e] for (s, e), k in zip(spans, kinds, strict=True) if k.reason in _STRONG_PERSON
    ] + titled_surnames(text, lang)
    for i, (start, end) in enumerate(spans):
        if kinds[i].reason == "no cue" and any(_same_name(text[start:end], p) for p in people):
            kinds[i] = NameKind("person", "named as a person elsewhere in the article")
    return kinds


def _capitals_before_a_government(
    text: str, spans: Sequence[tuple[int, int]], kinds: list[NameKind], r: _Rules
) -> None:
    """A capital listed right before a capital that stands for its government does
    too: "Moscow and Kyiv traded strikes", "Moscú y Kiev intercambiaban ataques"."""
    for i in range(len(spans) - 2, -1, -1):
        start, end = spans[i]
        gap = text[end : spans[i + 1][0]]
        if (
            kinds[i + 1].kind == "government"
            and kinds[i].reason == "no cue"
            and r.capital.match(text[start:end])
            and r.list_gap.match(gap)
        ):
            kinds[i] = NameKind(
                "government", kinds[i + 1].reason.removesuffix(" (list)") + " (list)"
            )


#: The role a name of each kind takes in a sentence, where its kind decides it.
#: A road's or a train route's towns only name it ("on the Nikopol–Pokrov
#: road", "поїзд сполученням Суми — Ворожба"): the shell or drone struck the
#: road or the train, not either town (ANNOTATION.md, "a place inside a name").
ROLE_OF: dict[str, Role] = {
    "road": "reference",
    "person": "none",
    "organisation": "none",
    "street": "none",
    "government": "none",
    "reference": "reference",
}


def names_a_care_town(text: str, start: int, lang: str | None) -> bool:
    """Whether the name at ``start`` only says where victims were taken or
    treated ("died in hospital in Druzhkivka") or where one came from ("a
    resident of Kharkiv"): no place of the strike, and no other place a toll
    in its sentence could be said of."""
    before = text[max(0, start - _WINDOW) : start]
    r = rules(lang)
    return bool(r.care_before.search(before) or r.origin_before.search(before))


def by_mention(
    sentences, found: dict, text: str, lang: str | None
) -> dict[tuple[int, int], NameKind]:
    """Classify every place-name match of an article at once.

    Parameters
    ----------
    sentences
        The article's sentences (each with ``index`` and ``start``).
    found
        Matches by sentence index, with offsets relative to their sentence.
    text
        The article text the sentences were cut from.
    lang
        Language code.

    Returns
    -------
    dict
        The kind of each match, keyed by (sentence index, start in sentence).
    """
    keys, spans = [], []
    for sentence in sentences:
        for mention in found.get(sentence.index, ()):
            keys.append((sentence.index, mention.start))
            spans.append((sentence.start + mention.start, sentence.start + mention.end))
    return dict(zip(keys, classify_names(text, spans, lang), strict=True))
