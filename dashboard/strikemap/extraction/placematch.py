"""Find place names in text with an Aho-Corasick automaton over the gazetteer.

Every spelling the gazetteer knows (``Gazetteer.surface_forms()``, already
passed through :func:`strikemap.gazetteer.names.normalize`) goes into one
pyahocorasick automaton.  The text is folded the same way, character by
character, keeping a map back to the original offsets so a match can be
reported as written ("Kiev", "Charkowie", "Краснодаре").  Matches must start
and end on word boundaries; in inflected languages (pl, ru, uk, ...) a word
that does not match as written is tried again through the gazetteer's
inflection stems ("Czernihowem" -> "czernihow").  English possessives
("Kyiv's") are split off before matching.

A word following the name decides its level: "the Sumy region", "Kharkiv
Oblast", "Pecherskyi district", "Краснодарского края".  Coordinated lists
("the Kharkiv, Odesa and Sumy regions") pass that level to every member.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import ahocorasick

from strikemap.extraction import lexicon, name_kinds, regextrie
from strikemap.extraction.lexicon import fold as fold_for_filter
from strikemap.extraction.lexicon import literal_prefixes
from strikemap.extraction.roles import literals
from strikemap.gazetteer.names import is_cyrillic as is_cyrillic_word
from strikemap.gazetteer.names import normalize, respelled_candidates, stem_candidates

# Languages whose place names take case endings in running text.
INFLECTED = frozenset({"pl", "ru", "uk", "be", "cs", "sk", "hr", "sr", "sl", "bg", "lt", "lv"})

_APOSTROPHES = frozenset("'’ʼ‘`´")
# Level words next to a name, from every language's name-kind lexicon: "the
# Sumy region", "Kharkiv Oblast", "Pecherskyi district", "distretto di Izmail".
_LEVEL_TEMPLATES = {
    "region_after": r"^(?:['’]s)?\s*(?:(?:{})(s)?\b)",
    "region_before": r"\b(?:{})\s+(?:of\s+|di\s+|de\s+|d['’])?$",
    # A plural region noun opening a list: "the regions of Kursk, Bryansk and Oryol".
    "regions_before": r"\b(?:{})\s*$",
    "district_after": r"^(?:['’]s)?\s*(?:{})(s)?\b",
    "district_before": r"\b(?:{})(?:\s+(?:of|di|del|de))?\s+$",
    # Coordinated lists: "the Kharkiv, Odesa and Sumy regions"; a member may
    # carry a count or a direction in brackets ("Rostov (24), Bryansk (11) e
    # Kursk (3)", "Odessa e Nikolayev (sul), Kiev (norte)").
    "list_words": r"^\s*(?:\(\s*[^()\n]{{1,16}}\)\s*)?(?:,\s*(?:(?:{0})\s+)?|(?:{0})|,)\s*$",
}
_LEVEL = {
    slot: regextrie.compile(template.format(name_kinds.all_languages(slot)), re.IGNORECASE)
    for slot, template in _LEVEL_TEMPLATES.items()
}
_REGION_AFTER, _REGION_BEFORE = _LEVEL["region_after"], _LEVEL["region_before"]
_DISTRICT_AFTER, _DISTRICT_BEFORE = _LEVEL["district_after"], _LEVEL["district_before"]
_REGIONS_BEFORE = _LEVEL["regions_before"]
_LIST_GAP = _LEVEL["list_words"]


def _gate(slot: str) -> Callable[[str], bool]:
    """A cheap test that a text may hold a match of a level slot: the literal
    stems every match contains, derived from the patterns themselves."""
    stems = literal_prefixes(name_kinds.all_languages(slot), re.IGNORECASE)
    if not stems:
        return lambda _text: True
    found = literals(*stems)
    return lambda text: found.search(fold_for_filter(text)) is not None


_DISTRICT_WORDS = frozenset(
    {"district", "raion", "rayon", "distretto", "dzielnica", normalize("район")}
)
# Beginnings of the last word of a multi-word key that make it a region
# ("kharkiv oblast", "белгородскои области", "краснодарскии краи").
_REGION_WORDS = ("region", "oblast", "province", "krai", "obwod", "област", "облас", "кра")
# A list closed by a plural district noun ("the Zhukovskoho, Saltivka and
# Pivnichna districts"); its words come from the language files.
_CAPITAL_NAME = r"[A-ZА-ЯЁІЇЄ][\w'’-]+"
_UNKNOWN_LIST_TAIL = (
    r"(?:\s*,\s*" + _CAPITAL_NAME + r")*\s*,?\s*(?:{list_joins})\s+"
    r"(?P<last>" + _CAPITAL_NAME + r")\s+(?:{district_plurals})\b"
)
# What str.isalnum() rejects: every character but letters and digits.
_UPPER_START = regextrie.compile(name_kinds.UPPER_CLASS)
_POLISH_REGION = r"\b(?:{region_nouns_first})\w*\s+([a-ząćęłńóśźż]+[scz]k\w+)"
_POLISH_UNIT = r"\b(?:{unit_nouns_first})\w*\s+([a-ząćęłńóśźż]+[scz]k\w+)"
# "-ski", and "-cki"/"-zki" after c and z ("doniecki", "biełgorodzki").
_POLISH_ADJECTIVE_CASES = (
    ("skiego", "ski"), ("skiemu", "ski"), ("skim", "ski"), ("ski", "ski"),
    ("ckiego", "cki"), ("ckiemu", "cki"), ("ckim", "cki"), ("cki", "cki"),
    ("zkiego", "zki"), ("zkiemu", "zki"), ("zkim", "zki"), ("zki", "zki"),
)  # fmt: skip
_NEXT_TOKEN = regextrie.compile(r"\s+([^\W\d_]+)")
# Region nouns after an adjectival name, by the beginning of their case
# forms, with the nominative the gazetteer spells ("область", "край").
_REGION_NOUN_NOMINATIVE = {
    "област": normalize("область"),
    "обл": normalize("область"),
    "кра": normalize("край"),
    "район": normalize("район"),
}
_REGION_NOUNS = tuple(_REGION_NOUN_NOMINATIVE)
_DISTRICT_NOUNS = ("район",)
# A declined key ending in a case of "район" ("шевченківському раионі").
_DISTRICT_KEY_WORD = normalize("район")
# Feminine and masculine adjective endings in oblique cases and their
# nominative (normalised: й is и, ї is і).
_ADJECTIVE_CASES = tuple(
    (normalize(end), tuple(normalize(n) for n in noms))
    for end, noms in (
        ("ській", ("ська", "ський")), ("ської", ("ська",)), ("ську", ("ська",)),
        ("ською", ("ська",)), ("ського", ("ський",)), ("ському", ("ський",)),
        # Russian end-stressed "-ской" adjectives too ("в Центрально-Городском районе").
        ("ского", ("ский", "ской")), ("ской", ("ская", "ской")), ("скую", ("ская",)),
        ("ском", ("ский", "ской")), ("скому", ("ский", "ской")), ("ским", ("ский", "ской")),
        ("цькому", ("цький",)), ("цького", ("цький",)),
        ("цькій", ("цька", "цький")), ("ному", ("ний",)), ("ного", ("ний",)),
        ("ном", ("ный",)), ("ного", ("ный",)), ("цком", ("цкий",)), ("цкого", ("цкий",)),
    )
)  # fmt: skip
# Neuter adjectives that name villages, in oblique cases: "у Козацькому"
# (Козацьке), "біля Широкого" (Широке), "в Заречном" (Заречное).  Read only
# after a preposition of place or a word for a village: "Головного
# управління" is no village Головне.
_NEUTER_CASES = tuple(
    (normalize(end), tuple(normalize(n) for n in noms))
    for end, noms in (
        ("ому", ("е",)), ("ого", ("е", "ое")), ("им", ("е",)), ("ом", ("ое",)), ("ым", ("ое",)),
    )
)  # fmt: skip
# Ukrainian region nicknames in -щина ("на Харківщині" -> Харківщина).
_NICKNAME_CASES = tuple(
    (normalize(end), normalize("щина")) for end in ("щині", "щину", "щини", "щиною")
)
# Latin capitalised words, Polish and Western European letters included
# ("Wilniańsk", "Járkov").
_UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ"
_LOWER = "a-zß-öø-ÿąćęłńśźż"
#: A capitalised abbreviation with its full stop right before a name ("St. ").
_ABBREVIATION_BEFORE = regextrie.compile(rf"(?<!\w)([{_UPPER}][{_LOWER}]{{0,3}})\. $")
_CAPITAL_RUN = regextrie.compile(rf"\b[{_UPPER}][{_LOWER}]+(?:[ -][{_UPPER}][{_LOWER}]+)?\b")
_TOKEN = name_kinds.NAME_WORD


@dataclass(slots=True)
class PlaceMention:
    """One place name found in a sentence.

    Attributes
    ----------
    start, end
        Offsets in the searched text.
    as_written
        The text as spelled in the article.
    key
        The normalised gazetteer key that matched.
    place_ids
        Gazetteer ids the key may stand for (resolution picks one).
    level_hint
        ``"region"`` or ``"district"`` when a neighbouring word says so
        ("the Sumy region", "Shevchenko district"), else ``None``.
    list_head
        Index (in the sentence's mention list) of the first member of the
        coordinated list this mention belongs to; its own index otherwise.
    plural_hint
        The level word is plural ("the Sumy and Poltava regions", "the
        regions of Kursk and Oryol") and passes to the other members of the list.
    unknown_list
        The name stands in a list of districts whose other members the
        gazetteer does not know: a neighbourhood, not an administrative unit.
    """

    start: int
    end: int
    as_written: str
    key: str
    place_ids: tuple[str, ...]
    level_hint: str | None = None
    list_head: int = 0
    plural_hint: bool = False
    unknown_list: bool = False


def _coverage(text: str, taken: list[tuple[int, int, str, tuple[str, ...]]]) -> bytearray:
    """One flag per character of ``text``: inside a name already found.

    Looking a span up costs the span's length, not the number of names
    found, so a sentence listing thousands of places stays linear.
    """
    covered = bytearray(len(text) + 1)
    for start, end, _key, _ids in taken:
        _cover(covered, start, end)
    return covered


def _cover(covered: bytearray, start: int, end: int) -> None:
    covered[start:end] = b"\x01" * (end - start)


def _overlaps(covered: bytearray, start: int, end: int) -> bool:
    return covered.find(1, start, max(end, start + 1)) >= 0


class PlaceMatcher:
    """Aho-Corasick matcher over every surface form of a gazetteer.

    Parameters
    ----------
    forms
        ``(normalised name, place id)`` pairs, as yielded by
        ``Gazetteer.surface_forms()``.
    lowercase
        ``(key, lang) -> bool``: whether a name written in lower case counts
        (``Gazetteer.matches_lowercase``); without it only capitalised names do.
    """

    def __init__(
        self,
        forms: Iterable[tuple[str, str]],
        lowercase: Callable[[str, str], bool] | None = None,
    ) -> None:
        self._lowercase = lowercase
        index: dict[str, list[str]] = {}
        for key, place_id in forms:
            if len(key) < 3:
                continue
            ids = index.setdefault(key, [])
            if place_id not in ids:
                ids.append(place_id)
        self._index: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in index.items()}
        # Each key between spaces: matched against the folded text with every
        # non-letter blanked, it is only found as whole words.
        automaton = ahocorasick.Automaton()
        for key, key_ids in self._index.items():
            automaton.add_word(f" {key} ", (key, key_ids))
        automaton.make_automaton()
        self._automaton = automaton

    def find(self, text: str, lang: str = "en") -> list[PlaceMention]:
        """Return the place mentions of ``text``, longest match first, in order.

        Parameters
        ----------
        text
            A sentence (or any text).
        lang
            ISO 639-1 language of the text; inflected languages also match
            case forms through the gazetteer's stem rules.
        """
        spans: list[tuple[int, int, str, tuple[str, ...]]] = []
        # Offsets in the padded text are one more than in the text.
        words = " " + text.translate(_WORDS_TABLE) + " "
        for padded_end, (key, ids) in self._automaton.iter(words):
            end = padded_end - 1
            start = end - len(key)
            if fold(text[start:end]) != key:
                continue  # a blanked sign inside the name ("Kryvyi„Rih")
            if not _UPPER_START.match(text[start]) and not (
                self._lowercase is not None
                and self._lowercase(key, lang)
                and _placed_in_lower_case(text, start, lang)
            ):
                continue
            spans.append(self._with_abbreviation(text, start, end, key, ids))
        for word in _apostrophe_words(text):
            # "Кам'янське", "Слов'янськ": the gazetteer keys drop the apostrophe.
            ids = self._index.get(normalize(word.group(0)))
            if ids:
                spans.append((word.start(), word.end(), normalize(word.group(0)), ids))
        if lang in INFLECTED or lang not in ("en", "it", "es", "fr", "de", "pt"):
            spans.extend(self._inflected(text, lang, spans))
        spans.extend(self._hybrid_spellings(text, spans))
        # A list closed by a plural unit noun ("Марганецька та Покровська громади")
        # names units: its members beat the towns matched on the same letters.
        spans[:0] = self._unit_lists(text, lang, [])
        # Before the others: a district after its noun beats a namesake town
        # matched on the same letters.
        spans[:0] = self._after_district_noun(text, spans)
        if lang == "pl":
            spans.extend(self._polish_region(text, spans))
            spans.extend(self._polish_units(text, spans))
        mentions = _longest_first(spans, text)
        _attach_levels(text, mentions)
        return mentions

    def _with_abbreviation(
        self, text: str, start: int, end: int, key: str, ids: tuple[str, ...]
    ) -> tuple[int, int, str, tuple[str, ...]]:
        """A name with the abbreviated word before it when the gazetteer knows
        the two together ("St. Petersburg", whose full stop the folded text
        blanks into a second space): the name starts at the abbreviation."""
        if start < 2 or text[start - 2] != ".":
            # Most names follow no full stop: no abbreviation to look for.
            return (start, end, key, ids)
        found = _ABBREVIATION_BEFORE.search(text, max(0, start - 8), start)
        if found is None:
            return (start, end, key, ids)
        longer = f"{normalize(found.group(1))} {key}"
        if longer in self._index:
            return (found.start(1), end, longer, self._index[longer])
        return (start, end, key, ids)

    def _hybrid_spellings(
        self, text: str, taken: list[tuple[int, int, str, tuple[str, ...]]]
    ) -> list[tuple[int, int, str, tuple[str, ...]]]:
        """Hybrid transliterations with Russian g for Ukrainian h ("Kryvyi Rig",
        "Krasnograd") or a French ou for u in an English spelling
        ("Kremenchouk"): capitalised words, alone or in pairs, not matched as
        written."""
        covered = _coverage(text, taken)
        found = []
        for match in _CAPITAL_RUN.finditer(text):
            start, end = match.span()
            # A word already matched as written needs no hybrid spelling (the
            # cheaper test first).
            if _overlaps(covered, start, end):
                continue
            lowered = match.group(0).lower()
            pairs = _hybrid_pairs(lowered)
            if not any(h in lowered for h, _ in pairs):
                continue
            for key in _hybrid_keys(normalize(match.group(0)), pairs):
                ids = self._index.get(key)
                if ids:
                    found.append((start, end, key, ids))
                    break
        return found

    def _unit_lists(
        self, text: str, lang: str, taken: list[tuple[int, int, str, tuple[str, ...]]]
    ) -> list[tuple[int, int, str, tuple[str, ...]]]:
        """Names of a list closed or opened by a plural unit noun ("у Салтівському
        та Немишлянському районах", "в Чугуевском, Изюмском и Купянском районах",
        "w rejonach dergackim i czuhujewskim"): each name with the noun's
        singular form of the same case, as the gazetteer spells one unit."""
        rules = name_kinds.unit_list_rules(lang)
        if not rules:
            return []
        covered = _coverage(text, taken)
        lowered = text.lower()
        found = []
        for pattern, unit in rules:
            if unit.pattern not in lowered:
                continue
            for match in pattern.finditer(text):
                found.extend(self._list_members(match, unit, covered))
        return found

    def _list_members(
        self, match: re.Match[str], unit: name_kinds.UnitList, covered: bytearray
    ) -> list[tuple[int, int, str, tuple[str, ...]]]:
        """The members of one matched list the gazetteer knows as units."""
        found = []
        offset = match.start("names")
        for word in name_kinds.NAME_WORD.finditer(match.group("names")):
            start, end = offset + word.start(), offset + word.end()
            if _overlaps(covered, start, end):
                continue
            # Ukrainian and Russian spell the adjective first, Polish the noun,
            # whichever side of the noun the list stands on.
            keys = [
                normalize(f"{a} {b}")
                for singular in unit.singular
                for a, b in ((word.group(0), singular), (singular, word.group(0)))
            ]
            key = next((k for k in keys if k in self._index), None)
            if key is not None:
                found.append((start, end, key, self._index[key]))
                _cover(covered, start, end)
        return found

    def _after_district_noun(
        self, text: str, taken: list[tuple[int, int, str, tuple[str, ...]]]
    ) -> list[tuple[int, int, str, tuple[str, ...]]]:
        """A city district named after a district noun in another language's
        spelling ("w dzielnicy Hołosijiwskiej", "distretto di Kyivskyi"):
        its Ukrainian-Latin nominative, when the gazetteer has such a district."""
        if not lexicon.slot_filter("district_nouns_first").accepts(text):
            return []
        exact = {(start, end): ids for start, end, _key, ids in taken}
        covered = _coverage(text, taken)
        found = []
        for match in lexicon.template(_DISTRICT_THEN_NAME).finditer(text):
            offset = match.start("names")
            for word in _DISTRICT_NAME_WORD.finditer(match.group("names")):
                start, end = offset + word.start(), offset + word.end()
                known = exact.get((start, end))
                if known is None and _overlaps(covered, start, end):
                    continue
                # A name matched as a town ("Podilsky", Podilsk) is the
                # district after a district noun.
                found.extend(self._district_span(word.group(0), start, end))
        return found

    def _district_span(
        self, word: str, start: int, end: int
    ) -> list[tuple[int, int, str, tuple[str, ...]]]:
        """The city district a word after a district noun names, if any."""
        for key in district_keys(word):
            ids = self._index.get(key)
            if ids and any(i.startswith("district:") for i in ids):
                return [(start, end, key, tuple(i for i in ids if i.startswith("district:")))]
        return []

    def _polish_region(
        self, text: str, taken: list[tuple[int, int, str, tuple[str, ...]]]
    ) -> list[tuple[int, int, str, tuple[str, ...]]]:
        """ "w obwodzie charkowskim", "z obwodu sumskiego": the noun comes first
        and the adjective agrees with it in any case."""
        covered = _coverage(text, taken)
        found = []
        for match in lexicon.template(_POLISH_REGION).finditer(text):
            if _overlaps(covered, match.start(), match.end()):
                continue
            adjective = normalize(match.group(1))
            for end, nominative in _POLISH_ADJECTIVE_CASES:
                if adjective.endswith(end):
                    key = "obwod " + adjective[: len(adjective) - len(end)] + nominative
                    ids = self._index.get(key)
                    if ids:
                        found.append((match.start(), match.end(), key, ids))
                    break
        return found

    def _polish_units(
        self, text: str, taken: list[tuple[int, int, str, tuple[str, ...]]]
    ) -> list[tuple[int, int, str, tuple[str, ...]]]:
        """ "w rejonie stryjskim", "hromadę krasnopilską": a raion or hromada in
        small letters, noun first, as the gazetteer spells its Polish cases; or a
        city district ("w rejonie kowpakiwskim": Kovpakivskyi)."""
        covered = _coverage(text, taken)
        found = []
        for match in lexicon.template(_POLISH_UNIT).finditer(text):
            if _overlaps(covered, match.start(), match.end()):
                continue
            key = normalize(match.group(0))
            ids = self._index.get(key)
            if ids:
                found.append((match.start(), match.end(), key, ids))
                continue
            for key in district_keys(match.group(1)):
                districts = tuple(i for i in self._index.get(key, ()) if i.startswith("district:"))
                if districts:
                    found.append((match.start(1), match.end(), key, districts))
                    break
        return found

    def _inflected(
        self, text: str, lang: str, taken: list[tuple[int, int, str, tuple[str, ...]]]
    ) -> list[tuple[int, int, str, tuple[str, ...]]]:
        covered = _coverage(text, taken)
        opening = len(text) - len(text.lstrip())
        found = []
        for token in _TOKEN.finditer(text):
            start, end = token.span()
            if not _UPPER_START.match(text[start]) or start <= opening:
                # A capitalised sentence opening is no sign of a name.
                continue
            if covered[start]:
                continue
            nxt = _NEXT_TOKEN.match(text, end)
            if nxt and nxt.group(1).lower().startswith(_DISTRICT_NOUNS):
                # "у Шевченківському районі": a city district is spelled by
                # its adjective alone, which the district word then marks.
                key = self._district_adjective(token.group(0), lang)
                if key:
                    found.append((start, end, key, self._index[key]))
                    _cover(covered, start, end)
                    continue
            if nxt and nxt.group(1).lower().startswith(_REGION_NOUNS):
                pair = self._adjective_region(token.group(0), nxt.group(1), lang)
                if pair:
                    found.append((start, nxt.end(), *pair))
                    _cover(covered, start, nxt.end())
                    continue
            word = token.group(0)
            candidates = (*_stems(word, lang)[1:], *_nickname(word), *_more_cases(word))
            # "у Хмельницькому", "Кропивницького": a city named by an adjective.
            # The neuter forms are only looked at when nothing else matched.
            neuter = self._neuter(text, start, word, lang)
            # "w Kostiantyniwce": an inflected Polish spelling with an English i.
            hybrids = _polish_hybrid_stems(word, candidates)
            # "у Новошахтинську", "Шебекіне": a Russian town as Ukrainian spells it.
            russian = _respelled(word, lang)
            compound = _compound_cases(word, lang)
            for candidate in chain(candidates, _agreeing(word), neuter, hybrids, russian, compound):
                ids = self._index.get(candidate)
                if ids:
                    found.append((start, end, candidate, ids))
                    break
            else:
                found.extend(self._exonym_district(word, lang, start, end))
        return found

    @staticmethod
    def _neuter(text: str, start: int, word: str, lang: str) -> Iterator[str]:
        """Nominatives of a village named by a neuter adjective ("у Козацькому"),
        offered only right after a preposition of place or a word for a village
        (a generator: nothing is looked at until the other forms failed)."""
        forms = _neuter_forms(word)
        if not forms:
            return
        before = text[max(0, start - 30) : start]
        if _placed_in_lower_case(text, start, lang) or name_kinds.after_village_word(before, lang):
            yield from forms

    def _exonym_district(
        self, word: str, lang: str, start: int, end: int
    ) -> list[tuple[int, int, str, tuple[str, ...]]]:
        """A city district spelled the Polish or German way in any case ("Na
        Swiatoszynie" for Sviatoshyn): a stem in the national transliteration."""
        if is_cyrillic_word(word):
            return []
        for stem in _stems(word, lang):
            span = self._district_span(stem, start, end)
            if span:
                return span
        return []

    def _district_adjective(self, adjective: str, lang: str) -> str | None:
        """The key of a city district named by an inflected adjective
        ("Київському", "Індустріальному"), if the gazetteer knows one."""
        for key in (*_stems(adjective, lang), *_agreeing(adjective)):
            ids = self._index.get(key)
            if ids and any(i.startswith("district:") for i in ids):
                return key
        return None

    def _adjective_region(
        self, adjective: str, noun: str, lang: str
    ) -> tuple[str, tuple[str, ...]] | None:
        """ "Белгородской области", "Сумській області", "Краснодарского края":
        an adjectival region name agreeing with its noun in any case."""
        nouns = [
            _REGION_NOUN_NOMINATIVE[n]
            for n in _REGION_NOUN_NOMINATIVE
            if noun.lower().startswith(n)
        ]
        adjectives = [*_stems(adjective, lang), *_agreeing(adjective)]
        for a in adjectives:
            for n in nouns:
                ids = self._index.get(f"{a} {n}")
                if ids:
                    return f"{a} {n}", ids
        return None


def _placed_in_lower_case(text: str, start: int, lang: str) -> bool:
    """A name written in lower case counts only right after a preposition of
    place or a strike word ("struck kharkiv", "в харкові"), never after any
    other word ("повреждена надворная постройка" is an outbuilding, not
    Nadvirna)."""
    before = text[max(0, start - 30) : start]
    if name_kinds.rules(lang).locative_before.search(before):
        return True
    locative = lexicon.compiled("locative_before", head=r"(?<!\w)(?:", tail=r")\s+$")
    return bool(locative.search(before))


@lru_cache(maxsize=65536)
def _neuter_forms(adjective: str) -> list[str]:
    key = normalize(adjective)
    return [
        key[: -len(end)] + nom
        for end, noms in _NEUTER_CASES
        if key.endswith(end) and len(key) > len(end) + 2
        for nom in noms
    ]


@lru_cache(maxsize=65536)
def _agreeing(adjective: str) -> list[str]:
    key = normalize(adjective)
    return [
        key[: -len(end)] + nom
        for end, noms in _ADJECTIVE_CASES
        if key.endswith(end)
        for nom in noms
    ]


# Case forms the gazetteer's stem rules miss, with their nominative:
# Ukrainian datives and instrumentals "по Харкову", "по Києву", "по Дніпру",
# "Дніпром", "по Запоріжжю"; Russian "по Запорожью"; feminine accusatives
# "атакували Охтирку"; towns in -ець/-ец without their e ("у Марганці").
_MORE_CASES = tuple(
    (normalize(end), normalize(nominative))
    for end, nominative in (
        ("ову", "ів"), ("овом", "ів"), ("єву", "їв"), ("євом", "їв"), ("пру", "про"),
        ("пра", "про"), ("пром", "про"), ("жжю", "жжя"), ("жжям", "жжя"), ("жью", "жье"),
        ("жьем", "жье"), ("жья", "жье"), ("ою", "а"), ("у", "а"), ("ю", "я"),
        # Towns in -поль/-піль: "у Нікополі", "Мелітополя", "в Севастополе",
        # "Тернополі" (Тернопіль).
        ("полі", "поль"), ("поля", "поль"), ("полю", "поль"), ("полем", "поль"),
        ("поле", "поль"), ("полі", "піль"), ("поля", "піль"), ("полю", "піль"),
        ("полем", "піль"),
        # Towns in -ець/-ец lose the e: "у Марганці", "Марганця", "в Марганце".
        ("ця", "ець"), ("цю", "ець"), ("цем", "ець"), ("ці", "ець"),
        ("ца", "ец"), ("цу", "ец"), ("цем", "ец"), ("це", "ец"),
    )
)  # fmt: skip


def _compound_cases(token: str, lang: str) -> Iterator[str]:
    """Nominatives of a hyphenated name whose parts are inflected each
    ("в Каменске-Шахтинском": Каменск-Шахтинский; "у Ростові-на-Дону"), a
    generator looked at only when the other forms failed."""
    parts = token.split("-")
    if len(parts) < 2 or not all(parts):
        return
    middle = [normalize(part) for part in parts[1:-1]]
    last = parts[-1]
    lasts = (normalize(last), *_agreeing(last), *_stems(last, lang)[1:])
    for first in _stems(parts[0], lang):
        for end in lasts:
            yield " ".join([first, *middle, end])


@lru_cache(maxsize=65536)
def _more_cases(token: str) -> list[str]:
    key = normalize(token)
    return [key[: -len(end)] + nom for end, nom in _MORE_CASES if key.endswith(end)]


@lru_cache(maxsize=65536)
def _nickname(token: str) -> list[str]:
    key = normalize(token)
    return [key[: -len(end)] + nom for end, nom in _NICKNAME_CASES if key.endswith(end)]


@lru_cache(maxsize=65536)
def _respelled(token: str, lang: str) -> tuple[str, ...]:
    return respelled_candidates(_stems(token, lang), lang)


@lru_cache(maxsize=65536)
def _stems(token: str, lang: str) -> tuple[str, ...]:
    return stem_candidates(token, lang)


def _fold_char(char: str) -> str:
    if char.isspace():
        return " "
    folded = normalize(char)
    if not folded:
        return " " if not char.isalnum() else ""
    return folded if (folded.isalnum() or folded == " ") else " "


def _build_fold_table() -> dict[int, str]:
    """One character to one character, so that folding keeps offsets.

    Apostrophes and punctuation become spaces; the rare letters that expand
    ("æ") keep their first letter.
    """
    table: dict[int, str] = {}
    for code in range(0x0000, 0x0530):
        char = chr(code)
        folded = _fold_char(char)
        table[code] = folded[:1] if folded and char not in _APOSTROPHES else " "
    for char in _APOSTROPHES:
        table[ord(char)] = " "
    for char in "\u2013\u2014\u2010\u2011\u00a0\u2009\u202f\u201c\u201d\u00ab\u00bb\u2026":
        table[ord(char)] = " "
    return table


_FOLD_TABLE = _build_fold_table()


class _WordsTable(dict):
    """:func:`fold`, then every sign that is not a letter or digit as a space:
    the text the place names are looked for in, whole words between spaces.

    Filled on first sight of each character (``str.translate`` asks for the
    missing ones), so it covers every script at no cost up front.
    """

    def __missing__(self, code: int) -> str:
        folded = _FOLD_TABLE.get(code, chr(code))
        self[code] = value = folded if folded.isalnum() else " "
        return value


_WORDS_TABLE = _WordsTable()
_APOSTROPHE_WORD = regextrie.compile(r"\b[^\W\d_]+['’ʼ][^\W\d_]{2,}\b")


_DISTRICT_NAME = r"[A-ZŁŚŻŹĆŃÓ][^\W\d_]+"
_DISTRICT_THEN_NAME = (
    r"\b(?:{district_nouns_first})\s+(?:{district_of})?"
    rf"(?P<names>{_DISTRICT_NAME}(?:(?:\s*,\s*|\s+(?:{{district_list_joins}})\s+){_DISTRICT_NAME})*)"
)
_DISTRICT_NAME_WORD = regextrie.compile(_DISTRICT_NAME, re.IGNORECASE)
# Polish and German spellings of Ukrainian sounds, and adjective case endings,
# mapped to the national Latin transliteration the gazetteer spells districts in.
_EXONYM_LETTERS = (
    ("tsch", "ch"), ("szcz", "shch"), ("sch", "sh"), ("sz", "sh"), ("cz", "ch"), ("ż", "zh"),
    ("ł", "l"), ("ie", "e"), ("ji", "i"), ("ja", "ia"), ("ju", "iu"), ("ck", "tsk"), ("w", "v"),
    ("j", "i"),
)  # fmt: skip
_LATIN_ADJECTIVE_END = regextrie.compile(r"(sk|ck|n)(?:iej|iego|iemu|im|ie|yj|yi|ij|i|ego|ej|y|a)$")


@lru_cache(maxsize=4096)
def district_keys(word: str) -> tuple[str, ...]:
    """The word as written and its Ukrainian-Latin nominative ("Hołosijiwskiej"
    gives "holosiivskyi", "Schewtschenkiwskyj" gives "shevchenkivskyi")."""
    latin = _LATIN_ADJECTIVE_END.sub(r"\1yi", word.lower())
    for source, target in _EXONYM_LETTERS:
        latin = latin.replace(source, target)
    keys = [normalize(word), normalize(latin)]
    # German z is ts ("Darnyzky"); Russian-based Polish -ow- is Ukrainian -iv-
    # ("Kijowskiej" for Kyivskyi).
    for source, target in (("z", "ts"), ("iiov", "yiv"), ("ov", "iv")):
        if source in latin:
            keys.append(normalize(latin.replace(source, target)))
    return tuple(keys)


_APOSTROPHE_CHAR = regextrie.compile("['’ʼ]")


def _apostrophe_words(text: str) -> list[re.Match[str]]:
    """Words with an apostrophe inside ("Кам'янське"), found from the
    apostrophes rather than by trying every word of the text."""
    found = []
    last = -1
    for mark in _APOSTROPHE_CHAR.finditer(text):
        start = mark.start()
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        if start <= last:
            continue
        word = _APOSTROPHE_WORD.match(text, start)
        if word is not None and (start == 0 or not text[start - 1].isalnum()):
            found.append(word)
            last = word.end()
    return found


def fold(text: str) -> str:
    """Fold ``text`` like :func:`normalize`, character for character.

    The result has the length of ``text``, so a match in it is a match at
    the same offsets in the text.  Apostrophes become spaces ("Kyiv's" gives
    "kyiv s"); words with an apostrophe inside ("Кам'янське") are looked up
    separately by :meth:`PlaceMatcher.find`.
    """
    return text.translate(_FOLD_TABLE)


def _longest_first(
    spans: list[tuple[int, int, str, tuple[str, ...]]], text: str
) -> list[PlaceMention]:
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    chosen: list[tuple[int, int, str, tuple[str, ...]]] = []
    # Characters already claimed by a longer match.
    taken = bytearray(len(text) + 1)
    for span in spans:
        if taken.find(1, span[0], span[1]) >= 0:
            continue
        taken[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
        chosen.append(span)
    chosen.sort()
    return [PlaceMention(s, e, text[s:e], k, ids) for s, e, k, ids in chosen]


# Literals every match of _REGION_BEFORE / _DISTRICT_BEFORE contains: the
# end-anchored patterns are tried at every position of their window.
_REGION_BEFORE_GATE = _gate("region_before")
_DISTRICT_BEFORE_GATE = _gate("district_before")
#: A district's own name, an adjective, right before a district word
#: ("Sobornyi district of", "Shevchenkivskyi district of").
_NAMED_BEFORE = regextrie.compile(
    r"(?<![\w'’-])[A-ZА-ЯЁІЇЄҐ][\w'’-]*(?:yi|iy|ij|yj|ый|ий|ій|ой)\s+$"
)
_REGIONS_BEFORE_GATE = _gate("regions_before")


def _attach_levels(text: str, mentions: list[PlaceMention]) -> None:
    """Set level hints and coordinated-list heads on ``mentions`` in place."""
    for i, mention in enumerate(mentions):
        mention.list_head = i
        _hint_level(text, mention)
    _link_lists(text, mentions)


def _hint_level(text: str, mention: PlaceMention) -> None:
    """The level its own words give a mention: "Kyiv region", "Sumy district"."""
    last_word = mention.key.rsplit(" ", 1)[-1]
    if all(i.startswith("district:") for i in mention.place_ids):
        # Only a city district has this name ("Solomianskyi", "Saltivka").
        mention.level_hint = "district"
        return
    if " " in mention.key and (
        last_word in _DISTRICT_WORDS or last_word.startswith(_DISTRICT_KEY_WORD)
    ):
        mention.level_hint = "district"
        return
    if " " in mention.key and (
        last_word.startswith(_REGION_WORDS) or mention.key.startswith("obwod ")
    ):
        mention.level_hint = "region"
        return
    after = text[mention.end : mention.end + 30]
    for level, pattern in (("region", _REGION_AFTER), ("district", _DISTRICT_AFTER)):
        found = pattern.match(after)
        if found:
            mention.level_hint = level
            mention.plural_hint = bool(found.group(1))
            return
    before = text[max(0, mention.start - 30) : mention.start]
    if _REGION_BEFORE_GATE(before) and _REGION_BEFORE.search(before):
        mention.level_hint = "region"
    elif (
        _DISTRICT_BEFORE_GATE(before)
        and (district := _DISTRICT_BEFORE.search(before))
        and not _NAMED_BEFORE.search(before, 0, district.start())
    ):
        # "distrito de Kyiv" is Kharkiv's Kyivskyi district, but in "the
        # Sobornyi district of Dnipro" the district has its name: Dnipro is
        # its city.
        mention.level_hint = "district"
    elif _REGIONS_BEFORE_GATE(before) and _REGIONS_BEFORE.search(before):
        # "nas regiões russas de Tambov, Oriol e Smolensk": every member is a region.
        mention.level_hint = "region"
        mention.plural_hint = True


def _link_lists(text: str, mentions: list[PlaceMention]) -> None:
    """Coordinated lists share a head and a level word and its number."""
    # Coordinated lists: "the Kharkiv, Odesa and Sumy regions".
    for i in range(1, len(mentions)):
        gap = text[mentions[i - 1].end : mentions[i].start]
        if _LIST_GAP.match(gap):
            mentions[i].list_head = mentions[i - 1].list_head
            head = mentions[mentions[i].list_head]
            if head.plural_hint and head.level_hint and not mentions[i].level_hint:
                # "the regions of Kursk, Bryansk and Oryol": the noun before the list.
                mentions[i].level_hint = head.level_hint
    for i in range(len(mentions) - 1, -1, -1):
        mention = mentions[i]
        if mention.level_hint and mention.plural_hint:
            for j in range(i - 1, -1, -1):
                if mentions[j].list_head != mention.list_head or mentions[j].level_hint:
                    break
                mentions[j].level_hint = mention.level_hint
    # A name inside a list closed by a district word whose last member is
    # unknown ("the Zhukovskoho, Saltivka and Pivnichna districts") names a
    # neighbourhood; it is marked so the reader can set it aside.
    starts = {m.start for m in mentions}
    for mention in mentions:
        tail = (
            lexicon.template(_UNKNOWN_LIST_TAIL, 0).match(text, mention.end)
            if mention.level_hint in (None, "district")
            else None
        )
        if tail and tail.start("last") not in starts:
            mention.level_hint = "district"
            mention.unknown_list = True


#: Letters a hybrid spelling has in place of the gazetteer's: Russian g for
#: Ukrainian h, French ou for u.
_HYBRID_LETTERS = (("g", "h"), ("ou", "u"))
#: A Polish spelling with the English i for the Polish j ("Kostiantyniwka",
#: "Czuhuiw" for "Kostjantyniwka", "Czuhujiw"): tried on names with a letter
#: only Polish spellings have.
_POLISH_HYBRID_LETTERS = (
    ("ia", "ja"),
    ("iu", "ju"),
    ("ie", "je"),
    ("ai", "aji"),
    ("oi", "oji"),
    ("ui", "uji"),
    ("yi", "yji"),
)
_POLISH_LETTERS = ("w", "cz", "sz", "rz", "ż", "ł", "ś", "ć", "ń")


def _polish_spelling(lowered: str) -> bool:
    """Whether a lower-case name has a letter only Polish spellings have."""
    return any(letter in lowered for letter in _POLISH_LETTERS)


def _hybrid_pairs(lowered: str) -> tuple[tuple[str, str], ...]:
    """The hybrid letters to try on a lower-case name."""
    if _polish_spelling(lowered):
        return _HYBRID_LETTERS + _POLISH_HYBRID_LETTERS
    return _HYBRID_LETTERS


def _polish_hybrid_stems(word: str, stems: tuple[str, ...]) -> Iterator[str]:
    """The stems of an inflected name with the Polish j for an English i
    (none for a name without a letter only Polish spellings have)."""
    if not _polish_spelling(word.lower()):
        return
    for stem in stems:
        yield from _hybrid_keys(stem, _POLISH_HYBRID_LETTERS)


def _hybrid_keys(written: str, pairs: tuple[tuple[str, str], ...] = _HYBRID_LETTERS) -> list[str]:
    """Keys of a normalised name with each hybrid letter, then all of them,
    put back to the gazetteer's spelling (only keys that differ).  Normalising
    has already dropped Polish diacritics ("Wilniańsk" is "wilniansk")."""
    keys = []
    every = written
    for hybrid, own in pairs:
        if hybrid in written:
            keys.append(written.replace(hybrid, own))
            every = every.replace(hybrid, own)
    if every != written and every not in keys:
        keys.append(every)
    return keys
