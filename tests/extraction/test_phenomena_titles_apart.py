"""Issue 11, read in real German and Polish pages: a page's title often comes apart from
its text (a ``<title>``, front matter, a JSON field), and the text starts with the
report.  Its first paragraph is then report text, not a headline; and wire copy that
gives the toll first and the day after it ("Cztery osoby zginęły ... / Rosyjskie drony
uderzyły w Charków w niedzielę") dates the toll by that day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from phenomena import by_place
from strikemap.extraction import extract_article
from strikemap.extraction.extractor import with_title

MONDAY_24 = date(2025, 11, 24)
SUNDAY_23 = date(2025, 11, 23)


def test_a_title_kept_apart_goes_before_the_text():
    expected = "Drone hits Odesa\n\nA drone hit Odesa."
    assert with_title("A drone hit Odesa.", "Drone hits Odesa") == expected


def test_a_text_that_opens_with_its_title_is_left_alone():
    text = "Drone hits Odesa\n\nA drone hit Odesa."
    assert with_title(text, "Drone  hits odesa") == text
    heading = "# Drone hits Odesa\n\nA drone hit Odesa."
    assert with_title(heading, "Drone hits Odesa") == heading
    assert with_title(text, None) == text


def test_the_first_paragraph_under_a_separate_title_is_report_text(gazetteer, make_article):
    text = (
        "In der teils von Russland besetzten Region Saporischschja sind Drohnenangriffe auf "
        "die Städte Enerhodar und Saporischschja gemeldet worden. Bei dem Angriff auf die "
        "Stadt Saporischschja wurde ein Mann getötet.\n\n"
        "Laut dem Bürgermeister von Enerhodar hat eine Drohne die Stadt getroffen."
    )
    article = replace(
        make_article(text, published=MONDAY_24, language="de"),
        title="Drohnenangriffe auf Enerhodar und Saporischschja",
    )
    events = by_place(extract_article(article, gazetteer))
    assert set(events) == {"Enerhodar", "Zaporizhzhia"}
    assert events["Zaporizhzhia"].killed == 1


def test_a_toll_told_before_its_day_is_dated_by_the_next_paragraph(extract):
    text = (
        "Rosjanie przeprowadzili atak na Charków\n\n"
        "Cztery osoby zginęły w zmasowanym rosyjskim ataku dronami na Charków - przekazał mer "
        "miasta. Rannych zostało 17 osób.\n\n"
        "Rosyjskie drony uderzyły w Charków w niedzielę późnym wieczorem."
    )
    events = extract(text, published=MONDAY_24, language="pl")
    assert [(e.place, e.date, e.killed, e.injured) for e in events] == [
        ("Kharkiv", SUNDAY_23, 4, 17)
    ]
