"""Weapon mentions: category, canonical model, air defence and debris flags.

One table lists every weapon spelling strikemap knows (Latin and Cyrillic
transliterations, inflected forms of the generic words in each language)
with its category and canonical model name.  Categories follow the
annotation guide: ``missile``, ``drone``, ``glide_bomb``, ``artillery`` and
``air_strike``.

Two kinds of mention are not strike weapons and are flagged instead:

- air-defence systems and interceptors (Patriot, IRIS-T, NASAMS, "air
  defence", and S-300/S-400 when the sentence is about shooting something
  down) get ``air_defence=True``;
- drones or missiles whose debris or wreckage fell after an interception get
  ``debris=True``.

Generic words ("shelling", "rocket", "air strike", "bombardamento") get
``generic=True``: reporters use them loosely, so a specific mention in the
same context (an Iskander, a Shahed) should win over them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from strikemap.extraction import lexicon, regextrie

Category = Literal["missile", "drone", "glide_bomb", "artillery", "air_strike"]

#: Order in which :func:`event_categories` lists categories.
CATEGORY_ORDER: tuple[str, ...] = ("missile", "drone", "glide_bomb", "artillery", "air_strike")


@dataclass(frozen=True, slots=True)
class WeaponMention:
    """A weapon named in a sentence.

    Attributes
    ----------
    category
        ``missile``, ``drone``, ``glide_bomb``, ``artillery`` or ``air_strike``.
    model
        Canonical model name (``"Kh-101"``, ``"Shahed-136"``, ``"KAB"``) or
        ``None`` for a generic word.
    start, end
        Character offsets in the sentence.
    air_defence
        The mention is an air-defence system or interceptor, never the
        weapon of a strike.
    debris
        The sentence says debris or wreckage of this weapon fell or did the
        damage (an interception, not a hit).
    generic
        A loose word ("shelling", "rocket", "air strike") rather than a
        weapon type or model.
    text
        The matched text.
    loose
        A word for any attack ("bombardeo", "bombardement") whose category
        yields to the specific weapons of the same wave.
    """

    category: Category
    model: str | None
    start: int
    end: int
    air_defence: bool
    debris: bool
    generic: bool
    text: str
    loose: bool = False


# The models come from lexicons/weapons.yaml, the language words from the
# language files (slots weapon_words, interception, debris_words,
# debris_cues); both compiled once per lexicon load.  Model names are
# matched case-sensitively (so the Cyrillic word "град", hail, or the
# English "grad" do not become Grad MLRS), the language words
# case-insensitively.
_WORD_EDGE = r"(?<![\w-])(?:{})(?![\w])"


@dataclass(frozen=True, slots=True)
class _Language:
    """One language's compiled weapon words, with their filters."""

    words: tuple[lexicon.Entry, ...]
    word_pattern: _Entries | None
    word_filter: lexicon.Filter
    interception: lexicon.Scan | None
    debris_words: lexicon.Scan | None
    debris_cues: lexicon.Scan | None


@dataclass(frozen=True, slots=True)
class _Tables:
    models: tuple[lexicon.Entry, ...]
    model_pattern: _Entries | None
    model_filter: lexicon.Filter
    languages: dict[str, _Language]
    by_text_language: dict[str | None, list[_Language]]


