"""Numbers written in digits or words, in the languages strikemap reads.

News prose gives casualty figures as digits ("1,200", "1 200"), as number
words ("five", "двадцять п'ять", "pięciu", "ventuno"), as idioms ("a dozen",
"two dozen", "half a thousand") or as vague quantities ("dozens", "десятки").
This module finds such spans in a sentence and turns them into an integer,
together with the "at least" flag set by hedges such as "more than",
"щонайменше", "co najmniej" or "almeno".

Everything is precompiled at import time; parsing a sentence is a handful of
regex scans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from strikemap.extraction import regextrie
from strikemap.extraction.language import lexicon_language
from strikemap.extraction.regextrie import alternation

# ---------------------------------------------------------------------------
# Lexicons.  Each maps a lower-case word form to its value.  Slavic languages
# list the case forms a casualty sentence uses (nominative, genitive,
# collective numerals such as "семеро" or "pięcioro").
# ---------------------------------------------------------------------------

_EN_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "couple": 2,
}

_UK_UNITS = {
    **dict.fromkeys(("один", "одна", "одне", "одного", "одній", "одним", "однієї"), 1),
    **dict.fromkeys(("два", "дві", "двох", "двом", "двома", "двоє"), 2),
    **dict.fromkeys(("три", "трьох", "трьом", "трьома", "троє"), 3),
    **dict.fromkeys(("чотири", "чотирьох", "чотирьом", "чотирма", "четверо"), 4),
    **dict.fromkeys(("п'ять", "п'ятьох", "п'ятеро", "п'яти", "п'ятьом"), 5),
    **dict.fromkeys(("шість", "шістьох", "шестеро", "шести"), 6),
    **dict.fromkeys(("сім", "сімох", "семеро", "семи"), 7),
    **dict.fromkeys(("вісім", "вісьмох", "восьмеро", "восьми"), 8),
    **dict.fromkeys(("дев'ять", "дев'ятьох", "дев'ятеро", "дев'яти"), 9),
    **dict.fromkeys(("десять", "десятьох", "десятеро", "десяти"), 10),
    **dict.fromkeys(("одинадцять", "одинадцяти", "одинадцятьох"), 11),
    **dict.fromkeys(("дванадцять", "дванадцяти", "дванадцятьох"), 12),
    **dict.fromkeys(("тринадцять", "тринадцяти", "тринадцятьох"), 13),
    **dict.fromkeys(("чотирнадцять", "чотирнадцяти", "чотирнадцятьох"), 14),
    **dict.fromkeys(("п'ятнадцять", "п'ятнадцяти", "п'ятнадцятьох"), 15),
    **dict.fromkeys(("шістнадцять", "шістнадцяти", "шістнадцятьох"), 16),
    **dict.fromkeys(("сімнадцять", "сімнадцяти", "сімнадцятьох"), 17),
    **dict.fromkeys(("вісімнадцять", "вісімнадцяти", "вісімнадцятьох"), 18),
    **dict.fromkeys(("дев'ятнадцять", "дев'ятнадцяти", "дев'ятнадцятьох"), 19),
    **dict.fromkeys(("двадцять", "двадцяти", "двадцятьох"), 20),
    **dict.fromkeys(("тридцять", "тридцяти", "тридцятьох"), 30),
    **dict.fromkeys(("сорок", "сорока"), 40),
    **dict.fromkeys(("п'ятдесят", "п'ятдесяти"), 50),
    **dict.fromkeys(("шістдесят", "шістдесяти"), 60),
    **dict.fromkeys(("сімдесят", "сімдесяти"), 70),
    **dict.fromkeys(("вісімдесят", "вісімдесяти"), 80),
    **dict.fromkeys(("дев'яносто",), 90),
    **dict.fromkeys(("сто", "ста"), 100),
    **dict.fromkeys(("двісті", "двохсот"), 200),
    **dict.fromkeys(("триста", "трьохсот"), 300),
    **dict.fromkeys(("чотириста", "чотирьохсот"), 400),
    **dict.fromkeys(("п'ятсот", "п'ятисот"), 500),
    **dict.fromkeys(("шістсот",), 600),
    **dict.fromkeys(("сімсот",), 700),
    **dict.fromkeys(("вісімсот",), 800),
    **dict.fromkeys(("дев'ятсот",), 900),
    "півтора": 1.5,
    "півтори": 1.5,
    **dict.fromkeys(("півтисячі", "пів тисячі"), 500),
}

_RU_UNITS = {
    **dict.fromkeys(("один", "одна", "одно", "одного", "одной", "одному", "одним"), 1),
    **dict.fromkeys(("два", "две", "двух", "двум", "двумя", "двое", "двоих"), 2),
    **dict.fromkeys(("три", "трех", "трёх", "трем", "тремя", "трое", "троих"), 3),
    **dict.fromkeys(("четыре", "четырех", "четырёх", "четверо", "четверых"), 4),
    **dict.fromkeys(("пять", "пяти", "пятью", "пятеро", "пятерых"), 5),
    **dict.fromkeys(("шесть", "шести", "шестеро", "шестерых"), 6),
    **dict.fromkeys(("семь", "семи", "семеро", "семерых"), 7),
    **dict.fromkeys(("восемь", "восьми", "восьмеро", "восьмерых"), 8),
    **dict.fromkeys(("девять", "девяти", "девятеро", "девятерых"), 9),
    **dict.fromkeys(("десять", "десяти", "десятеро", "десятерых"), 10),
    **dict.fromkeys(("одиннадцать", "одиннадцати"), 11),
    **dict.fromkeys(("двенадцать", "двенадцати"), 12),
    **dict.fromkeys(("тринадцать", "тринадцати"), 13),
    **dict.fromkeys(("четырнадцать", "четырнадцати"), 14),
    **dict.fromkeys(("пятнадцать", "пятнадцати"), 15),
    **dict.fromkeys(("шестнадцать", "шестнадцати"), 16),
    **dict.fromkeys(("семнадцать", "семнадцати"), 17),
    **dict.fromkeys(("восемнадцать", "восемнадцати"), 18),
    **dict.fromkeys(("девятнадцать", "девятнадцати"), 19),
    **dict.fromkeys(("двадцать", "двадцати"), 20),
    **dict.fromkeys(("тридцать", "тридцати"), 30),
    **dict.fromkeys(("сорок", "сорока"), 40),
    **dict.fromkeys(("пятьдесят", "пятидесяти"), 50),
    **dict.fromkeys(("шестьдесят", "шестидесяти"), 60),
    **dict.fromkeys(("семьдесят", "семидесяти"), 70),
    **dict.fromkeys(("восемьдесят", "восьмидесяти"), 80),
    **dict.fromkeys(("девяносто", "девяноста"), 90),
    **dict.fromkeys(("сто", "ста"), 100),
    **dict.fromkeys(("двести", "двухсот"), 200),
    **dict.fromkeys(("триста", "трехсот", "трёхсот"), 300),
    **dict.fromkeys(("четыреста", "четырехсот", "четырёхсот"), 400),
    **dict.fromkeys(("пятьсот", "пятисот"), 500),
    **dict.fromkeys(("шестьсот",), 600),
    **dict.fromkeys(("семьсот",), 700),
    **dict.fromkeys(("восемьсот",), 800),
    **dict.fromkeys(("девятьсот",), 900),
    "полторы": 1.5,
    "полтора": 1.5,
    **dict.fromkeys(("полтысячи", "пол тысячи", "полсотни"), 500),
}

_PL_UNITS = {
    **dict.fromkeys(("jeden", "jedna", "jedno", "jednego", "jednej", "jedną", "jednym"), 1),
    **dict.fromkeys(("dwa", "dwie", "dwóch", "dwoch", "dwaj", "dwoje", "dwojga", "dwiema"), 2),
    **dict.fromkeys(("trzy", "trzech", "trzej", "troje", "trojga", "trzema"), 3),
    **dict.fromkeys(("cztery", "czterech", "czterej", "czworo", "czworga", "czterema"), 4),
    **dict.fromkeys(("pięć", "pięciu", "pięcioro", "pięciorga", "pięcioma"), 5),
    **dict.fromkeys(("sześć", "sześciu", "sześcioro", "sześciorga"), 6),
    **dict.fromkeys(("siedem", "siedmiu", "siedmioro", "siedmiorga"), 7),
    **dict.fromkeys(("osiem", "ośmiu", "ośmioro", "ośmiorga"), 8),
    **dict.fromkeys(("dziewięć", "dziewięciu", "dziewięcioro"), 9),
    **dict.fromkeys(("dziesięć", "dziesięciu", "dziesięcioro"), 10),
    **dict.fromkeys(("jedenaście", "jedenastu"), 11),
    **dict.fromkeys(("dwanaście", "dwunastu"), 12),
    **dict.fromkeys(("trzynaście", "trzynastu"), 13),
    **dict.fromkeys(("czternaście", "czternastu"), 14),
    **dict.fromkeys(("piętnaście", "piętnastu"), 15),
    **dict.fromkeys(("szesnaście", "szesnastu"), 16),
    **dict.fromkeys(("siedemnaście", "siedemnastu"), 17),
    **dict.fromkeys(("osiemnaście", "osiemnastu"), 18),
    **dict.fromkeys(("dziewiętnaście", "dziewiętnastu"), 19),
    **dict.fromkeys(("dwadzieścia", "dwudziestu"), 20),
    **dict.fromkeys(("trzydzieści", "trzydziestu"), 30),
    **dict.fromkeys(("czterdzieści", "czterdziestu"), 40),
    **dict.fromkeys(("pięćdziesiąt", "pięćdziesięciu"), 50),
    **dict.fromkeys(("sześćdziesiąt", "sześćdziesięciu"), 60),
    **dict.fromkeys(("siedemdziesiąt", "siedemdziesięciu"), 70),
    **dict.fromkeys(("osiemdziesiąt", "osiemdziesięciu"), 80),
    **dict.fromkeys(("dziewięćdziesiąt", "dziewięćdziesięciu"), 90),
    **dict.fromkeys(("sto", "stu"), 100),
    **dict.fromkeys(("dwieście", "dwustu"), 200),
    **dict.fromkeys(("trzysta", "trzystu"), 300),
    **dict.fromkeys(("czterysta", "czterystu"), 400),
    **dict.fromkeys(("pięćset", "pięciuset"), 500),
    "pół": 0.5,
    "półtora": 1.5,
    "półtorej": 1.5,
}

_IT_TENS = {
    "venti": 20,
    "trenta": 30,
    "quaranta": 40,
    "cinquanta": 50,
    "sessanta": 60,
    "settanta": 70,
    "ottanta": 80,
    "novanta": 90,
}
_IT_SMALL = {
    "uno": 1,
    "una": 1,
    "un": 1,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
}
_IT_UNITS: dict[str, float] = {
    **_IT_SMALL,
    "dieci": 10,
    "undici": 11,
    "dodici": 12,
    "tredici": 13,
    "quattordici": 14,
    "quindici": 15,
    "sedici": 16,
    "diciassette": 17,
    "diciotto": 18,
    "diciannove": 19,
    **_IT_TENS,
    "cento": 100,
    "duecento": 200,
    "trecento": 300,
    "quattrocento": 400,
    "cinquecento": 500,
    "mezzo": 0.5,
    "mezza": 0.5,
}
# Italian writes 21..99 as one word and drops the tens' final vowel before
# "uno" and "otto" (ventuno, ventotto); "tre" takes an accent (ventitré).
for _tens_word, _tens in _IT_TENS.items():
    for _unit_word, _unit in _IT_SMALL.items():
        if _unit_word in ("una", "un"):
            continue
        stem = _tens_word[:-1] if _unit_word in ("uno", "otto") else _tens_word
        _IT_UNITS[stem + _unit_word] = _tens + _unit
        if _unit_word == "tre":
            _IT_UNITS[stem + "tré"] = _tens + _unit

_ES_UNITS: dict[str, float] = {
    "un": 1,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciséis": 16,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "veintiuno": 21,
    "veintiún": 21,
    "veintiuna": 21,
    "veintidós": 22,
    "veintidos": 22,
    "veintitrés": 23,
    "veintitres": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiséis": 26,
    "veintiseis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
    "cien": 100,
    "ciento": 100,
    "doscientos": 200,
    "doscientas": 200,
    "trescientos": 300,
    "trescientas": 300,
    "cuatrocientos": 400,
    "quinientos": 500,
    "quinientas": 500,
    "medio": 0.5,
    "media": 0.5,
}

_DE_UNITS: dict[str, float] = {
    "ein": 1,
    "eine": 1,
    "einer": 1,
    "einen": 1,
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "hundert": 100,
}

_FR_UNITS: dict[str, float] = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
    # Plural forms of "quatre-vingts", "deux cents" (valued by text2num).
    "vingts": 20,
    "cents": 100,
}

#: German writes a number below a million as one word ("fünfundzwanzig",
#: "zweihundertdreißig"): the parts such words are made of.
_COMPOUND_PARTS: dict[str, tuple[str, ...]] = {
    "de": (
        "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
        "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
        "neunzig", "hundert", "tausend",
    ),
}  # fmt: skip

#: Words that multiply what precedes them ("two dozen", "half a thousand").
_MULTIPLIERS: dict[str, dict[str, int]] = {
    "en": {"dozen": 12, "hundred": 100, "thousand": 1000},
    "uk": {
        **dict.fromkeys(("тисяча", "тисячі", "тисяч", "тисячу"), 1000),
        **dict.fromkeys(("дюжина", "дюжини"), 12),
        **dict.fromkeys(("сотня", "сотні"), 100),
    },
    "ru": {
        **dict.fromkeys(("тысяча", "тысячи", "тысяч", "тысячу"), 1000),
        **dict.fromkeys(("дюжина", "дюжины"), 12),
        **dict.fromkeys(("сотня", "сотни"), 100),
    },
    "pl": {**dict.fromkeys(("tysiąc", "tysiące", "tysięcy", "tysiąca"), 1000), "tuzin": 12},
    "es": {"mil": 1000, "millar": 1000, "docena": 12},
    "it": {"mille": 1000, "mila": 1000, "migliaio": 1000, "dozzina": 12, "centinaio": 100},
    "de": {"tausend": 1000, "dutzend": 12},
    "fr": {"mille": 1000, "douzaine": 12, "centaine": 100, "millier": 1000},
}

# Round collective numerals ("una decina" about ten, "une vingtaine" about
# twenty, "десяток" ten): multipliers whose value is approximate.
_COLLECTIVES: dict[str, dict[str, int]] = {
    "uk": dict.fromkeys(("десяток", "десятка", "десятку"), 10),
    "ru": dict.fromkeys(("десяток", "десятка", "десятку"), 10),
    "es": {"decena": 10, "veintena": 20, "treintena": 30, "centenar": 100},
    "it": {
        "decina": 10,
        "ventina": 20,
        "trentina": 30,
        "quarantina": 40,
        "cinquantina": 50,
        "sessantina": 60,
        "settantina": 70,
        "ottantina": 80,
        "novantina": 90,
    },
    "fr": {"dizaine": 10, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50},
}
for _lang, _words in _COLLECTIVES.items():
    _MULTIPLIERS[_lang].update(_words)
_COLLECTIVE_WORDS = frozenset(word for words in _COLLECTIVES.values() for word in words)

#: Indefinite articles that stand for "one" before a multiplier ("a dozen").
_ARTICLES: dict[str, tuple[str, ...]] = {
    "en": ("a", "an"),
    "uk": (),
    "ru": (),
    "pl": (),
    "es": ("un", "una", "medio", "media"),
    "it": ("un", "una", "mezzo", "mezza"),
    "de": ("ein", "eine", "einem", "halbes"),
    "fr": ("un", "une", "demi"),
}

#: Vague quantities: a span is found but its value is unknown.
_VAGUE: dict[str, tuple[str, ...]] = {
    "en": ("dozens", "scores", "hundreds", "thousands", "several", "many", "numerous"),
    "uk": ("десятки", "десятків", "сотні", "сотень", "кілька", "декілька", "багато"),
    "ru": ("десятки", "десятков", "сотни", "сотен", "несколько", "много", "многие"),
    "pl": ("dziesiątki", "dziesiątek", "kilkadziesiąt", "kilkanaście", "kilku", "kilka", "setki"),
    "es": ("decenas", "docenas", "centenares", "cientos", "varios", "varias", "muchos"),
    "it": ("decine", "centinaia", "diversi", "diverse", "numerosi", "molti", "alcuni"),
    "de": ("dutzende", "hunderte", "mehrere", "viele"),
    "fr": ("dizaines", "centaines", "plusieurs", "nombreux"),
}

#: Hedges that make a figure a lower bound.
_AT_LEAST: dict[str, tuple[str, ...]] = {
    "en": (
        "at least",
        "more than",
        "over",
        "upwards of",
        "no fewer than",
        "no less than",
        "not less than",
        "in excess of",
        "at minimum",
    ),
    "uk": (
        "щонайменше",
        "щонайменш",
        "принаймні",
        "не менше ніж",
        "не менш ніж",
        "не менше",
        "понад",
        "більше ніж",
        "більш ніж",
        "більше",
        "як мінімум",
        "мінімум",
    ),
    "ru": (
        "не менее",
        "не меньше",
        "по меньшей мере",
        "как минимум",
        "минимум",
        "более",
        "больше",
        "свыше",
    ),
    "pl": (
        "co najmniej",
        "przynajmniej",
        "ponad",
        "więcej niż",
        "nie mniej niż",
        "minimum",
        "najmniej",
    ),
    "es": (
        "al menos",
        "por lo menos",
        "más de",
        "mas de",
        "como mínimo",
        "no menos de",
        "pelo menos",
        "mais de",
    ),
    "it": ("almeno", "più di", "oltre", "non meno di", "come minimo", "ben oltre"),
    "de": ("mindestens", "mehr als", "über", "wenigstens"),
    "fr": ("au moins", "plus de", "pas moins de"),
}

#: Approximations: kept as the value, without the at-least flag.
_APPROX: dict[str, tuple[str, ...]] = {
    "en": ("about", "around", "nearly", "almost", "some", "approximately", "roughly", "up to"),
    "uk": ("близько", "майже", "приблизно", "до"),
    "ru": ("около", "почти", "примерно", "порядка", "до"),
    "pl": ("około", "blisko", "prawie", "niemal", "do"),
    "es": ("unos", "unas", "cerca de", "casi", "alrededor de", "aproximadamente", "hasta"),
    "it": ("circa", "quasi", "una trentina di", "fino a"),
    "de": ("etwa", "rund", "fast", "knapp", "bis zu"),
    "fr": ("environ", "près de", "presque", "jusqu'à"),
}

#: Connectors inside a compound number ("two hundred and five", "treinta y cinco").
_CONNECTORS: dict[str, tuple[str, ...]] = {
    "en": ("and",),
    # "e" joins Portuguese numbers ("vinte e cinco"), read with this lexicon.
    "es": ("y", "e"),
    "it": ("e",),
    "de": ("und",),
    "fr": ("et",),
}

#: text2num's languages for ours (Portuguese copy is read as "es").
_TEXT2NUM: dict[str, tuple[str, ...]] = {
    "en": ("en",), "es": ("es", "pt"), "it": ("it",), "de": ("de",), "fr": ("fr",),
}  # fmt: skip

# Portuguese copy is read with the Spanish lexicon; its number words differ.
_ES_UNITS.update(
    {
        "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8,
        "nove": 9, "dez": 10, "doze": 12, "treze": 13, "dezesseis": 16, "dezessete": 17,
        "dezoito": 18, "dezenove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "cem": 100,
        "onze": 11, "catorze": 14, "quatorze": 14, "quinze": 15, "cinquenta": 50,
        "sessenta": 60, "oitenta": 80,
    }
)  # fmt: skip

_UNITS: dict[str, dict[str, int] | dict[str, float]] = {
    "en": _EN_UNITS,
    "uk": _UK_UNITS,
    "ru": _RU_UNITS,
    "pl": _PL_UNITS,
    "es": _ES_UNITS,
    "it": _IT_UNITS,
    "de": _DE_UNITS,
    "fr": _FR_UNITS,
}

_APOSTROPHES = regextrie.compile(r"[’ʼ`´′]")
# Digit groups: "1,200", "1 200" (incl. no-break and thin spaces), "1.200"
# (continental), or a plain run of digits.
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?!\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.]\d)"
    r"|\d{1,3}(?:\.\d{3})+(?![\d.])"
    r"|\d+"
)


def _alternation(words) -> str:
    """Regex alternation of ``words`` where prefixes lose ("seventy" before "seven")."""
    return alternation(words)


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A number found in a sentence.

    Attributes
    ----------
    value
        The integer, or ``None`` for a vague quantity ("dozens").
    at_least
        A hedge such as "at least" or "more than" (or a trailing "+") made it
        a lower bound.
    approximate
        A hedge such as "about" or "nearly" preceded it.
    start, end
        Character offsets of the whole span (hedge included).
    number_start
        Offset where the number itself begins (after the hedge).
    text
        The matched text.
    """

    value: int | None
    at_least: bool
    approximate: bool
    start: int
    end: int
    number_start: int
    text: str


