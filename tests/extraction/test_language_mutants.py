"""Language detection at its edges: mixed scripts, ties, Belarusian and Bulgarian.

Each expected language is written by hand from the rule in
:mod:`strikemap.extraction.language`: the majority script decides, Cyrillic
texts are told apart by the letters only one alphabet has.
"""

from __future__ import annotations

import pytest
from strikemap.extraction.language import detect


def test_a_latin_text_quoting_as_many_cyrillic_letters_is_read_as_latin():
    # "hits" (4 Latin letters) and "Київ" (4 Cyrillic): no Cyrillic majority.
    assert detect("hits Київ") == "en"
    # "hit" (3) against "Київ" (4): Cyrillic, and ї makes it Ukrainian.
    assert detect("hit Київ") == "uk"


@pytest.mark.parametrize("text", ["ЀЀЀ", "ӿӿӿ"])
def test_letters_at_both_ends_of_the_cyrillic_block_are_cyrillic(text):
    # U+0400 and U+04FF: Cyrillic with no Ukrainian-only letter, so Russian.
    assert detect(text) == "ru"


def test_a_text_with_u_short_and_no_ukrainian_letter_is_belarusian():
    assert detect("Ноччу ў горадзе пачуўся выбух") == "be"


def test_u_short_in_a_ukrainian_text_does_not_make_it_belarusian():
    assert detect("Вибух у місті ў ніч") == "uk"


def test_a_tie_of_ukrainian_and_russian_letters_is_russian():
    # One ї against one ы.
    assert detect("Їжак ыи") == "ru"


def test_two_bulgarian_function_words_without_russian_letters_make_bulgarian():
    assert detect("Дроновете са ударили сградата, която беше празна") == "bg"
    assert detect("ДРОНОВЕТЕ СА УДАРИЛИ СГРАДАТА, КОЯТО БЕШЕ ПРАЗНА") == "bg"


def test_one_bulgarian_function_word_is_not_enough():
    assert detect("Дроновете са ударили сградата") == "ru"


def test_bulgarian_words_beside_a_russian_letter_stay_russian():
    assert detect("Дроновете са ударили сградата, която беше ещё празна") == "ru"


def test_only_the_opening_of_a_long_text_is_examined():
    opening = "The missile struck the city. " * 50  # 1,450 characters of English
    assert detect(opening + "Вибух пролунав у місті. " * 200) == "en"