@dataclass(frozen=True, slots=True)
class _Entries:
    """The patterns of a list of entries: one scan for them all, and one
    pattern naming each entry (group ``g<i>``) to tell which one matched."""

    scan: re.Pattern[str]
    named: re.Pattern[str]

    def finditer(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """(entry index, match) of every match of the entries' alternation.

        The scan (a trie, no groups) finds where the alternation matches; the
        named pattern, tried there, takes the same branch to the same end.
        """
        for found in self.scan.finditer(text):
            match = self.named.match(text, found.start())
            if match is not None:
                yield int((match.lastgroup or "g0")[1:]), match


def _named(entries: tuple[lexicon.Entry, ...], flags: int) -> _Entries | None:
    """The entries' patterns between word edges, in the entries' order."""
    if not entries:
        return None
    alternation = "|".join(f"(?:{e.pattern})" for e in entries)
    groups = "|".join(f"(?P<g{i}>{e.pattern})" for i, e in enumerate(entries))
    scan = regextrie.compile(_WORD_EDGE.format(alternation), flags)
    return _Entries(scan, regextrie.compile(_WORD_EDGE.format(groups), flags))


def _slot_pattern(lex: lexicon.Lexicon, slot: str, suffix: str) -> lexicon.Scan | None:
    """A slot's words, searched in whole sentences behind their literals."""
    body = lex.alternation(slot)
    if not body:
        return None
    return lexicon.Scan(regextrie.compile(r"(?<!\w)(?:" + body + ")" + suffix, re.IGNORECASE))


def _filter(entries: tuple[lexicon.Entry, ...], flags: int) -> lexicon.Filter:
    return lexicon.Filter([(e.pattern, flags) for e in entries])


def _language(lex: lexicon.Lexicon) -> _Language:
    words = lex["weapon_words"]
    return _Language(
        words,
        _named(words, re.IGNORECASE),
        _filter(words, re.IGNORECASE),
        _slot_pattern(lex, "interception", ""),
        _slot_pattern(lex, "debris_words", r"(?!\w)"),
        _slot_pattern(lex, "debris_cues", ""),
    )


@lexicon.cached
def _tables() -> _Tables:
    models = lexicon.weapon_models()
    languages = {code: _language(lex) for code, lex in lexicon.languages().items()}
    return _Tables(models, _named(models, 0), _filter(models, 0), languages, {})


_SIZE = regextrie.compile(r"(\d{3,4})")


@dataclass(frozen=True, slots=True)
class _WeaponContext:
    """Words around a weapon word that change what it is, in any language."""

    ground_target: re.Pattern[str]
    air_defence: re.Pattern[str]


@lexicon.cached
def _context() -> _WeaponContext:
    """The ground-target words (section weapon_context) and the air-defence
    weapon words of every language file, compiled once per lexicon load."""
    ground = lexicon.section_union("weapon_context", "ground_target") or r"(?!x)x"
    defence = "|".join(
        f"(?:{e.pattern})"
        for lex in lexicon.languages().values()
        for e in lex["weapon_words"]
        if e.get("air_defence")
    )
    return _WeaponContext(
        _word_pattern(r"(?<!\w)(?:" + ground + r")"),
        _word_pattern(r"(?:" + (defence or r"(?!x)x") + r")\w*"),
    )


def _word_pattern(body: str) -> re.Pattern[str]:
    return regextrie.compile(body, re.IGNORECASE)


def _languages(lang: str | None) -> list[_Language]:
    """Lexicons to apply: the text's language plus English for loanwords."""
    tables = _tables()
    chosen = tables.by_text_language.get(lang)
    if chosen is None:
        chosen = [tables.languages[code] for code in lexicon.codes_for(lang)]
        tables.by_text_language[lang] = chosen
    return chosen


def is_debris(sentence: str, lang: str | None) -> bool:
    """Whether ``sentence`` says debris of a downed drone or missile fell.

    Parameters
    ----------
    sentence
        Sentence text.
    lang
        Language code.

    Returns
    -------
    bool
        ``True`` for "debris of a downed drone fell on a house", "уламки
        збитого безпілотника", "szczątki drona"; ``False`` for rubble
        ("rescuers sifted through debris").
    """
    return bool(_debris_positions(sentence, lang))


def _debris_positions(sentence: str, lang: str | None) -> list[int]:
    """Offsets of debris words in a sentence that has a falling/downing cue."""
    positions: list[int] = []
    for language in _languages(lang):
        if language.debris_cues is None or language.debris_words is None:
            continue
        if language.debris_cues.search(sentence):
            positions.extend(m.start() for m in language.debris_words.finditer(sentence))
    return positions


#: How far (in characters) a debris word may be from the weapon it refers
#: to ("debris of a downed Shahed", "уламки збитого безпілотника").
_DEBRIS_REACH = 60


def _near(positions: list[int], start: int, end: int) -> bool:
    return any(start - _DEBRIS_REACH <= p <= end + _DEBRIS_REACH for p in positions)


def is_interception(sentence: str, lang: str | None) -> bool:
    """Whether ``sentence`` is about shooting down or intercepting."""
    return any(
        language.interception.search(sentence)
        for language in _languages(lang)
        if language.interception is not None
    )


def find_weapons(sentence: str, lang: str | None) -> list[WeaponMention]:
    """Find every weapon mention in ``sentence``.

    Parameters
    ----------
    sentence
        Sentence text.
    lang
        Language code; English words and all model names are recognised in
        every language.

    Returns
    -------
    list[WeaponMention]
        Non-overlapping mentions in order of appearance; where a model name
        and a language word overlap, the model wins.  Generic words of a
        category the sentence contradicts with a specific weapon are
        dropped ("ostrzelały ... pocisk rakietowy" gives only the missile).
        Air-defence mentions are included, flagged ``air_defence``.
    """
    tables = _tables()
    folded = lexicon.fold(sentence)
    languages = [lx for lx in _languages(lang) if lx.word_filter.accepts_folded(folded)]
    has_models = tables.model_pattern is not None and tables.model_filter.accepts_folded(folded)
    if not languages and not has_models:
        return []
    context = _Context(sentence, is_interception(sentence, lang), _debris_positions(sentence, lang))
    mentions = _model_mentions(tables, context) if has_models else []
    taken = [(m.start, m.end) for m in mentions]
    for language in languages:
        mentions.extend(_word_mentions(language, context, mentions, taken))
    mentions.sort(key=lambda m: m.start)
    return _drop_loose_words(mentions)


@dataclass(frozen=True, slots=True)
class _Context:
    """What every mention of one sentence is judged against."""

    sentence: str
    intercept: bool
    debris: list[int]


def _model_mentions(tables: _Tables, context: _Context) -> list[WeaponMention]:
    """Mentions of the models of weapons.yaml (air-defence systems flagged)."""
    mentions: list[WeaponMention] = []
    assert tables.model_pattern is not None
    for index, match in tables.model_pattern.finditer(context.sentence):
        entry = tables.models[index]
        text = match.group()
        model = _model_name(entry.get("model"), text)
        if entry.get("air_defence"):
            mentions.append(
                WeaponMention(
                    "missile", model, match.start(), match.end(), True, False, False, text
                )
            )
            continue
        air_defence = (
            entry.get("dual_role") and context.intercept and not _fired_at_ground(context.sentence)
        )
        debris = not air_defence and _near(context.debris, match.start(), match.end())
        mentions.append(
            WeaponMention(
                entry.get("category"),
                model,
                match.start(),
                match.end(),
                bool(air_defence),
                debris,
                False,
                text,
            )
        )
    return mentions


def _model_name(model: str, text: str) -> str:
    """The canonical name, sized from the match where it has ``{size}`` (KAB-500)."""
    if "{size}" not in model:
        return model
    size = _SIZE.search(text)
    return model.format(size=size.group(1)) if size else model.split("-")[0]


def _word_mentions(
    language: _Language,
    context: _Context,
    mentions: list[WeaponMention],
    taken: list[tuple[int, int]],
) -> list[WeaponMention]:
    """Mentions of one language's weapon words, outside the spans already ``taken``."""
    found: list[WeaponMention] = []
    if language.word_pattern is None:
        return found
    sentence = context.sentence
    for index, match in language.word_pattern.finditer(sentence):
        start, end = match.start(), match.end()
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        entry = language.words[index]
        taken.append((start, end))
        if entry.get("threat"):
            # "A missile danger alert was declared": a warning, no weapon used.
            continue
        category, generic = entry.get("category"), entry.get("generic")
        air_defence, loose = entry.get("air_defence"), entry.get("loose")
        named = _model_before(mentions, sentence, start)
        if named is not None and not air_defence:
            # "Vampire rockets", "Grad rockets": the word names the
            # model just before it, so it takes the model's category.
            category, generic, loose = named.category, False, False
        if not air_defence and category == "missile":
            air_defence = _is_air_defence_missile(sentence, start, end)
        debris = not air_defence and _near(context.debris, start, end)
        found.append(
            WeaponMention(
                category,
                None,
                start,
                end,
                air_defence,
                debris,
                generic,
                sentence[start:end],
                loose=bool(loose) and generic,
            )
        )
    return found


def _drop_loose_words(mentions: list[WeaponMention]) -> list[WeaponMention]:
    """Drop generic words contradicted by a specific weapon in the sentence.

    "Rosyjskie wojska ostrzelały Czernihów – pocisk rakietowy spadł": the
    verb "shelled" is used loosely for a missile strike.  Generic words of
    a category the sentence also names specifically are kept.
    """
    specific = {m.category for m in mentions if not m.generic and not m.air_defence}
    if not specific:
        return mentions
    return [m for m in mentions if not m.generic or m.category in specific]


def event_categories(mentions: Iterable[WeaponMention]) -> list[str]:
    """Weapon categories of one strike from all the mentions attached to it.

    Air-defence mentions never count.  Generic words ("shelling", "air
    strikes", "rockets") count only when no specific weapon is named; among
    generic words alone, "rockets" together with "shelling" are MLRS
    rockets, i.e. artillery.

    Parameters
    ----------
    mentions
        Weapon mentions from the sentences that report the strike.

    Returns
    -------
    list[str]
        Categories in the order of :data:`CATEGORY_ORDER`; empty when no
        strike weapon is named.
    """
    strike = [m for m in mentions if not m.air_defence]
    specific = {m.category for m in strike if not m.generic}
    if specific:
        found = specific
    else:
        found = {m.category for m in strike}
        if "artillery" in found:
            found.discard("missile")
        if len(found) > 1:
            # "air strikes" is the vaguest word: it only stands alone.
            found.discard("air_strike")
    return [c for c in CATEGORY_ORDER if c in found]


def _model_before(mentions: list[WeaponMention], sentence: str, start: int) -> WeaponMention | None:
    """The model mention that ends right before ``start`` (spaces apart)."""
    for mention in mentions:
        if mention.model and mention.end <= start and not sentence[mention.end : start].strip():
            return mention
    return None


def _fired_at_ground(sentence: str) -> bool:
    """S-300 sentences that also say the missile hit something on the ground."""
    return bool(_context().ground_target.search(sentence))


def _is_air_defence_missile(sentence: str, start: int, end: int) -> bool:
    """A generic "missile" word that names interceptors ("air defence missiles")."""
    window = sentence[max(0, start - 25) : end + 25]
    return bool(_context().air_defence.search(window))
