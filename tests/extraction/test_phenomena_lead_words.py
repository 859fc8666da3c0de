"""Issue 11: a capitalised word before a place is a given name only when it is none
of the words that open a sentence or stand before places.

German capitalises every noun, so "Am Montag beschossen russische Truppen
Berislaw" puts "Truppen" right before the town, and "in der Nacht Charkiw"
puts "Nacht" there; a weekday or a month may precede a place in any language.
None of them is a first name: the place stays struck.  "Yuriy Sobolevskyi",
a first name before a surname that looks like a place, is still a person.
"""

from __future__ import annotations

import pytest
from phenomena import MONDAY, TUESDAY, places
from strikemap.extraction.analysis import _lead_word


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        (
            "Am Montag beschossen russische Truppen Berislaw, Cherson und Nikopol.",
            {"Beryslav", "Kherson", "Nikopol"},
        ),
        (
            "Am Montag beschoss die russische Armee die Städte Berislaw und Nikopol.",
            {"Beryslav", "Nikopol"},
        ),
        ("Am Montag trafen russische Drohnen Nikopol.", {"Nikopol"}),
        ("Russland beschoss in der Nacht zum Montag Charkiw mit Raketen.", {"Kharkiv"}),
    ],
)
def test_a_german_noun_or_weekday_before_a_place_is_no_first_name(extract, text, struck):
    events = extract("Angriffe\n\n" + text, published=TUESDAY, language="de")
    assert places(events) == struck
    assert {e.date for e in events} == {MONDAY}


@pytest.mark.parametrize(
    "word",
    ["Montag", "März", "Truppen", "Städte", "Nacht", "Mayor", "In", "Wczoraj", "Вчора", "Сегодня",
     "Lunedì", "Ayer", "Dans", "Em"],
)  # fmt: skip
def test_words_that_stand_before_places_are_lead_words(word):
    assert _lead_word(word)


@pytest.mark.parametrize(
    "word", ["Yuriy", "Oleh", "Ihor", "Wolodymyr", "Selenskyj", "Bürgermeister", "Ivan"]
)
def test_first_names_are_no_lead_words(word):
    assert not _lead_word(word)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mayor Yuriy Sobolevskyi said a drone hit a house in Kherson on Monday."),
        ("de", "Bürgermeister Juri Sobolewskyj sagte, eine Drohne habe Cherson getroffen."),
    ],
)
def test_a_first_name_before_a_surname_like_a_place_is_still_a_person(extract, lang, text):
    assert places(extract("Drone\n\n" + text, published=TUESDAY, language=lang)) == {"Kherson"}
