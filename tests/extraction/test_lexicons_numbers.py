"""Numbers in digits and words, with the at-least flag."""

from __future__ import annotations

import pytest
from strikemap.extraction.numbers import NUMBER_PATTERN, find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "lang", "value", "at_least"),
    [
        # digits with group separators
        ("1,200", "en", 1200, False),
        ("1 200", "uk", 1200, False),
        ("2\u00a0500", "pl", 2500, False),
        ("3.000", "it", 3000, False),
        ("17", "en", 17, False),
        # English words
        ("seven", "en", 7, False),
        ("twenty-three", "en", 23, False),
        ("two hundred and five", "en", 205, False),
        ("a dozen", "en", 12, False),
        ("two dozen", "en", 24, False),
        ("half a thousand", "en", 500, False),
        ("a hundred", "en", 100, False),
        ("at least 12", "en", 12, True),
        ("more than a dozen", "en", 12, True),
        ("over 40", "en", 40, True),
        ("no fewer than nine", "en", 9, True),
        ("30+", "en", 30, True),
        ("50 or more", "en", 50, True),
        ("about 60", "en", 60, False),
        # Ukrainian, with the typographic apostrophe
        ("щонайменше п’ятеро", "uk", 5, True),
        ("двадцять дев'ять", "uk", 29, False),
        ("понад 30", "uk", 30, True),
        ("півтисячі", "uk", 500, False),
        # Russian
        ("не менее семи", "ru", 7, True),
        ("тридцать два", "ru", 32, False),
        ("более 100", "ru", 100, True),
        ("двое", "ru", 2, False),
        # Polish
        ("co najmniej dziewięciu", "pl", 9, True),
        ("czterdzieści siedem", "pl", 47, False),
        ("ponad dwudziestu", "pl", 20, True),
        ("pół tysiąca", "pl", 500, False),
        # Spanish
        ("al menos treinta y cuatro", "es", 34, True),
        ("veintisiete", "es", 27, False),
        ("más de cien", "es", 100, True),
        ("una docena", "es", 12, False),
        # Italian
        ("almeno trentotto", "it", 38, True),
        ("ventitré", "it", 23, False),
        ("oltre cinquanta", "it", 50, True),
        ("mezzo migliaio", "it", 500, False),
    ],
)
def test_parse_number(text, lang, value, at_least):
    assert parse_number(text, lang) == (value, at_least)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("dozens", "en"),
        ("hundreds", "en"),
        ("десятки", "uk"),
        ("десятки", "ru"),
        ("dziesiątki", "pl"),
        ("decenas", "es"),
        ("decine", "it"),
    ],
)
def test_vague_quantities_have_no_value(text, lang):
    value, _ = parse_number(text, lang)
    assert value is None
    assert find_numbers(text, lang)[0].value is None


@pytest.mark.parametrize(
    "text",
    [
        "a Kh-101 cruise missile",  # model name
        "a 61-year-old man",  # age adjective
        "at 10:17 local time",  # clock time
        "1.5 kilometres away",  # decimal
        "half of the houses",  # a lone fraction word
    ],
)
def test_non_counts_are_not_numbers(text):
    assert [n.value for n in find_numbers(text, "en") if n.value is not None] == []


def test_find_numbers_gives_spans_in_order():
    sentence = "14 killed, 108 injured and at least five missing"
    spans = find_numbers(sentence, "en")
    assert [(s.value, s.at_least) for s in spans] == [(14, False), (108, False), (5, True)]
    assert sentence[spans[2].start : spans[2].end] == "at least five"
    assert sentence[spans[2].number_start : spans[2].end] == "five"


def test_separate_numbers_are_not_joined():
    # A comma and a space between digits separates two figures, not groups.
    assert [s.value for s in find_numbers("killed 7, 108 injured", "en")] == [7, 108]


def test_number_pattern_exposed_per_language():
    for lang in ("en", "uk", "ru", "pl", "es", "it"):
        assert NUMBER_PATTERN[lang].search("x 12 y")


def test_unknown_language_uses_english():
    assert parse_number("at least seven", "xx") == (7, True)


def test_portuguese_is_read_with_the_spanish_lexicon():
    assert parse_number("pelo menos quatro", "pt") == (4, True)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("una decina", "it", 10),
        ("una ventina", "it", 20),
        ("una decena", "es", 10),
        ("une vingtaine", "fr", 20),
        ("около десятка", "ru", 10),
    ],
)
def test_round_collectives_are_approximate(text, lang, value):
    (span,) = find_numbers(text, lang)
    assert (span.value, span.approximate) == (value, True)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("fünfundzwanzig Menschen", "de", 25),
        ("dreiundvierzig Verletzte", "de", 43),
        ("zweihundertdreißig Drohnen", "de", 230),
        ("quatre-vingts blessés", "fr", 80),
        ("quatre-vingt-dix morts", "fr", 90),
        ("trente et un morts", "fr", 31),
        ("deux cents blessés", "fr", 200),
        ("vinte e cinco mortos", "pt", 25),
    ],
)
def test_compound_number_words_are_read(text, lang, value):
    (span,) = find_numbers(text, lang)
    assert span.value == value
