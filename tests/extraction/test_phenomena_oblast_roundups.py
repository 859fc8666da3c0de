"""Issue 11, read in Ukrainian oblast administrations' daily round-ups and in Russian
and English retellings of them: an hour-by-hour list whose lines end in commas, and a
bulleted list of hromadas or towns each followed by a dash and what happened there.

Before: the comma-ended lines were taken for headline-like captions and skipped (a
missile strike on an enterprise in Shostka, one wounded, was lost), and the dash after
an item's heading cut the place off from the strike words after it (no hromada of the
list was struck)."""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction.segment import split_sentences


@pytest.mark.parametrize(
    "line",
    [
        "після 21:00 тривав артобстріл Білопільської громади: 5 мінометних прильотів,",
        "около 04:00 по предприятию в Шостке был нанесен ракетный удар,",
        "shortly after 04:00 a missile hit an enterprise in Shostka,",
        "po godzinie 4:00 rakieta trafiła w zakład w Szostce,",
    ],
)
def test_a_line_ending_in_a_comma_is_report_text(line):
    text = f"Title\n\nThe administration recorded:\n{line}\nthe shelling went on until dawn."
    assert [s.kind for s in split_sentences(text)][2] == "body"


def test_a_short_line_without_final_punctuation_is_still_a_caption():
    text = "Title\n\nA drone hit a house.\n\nPhoto: the regional administration\n"
    assert [s.kind for s in split_sentences(text)] == ["title", "body", "caption"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "uk",
            "Обстріли Сумщини за добу\n\n"
            "Упродовж минулої доби ворог 47 разів обстріляв Сумську область.\n"
            "- Буринська громада — поранено 53-річного чоловіка, пошкоджено вантажівку.\n"
            "- Тростянецька громада — поранено 56-річну жінку, пошкоджено 3 будинки.",
            {"Burynska hromada": 1, "Trostianetska hromada": 1},
        ),
        (
            "ru",
            "Обстрелы Сумской области\n\n"
            "За сутки противник 47 раз обстрелял Сумскую область.\n"
            "- Шостка — ранен 53-летний мужчина, повреждён грузовик.\n"
            "- Тростянец — ранена 56-летняя женщина.",
            {"Shostka": 1, "Trostianets": 1},
        ),
        (
            "en",
            "Sumy region under fire\n\n"
            "Russian forces shelled the Sumy region 47 times over the past day.\n"
            "- Buryn hromada — a 53-year-old man was wounded and a truck was damaged.\n"
            "- Trostianets hromada — a 56-year-old woman was wounded.",
            {"Burynska hromada": 1, "Trostianetska hromada": 1},
        ),
    ],
)
def test_each_item_after_its_dash_is_struck_with_its_own_toll(extract, lang, text, expected):
    events = extract(text, published=date(2025, 6, 10), language=lang)
    got = {e.place: e.injured for e in events if e.place in expected}
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Moscow — Russian forces shelled Kharkiv overnight, the governor said.",
        "Москва — российские войска ночью обстреляли Харьков, сообщил губернатор.",
    ],
)
def test_a_dash_after_a_place_opening_a_plain_sentence_still_cuts(extract, text):
    """Only a bulleted item's heading is said of by what follows its dash."""
    events = extract(f"Night shelling\n\n{text}", published=date(2025, 6, 10))
    assert [e.place for e in events] == ["Kharkiv"]
