"""Regular-expression alternations of literal words, written as tries.

Python's regular-expression engine tries the branches of ``a|b|c`` one after
the other at every position; for a lexicon of a few hundred words that is
the costly part of a scan.  Sharing prefixes ("seven(?:t(?:een|y))?") lets a
mismatch fail after one character test instead of one per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


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
