"""Spelling variants, possessives, inflected forms and level words."""

from __future__ import annotations

import pytest
from strikemap.extraction.extractor import matcher_for
from strikemap.extraction.placematch import fold


def names(gazetteer, text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    matcher = matcher_for(gazetteer)
    out = []
    for mention in matcher.find(text, lang):
        place = gazetteer.get(mention.place_ids[0])
        out.append((place.name, mention.level_hint))
    return out


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Kiev", "Kyiv"),
        ("Kharkov", "Kharkiv"),
        ("Jarkiv", "Kharkiv"),
        ("Charkiw", "Kharkiv"),
        ("Odessa", "Odesa"),
        ("Mikolaiv", "Mykolaiv"),
    ],
)
def test_transliteration_variants(gazetteer, written, canonical):
    assert (canonical, None) in names(gazetteer, f"Explosions were heard in {written} today.")


def test_possessive_and_region_word(gazetteer):
    found = names(gazetteer, "Kyiv's mayor spoke as the Kharkiv region was shelled.")
    assert found[0] == ("Kyiv", None)
    assert found[1][1] == "region"


def test_coordinated_list_shares_the_region_word(gazetteer):
    found = names(gazetteer, "Attacks hit the Sumy, Poltava and Odesa regions.")
    assert [hint for _, hint in found] == ["region", "region", "region"]


def test_inflected_forms(gazetteer):
    assert names(gazetteer, "Rakieta spadła w Charkowie.", "pl")[0][0] == "Kharkiv"
    assert names(gazetteer, "Ракета упала в Краснодаре.", "ru")[0][0] == "Krasnodar"


def test_lowercase_words_are_not_places(gazetteer):
    # Chop (Zakarpattia) is an English word: in lower case it is no place.  A
    # name that is no word of the language ("sumy") is one, in any case (issue 12).
    assert names(gazetteer, "they will chop it up", "en") == []
    assert ("Sumy", None) in names(gazetteer, "drones hit sumy overnight", "en")


def test_russian_g_for_ukrainian_h(gazetteer):
    assert ("Kryvyi Rih", None) in names(gazetteer, "A missile hit Kryvyi Rig on Friday.")


def test_fold_keeps_offsets():
    text = "Kyiv's  Odesa—Kharkiv"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "kyiv s  odesa kharkiv"


def test_apostrophe_inside_a_name(gazetteer):
    assert names(gazetteer, "Ракета влучила в Кам'янське.", "uk")[0][0] == "Kamianske"


def test_adjectival_region_names_in_any_case(gazetteer):
    assert names(gazetteer, "Пожар в Белгородской области.", "ru") == [
        ("Belgorod Oblast", "region")
    ]
    assert names(gazetteer, "Загинула жінка у Сумській області.", "uk")[0][0] == "Sumy Oblast"
    assert names(gazetteer, "Ворог обстріляв Харківщину.", "uk")[0][0] == "Kharkiv Oblast"


def test_polish_region_noun_first(gazetteer):
    found = names(gazetteer, "Drony spadły w obwodzie charkowskim i obwodzie sumskim.", "pl")
    assert [name for name, _ in found] == ["Kharkiv Oblast", "Sumy Oblast"]
    assert all(hint == "region" for _, hint in found)


@pytest.mark.parametrize(
    ("text", "lang", "canonical"),
    [
        ("Вибух пролунав у Нікополі.", "uk", "Nikopol"),
        ("Ракета влучила в Тернополі.", "uk", "Ternopil"),
        ("Обстріл Мелітополя триває.", "uk", "Melitopol"),
        ("Взрыв прогремел в Севастополе.", "ru", "Sevastopol"),
    ],
)
def test_towns_in_pol_and_pil_declined(gazetteer, text, lang, canonical):
    assert names(gazetteer, text, lang)[0][0] == canonical


@pytest.mark.parametrize(
    "text",
    [
        "Strikes on Sumy‽ Nobody expected it.",
        "「Odesa」 was hit overnight.",
        "Drones hit Kharkiv😀 and more.",
        "A strike on Dnipro⁂ overnight.",
        "Explosions in Kyiv،  then silence.",
    ],
)
def test_a_name_between_signs_of_any_script_is_a_whole_word(gazetteer, text):
    # Signs beyond Latin, Greek and Cyrillic punctuation still end a word.
    assert len(names(gazetteer, text)) == 1


@pytest.mark.parametrize("text", ["Sumy2024 was trending.", "The Kyivⅳ hashtag.", "Odesaѐ"])
def test_a_name_run_into_letters_or_digits_of_any_script_is_no_place(gazetteer, text):
    assert names(gazetteer, text) == []


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # Read in a real Russian governor's report: an outbuilding, not Nadvirna.
        ("ru", "В посёлке повреждена надворная постройка.", None),
        ("en", "Russian missiles struck kharkiv overnight.", "Kharkiv"),
        ("uk", "Ракета влучила в харків уночі.", "Kharkiv"),
        ("en", "Fans of the kharkiv team gathered.", None),
    ],
)
def test_a_name_in_lower_case_counts_only_after_a_word_of_place(gazetteer, lang, text, place):
    assert [name for name, _ in names(gazetteer, text, lang)] == ([place] if place else [])
