"""Regular-expression alternations written as tries.

Python's regular-expression engine tries the branches of ``a|b|c`` one after
the other at every position; for a lexicon of a few hundred words that is
the costly part of a scan.  Sharing prefixes ("seven(?:t(?:een|y))?") lets a
mismatch fail after one character test instead of one per word.

:func:`alternation` writes a list of literal words as such a trie;
:func:`compile` does the same to any pattern once parsed: every alternation
without capture groups is regrouped by the first character of its branches,
each group opening with one case-sensitive character test (which the engine
checks before entering a branch, even in a case-insensitive pattern), then
by the second character, and so on.  The branches keep their order within a
group, and two groups never start with the same character, so the compiled
pattern matches exactly what the plain one matches.
"""

from __future__ import annotations

import _sre
import re
from _sre import compile as _compile_code  # type: ignore[attr-defined]
from collections.abc import Iterable
from functools import cache
from re import _compiler as _engine  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]


def alternation(words: Iterable[str]) -> str:
    """Pattern matching any of ``words`` (literals), longer words before their prefixes.

    Examples
    --------
    >>> alternation(["seven", "seventy", "seventeen"])
    'seven(?:t(?:een|y))?'
    >>> bool(re.fullmatch(alternation(["al menos", "al"]), "al menos"))
    True
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie)


def _pattern(node: dict) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        # The word may end here; the longer continuations are tried first.
        return "(?:" + body + ")?"
    return body


# ---------------------------------------------------------------- compile
#: Characters deep into a branch that are still regrouped.
_DEPTH = 4
_CASE_FLAGS = re.IGNORECASE | re.ASCII | re.UNICODE
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@cache
def _lower_to_upper() -> dict[int, tuple[int, ...]]:
    """Every character with a different lower case, by that lower case."""
    found: dict[int, list[int]] = {}
    tolower = _sre.unicode_tolower
    for code in range(0x110000):
        lower = tolower(code)
        if lower != code:
            found.setdefault(lower, []).append(code)
    return {lower: tuple(codes) for lower, codes in found.items()}


_CASES: dict[tuple[int, int], frozenset[int]] = {}


def _look_up_cases(codes: set[int], flags: int) -> None:
    """Find the characters each literal of ``codes`` matches under ``flags``
    (every case of it): the engine itself tests the few candidates."""
    flags &= _CASE_FLAGS
    for code in codes:
        if (code, flags) in _CASES:
            continue
        if not flags & re.IGNORECASE:
            _CASES[(code, flags)] = frozenset((code,))
            continue
        lower = _sre.unicode_tolower(code)
        near = {code, lower, *_EXTRA_CASES.get(lower, ())}
        candidates = near.union(*(_lower_to_upper().get(c, ()) for c in near))
        one = re.compile(re.escape(chr(code)), flags)
        _CASES[(code, flags)] = frozenset(c for c in candidates if one.fullmatch(chr(c)))


def _cases(code: int, flags: int) -> frozenset[int]:
    key = (code, flags & _CASE_FLAGS)
    if key not in _CASES:
        _look_up_cases({code}, flags)
    return _CASES[key]


def _codes(op, av) -> list[int] | None:
    """The literal characters of a one-character item (None: a category, a wide range)."""
    if op is sre.LITERAL:
        return [av]
    if op is not sre.IN:
        return None
    codes: list[int] = []
    for kind, value in av:
        if kind is sre.LITERAL:
            codes.append(value)
        elif kind is sre.RANGE and value[1] - value[0] < 64:
            codes.extend(range(value[0], value[1] + 1))
        else:
            return None
    return codes


def _first_characters(op, av, flags: int) -> frozenset[int] | None:
    """Every character a one-character item matches (None: not a small known set)."""
    codes = _codes(op, av)
    if codes is None:
        return None
    return frozenset().union(*(_cases(c, flags) for c in codes))


def _children(op, av, flags: int) -> list[tuple[list, int]]:
    """The sub-sequences of an item, with the flags they are read with."""
    if op is sre.SUBPATTERN:
        return [(av[3].data, _engine._combine_flags(flags, av[1], av[2]))]
    if op is sre.BRANCH:
        return [(alt.data, flags) for alt in av[1]]
    if op in _REPEATS:
        return [(av[2].data, flags)]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [(av[1].data, flags)]
    if op is sre.ATOMIC_GROUP:
        return [(av.data, flags)]
    return []


def _has_groups(items) -> bool:
    for op, av in items:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS) or (op is sre.SUBPATTERN and av[0]):
            return True
        if any(_has_groups(sub) for sub, _flags in _children(op, av, 0)):
            return True
    return False


def _starts(items: list, flags: int) -> list[tuple[frozenset[int], list]] | None:
    """The ways a sequence can start, in the order the engine tries them: each
    the characters its first character may be and the sequence after it
    (None: some way starts with a class, a category, an assertion or nothing)."""
    if not items:
        return None
    op, av = items[0]
    rest = list(items[1:])
    chars = _first_characters(op, av, flags)
    if chars is not None:
        return [(chars, rest)]
    if op is sre.SUBPATTERN and not any(av[:3]):
        return _starts(list(av[3].data) + rest, flags)
    if op is sre.BRANCH:
        ways = [_starts(list(alt.data) + rest, flags) for alt in av[1]]
        return None if None in ways else [w for way in ways for w in way]  # type: ignore[union-attr]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[:2] == (0, 1):
        taken, skipped = _starts(list(av[2].data) + rest, flags), _starts(rest, flags)
        if taken is None or skipped is None:
            return None
        return taken + skipped if op is sre.MAX_REPEAT else skipped + taken
    return None


def _regroup(alternatives: list[list], flags: int, state, depth: int) -> list | None:
    """One alternation item matching the ordered ``alternatives``, its
    branches grouped by their first character (None: one cannot be)."""
    ways: list[tuple[frozenset[int], list]] = []
    for alternative in alternatives:
        starts = _starts(alternative, flags)
        if starts is None:
            return None
        ways.extend(starts)
    by_char: dict[int, list[int]] = {}
    for index, (chars, _rest) in enumerate(ways):
        for char in chars:
            by_char.setdefault(char, []).append(index)
    groups: dict[tuple[int, ...], list[int]] = {}
    for char, sharing in sorted(by_char.items()):
        groups.setdefault(tuple(sharing), []).append(char)
    branches = []
    for indices, first in groups.items():
        test = (
            [(sre.LITERAL, first[0])]
            if len(first) == 1
            else [(sre.IN, [(sre.LITERAL, c) for c in first])]
        )
        # Case-sensitive (the class lists every case): the engine tests it
        # before it enters the branch.
        head = (sre.SUBPATTERN, (None, 0, flags & re.IGNORECASE, sre_parse.SubPattern(state, test)))
        rests = [ways[i][1] for i in indices]
        branches.append(
            sre_parse.SubPattern(state, [head, *_alternation(rests, flags, state, depth + 1)])
        )
    return [(sre.BRANCH, (None, branches))]


def _alternation(alternatives: list[list], flags: int, state, depth: int) -> list:
    """Items matching the ordered ``alternatives`` (regrouped while not too deep)."""
    if len(alternatives) == 1:
        return alternatives[0]
    if depth < _DEPTH and all(alternatives):
        regrouped = _regroup(alternatives, flags, state, depth)
        if regrouped is not None:
            return regrouped
    subs = [sre_parse.SubPattern(state, list(a)) for a in alternatives]
    branch = sre_parse.SubPattern(state, [(sre.BRANCH, (None, subs))])
    return [(sre.SUBPATTERN, (None, 0, 0, branch))]


def _literal_codes(items, codes: set[int]) -> None:
    for op, av in items:
        codes.update(_codes(op, av) or ())
        for sub, _flags in _children(op, av, 0):
            _literal_codes(sub, codes)


def _rewrite(items: list, flags: int, state) -> None:
    """Regroup every alternation of ``items`` without capture groups, in place."""
    for index, (op, av) in enumerate(items):
        if op is sre.BRANCH:
            alternatives = [list(a.data) for a in av[1]]
            if all(alternatives) and not any(map(_has_groups, alternatives)):
                regrouped = _regroup(alternatives, flags, state, 0)
                if regrouped is not None:
                    items[index] = regrouped[0]
                    continue
        if op in (sre.ASSERT, sre.ASSERT_NOT) and av[0] < 0:
            continue  # a look-behind keeps its shape
        for sub, sub_flags in _children(op, av, flags):
            _rewrite(sub, sub_flags, state)


# ---------------------------------------------------------------- word edges
#: ``(?<!\w)`` as parsed: a look-behind at one character of ``\w``.
_NOT_AFTER_A_WORD_CHARACTER = (sre.ASSERT_NOT, -1)


def _word_edges(items: list, flags: int) -> None:
    r"""Write ``(?<!\w)`` as ``\b`` where what follows starts with a word
    character whatever way it matches, in place.

    There the two test the same thing: no word character before.  The
    engine tries such a pattern at nearly every letter of a text; ``\b`` is
    a test of two characters, the look-behind a jump into a sub-pattern.
    """
    for index, (op, av) in enumerate(items):
        if op in (sre.ASSERT, sre.ASSERT_NOT) and av[0] < 0:
            if _behind_no_word_character(op, av) and _opens_a_word(items[index + 1 :], flags):
                items[index] = (sre.AT, sre.AT_BOUNDARY)
            continue  # a look-behind keeps its shape
        for sub, sub_flags in _children(op, av, flags):
            _word_edges(sub, sub_flags)


def _behind_no_word_character(op, av) -> bool:
    r"""Whether a look-behind item is ``(?<!\w)`` (or ``(?<![\w])``)."""
    body = list(av[1].data)
    return (
        (op, av[0]) == _NOT_AFTER_A_WORD_CHARACTER
        and len(body) == 1
        and body[0][0] is sre.IN
        and body[0][1] == [(sre.CATEGORY, sre.CATEGORY_WORD)]
    )


def _opens_a_word(items: list, flags: int) -> bool:
    """Whether every match of the sequence ``items`` starts with a word character."""
    starts, empty = _may_start(items, flags)
    if starts is None or empty or not starts:
        return False
    word = re.compile(r"\w", flags & (re.ASCII | re.LOCALE))
    for kind, value in starts:
        if kind is sre.LITERAL:
            if not word.match(chr(value)):
                return False
        elif kind is sre.CATEGORY:
            if value not in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT):
                return False
        elif kind is sre.RANGE:
            if not all(word.match(chr(c)) for c in range(value[0], value[1] + 1)):
                return False
        else:
            return False
    return True


# ---------------------------------------------------------------- possessive repeats
def _possessive(items: list, flags: int) -> None:
    r"""Make every greedy repeat of one character class possessive where the
    item after it cannot start with a character of the class, in place.

    In ``(?:\w+\s+){0,4}`` the engine gives ``\w+`` back one letter at a
    time when what follows fails, though a letter can never start ``\s+``:
    the possessive ``\w++`` fails at once, with the same matches.
    """
    for index, (op, av) in enumerate(items):
        if op in (sre.ASSERT, sre.ASSERT_NOT) and av[0] < 0:
            continue  # a look-behind keeps its shape
        for sub, sub_flags in _children(op, av, flags):
            _possessive(sub, sub_flags)
        if (
            op is sre.MAX_REPEAT
            and index + 1 < len(items)
            and _cannot_run_into(list(av[2].data), items[index + 1], flags)
        ):
            items[index] = (sre.POSSESSIVE_REPEAT, av)


def _cannot_run_into(body: list, following, flags: int) -> bool:
    """Whether no character the one-character ``body`` matches can start ``following``."""
    if len(body) != 1 or body[0][0] not in (sre.LITERAL, sre.IN):
        return False
    if _no_space(body) and _opens_with_space(following):
        return True
    chars = _opening_characters(following, flags)
    if not chars:
        return False
    state = sre_parse.State()
    state.flags = flags
    single = _engine.compile(sre_parse.SubPattern(state, body), flags)
    return not any(single.fullmatch(chr(code)) for code in chars)


def _opening_characters(item, flags: int) -> frozenset[int] | None:
    """Every character ``item`` may match first (None: not a small known set)."""
    op, av = item
    if op in (sre.LITERAL, sre.IN):
        return _first_characters(op, av, flags)
    if op in _REPEATS and av[0] >= 1 and av[2].data:
        return _opening_characters(av[2].data[0], flags)
    if op is sre.SUBPATTERN and av[3].data:
        return _opening_characters(av[3].data[0], _engine._combine_flags(flags, av[1], av[2]))
    if op is sre.BRANCH and all(alt.data for alt in av[1]):
        found = [_opening_characters(alt.data[0], flags) for alt in av[1]]
        return None if None in found else frozenset().union(*found)
    return None


def _no_space(items: list) -> bool:
    """Whether ``items`` is one character item that never matches a space."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is sre.LITERAL:
        return not chr(av).isspace()
    if op is not sre.IN:
        return False
    if av and av[0][0] is sre.NEGATE:
        # [^\W…] holds word characters only, [^\s…] no space.
        return any(
            kind is sre.CATEGORY and value in (sre.CATEGORY_NOT_WORD, sre.CATEGORY_SPACE)
            for kind, value in av[1:]
        )
    return all(_spaceless_set_item(kind, value) for kind, value in av)


