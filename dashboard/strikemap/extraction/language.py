"""Language identification for article texts.

Cyrillic texts are split into Ukrainian and Russian by the letters only one of
the two alphabets has (і ї є ґ versus ы э ъ ё), which is both faster and more
reliable on short news texts than a character n-gram model.  Latin-script
texts go to py3langid restricted to the languages strikemap reports come in,
so that short texts are not labelled with an unlikely language.
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
_SAMPLE_CHARS = 4000


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

    Languages without their own lexicon fall back to English, whose lexicon
    also carries the international spellings (model names, digits).
    """
    if lang in LEXICON_LANGUAGES:
        return lang
    return "en"
