"""Name normalisation, transliteration variants and inflection stems.

Every component that matches place names (the gazetteer index, the extraction
matcher, the geocoder) goes through :func:`normalize`, so a name typed as
"Kam'ianske", "Kam’yans’ke" or "KAMIANSKE" lands on the same key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Letters that carry no decomposition in Unicode but that reporters write
# without the stroke; NFKD alone would leave them untouched.
_SPECIAL = {
    "ł": "l",
    "đ": "d",
    "ø": "o",
    "ħ": "h",
    "ı": "i",
    "ŀ": "l",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ð": "d",
}
# Apostrophe-like marks are dropped (Kam'ianske == Kamianske), dash-like
# marks become a space (Kamianets-Podilskyi == Kamianets Podilskyi).  The
# Cyrillic soft and hard signs are kept: Russian and Ukrainian case endings,
# which stem_candidates relies on, contain them.
_APOSTROPHES = "'’ʼ‘`´ʹʻ\u2032"
_DASHES = "-‐‑‒–—―_/.,"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {ord(c): "" for c in _APOSTROPHES}
    table.update({ord(c): " " for c in _DASHES})
    table.update({ord(k): v for k, v in _SPECIAL.items()})
    # Precompute the diacritic stripping for every letter of the Latin,
    # Greek and Cyrillic blocks so that the hot path is one str.translate.
    for code in range(0x00C0, 0x0530):
        char = chr(code)
        if code in table:
            continue
        decomposed = unicodedata.normalize("NFKD", char)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
        if stripped != char and stripped:
            table[code] = stripped.casefold()
    return table


_TABLE = _build_table()


def normalize(text: str) -> str:
    """Return the matching key of a place name.

    Casefolds, strips diacritics (including Polish ł and Cyrillic й/ї/ё),
    drops apostrophes, turns hyphens, dots and slashes into spaces and
    collapses whitespace.

    Parameters
    ----------
    text
        Any spelling of a place name, in any script.

    Returns
    -------
    str
        The normalised key; an empty string for blank input.

    Examples
    --------
    >>> normalize("Kam’yans’ke")
    'kamyanske'
    >>> normalize("Charków")
    'charkow'
    >>> normalize("Білгород-Дністровський")
    'білгород дністровськии'
    """
    return " ".join(text.casefold().translate(_TABLE).split())


# ---------------------------------------------------------------------------
# Transliteration
# ---------------------------------------------------------------------------

# Ukrainian national transliteration (KMU 2010) in its word-initial and
# word-internal forms; this is how GeoNames spells Ukrainian place names.
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
# Russian in the English-press (BGN/PCGN-like) style: Kharkov, Nikolayev,
# Artemovsk, Krasnoarmeysk.
_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip
_RU_IOTATED_AFTER_VOWEL = {"е": "ye"}
_VOWELS = set("аеёиоуыэюяіїєaeiouy")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")


def is_cyrillic(text: str) -> bool:
    """Return True when ``text`` contains any Cyrillic letter."""
    return bool(_CYRILLIC_RE.search(text))


def transliterate(text: str, scheme: str, *, ukrainian: bool | None = None) -> str:
    """Transliterate Cyrillic ``text`` to Latin.

    Parameters
    ----------
    text
        A Cyrillic name such as "Харків" or "Артемовск".
    scheme
        ``"uk"`` for the Ukrainian national system (Kharkiv, Zaporizhzhia),
        ``"uk_popular"`` for the older popular style that keeps iotated
        letters as y- everywhere (Mykolayiv, Zaporizhzhya), or ``"ru"`` for
        the Russian-based press style (Kharkov, Nikolayev); ``"de"``,
        ``"pl"``, ``"es"``, ``"fr"`` or ``"it"`` for the forms of German,
        Polish, Spanish, French or Italian copy (Charkiw, Czernihiw, Jarkiv,
        Tchernihiv, Charkiv).  For
        these, г and и follow Ukrainian (h, y) when the name has Ukrainian
        letters, else Russian (g, i).
    ukrainian
        For the exonym schemes, force the Ukrainian (True) or Russian (False)
        reading of г and и; by default it is guessed from the letters.

    Returns
    -------
    str
        The Latin spelling, capitalised like the input.
    """
    out: list[str] = []
    prev = " "
    if ukrainian is None:
        ukrainian = bool(_UKRAINIAN_LETTERS_RE.search(text))
    for index, char in enumerate(text):
        low = char.lower()
        if scheme in _DOUBLED_S and low == "с" and _between_vowels(text, index):
            # French and German double an s between vowels to keep it
            # unvoiced: Пісочин is Pissotchyn, Одеса Odessa.
            latin = "ss"
        elif scheme in _EXONYM:
            latin = _exonym_letter(low, scheme, ukrainian)
        elif scheme in ("uk", "uk_popular"):
            # Iotated letters are written ye/yi/yu/ya only at the start of a
            # word; after an apostrophe they stay inside the word (Kamianske).
            word_start = not prev.isalpha() and prev not in "'’ʼ"
            if low in _UK_INITIAL and (scheme == "uk_popular" or word_start):
                latin = _UK_INITIAL[low]
            else:
                latin = _UK.get(low, char)
        else:
            if low == "е" and (not prev.isalpha() or prev.lower() in _VOWELS | {"ь", "ъ"}):
                latin = _RU_IOTATED_AFTER_VOWEL[low]
            else:
                latin = _RU.get(low, char)
        if char != low and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
        prev = char
    result = "".join(out)
    # Spanish writes the doubled zh of Zaporizhzhia once: Zaporiyia.
    return result.replace("yy", "y").replace("Yy", "Y") if scheme == "es" else result


# Exonym-style transliterations used in translated copy: German (Charkiw,
# Mykolajiw), Polish (Czernihiw, Mikołajów is an exonym from GeoNames),
# Spanish (Jarkiv, Jersón, Zaporiyia), French (Soumy, Zaporijjia, Tchernihiv)
# and Italian/Czech scholarly (Charkiv, Černihiv).
# Keys are lower-case Cyrillic letters; letters not listed fall back to _BASE.
_BASE = {
    "а": "a", "б": "b", "в": "v", "ґ": "g", "д": "d", "е": "e", "ё": "jo", "ж": "zh",
    "з": "z", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "ju", "я": "ja", "є": "je", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
_EXONYM = {
    "de": {"в": "w", "ж": "sch", "з": "s", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
           "щ": "schtsch"},
    "pl": {"в": "w", "ж": "ż", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz"},
    "es": {"х": "j", "ж": "y", "й": "i", "ї": "i", "я": "ia", "ю": "iu", "є": "ie", "ё": "io"},
    "fr": {"ж": "j", "ш": "ch", "ч": "tch", "щ": "chtch", "у": "ou", "ю": "iou", "я": "ia",
           "є": "ie", "й": "ï", "ї": "ï"},
    # Scholarly (ISO 9-like) style of Italian and Czech copy: Charkiv, Záporižžja.
    "it": {"х": "ch", "ж": "ž", "ц": "c", "ч": "č", "ш": "š", "щ": "šč"},
}  # fmt: skip
_UKRAINIAN_LETTERS_RE = re.compile("[іїєґІЇЄҐ]")
#: Schemes that write с between vowels as ss.
_DOUBLED_S = frozenset({"fr", "de"})
_CYRILLIC_VOWELS = frozenset("аеєиіїоуюяыэё")


def _between_vowels(text: str, index: int) -> bool:
    """Whether the letter at ``index`` has a vowel on either side."""
    return (
        0 < index < len(text) - 1
        and text[index - 1].lower() in _CYRILLIC_VOWELS
        and text[index + 1].lower() in _CYRILLIC_VOWELS
    )


def _exonym_letter(low: str, scheme: str, ukrainian: bool) -> str:
    if low in _EXONYM[scheme]:
        return _EXONYM[scheme][low]
    if low == "г":
        return "h" if ukrainian else "g"
    if low == "и":
        return "y" if ukrainian else "i"
    return _BASE.get(low, low)


# Systematic spelling variants of Latin Ukrainian/Russian names.  Each rule is
# applied to the whole normalised name; variants from one or two rules are
# generated, which covers y/i and apostrophe habits (Mykolaiv/Mykolayiv,
# Kramatorsk, Pokrovskyi/Pokrovskiy/Pokrovsky) without a combinatorial blow-up.
_ENDING_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("skyi", ("skiy", "sky", "skyy", "skii", "skij", "skyj", "ski")),
    ("skyy", ("skyi", "skiy", "sky")),
    ("skiy", ("skyi", "sky", "skii")),
    ("yi", ("iy", "yy", "y", "ii")),
    ("ivka", ("ovka",)),
    ("ove", ("ovo",)),
    ("ske", ("skoye", "skoe")),
    ("ka", ("ka",)),
)
_INNER_RULES: tuple[tuple[str, str], ...] = (
    ("ia", "ya"),
    ("ya", "ia"),
    ("iu", "yu"),
    ("yu", "iu"),
    ("ie", "ye"),
    ("ye", "ie"),
    ("yi", "i"),
    ("oi", "oy"),
    ("zhzh", "zh"),
    ("y", "i"),
    ("kh", "h"),
    (" ", ""),  # Huliai Pole / Huliaipole, Kryvyi Rih / Kryvyirih
)
_LONE_H_RE = re.compile(r"(?<![kszc])h")
_MAX_VARIANTS = 24


@lru_cache(maxsize=65536)
def translit_variants(name: str) -> tuple[str, ...]:
    """Return spelling variants of a Latin name, normalised.

    Applies each ending rule and each whole-name substitution rule, and pairs
    of them, keeping at most a bounded number of variants.  Names in other
    scripts give an empty tuple.

    Parameters
    ----------
    name
        A Latin place name such as "Mykolaiv" or "Pokrovskyi".

    Returns
    -------
    tuple of str
        Normalised variants, excluding ``normalize(name)`` itself.
    """
    base = normalize(name)
    if not base or not base.isascii() or len(base) < 4:
        return ()
    seen = {base}
    first: list[str] = []
    for variant in _single_rules(base):
        if variant not in seen:
            seen.add(variant)
            first.append(variant)
    result = list(first)
    for variant in first:
        for second in _single_rules(variant):
            if len(result) >= _MAX_VARIANTS:
                break
            if second not in seen:
                seen.add(second)
                result.append(second)
    return tuple(result[:_MAX_VARIANTS])


def _single_rules(base: str) -> Iterable[str]:
    for word_end, replacements in _ENDING_RULES:
        words = base.split(" ")
        for i, word in enumerate(words):
            if word.endswith(word_end) and len(word) > len(word_end) + 2:
                for repl in replacements:
                    if repl != word_end:
                        yield " ".join([*words[:i], word[: -len(word_end)] + repl, *words[i + 1 :]])
    for old, new in _INNER_RULES:
        if old in base:
            yield base.replace(old, new)
    # Ukrainian h is Russian g (Kryvyi Rih / Kryvyi Rig, Uzhhorod / Uzhgorod);
    # the h of kh, zh, sh, ch is not.
    if "h" in base:
        swapped = _LONE_H_RE.sub("g", base)
        if swapped != base:
            yield swapped


# ---------------------------------------------------------------------------
# Inflection
# ---------------------------------------------------------------------------

# (ending of an inflected normalised form, what the nominative may end in).
# Rules operate on normalize() output: diacritics gone (ó->o, ł->l, ї->і,
# й->и) but Cyrillic soft signs kept.
_INFLECTIONS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "pl": (
        ("owie", ("ow",)),  # w Charkowie -> Charków
        ("ji", ("ja",)),  # w Bałakliji -> Bałaklija
        ("owem", ("ow",)),  # Czernihowem
        ("owa", ("ow",)),  # z Kijowa
        ("owi", ("ow",)),
        ("ssie", ("ssa",)),  # w Odessie -> Odessa
        ("sie", ("sa",)),
        ("dzie", ("d", "da")),  # w Biełgorodzie -> Biełgorod
        ("rze", ("r", "ra")),  # w Dnieprze -> Dniepr
        ("le", ("l", "la")),  # w Izmaile -> Izmaił (ł -> l), w Mariupolu handled by "u"
        ("ce", ("ka",)),  # w Szostce -> Szostka
        ("ie", ("", "a", "i")),  # w Lwowie? Lwów handled by owie; w Sumach -> below
        ("iu", ("", "i")),  # w Chersoniu -> Chersoń (ń -> n)
        ("niu", ("n",)),
        ("iem", ("",)),  # nad Łuckiem -> Łuck (not the village of Łucki)
        ("lem", ("el",)),  # a fleeting e: nad Kowlem -> Kowel
        ("lu", ("el",)),  # w Kowlu -> Kowel
        ("la", ("el",)),  # z Kowla -> Kowel
        ("em", ("",)),
        ("ach", ("y", "a", "")),  # w Sumach -> Sumy
        ("ami", ("y",)),
        ("ego", ("y", "e")),
        ("im", ("i",)),
        ("u", ("", "e")),  # z Chersonu; w Zaporożu -> Zaporoże
        ("a", ("",)),  # z Bachmutu/Kupiańska
        ("y", ("a",)),  # z Odessy
        ("e", ("a",)),  # w Pokrowsku? handled by "u"
    ),
    "ru": (
        ("ове", ("ов", "ово")),  # в Харькове, в Иванове
        ("еве", ("ев",)),  # в Киеве
        ("ске", ("ск",)),  # в Курске
        ("ого", ("ое", "ий", "ый")),
        ("ом", ("", "а", "о")),  # над Шебекином -> Шебекино
        ("ем", ("", "ь")),
        ("ами", ("ы", "и")),
        ("ах", ("ы", "и", "")),
        ("ой", ("а", "ая")),
        ("ей", ("я", "ь")),
        # в Краснодаре, в Москве, в Мариуполе; в Шебекине, в Иванове (the
        # neuter names in -ино and -ово, declined in agency copy)
        ("е", ("", "а", "я", "ь", "о")),
        ("ою", ("а",)),  # над Одессой -> Одессою (instrumental, older form)
        ("ью", ("ь",)),  # за Керчью
        ("ю", ("я", "ь")),  # по Мариуполю
        ("у", ("", "а", "о")),  # по Белгороду, по Шебекину
        ("а", ("", "о")),  # из Белгорода, из Шебекина
        ("ы", ("а",)),  # из Москвы
        ("и", ("я", "а", "ь", "")),  # в Одессы? в Сумах -> Суми
        ("ь", ("",)),
    ),
    "uk": (
        ("ові", ("ів",)),  # у Харкові -> Харків (о/і alternation)
        ("єві", ("їв",)),  # у Києві -> Київ
        ("еві", ("ів",)),
        ("ова", ("ів",)),  # з Харкова
        ("єва", ("їв",)),  # з Києва
        ("ові", ("ов",)),
        ("ському", ("ськ",)),
        ("ську", ("ськ",)),
        ("ська", ("ськ",)),
        ("ськом", ("ськ",)),
        ("жжі", ("жжя",)),  # у Запоріжжі -> Запоріжжя
        ("прі", ("про",)),  # у Дніпрі -> Дніпро
        ("ах", ("и", "")),  # у Сумах -> Суми
        ("і", ("а", "", "я", "о", "ь")),  # в Одесі -> Одеса; у Ковелі -> Ковель
        ("ову", ("ів",)),  # по Харкову -> Харків (dative)
        ("єву", ("їв",)),  # по Києву
        ("овом", ("ів",)),  # над Харковом (instrumental)
        ("євом", ("їв",)),  # над Києвом
        ("ові", ("",)),  # Бахмутові (dative -ові of a hard stem)
        ("еві", ("ь",)),  # Маріуполеві
        ("ці", ("ка", "к")),  # у Каховці -> Каховка, у Кременчуці -> Кременчук (locative softening)
        ("зі", ("га",)),  # у Празі -> Прага
        ("ою", ("а",)),  # над Одесою (instrumental)
        ("єю", ("я",)),  # над Балаклією (instrumental of -ія)
        ("ії", ("ія",)),  # у Балаклії (locative/genitive of -ія)
        ("ій", ("а",)),  # у Лозовій -> Лозова (locative of an adjective's -а)
        ("ої", ("а",)),  # з Лозової, Борової (genitive of an adjective's -а)
        ("ям", ("я",)),  # над Запоріжжям
        ("ем", ("ь", "")),  # над Маріуполем
        ("ю", ("я", "ь")),  # по Маріуполю; на Полтавщину -> accusative
        ("у", ("", "а")),  # по Бахмуту; на Одесу (accusative of -а)
        ("а", ("",)),
        ("ом", ("",)),  # над Бахмутом
        ("и", ("а",)),  # з Одеси
        ("я", ("ь",)),  # з Ковеля -> Ковель (genitive of a soft stem)
    ),
    "es": (),
    "it": (),
    "en": (("s", ("",)),),
}
_INFLECTIONS["be"] = _INFLECTIONS["ru"]


@lru_cache(maxsize=65536)
def stem_candidates(token: str, lang: str | None = None) -> tuple[str, ...]:
    """Return possible nominative keys of an inflected place-name token.

    The extraction matcher looks each candidate up in the gazetteer; only
    candidates that exist there matter, so over-generation is harmless.

    Parameters
    ----------
    token
        One word or multi-word name as it appears in text, e.g. "Czernihowem",
        "Краснодаре", "Харкові".
    lang
        ISO 639-1 code of the text (pl, ru, uk, ...); ``None`` tries every
        language's rules.

    Returns
    -------
    tuple of str
        Normalised keys, ``normalize(token)`` first, without duplicates.
    """
    key = normalize(token)
    out = [key]
    languages = [lang] if lang in _INFLECTIONS else list(_INFLECTIONS)
    # Ukrainian stems are written with і after normalize(); the Cyrillic
    # rules above are authored with і (U+0456) and normalised the same way.
    for code in languages:
        for ending, replacements in _NORMALISED_INFLECTIONS[code]:
            if key.endswith(ending) and len(key) - len(ending) >= 2:
                stem = key[: -len(ending)]
                for repl in replacements:
                    candidate = stem + repl
                    if candidate not in out:
                        out.append(candidate)
    return tuple(out)


#: How a language spells a Russian place name, by the letter runs that turn
#: it back into the Russian spelling the gazetteer has: Ukrainian writes
#: "Новошахтинськ", "Рильськ", "Шебекіне" for Новошахтинск, Рыльск, Шебекино.
#: ``letters`` are tried first (и is ы after a hard consonant in Russian),
#: ``runs`` always, ``endings`` last (the Ukrainian -е of a Russian -о).
_RESPELLINGS: dict[str, dict[str, tuple]] = {
    "uk": {
        "letters": (("и", "ы"),),
        "runs": (("ськ", "ск"), ("цьк", "цк"), ("зьк", "зк"), ("є", "е"), ("і", "и"), ("ї", "йи")),
        "endings": (("е", "о"),),
        # Only a key with a run Russian never writes is respelled: "Крім
        # того" ("besides") is no Крым.
        # An adjective in -ський ("Рязанський НПЗ") is none either: the
        # runs must end the key.
        "marks": (("є", "ї"), ("ськ", "цьк", "зьк", "іне", "ове", "еве")),
    },
}


def respelled_candidates(keys: tuple[str, ...], lang: str | None) -> tuple[str, ...]:
    """The Russian spellings of normalised ``keys`` written in ``lang``.

    Over-generation is harmless (only keys the gazetteer has matter); a key
    with none of the language's letter runs gives nothing.

    Examples
    --------
    >>> respelled_candidates(("новошахтинськ",), "uk")
    ('новошахтинск', 'новошахтынск')
    >>> respelled_candidates(("шебекіне",), "uk")[:2]
    ('шебекине', 'шебекино')
    """
    rules = _RESPELLINGS.get(lang or "")
    if not rules:
        return ()
    out: dict[str, None] = {}
    inside, endings = rules["marks"]
    for key in keys:
        if not key.endswith(endings) and not any(run in key for run in inside):
            continue
        for first in (key, _replaced(key, rules["letters"])):
            respelled = _replaced(first, rules["runs"])
            for candidate in (respelled, *_new_endings(respelled, rules["endings"])):
                if candidate != key:
                    out.setdefault(candidate, None)
    return tuple(out)


def _replaced(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:
        text = text.replace(old, new)
    return text


def _new_endings(text: str, pairs: tuple[tuple[str, str], ...]) -> list[str]:
    return [text[: -len(old)] + new for old, new in pairs if text.endswith(old)]


_NORMALISED_INFLECTIONS = {
    code: tuple(
        (normalize(end), tuple(normalize(r) if r else "" for r in repls)) for end, repls in rules
    )
    for code, rules in _INFLECTIONS.items()
}


# ---------------------------------------------------------------------------
# Declension of two-word names (Кривий Ріг -> у Кривому Розі)
# ---------------------------------------------------------------------------

# Adjective endings and their locative/genitive/instrumental forms in
# Ukrainian and Russian (Cyrillic) and Polish (Latin).
_ADJECTIVE_CASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ий", ("ому", "ого", "ім", "ом")),  # Кривий -> Кривому; Великий -> Великом
    ("ій", ("ьому", "ього")),
    ("ый", ("ом", "ого")),
    ("ой", ("ом", "ого")),  # Кривой -> Кривом
    ("ая", ("ой", "ую")),  # Новая -> Новой
    ("ое", ("ом", "ого")),
    ("а", ("ій", "ої", "у")),  # Біла -> Білій; Нова -> Новій
    ("е", ("ому", "ого")),
    ("y", ("ym", "ego")),  # Krzywy -> Krzywym
    ("i", ("im", "iego")),
    ("a", ("ej", "ą")),  # Nowa -> Nowej
)
# Consonant alternations before the locative -і/-е/-ie: Ріг -> Розі,
# Каховка -> Каховці, Kachowka -> Kachowce.
_SOFTENING = (("г", "з"), ("к", "ц"), ("х", "с"), ("k", "c"), ("g", "dz"))


def _soften(stem: str) -> str:
    for hard, soft in _SOFTENING:
        if stem.endswith(hard):
            return stem[: -len(hard)] + soft
    return stem


def _noun_cases(word: str) -> set[str]:
    if is_cyrillic(word):
        return _cyrillic_noun_cases(word)
    return _latin_noun_cases(word)


def _cyrillic_noun_cases(word: str) -> set[str]:
    if word.endswith("а"):
        stem = word[:-1]
        return {_soften(stem) + "і", stem + "и", stem + "е", stem + "ы", stem + "у"}
    if word.endswith("я"):
        return {word[:-1] + ending for ending in ("і", "е", "и", "ю")}
    if word.endswith("ь"):
        # Russian fleeting vowel: Церковь -> Церкви.
        stem = word[:-1]
        short = stem[:-2] + stem[-1] if stem[-2:-1] in ("о", "е") else stem
        return {stem + "и", short + "и", stem + "ью"}
    if word[-1:].isalpha():
        # Ukrainian і -> о in the last syllable: Ріг -> Рогу, Розі.
        stem = word
        last_i = word.rfind("і")
        if last_i > 0 and len(word) - last_i <= 3:
            stem = word[:last_i] + "о" + word[last_i + 1 :]
        return {_soften(stem) + "і", stem + "у", stem + "а", word + "е", word + "а", word + "у"}
    return set()


def _latin_noun_cases(word: str) -> set[str]:
    if word.endswith("a"):
        stem = word[:-1]
        return {_soften(stem) + "e", stem + "i", stem + "y", stem + "ę"}
    if word[-1:].isalpha():
        # Polish ó -> o in the last syllable: Róg -> Rogu.
        stem = word
        last_o = word.rfind("ó")
        if last_o > 0 and len(word) - last_o <= 3:
            stem = word[:last_o] + "o" + word[last_o + 1 :]
        return {stem + "u", stem + "ie", stem + "a"}
    return set()


def declined_forms(name: str) -> tuple[str, ...]:
    """Case forms of a two-word "adjective noun" place name.

    Covers the locative and genitive that prose uses after prepositions in
    Ukrainian, Russian and Polish: "Кривий Ріг" gives "Кривому Розі" and
    "Кривого Рогу"; "Кривой Рог" gives "Кривом Роге"; "Krzywy Róg" gives
    "Krzywym Rogu"; "Нова Каховка" gives "Новій Каховці".  The forms are
    over-generated (the matcher only meets those that occur) and not
    normalised.

    Parameters
    ----------
    name
        A place name; names that are not exactly two words give ``()``.
    """
    words = name.split()
    if len(words) != 2:
        return ()
    adjective, noun = (w.lower() for w in words)
    if is_cyrillic(adjective) != is_cyrillic(noun):
        return ()
    adjectives: set[str] = set()
    for ending, cases in _ADJECTIVE_CASES:
        if (
            adjective.endswith(ending)
            and len(adjective) > len(ending) + 1
            and is_cyrillic(ending) == is_cyrillic(adjective)
        ):
            adjectives |= {adjective[: -len(ending)] + case for case in cases}
            break
    if not adjectives:
        return ()
    nouns = _noun_cases(noun)
    return tuple(sorted(f"{a} {n}" for a in adjectives for n in nouns))


# ---------------------------------------------------------------------------
# Raion (district of an oblast) adjectives: Ізмаїл -> Ізмаїльський район
# ---------------------------------------------------------------------------

# Words that make a name a district/raion phrase, normalised, in the
# languages of the corpus (nominative and the common prepositional cases).
RAION_WORDS = frozenset(
    normalize(w)
    for w in (
        "district", "raion", "rayon", "район", "району", "районі", "районе", "района",
        "rejon", "rejonie", "rejonu", "bezirk", "distrito", "distretto", "okres",
        # Russia's municipal and urban okrugs (Шебекинский городской округ).
        "okrug", "округ", "округа", "округе", "округу", "окрузі",
    )
)  # fmt: skip

# (ending of a Cyrillic town name, length to cut, adjective suffix); the
# first matching ending wins.  Ukrainian and Russian suffixes differ only in
# the soft sign and и/і, so one table serves both with the two suffix styles.
_ADJ_RULES: tuple[tuple[str, int, str, str], ...] = (
    ("ський", 0, "", ""),  # Білгород-Дністровський: already an adjective
    ("цький", 0, "", ""),
    ("ский", 0, "", ""),
    ("цкий", 0, "", ""),
    ("ське", 1, "ий", "ий"),  # Кам'янське -> Кам'янський
    ("ское", 2, "ий", "ий"),
    ("ськ", 0, "ий", "ий"),  # Покровськ -> Покровський
    ("цьк", 0, "ий", "ий"),
    ("ск", 0, "ий", "ий"),  # Покровск -> Покровский
    ("цк", 0, "ий", "ий"),
    ("жжя", 3, "зький", "зский"),  # Запоріжжя -> Запорізький
    ("жье", 3, "жский", "жский"),  # Запорожье -> Запорожский
    ("ове", 3, "івський", "овский"),  # Синельникове -> Синельниківський
    ("ево", 3, "евский", "евский"),
    ("ово", 3, "овский", "овский"),
    ("ка", 2, "ський", "ский"),  # Василівка -> Василівський; Каховка -> Каховский
    ("ро", 0, "вський", "вский"),  # Дніпро -> Дніпровський
    ("ль", 0, "ський", "ский"),  # Маріуполь -> Маріупольський
    ("л", 0, "ьський", "ьский"),  # Ізмаїл -> Ізмаїльський
    ("лля", 2, "ьський", "ьский"),  # Білопілля -> Білопільський, Миропілля
    ("сса", 1, "кий", "кий"),  # Одесса -> Одесский
    ("са", 1, "ький", "кий"),  # Одеса -> Одеський
    ("ук", 1, "цький", "цкий"),  # Кременчук -> Кременчуцький
    ("г", 1, "зький", "жский"),
    ("а", 1, "ський", "ский"),  # Полтава -> Полтавський
    ("я", 1, "ський", "ский"),
    ("и", 1, "ський", "ский"),  # Суми -> Сумський
    ("ы", 1, "ский", "ский"),
    ("е", 1, "ський", "ский"),
    ("о", 1, "ський", "ский"),
    ("", 0, "ський", "ский"),  # Бахмут -> Бахмутський
)


def raion_adjectives(name: str) -> tuple[str, ...]:
    """Masculine adjectives naming the raion whose centre is ``name``.

    Ukrainian raions (and Russian ones) are named after their centre:
    Ізмаїл gives Ізмаїльський (район), Покровськ Покровський, Бахмут
    Бахмутський, Купянск Купянский.  A name with Ukrainian-only letters gets
    the Ukrainian adjective, one with Russian-only letters the Russian one,
    otherwise both; a final -ов- also gets its Ukrainian -ів- form (Лозова ->
    Лозівський).  Over-generation is harmless: the forms are only ever
    looked up.

    Parameters
    ----------
    name
        A one-word Cyrillic town name (hyphenated compounds count as one).

    Returns
    -------
    tuple of str
        Lower-case adjectives; empty for Latin or multi-word names.
    """
    word = name.lower().replace("’", "'").replace("ʼ", "'")
    if " " in word or not is_cyrillic(word) or len(word) < 3:
        return ()
    ukrainian = bool(_UKRAINIAN_LETTERS_RE.search(word.replace("'", "і")))
    russian = bool(re.search("[ыэъё]", word))
    styles = [s for s, on in (("uk", not russian), ("ru", not ukrainian)) if on]
    out: list[str] = []
    for ending, cut, uk_suffix, ru_suffix in _ADJ_RULES:
        if word.endswith(ending):
            stem = word[: len(word) - cut] if cut else word
            for style in styles:
                adjective = stem + (uk_suffix if style == "uk" else ru_suffix)
                if style == "ru":
                    adjective = adjective.replace("'", "")
                    # Russian keeps the soft sign after л only (Измаильский,
                    # Никопольский; Тюменский); both spellings are kept.
                    if "льск" in adjective:
                        out.append(adjective)
                    adjective = adjective.replace("ьск", "ск")
                out.append(adjective)
                if style == "uk" and stem.endswith("ов") and ending in ("а", "ка"):
                    out.append(stem[:-2] + "ів" + uk_suffix)
            break
    return tuple(dict.fromkeys(a for a in out if a != word or a.endswith("ий")))


# Ukrainian spellings and their usual Russian counterparts in an adjective of
# place, the longer first: the -ів- of a name from a -ов- word (Обухівський ->
# Обуховский), the -їв- of one from -ев- (Київський -> Киевский), the endings,
# then single letters.
_RUSSIAN_OF_UKRAINIAN: tuple[tuple[str, str], ...] = (
    ("ївськ", "евськ"),
    ("івськ", "овськ"),
    ("ський", "ский"),
    ("ська", "ская"),
    ("цький", "цкий"),
    ("цька", "цкая"),
    ("зький", "зский"),
    ("зька", "зская"),
    ("ї", "и"),
    ("і", "и"),
    ("є", "е"),
    ("ґ", "г"),
    ("'", ""),
)
# Russian keeps a soft sign before -ск- after л only (Никопольский, Бучанский).
_RUSSIAN_HARD_SK_RE = re.compile("(?<!л)ьск")


def russian_adjective(adjective: str) -> str | None:
    """The usual Russian spelling of a Ukrainian adjective of place, else None.

    Russian-language reports name a Ukrainian raion or hromada in Russian:
    Ізмаїльський -> измаильский, Нікопольський -> никопольский, Бучанський ->
    бучанский, Марганецька -> марганецкая, Обухівський -> обуховский.  Irregular
    pairs (Кам'янський, Каменский) come out wrong; the forms are only ever
    looked up, so a wrong one finds nothing.
    """
    word = adjective.lower().replace("’", "'").replace("ʼ", "'")
    if not word.endswith(("ький", "ька")) or " " in word:
        return None
    for ukrainian, russian in _RUSSIAN_OF_UKRAINIAN:
        word = word.replace(ukrainian, russian)
    return _RUSSIAN_HARD_SK_RE.sub("ск", word)


def raion_phrases(adjective: str) -> tuple[str, ...]:
    """The raion phrases of a Cyrillic adjective, in nominative and common cases.

    "Ізмаїльський" gives "Ізмаїльський район", "Ізмаїльському районі",
    "Ізмаїльського району"; "Купянский" gives "Купянский район",
    "Купянском районе", "Купянского района".
    """
    if adjective.endswith(("ький", "ій")):
        stem = adjective[:-2]
        return (
            f"{adjective} район",
            f"{stem}ому районі",
            f"{stem}ого району",
            f"{stem}им районом",
        )
    if adjective.endswith("ий"):
        stem = adjective[:-2]
        return (
            f"{adjective} район",
            f"{stem}ом районе",
            f"{stem}ого района",
            f"{stem}им районом",
        )
    return (f"{adjective} район",)


def is_raion_phrase(key: str) -> bool:
    """Whether a normalised name has a district word at either end.

    "kupiansk district", "покровськии раион" and Polish "rejon pokrowski"
    are raion phrases; "district" alone is not.
    """
    words = key.split(" ")
    return len(words) > 1 and (words[-1] in RAION_WORDS or words[0] in RAION_WORDS)