def _spaceless_set_item(kind, value) -> bool:
    if kind is sre.LITERAL:
        return not chr(value).isspace()
    if kind is sre.CATEGORY:
        return value in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT, sre.CATEGORY_NOT_SPACE)
    if kind is sre.RANGE:
        low, high = value
        return high - low < 0x3000 and not any(chr(c).isspace() for c in range(low, high + 1))
    return False


def _opens_with_space(item) -> bool:
    """Whether an item matches a space first, whatever else it matches."""
    op, av = item
    if op is sre.LITERAL:
        return chr(av).isspace()
    if op is sre.IN:
        return all(
            (kind is sre.LITERAL and chr(value).isspace())
            or (kind is sre.CATEGORY and value is sre.CATEGORY_SPACE)
            for kind, value in av
        )
    if op in _REPEATS:
        return av[0] >= 1 and len(av[2].data) > 0 and _opens_with_space(av[2].data[0])
    if op is sre.SUBPATTERN:
        return len(av[3].data) > 0 and _opens_with_space(av[3].data[0])
    return False


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    r"""The compiled ``pattern``, its alternations written as tries.

    The result matches exactly what the plain compiled pattern would, with the same
    groups; big case-insensitive alternations of words run several times
    faster.

    Examples
    --------
    >>> compile(r"\b(?:kill(?:ed|ing)|killers|wound\w*)", re.I).findall("Killing, wounded")
    ['Killing', 'wounded']
    """
    parsed = sre_parse.parse(pattern, flags)
    every = parsed.state.flags
    codes: set[int] = set()
    _literal_codes(parsed.data, codes)
    _look_up_cases(codes, every | re.IGNORECASE)
    _look_up_cases(codes, every & ~re.IGNORECASE)
    _rewrite(parsed.data, every, parsed.state)
    _possessive(parsed.data, every)
    _word_edges(parsed.data, every)
    code = _code(parsed, every)
    names = parsed.state.groupdict
    index = [None] * parsed.state.groups
    for name, number in names.items():
        index[number] = name
    return _compile_code(pattern, every, code, parsed.state.groups - 1, names, tuple(index))


