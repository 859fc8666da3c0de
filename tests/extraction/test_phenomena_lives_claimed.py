"""Issue 11 (figures not parsed): a strike "claimed the lives of" its victims, said the
way each language says it.  Each phrasing gives the number killed; money a strike "cost"
is no toll."""

from __future__ import annotations

import pytest
from strikemap.extraction.casualties import find_figures


@pytest.mark.parametrize(
    ("lang", "sentence", "killed"),
    [
        ("ru", "Ночной обстрел унёс жизни трёх человек.", 3),
        ("de", "Der Angriff kostete drei Menschen das Leben.", 3),
        ("de", "Der Raketenangriff kostete zwei Zivilisten das Leben.", 2),
        ("es", "El ataque con drones se cobró la vida de cinco personas.", 5),
        ("it", "L'attacco è costato la vita a quattro persone.", 4),
        ("pl", "Atak rakietowy pochłonął życie trzech osób.", 3),
        ("pl", "Ostrzał kosztował życie dwóch mieszkańców.", 2),
        ("pt", "O ataque custou a vida de seis pessoas.", 6),
        ("pt", "O bombardeio tirou a vida de duas pessoas.", 2),
    ],
)
def test_lives_claimed_are_the_dead(lang, sentence, killed):
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == [("killed", killed)]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Der Wiederaufbau kostete drei Millionen Euro."),
        ("pl", "Remont kosztował trzy miliony złotych."),
    ],
)
def test_what_a_strike_cost_in_money_is_no_toll(lang, sentence):
    assert find_figures(sentence, lang) == []
