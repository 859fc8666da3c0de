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


def lowercase_words(
    dictionary: str, directory: Path = HUNSPELL_DIR, *, proper: bool = False
) -> set[str]:
    """Normalised stems a hunspell dictionary lists in lower case.

    With ``proper``, the capitalised stems too (given names, surnames,
    well-known places: Надія, Тарас, Shevchenko).

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
            if word and (proper or word[0].islower()):
                words.add(normalize(word))
    return words


def common_words(keys: set[str], directory: Path = HUNSPELL_DIR) -> dict[str, list[str]]:
    """For each language, the ``keys`` that are also common words of it, sorted."""
    return {
        lang: sorted(keys & lowercase_words(dictionary, directory))
        for lang, dictionary in DICTIONARIES.items()
    }


# Dictionaries whose proper nouns are names of people and things rather than
# Ukrainian villages: the Ukrainian and Russian ones list thousands of
# villages (Карповичі, Галаганівка) among their proper nouns.
PROPER_NOUN_LANGUAGES = ("en", "de", "pl", "fr", "es", "it", "pt", "cs")


def dictionary_words(directory: Path = HUNSPELL_DIR) -> set[str]:
    """Common words of every dictionary, and the proper nouns (given names,
    surnames) of those of :data:`PROPER_NOUN_LANGUAGES`, normalised."""
    words: set[str] = set()
    for lang, dictionary in DICTIONARIES.items():
        proper = lang in PROPER_NOUN_LANGUAGES
        words |= lowercase_words(dictionary, directory, proper=proper)
    return words


# In the Ukrainian dictionary, suffix class 1 (dative -ові/-еві, vocative)
# marks masculine animate nouns: capitalised, they are given names and
# surnames (Олег/1:$x, Богдан/1:x$, Коваленко/1$), never places (Київ/2@z).
PERSON_FLAG = "1"


def person_names(directory: Path = HUNSPELL_DIR) -> set[str]:
    """Normalised given names and surnames of the Ukrainian hunspell dictionary.

    Raises
    ------
    DictionaryMissing
        When the dictionary is not installed.
    """
    dic = directory / f"{DICTIONARIES['uk']}.dic"
    if not dic.is_file():
        raise DictionaryMissing(f"{dic} is missing; install the Debian packages {DEBIAN_PACKAGES}")
    names: set[str] = set()
    with dic.open(encoding="utf-8", errors="replace") as handle:
        next(handle, None)
        for line in handle:
            word, _, flags = line.strip().partition("/")
            if word[:1].isupper() and PERSON_FLAG in flags:
                names.add(normalize(word))
    return names


def inflected_common_words(names: set[str], directory: Path = HUNSPELL_DIR) -> set[str]:
    """The Cyrillic ``names`` that are an oblique case of a common Ukrainian word.

    "Вересня" (of September: "06 ВЕРЕСНЯ 2024" in a header), "Заводи"
    (factories), "Дубки": pymorphy3's Ukrainian dictionary (build time only)
    reads them as a case other than the nominative of a noun or adjective
    whose lemma hunspell lists in lower case.  Returns the normalised names.
    """
    import pymorphy3

    analyzer = pymorphy3.MorphAnalyzer(lang="uk")
    common = lowercase_words(DICTIONARIES["uk"], directory)
    found: set[str] = set()
    for name in names:
        word = name.lower()
        if " " in word or "-" in word:
            continue
        for parse in analyzer.parse(word):
            if (
                parse.tag.POS in ("NOUN", "ADJF")
                and parse.tag.case not in (None, "nomn")
                and parse.normal_form != word
                and parse.normal_form in common
            ):
                found.add(normalize(name))
                break
    return found