# ---------------------------------------------------------------- first characters
#: Items that match no character of their own.
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_MAXCODE = _engine.MAXCODE
#: A set of first characters, as the engine's set items: (LITERAL, code),
#: (RANGE, (low, high)) or (CATEGORY, category).
_Starts = frozenset


def _code(parsed, flags: int) -> list[int]:
    r"""The engine code of ``parsed``, told which characters a match may start with.

    The engine finds a pattern's literal prefix or first-character set by
    itself only in simple cases: never past a look-behind such as
    ``(?<!\w)``, nor in a case-insensitive pattern that starts with a letter.
    There it tries a full match at every position of the text.  Given the set
    (every case of every letter listed), it skips in one loop in C to the
    next character that may start a match.
    """
    low, high = parsed.getwidth()
    starts = None
    if low > 0 and not _engine._get_literal_prefix(parsed, flags)[0]:
        starts, empty = _may_start(parsed.data, flags)
        starts = None if empty else starts
    if not starts:
        return _engine._code(parsed, 0)
    code = [sre.INFO, 0, sre.SRE_INFO_CHARSET, min(low, _MAXCODE), min(high, _MAXCODE)]
    charset, _cased = _engine._optimize_charset(sorted(starts, key=repr))
    _engine._compile_charset(charset, flags, code)
    code[1] = len(code) - 1
    _engine._compile(code, parsed.data, flags)
    code.append(sre.SUCCESS)
    return code


