"""regextrie.compile: alternations regrouped by first character match exactly
what re.compile matches."""

from __future__ import annotations

import re

import pytest
from strikemap.extraction import lexicon, regextrie

SENTENCES = [
    "Explosions were heard in Lutsk, but no damage was reported.",
    "Вибухи було чутно в Луцьку, пошкоджень немає.",
    "A missile killed five people and injured 14 in Kharkiv overnight.",
    "KILLED: 3. Wounded — 12. ſome Kelvin K and İstanbul.",
    "Il bilancio sale a 21 morti; zginęło siedem osób, murieron tres personas.",
    "Ǆuro, ǅuro and ǆuro; ΣΑΣ, σας; İzmir, ıspir; ٣ killed, 4 WOUNDED.Kyiv said.",
    "“Wounded.” Sumy—Ukraine: (3) killed; Обстріл, УДАР, удари; ВИБУХИ в Києві.",
    "",
]

PATTERNS = [
    (r"\b(?:kill(?:ed|ing)|killers|wound\w*)", re.IGNORECASE),
    (r"(?<!\w)(?:(?:ballistic|cruise)\s+)?(?:missile|rocket)s?(?!\w)", re.IGNORECASE),
    (r"\b(?:in|into|i|)\b", re.IGNORECASE),
    (r"(?:k|K)(?:elvin)?|s(?:ome)?|i", re.IGNORECASE),
    (r"(?P<a>killed|wounded)|(?P<b>kill\w*)", re.IGNORECASE),
    (r"(?:ab|a)(?:b|c)??d|abc", 0),
    (r"(?i:(?:выбух|вибух\w*|взрыв\w*))|Lutsk", 0),
    # Look-behinds, categories, wide ranges and parts that may match nothing
    # in front: the engine is told the characters a match may start with.
    (r"(?<![^\W\d_])(?:удар\w*|обстріл|вибух)", 0),
    (r"(?<!\w)(?:\d+|killed|wounded|σας|ǆuro|izmir)", re.IGNORECASE),
    (r"(?<![а-я])\d+", 0),
    (r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\b", 0),
    (r"(?<=[.!?…])[\"”»’')\]]*\s+(?=[A-ZА-Я0-9])", 0),
    (r"(?:x)?(?:\s*[,:])?\s*\(?\d", 0),
    (r"[\u0400-\u04ff]+", re.IGNORECASE),
    (r"[\u0400-\u04ff]+|[a-z]{3}", 0),
    (r"(?:[^\W\d_]+|\d)\s", 0),
    (r"(?:killed|)\s*\d", re.IGNORECASE),
    (r"(?=\w)(?<!\w)(?:ua|ру)", re.IGNORECASE),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_compiled_pattern_matches_like_re(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), regextrie.compile(pattern, flags)
    assert fast.pattern == pattern
    assert fast.groupindex == plain.groupindex
    for text in SENTENCES:
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected


def test_every_case_of_a_letter_is_kept() -> None:
    # The Kelvin sign and the long s match k and s case-insensitively.
    fast = regextrie.compile(r"\b(?:kilo|kyiv|sumy)\b", re.IGNORECASE)
    assert fast.findall("\u212aYIV, \u017fUMY, KILO") == ["\u212aYIV", "\u017fUMY", "KILO"]


def test_the_lexicon_patterns_match_like_re() -> None:
    slots = ("heard_only", "negated_strike", "no_damage", "damage_words", "located_from")
    for slot in slots:
        fast = lexicon.compiled(slot)
        plain = re.compile(fast.pattern, fast.flags)
        for lex in lexicon.languages().values():
            for entry in lex[slot]:
                for text in (*entry.examples, *SENTENCES):
                    assert [m.span() for m in fast.finditer(text)] == [
                        m.span() for m in plain.finditer(text)
                    ]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?<!\w)(?:kyiv|київ)", "Kyiv, Київ, Subkyiv and підКиїв"),
        (r"(?<!\w)\d+\s*km", "20 km, a20 km and 3km"),
        (r"(?<!\w)(?:-|dron\w*)", "x-y, drony, -dron and adrony"),
        (r"(?i)(?<!\w)obwód", "Obwód, nadobwód and OBWÓD"),
    ],
)
def test_a_word_edge_finds_what_the_look_behind_found(pattern, text):
    assert [m.span() for m in regextrie.compile(pattern).finditer(text)] == [
        m.span() for m in re.finditer(pattern, text)
    ]
