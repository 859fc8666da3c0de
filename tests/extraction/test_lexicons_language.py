"""Language detection: Cyrillic by letters, Latin scripts by py3langid."""

from __future__ import annotations

import pytest
from strikemap.extraction.language import detect, lexicon_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A missile struck a warehouse on the outskirts of the city late on Sunday.", "en"),
        ("Вночі ворожий дрон влучив у багатоповерхівку, є поранені серед мешканців.", "uk"),
        ("Ночью беспилотник попал в жилой дом, пострадавших доставили в больницу.", "ru"),
        ("W nocy rosyjski dron uderzył w budynek mieszkalny, są ranni wśród mieszkańców.", "pl"),
        (
            "Un dron ruso impactó anoche contra un edificio de viviendas y dejó varios heridos.",
            "es",
        ),
        (
            "Un drone russo ha colpito stanotte un palazzo residenziale, ci sono diversi feriti.",
            "it",
        ),
        (
            "Eine russische Drohne traf nachts ein Wohnhaus, viele wurden verletzt.",
            "de",
        ),
        (
            "Un drone russe a frappé cette nuit un immeuble, faisant plusieurs blessés.",
            "fr",
        ),
    ],
)
def test_detects_language(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Only the letters і/ї/є/ґ versus ы/э/ъ/ё tell these short texts apart.
        ("Вибух пролунав у місті", "uk"),
        ("Взрыв прогремел в городе, ещё", "ru"),
        ("Їхали", "uk"),
        ("Съезд", "ru"),
    ],
)
def test_cyrillic_split_by_letters(text, expected):
    assert detect(text) == expected


def test_empty_text_defaults_to_english():
    assert detect("") == "en"
    assert detect("12345 !!!") == "en"


@pytest.mark.parametrize(
    ("code", "expected"),
    [("uk", "uk"), ("it", "it"), ("pt", "es"), (None, "en"), ("xx", "en"), ("be", "ru")],
)
def test_lexicon_language_falls_back_to_english(code, expected):
    assert lexicon_language(code) == expected
