"""Language identification for article texts.

Cyrillic texts are split into Ukrainian and Russian by the letters only one of
the two alphabets has (і ї є ґ versus ы э ъ ё), which is both faster and more
reliable on short news texts than a character n-gram model.  Latin-script
texts are first scored by their most frequent function words; when that is
not clear-cut (short texts), py3langid decides, restricted to the languages
strikemap reports come in so that short texts are not labelled with an
unlikely language.
"""

from __future__ import annotations

import re
from functools import cache

#: Languages the extraction lexicons cover.
LEXICON_LANGUAGES: tuple[str, ...] = ("en", "uk", "ru", "pl", "es", "it", "de", "fr")

#: Candidate set handed to py3langid for Latin-script text.
_LATIN_CANDIDATES: tuple[str, ...] = ("en", "pl", "es", "it", "de", "fr", "pt", "nl", "cs", "ro")

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_BE_ONLY = re.compile(r"[ўЎ]")
_BG_HINT = re.compile(r"\b(?:във|със|които|беше|са)\b", re.IGNORECASE)

#: How much text the detector looks at; the opening of an article is enough
#: and keeps detection cheap on very long inputs.
_SAMPLE_CHARS = 1200


@cache
def _identifier():
    """Load the py3langid model once per process (about a second)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(_LATIN_CANDIDATES))
    return identifier


def detect(text: str) -> str:
    """Return the ISO 639-1 code of the language ``text`` is written in.

    Parameters
    ----------
    text
        Article text (title and body); only the first few thousand
        characters are examined.

    Returns
    -------
    str
        A two-letter code such as ``"en"``, ``"uk"``, ``"ru"``, ``"pl"``,
        ``"es"``, ``"it"``.  Empty or letterless input gives ``"en"``, the
        lexicons' default.
    """
    sample = text[:_SAMPLE_CHARS]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyrillic == 0 and latin == 0:
        return "en"
    if cyrillic > latin:
        return _cyrillic_language(sample)
    return _latin_language(sample)


# The most frequent function words of each Latin-script language.  News
# articles are long enough that these counts separate the languages clearly;
# only close calls go to the n-gram model.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "was",
            "that",
            "with",
            "for",
            "on",
            "were",
            "by",
            "said",
            "from",
            "has",
            "have",
        ]
    ),
    "pl": frozenset(
        [
            "się",
            "i",
            "w",
            "na",
            "nie",
            "że",
            "z",
            "do",
            "to",
            "jest",
            "po",
            "przez",
            "od",
            "jak",
            "przy",
            "oraz",
            "został",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "de",
            "que",
            "y",
            "en",
            "los",
            "las",
            "del",
            "se",
            "por",
            "con",
            "una",
            "para",
            "su",
            "fue",
            "según",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "di",
            "che",
            "e",
            "la",
            "della",
            "per",
            "un",
            "è",
            "sono",
            "del",
            "con",
            "nel",
            "gli",
            "alla",
            "dei",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "ist",
            "nicht",
            "mit",
            "den",
            "von",
            "ein",
            "eine",
            "im",
            "zu",
            "auf",
            "sich",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "de",
            "des",
            "et",
            "est",
            "une",
            "que",
            "du",
            "dans",
            "pour",
            "sur",
            "au",
            "par",
            "été",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "de",
            "que",
            "não",
            "em",
            "uma",
            "do",
            "da",
            "para",
            "com",
            "foi",
            "no",
            "na",
            "pelo",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "is",
            "dat",
            "op",
            "te",
            "in",
            "met",
            "voor",
            "zijn",
            "niet",
            "werd",
        ]
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
#: Minimum function-word hits, and lead over the runner-up, to trust them.
_MIN_HITS = 8
_MIN_LEAD = 2.0


def _latin_language(sample: str) -> str:
    words = _WORD.findall(sample.lower())
    scores = sorted(
        ((sum(1 for w in words if w in vocab), lang) for lang, vocab in _FUNCTION_WORDS.items()),
        reverse=True,
    )
    (best, lang), (second, _other) = scores[0], scores[1]
    if best >= _MIN_HITS and best >= _MIN_LEAD * second:
        return lang
    return _identifier().classify(sample)[0]


def _cyrillic_language(sample: str) -> str:
    """Tell Ukrainian from Russian (and rarer Cyrillic languages) by letters."""
    uk = len(_UK_ONLY.findall(sample))
    ru = len(_RU_ONLY.findall(sample))
    if _BE_ONLY.search(sample) and uk == 0:
        return "be"
    if uk > ru:
        return "uk"
    if ru == 0 and len(_BG_HINT.findall(sample)) >= 2:
        return "bg"
    return "ru"


def lexicon_language(lang: str | None) -> str:
    """Map a detected language to the lexicon used for it.

    Other Cyrillic languages use Russian; the rest fall back to English,
    whose lexicon also carries the international spellings (model names,
    digits).
    """
    if lang in LEXICON_LANGUAGES:
        return lang
    return _NEAREST_LEXICON.get(lang or "", "en")


#: Languages without a lexicon read with a close one: the other Cyrillic
#: languages share most strike vocabulary and month names with Russian.
_NEAREST_LEXICON = {
    "be": "ru", "bg": "ru", "sr": "ru", "mk": "ru", "kk": "ru", "pt": "es", "gl": "es", "ca": "es",
}  # fmt: skip
