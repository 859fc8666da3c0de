"""Behaviour that mutation run 6 (docs/mutation.md) found no test stating.

Several of its survivors were in functions that run once and are cached (the
compiled number patterns, each language's weapon tables): mutmut ties such a
function to the first test that happened to build the cache, so these tests
call the builders directly."""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction import dates, lexicon, numbers, segment, weapons


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Twenty people were killed.", "en", 20),
        ("Two were wounded.", "en", 2),
        ("TWO DEAD IN KHARKIV", "en", 2),
        ("Dwie osoby zginęły.", "pl", 2),
    ],
)
def test_a_capitalised_number_word_is_a_number(text, language, value):
    # The number pattern is built case-insensitive: a sentence opens with a capital.
    pattern = numbers._compile(language)
    match = pattern.search(text)
    assert match is not None and match.start() == 0
    assert [n.value for n in numbers.find_numbers(text, language)] == [value]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("1.5 thousand people were evacuated", "en", 1500),
        ("1,5 тисячі людей залишилися без світла", "uk", 1500),
        ("2,5 mil personas", "es", 2500),
        ("3,5 Tausend Haushalte", "de", 3500),
    ],
)
def test_a_decimal_before_thousand_is_read_whole(text, language, value):
    assert [n.value for n in numbers.find_numbers(text, language)] == [value]


@pytest.mark.parametrize("text", ["version 1.5 of the report", "1.5 km from the city"])
def test_a_decimal_without_a_multiplier_is_no_count(text):
    assert numbers.find_numbers(text, "en") == []


def test_half_a_thousand_is_five_hundred():
    assert [n.value for n in numbers.find_numbers("Half a thousand homes", "en")] == [500]


def test_in_march_without_a_publication_date_is_no_date():
    # The year of "in March" comes from the publication date; without one
    # there is no date (and no error).
    assert dates.find_dates("The attack happened in March.", None, "en") == []


@pytest.mark.parametrize(
    ("head", "initial"),
    [
        ("J.", True),
        ("Governor O.", True),
        ("Мер І.", True),
        ("Голова Є.", True),
        ("Prezydent Ł.", True),
        ("Мер О.", True),
        ("відділ б.", False),  # a lower-case letter is no initial
        ("AB", False),  # no full stop
        ("JB.", False),  # two capitals: an acronym, not an initial
        (".", False),
        ("", False),
    ],
)
def test_an_initial_is_one_capital_alone_before_a_full_stop(head, initial):
    assert segment._ends_with_initial(head) is initial


def test_an_abbreviation_at_the_very_start_is_found():
    assert segment._ends_with_abbreviation("Oct.")
    assert segment._ends_with_abbreviation("On Oct.")
    assert not segment._ends_with_abbreviation("October.")


def test_each_language_reads_debris_words_as_whole_words():
    tables = {code: weapons._language(lex) for code, lex in lexicon.languages().items()}
    english = tables["en"].debris_words
    assert english is not None
    assert english.search("debris of a downed drone") is not None
    assert english.search("debrisfield") is None
    ukrainian = tables["uk"].debris_words
    assert ukrainian is not None and ukrainian.search("уламки збитого дрона") is not None


def test_debris_of_a_downed_drone_is_debris_in_english_and_ukrainian():
    assert weapons.is_debris("Debris of a downed drone fell on a house.", "en")
    assert weapons.is_debris("Уламки збитого безпілотника впали на будинок.", "uk")
    assert not weapons.is_debris("Rescuers sifted through the debris.", "en")


def test_an_air_defence_missile_is_told_by_the_words_around_it():
    sentence = "Ukrainian air defence missiles shot down the drones."
    start = sentence.index("missiles")
    assert weapons._is_air_defence_missile(sentence, start, start + len("missiles"))


def test_a_week_ago_counts_one_week_back():
    found = dates.find_dates("The depot was hit a week ago.", date(2024, 3, 20), "en")
    assert [d.date for d in found] == [date(2024, 3, 13)]


@pytest.mark.parametrize(
    "text",
    [
        "Міський голова І. Терехов заявив, що загинули двоє.",
        "Голова ОВА Є. Петренко сказав, що поранено трьох.",
        "Burmistrz Ł. Nowak powiedział, że zginęły dwie osoby.",
    ],
)
def test_a_ukrainian_or_polish_initial_does_not_end_the_sentence(text):
    assert [s.text for s in segment.split_sentences(text)] == [text]


def test_missiles_fired_by_air_defence_are_no_weapon_of_the_attack():
    sentence = "Air defence units fired missiles at the drones over Kyiv."
    mentions = weapons.find_weapons(sentence, "en")
    assert weapons.event_categories(mentions) == ["drone"]


def test_a_model_named_later_in_the_sentence_does_not_name_an_earlier_word():
    # "Rockets" is not the Iskander's: only a model right before a word names it.
    sentence = "Rockets hit Kharkiv overnight, then an Iskander missile struck."
    mentions = weapons.find_weapons(sentence, "en")
    assert [(m.text, m.model, m.generic) for m in mentions] == [
        ("Rockets", None, True),
        ("Iskander", "Iskander", False),
        ("missile", None, False),
    ]


def test_the_villages_of_a_city_are_not_the_city(extract):
    events = extract(
        "Russian shelling hit the villages of Chernihiv overnight, wounding two.",
        published=date(2025, 3, 11),
        language="en",
    )
    assert [e.place for e in events] == []


def test_a_title_repeated_further_down_the_page_is_a_caption():
    text = (
        "Drone attack on Kharkiv\n\nA drone hit a house in Kharkiv overnight.\n\n"
        "Drone attack on Kharkiv\n"
    )
    kinds = [(s.text, s.kind) for s in segment.split_sentences(text)]
    assert kinds == [
        ("Drone attack on Kharkiv", "title"),
        ("A drone hit a house in Kharkiv overnight.", "body"),
        ("Drone attack on Kharkiv", "caption"),
    ]


def test_list_items_after_a_colon_belong_to_its_paragraph():
    text = "Intro line\nKharkiv was hit by:\n- four drones;\n- two missiles."
    paragraphs = [(s.text, s.paragraph) for s in segment.split_sentences(text)]
    assert paragraphs == [
        ("Intro line", 0),
        ("Kharkiv was hit by:", 1),
        ("- four drones;", 1),
        ("- two missiles.", 1),
    ]


def test_list_items_after_a_full_stop_are_paragraphs_of_their_own():
    text = "Intro line\nKharkiv was hit overnight.\n- four drones;\n- two missiles."
    paragraphs = [(s.text, s.paragraph) for s in segment.split_sentences(text)]
    assert paragraphs == [
        ("Intro line", 0),
        ("Kharkiv was hit overnight.", 1),
        ("- four drones;", 2),
        ("- two missiles.", 3),
    ]


def test_a_sentence_ends_without_the_spaces_after_it():
    sentences = segment.split_sentences("Title\nDrones hit Kyiv overnight.   \nTwo were hurt.  ")
    assert [s.text for s in sentences] == ["Title", "Drones hit Kyiv overnight.", "Two were hurt."]