def _compile(lang: str) -> re.Pattern[str]:
    units = _UNITS[lang]
    mults = _MULTIPLIERS[lang]
    word = _alternation([*units, *mults])
    parts = _COMPOUND_PARTS.get(lang)
    if parts:
        part = _alternation(parts)
        # "fünfundzwanzig", "zweihundertdreißig": two parts or more in one word.
        word = r"(?:" + part + r")(?:und)?(?:" + part + r")(?:(?:und)?(?:" + part + r"))*|" + word
    articles = _ARTICLES[lang]
    connectors = _CONNECTORS.get(lang, ())
    joiner = (
        r"(?:[\s\u00a0]+|-|\s+(?:" + _alternation(connectors) + r")\s+)"
        if connectors
        else r"(?:[\s\u00a0]+|-)"
    )
    article_mult = ""
    if articles:
        article_mult = (
            r"(?:half\s+)?(?:" + _alternation(articles) + r")\s+(?:" + _alternation(mults) + r")|"
        )
    # "1.5 thousand", "1,5 тисячі", "2,5 mil": a decimal only before a multiplier.
    decimal = r"\d{1,3}[.,]\d{1,2}(?=[\s\u00a0]+(?:" + _alternation(mults) + r")(?!\w))|"
    # A number: digits or number words, continued by further words joined by
    # spaces, hyphens or "and" ("two hundred and five", "1.5 thousand").
    core = (
        r"(?:" + article_mult + decimal + r"(?:" + _DIGITS + r")|(?:" + word + r"))"
        r"(?:" + joiner + r"(?:" + word + r"))*"
    )
    vague = _alternation(_VAGUE[lang])
    at_least = _alternation(_AT_LEAST[lang])
    approx = _alternation(_APPROX[lang])
    pattern = (
        # Not inside model names ("Kh-101"), times ("10:17"), dates
        # ("12/30") or decimals, and not an adjective ("61-year-old").
        r"(?<![\w.,:/-])"
        r"(?:(?P<atleast>" + at_least + r")[\s\u00a0]+)?"
        r"(?:(?P<approx>" + approx + r")[\s\u00a0]+)?"
        r"(?:(?P<vague>" + vague + r")|(?P<num>" + core + r"))"
        r"(?P<plus>\+|[\s\u00a0]+or[\s\u00a0]+more)?"
        r"(?![\w]|[-:./,]\d|-[^\W\d])"
    )
    return regextrie.compile(pattern, re.IGNORECASE)


