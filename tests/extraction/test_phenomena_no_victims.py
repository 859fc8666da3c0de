"""Issue 11 ("no casualties" giving null instead of 0), read in real Italian and French
wire copy: "non si registrano vittime", "n'a pas fait de victimes" say that nobody was
killed or hurt, as "no casualties" does in English."""

from __future__ import annotations

import pytest
from strikemap.extraction.casualties import find_figures


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "Sono state distrutte quattro auto, ma non si registrano vittime."),
        ("fr", "L'attaque dans ce district n'a pas fait de victimes, selon le gouverneur."),
        ("fr", "Il n'y a pas eu de victimes."),
        ("es", "No se registraron víctimas."),
        ("de", "Es gab keine Opfer."),
        ("en", "There were no casualties, the governor said."),
    ],
)
def test_no_victims_is_zero_killed_and_zero_injured(lang, sentence):
    figures = sorted((f.kind, f.value) for f in find_figures(sentence, lang))
    assert figures == [("injured", 0), ("killed", 0)]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("uk", "Поранених і загиблих, на щастя, немає."),
        ("uk", "Масштаби руйнувань ще з'ясовують, люди не постраждали."),
        ("ru", "Раненых и погибших, к счастью, нет."),
        ("ru", "Люди не пострадали."),
    ],
)
def test_nobody_hurt_told_with_words_between_is_zero_of_each(lang, sentence):
    """Read in a Ukrainian regional summary: a comment inside the phrase ("на
    щастя") or "люди не постраждали" lost the zero toll."""
    assert sorted((f.kind, f.value) for f in find_figures(sentence, lang)) == [
        ("injured", 0),
        ("killed", 0),
    ]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "I droni hanno colpito Kiev, danneggiando edifici ma non causando vittime."),
        ("es", "Los drones alcanzaron Kiev sin causar víctimas."),
        ("pt", "Os drones atingiram Kiev sem causar vítimas."),
        ("de", "Drohnen trafen Kiew, ohne Opfer zu fordern."),
        ("pl", "Drony uderzyły w Kijów, nie powodując ofiar."),
    ],
)
def test_a_strike_causing_no_victims_is_zero_of_each(lang, sentence):
    """Read in real Italian wire copy: "non causando vittime" left Kyiv's toll unknown."""
    assert sorted((f.kind, f.value) for f in find_figures(sentence, lang)) == [
        ("injured", 0),
        ("killed", 0),
    ]
