"""Sentence splitting and the kinds of text that are not the report."""

from __future__ import annotations

import pytest
from strikemap.extraction.segment import dateline_end, split_sentences


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in split_sentences(text)]


def test_title_body_and_link_lines_are_told_apart():
    text = (
        "Drones hit Lutsk overnight\n\n"
        "Two drones hit a warehouse in Lutsk. Nobody was hurt.\n\n"
        "Also read: Blast reported near Rivne airport\n"
        "Photo of the warehouse (Reuters)\n"
    )
    got = kinds(text)
    assert got[0] == ("title", "Drones hit Lutsk overnight")
    assert ("body", "Two drones hit a warehouse in Lutsk.") in got
    assert ("body", "Nobody was hurt.") in got
    assert got[-2][0] == "link"
    assert got[-1][0] == "caption"


def test_teasers_after_a_footer_marker_are_footer():
    text = "Title line\n\nA drone hit Sumy today.\n\nYou might also like:\n\nMissiles hit Lviv.\n"
    got = kinds(text)
    assert got[-1] == ("footer", "Missiles hit Lviv.")


def test_offsets_point_into_the_text():
    text = "Heading\n\nFirst one is here. Second one, Oct. 3, follows."
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
    assert [s.text for s in split_sentences(text)][1:] == [
        "First one is here.",
        "Second one, Oct. 3, follows.",
    ]


def test_missing_space_after_full_stop_still_splits():
    got = [s.text for s in split_sentences("T\n\nIt hit the border.Officials said more.")]
    assert got[1:] == ["It hit the border.", "Officials said more."]


def test_datelines_are_recognised():
    assert dateline_end("LUTSK, Ukraine, March 5 (Reuters) - A drone hit the city.") > 0
    assert dateline_end("RIVNE: Drones hit the city.") > 0
    assert dateline_end("Rivne was hit overnight.") == 0


def test_mixed_case_dateline_with_country():
    assert dateline_end("Kyiv, Ukraine — Russian missiles struck Kharkiv overnight.") > 0
    assert dateline_end("Kyiv, the capital, was struck overnight.") == 0


def test_short_sentences_and_long_unpunctuated_paragraphs_are_body():
    long_line = "Russian drones struck the port of Izmail overnight " + "and damaged silos " * 8
    got = kinds(f"Title\n\n2 people were killed.\n\n{long_line}\n\nHeadline of another story\n")
    assert [k for k, _ in got] == ["title", "body", "body", "caption"]


def test_a_list_introduction_and_its_items_are_report_text():
    text = (
        "Kyiv: hits in two districts\n\n"
        "Debris fell in the following districts:\n"
        "- Darnytskyi: a warehouse was damaged;\n"
        "- Obolonskyi: windows were blown out\n"
    )
    kinds = [(s.text, s.kind) for s in split_sentences(text)]
    assert kinds == [
        ("Kyiv: hits in two districts", "title"),
        ("Debris fell in the following districts:", "body"),
        ("- Darnytskyi: a warehouse was damaged;", "body"),
        ("- Obolonskyi: windows were blown out", "body"),
    ]


def test_spanish_agency_datelines_with_a_full_stop_before_the_dash():
    for text in ("Kiev, 3 mar (EFE).- Un ataque ruso", "Moscú, 12 feb (EFE).- Rusia dijo"):
        head = text[: dateline_end(text)]
        assert head.endswith(".- ") and "(EFE)" in head


def test_a_list_after_a_colon_is_report_text_of_its_lead_ins_paragraph():
    text = (
        "Night attack on Kharkiv\n\n"
        "Kharkiv was hit by the following weapons:\n"
        "- four Shahed drones;\n"
        "- two guided bombs.\n"
        "The mayor spoke later."
    )
    sentences = split_sentences(text)
    assert [(s.text, s.kind) for s in sentences[1:4]] == [
        ("Kharkiv was hit by the following weapons:", "body"),
        ("- four Shahed drones;", "body"),
        ("- two guided bombs.", "body"),
    ]
    assert sentences[1].paragraph == sentences[2].paragraph == sentences[3].paragraph
    assert sentences[4].paragraph != sentences[1].paragraph


def test_spanish_agency_dateline_with_a_full_stop_and_dash():
    assert dateline_end("Kiev.- Un ataque ruso con drones alcanzó Járkov.") == len("Kiev.- ")
    assert dateline_end("Kiev.– Drones rusos atacaron Odesa.") == len("Kiev.– ")
    # An ordinary sentence opening is no dateline.
    assert dateline_end("Kiev - the capital - was calm.") == 0


def test_the_city_of_a_spanish_agency_dateline_is_not_struck(extract):
    events = extract(
        "Ataque contra Járkov\n\nKiev.- Un ataque ruso con drones contra Járkov dejó 17 heridos "
        "el domingo, según el alcalde.",
        language="es",
    )
    assert {e.place for e in events} == {"Kharkiv"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Really?! Drones hit Sumy.", ["Really?!", "Drones hit Sumy."]),
        ("Wait... Then a blast in Kyiv.", ["Wait...", "Then a blast in Kyiv."]),
        ("It hit the border.Klitschko said so.", ["It hit the border.", "Klitschko said so."]),
        ("“Run.” Then the sirens.", ["“Run.”", "Then the sirens."]),
        ("The U.S. Army said so. Nothing more.", ["The U.S. Army said so.", "Nothing more."]),
        ("At 9 p.m. Kyiv was hit… Двоє загиблих.", ["At 9 p.m. Kyiv was hit…", "Двоє загиблих."]),
        ("See pic.twitter.com/Abc now. Fine.", ["See pic.twitter.com/Abc now.", "Fine."]),
        ("Ataque en Járkov. (EFE) Otro.", ["Ataque en Járkov.", "(EFE) Otro."]),
    ],
)
def test_sentences_end_at_their_punctuation(body, expected):
    text = "Heading\n\n" + body
    sentences = split_sentences(text)[1:]
    assert [s.text for s in sentences] == expected
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_emoji_open_a_line_as_bullets_do():
    from strikemap.extraction.segment import bullet_length

    assert bullet_length("🔴 м. Харків — удар") == 2
    assert bullet_length("❗️ Ситуація") == 3  # the emoji, its variation selector, a space
    assert bullet_length("- Шостка — поранено") == 2
    assert bullet_length("• Kharkiv") == 2
    assert bullet_length("Kharkiv — a man was wounded") == 0
    assert bullet_length("12 people") == 0


def test_a_paragraph_of_report_ending_in_its_video_source_is_report_text():
    # The credit in brackets closes a paragraph of four sentences: the
    # paragraph is the report, not a caption.
    text = (
        "Un drone colpisce un palazzo a Kharkiv\n\n"
        "KHARKIV (ITALPRESS) - Un drone russo ha colpito un palazzo a Kharkiv. È stato "
        "colpito un edificio nel quartiere Slobidskyi della città. L'attacco ha danneggiato "
        "il tetto. Quattro persone hanno riportato ferite lievi. (Fonte video: Canale "
        "Telegram dell'amministrazione regionale)"
    )
    kinds = [s.kind for s in split_sentences(text)]
    assert kinds[0] == "title"
    assert set(kinds[1:]) == {"body"}


def test_a_short_line_with_a_photo_credit_stays_a_caption():
    kinds = [s.kind for s in split_sentences("Title line\n\nFirefighters at the site (Reuters)")]
    assert kinds == ["title", "caption"]