#: Compiled number-span pattern per language (named groups ``atleast``,
#: ``approx``, ``vague``, ``num``, ``plus``).
NUMBER_PATTERN: dict[str, re.Pattern[str]] = {lang: _compile(lang) for lang in _UNITS}

_TOKEN = regextrie.compile(
    r"\d[\d,.\s\u00a0\u202f\u2009]*\d|\d|[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE
)


def _normalise(text: str) -> str:
    return _APOSTROPHES.sub("'", text)


# Number words recur ("two", "п'ятеро"): each is read once.
@lru_cache(maxsize=4096)
def _value_of(number_text: str, lang: str) -> int | None:
    """Evaluate the ``num`` group of :data:`NUMBER_PATTERN`.

    Number words go to text2num first where it knows the language (German
    compounds, "quatre-vingt-dix", "trente et un"); idioms it does not know
    ("a dozen", "half a thousand") and the Slavic languages are read here.
    """
    value = _text2num_value(number_text, lang)
    return value if value is not None else _own_value(number_text, lang)


def _text2num_value(number_text: str, lang: str) -> int | None:
    """The value text2num gives a span of number words (``None``: it cannot)."""
    text = number_text.lower()
    if any(char.isdigit() for char in text):
        return None
    for code in _TEXT2NUM.get(lang, ()):
        try:
            return int(text2num(text, code))
        except ValueError:
            continue
    return None