def _may_start(items, flags: int) -> tuple[_Starts | None, bool]:
    """Every character a match of the sequence ``items`` may start with, and
    whether it may match nothing (None: any character may start it)."""
    found: set = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        starts, empty = _item_may_start(op, av, flags)
        if starts is None:
            return None, False
        found |= starts
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def _item_may_start(op, av, flags: int) -> tuple[_Starts | None, bool]:
    """:func:`_may_start` of one item."""
    if op in (sre.LITERAL, sre.IN):
        return _set_items(op, av, flags), False
    if op is sre.SUBPATTERN:
        return _may_start(av[3].data, _engine._combine_flags(flags, av[1], av[2]))
    if op is sre.BRANCH:
        found: set = set()
        empty = False
        for alternative in av[1]:
            starts, nothing = _may_start(alternative.data, flags)
            if starts is None:
                return None, False
            found |= starts
            empty = empty or nothing
        return frozenset(found), empty
    if op in _REPEATS:
        starts, empty = _may_start(av[2].data, flags)
        return starts, empty or av[0] == 0
    if op is sre.ATOMIC_GROUP:
        return _may_start(av.data, flags)
    return None, False


def _set_items(op, av, flags: int) -> _Starts | None:
    """The characters a one-character item matches, as set items (None: a
    negated set, or a wide range under case-insensitivity)."""
    chars = _first_characters(op, av, flags)
    if chars is not None:
        return frozenset((sre.LITERAL, c) for c in chars)
    if op is not sre.IN:
        return None
    found: set = set()
    for kind, value in av:
        if kind is sre.LITERAL or (kind is sre.RANGE and value[1] - value[0] < 64):
            # A literal or a short range is always a small known set.
            small = _first_characters(sre.IN, [(kind, value)], flags) or frozenset()
            found |= {(sre.LITERAL, c) for c in small}
        elif kind is sre.CATEGORY or (kind is sre.RANGE and not flags & re.IGNORECASE):
            # Categories (\d, \w, \s) hold every case of their letters.
            found.add((kind, value))
        else:
            return None
    return frozenset(found)
