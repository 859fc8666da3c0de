"""Language identification for article texts.

Cyrillic texts are split into Ukrainian and Russian by the letters only one of
the two alphabets has (і ї є ґ versus ы э ъ ё), which is both faster and more
reliable on short news texts than a character n-gram model.  Latin-script
texts go to py3langid, restricted to the languages strikemap reports come in
so that short texts are not labelled with an unlikely language.
"""

from __future__ import annotations

from functools import cache

#: Languages the extraction lexicons cover.
LEXICON_LANGUAGES: tuple[str, ...] = ("en", "uk", "ru", "pl", "es", "it", "de", "fr")

#: Candidate set handed to py3langid for Latin-script text.
_LATIN_CANDIDATES: tuple[str, ...] = ("en", "pl", "es", "it", "de", "fr", "pt", "nl", "cs", "ro")

# Letters only one Cyrillic alphabet has.
_UK_ONLY = frozenset("іїєґІЇЄҐ")
_RU_ONLY = frozenset("ыэъёЫЭЪЁ")
_BE_ONLY = frozenset("ўЎ")
# Bulgarian function words, for a Cyrillic text with no Russian-only letter.
_BG_WORDS = frozenset({"във", "със", "които", "беше", "са"})

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


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def detect(text: str) -> str:
    """Return the ISO 639-1 code of the language ``text`` is written in.

    Parameters
    ----------
    text
        Article text (title and body); only the first
        :data:`_SAMPLE_CHARS` characters are examined.

    Returns
    -------
    str
        A two-letter code such as ``"en"``, ``"uk"``, ``"ru"``, ``"pl"``,
        ``"es"``, ``"it"``.  Empty or letterless input gives ``"en"``, the
        lexicons' default.
    """
    sample = text[:_SAMPLE_CHARS]
    letters = [char for char in sample if char.isalpha()]
    if not letters:
        return "en"
    cyrillic = sum(1 for char in letters if _is_cyrillic(char))
    if cyrillic > len(letters) - cyrillic:
        return _cyrillic_language(sample)
    return _identifier().classify(sample)[0]


def _cyrillic_language(sample: str) -> str:
    """Tell Ukrainian from Russian (and rarer Cyrillic languages) by letters."""
    uk = sum(1 for char in sample if char in _UK_ONLY)
    ru = sum(1 for char in sample if char in _RU_ONLY)
    if uk == 0 and any(char in _BE_ONLY for char in sample):
        return "be"
    if uk > ru:
        return "uk"
    if ru == 0 and sum(1 for word in sample.lower().split() if word in _BG_WORDS) >= 2:
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