def _own_value(number_text: str, lang: str) -> int | None:
    """Evaluate number words and digits with this module's lexicons."""
    units = _UNITS[lang]
    mults = _MULTIPLIERS[lang]
    articles = set(_ARTICLES[lang])
    total = 0.0
    current = 0.0
    seen = False
    for token in _TOKEN.findall(number_text.lower()):
        if token[0].isdigit():
            current += _digits_value(token)
            seen = True
        elif token in mults:
            current = (current or 1.0) * mults[token]
            seen = True
            if mults[token] >= 1000:
                total += current
                current = 0.0
        elif token in units:
            value = units[token]
            if token in articles and current:
                # "half a thousand": the article does not add another one.
                continue
            current += value
            seen = True
        elif token in articles or token == "half":
            if token == "half":
                current = current or 0.5
            elif not current:
                current = 1.0
    value = total + current
    if not seen or 0 < value < 1:
        # A lone fraction word ("pół", "mezzo") is not a count.
        return None
    return round(value)


def _digits_value(token: str) -> float:
    digits = re.sub(r"[\s\u00a0\u202f\u2009]", "", token)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", digits) or re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        return float(re.sub(r"[,.]", "", digits))
    if "," in digits and "." not in digits:
        digits = digits.replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return float(re.sub(r"\D", "", digits) or 0)


