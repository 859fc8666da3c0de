""" "Auch Charkiw wurde angegriffen": a word that opens a sentence is no given name.

A capitalised word right before a place makes it a person's surname
("Yuriy Sobolevskyi") unless the word is one that stands before places.
A sentence opener is capitalised too: "Auch Charkiw im Nordosten des Landes
wurde angegriffen", "Incluso Lviv, lejos del frente, fue alcanzada".  Such a word
is written in lower case elsewhere in the article ("incluso los barrios"), which
no given name ever is (issue 11, phenomenon 2 read the other way: a place
is not a person).
"""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction.analysis import lower_case_words

from tests.extraction.phenomena import by_place, places

PUBLISHED = date(2025, 1, 22)


def test_auch_before_a_city_is_no_given_name(extract):
    text = (
        "Raketenangriff auf Krementschuk\n\n"
        "Eine Rakete traf am Dienstagabend ein Wohnhaus in Krementschuk.\n\n"
        "Auch Charkiw im Nordosten des Landes wurde in der Nacht zu Mittwoch angegriffen. "
        "Eine Drohne traf ein Verwaltungsgebäude im Bezirk Schewtschenkiwskyj. "
        "Zwei Menschen wurden verletzt. Kiew forderte erneut weitere Patriot-Systeme."
    )
    events = by_place(extract(text, published=PUBLISHED, language="de"))
    # Kharkiv's district, not Kyiv's: the text is at Kharkiv.
    assert events["Shevchenkivskyi"].parent == "Kharkiv"
    assert events["Shevchenkivskyi"].injured == 2


def test_a_word_the_article_writes_in_lower_case_is_no_given_name(extract):
    text = (
        "Ataques rusos\n\n"
        "Drones rusos atacaron Járkov durante la noche, incluso los barrios del centro.\n\n"
        "Incluso Lviv, lejos del frente, fue alcanzada por un misil que hirió a dos personas."
    )
    events = by_place(extract(text, published=PUBLISHED, language="es"))
    assert events["Lviv"].injured == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mayor Yuriy Sobolevskyi said a drone hit a house in Kherson on Monday."),
        ("de", "Bürgermeister Juri Sobolewskyj sagte, eine Drohne habe Cherson getroffen."),
    ],
)
def test_a_given_name_stays_a_given_name(extract, lang, text):
    assert places(extract("Drone\n\n" + text, published=PUBLISHED, language=lang)) == {"Kherson"}


def test_lower_case_words_are_those_written_in_lower_case():
    words = lower_case_words("Lesen Sie auch: Auch Charkiw. Oleh Kiper, Також також.")
    assert words == {"auch", "також"}
