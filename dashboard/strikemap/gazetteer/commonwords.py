"""Which place names are also ordinary words, per language (build time only).

A place name may be matched in lower case ("shelling of kharkiv") unless it
is also a common word of the text's language: "most" (Polish: bridge), "bar",
"mir" (Russian: peace), "луг".  The build reads the hunspell dictionaries
Debian ships (``hunspell-en-us``, ``hunspell-uk``...): a word a dictionary
lists in lower case is a common word; proper nouns are listed capitalised.
"""

from __future__ import annotations

from pathlib import Path

from strikemap.gazetteer.names import normalize

HUNSPELL_DIR = Path("/usr/share/hunspell")
# Language of the corpus -> hunspell dictionary.
DICTIONARIES = {
    "en": "en_US",
    "de": "de_DE",
    "pl": "pl_PL",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "pt": "pt_PT",
    "uk": "uk_UA",
    "ru": "ru_RU",
    "cs": "cs_CZ",
}
DEBIAN_PACKAGES = (
    "hunspell-en-us hunspell-de-de hunspell-pl hunspell-fr hunspell-es hunspell-it "
    "hunspell-pt-pt hunspell-uk hunspell-ru hunspell-cs"
)


class DictionaryMissing(RuntimeError):
    """A hunspell dictionary the build needs is not installed."""


def _encoding(aff: Path) -> str:
    with aff.open("rb") as handle:
        for raw in handle:
            if raw.startswith(b"SET"):
                return raw.split()[1].decode("ascii").replace("ISO8859", "iso8859")
    return "utf-8"


def lowercase_words(dictionary: str, directory: Path = HUNSPELL_DIR) -> set[str]:
    """Normalised stems a hunspell dictionary lists in lower case.

    Raises
    ------
    DictionaryMissing
        When the dictionary is not installed (the message names the Debian packages).
    """
    dic = directory / f"{dictionary}.dic"
    aff = directory / f"{dictionary}.aff"
    if not dic.is_file() or not aff.is_file():
        raise DictionaryMissing(f"{dic} is missing; install the Debian packages {DEBIAN_PACKAGES}")
    words: set[str] = set()
    with dic.open(encoding=_encoding(aff), errors="replace") as handle:
        next(handle, None)  # the word count
        for line in handle:
            word = line.split("/", 1)[0].strip()
            if word and word[0].islower():
                words.add(normalize(word))
    return words


def common_words(keys: set[str], directory: Path = HUNSPELL_DIR) -> dict[str, list[str]]:
    """For each language, the ``keys`` that are also common words of it, sorted."""
    return {
        lang: sorted(keys & lowercase_words(dictionary, directory))
        for lang, dictionary in DICTIONARIES.items()
    }