def find_numbers(sentence: str, lang: str | None) -> list[NumberSpan]:
    """Find every number span in ``sentence``.

    Parameters
    ----------
    sentence
        The text to scan.
    lang
        Language code; languages without a lexicon use English.

    Returns
    -------
    list[NumberSpan]
        In order of appearance.  Vague quantities ("dozens") are included
        with ``value=None`` so that callers can tell "dozens were killed"
        from a sentence without a figure.
    """
    lang = lexicon_language(lang)
    text = _normalise(sentence)
    spans: list[NumberSpan] = []
    for match in NUMBER_PATTERN[lang].finditer(text):
        if match.group("vague"):
            value = None
            number_start = match.start("vague")
        else:
            value = _value_of(match.group("num"), lang)
            number_start = match.start("num")
            if value is None:
                continue
        collective = bool(match.group("num")) and any(
            token in _COLLECTIVE_WORDS for token in match.group("num").lower().split()
        )
        spans.append(
            NumberSpan(
                value=value,
                at_least=bool(match.group("atleast") or match.group("plus")),
                approximate=bool(match.group("approx")) or collective,
                start=match.start(),
                end=match.end(),
                number_start=number_start,
                text=sentence[match.start() : match.end()],
            )
        )
    return spans


def parse_number(text: str, lang: str | None) -> tuple[int | None, bool]:
    """Parse the first number in ``text``.

    Parameters
    ----------
    text
        A short phrase such as ``"at least 1,200"``, ``"two dozen"``,
        ``"щонайменше п'ять"`` or ``"dozens"``.
    lang
        Language code.

    Returns
    -------
    tuple[int | None, bool]
        The value (``None`` when there is no number or only a vague one)
        and whether it is a lower bound.
    """
    spans = find_numbers(text, lang)
    if not spans:
        return None, False
    return spans[0].value, spans[0].at_least
