"""Issue 11 (figures not parsed), read in real Kharkiv oblast reports: victims listed by
age ("постраждали 55-річний чоловік, 55-річна та 75-річна жінки") gave one injured, the
first of the list.  Each age in such a list is one victim, in every language that names
victims this way; a comma before a word still ends the clause ("Загинув чоловік, поранено
жінку" is one killed and one injured)."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place
from strikemap.extraction.casualties import find_figures


@pytest.mark.parametrize(
    ("lang", "sentence", "figures"),
    [
        ("uk", "Внаслідок обстрілу постраждали 55-річний чоловік, 55-річна та 75-річна жінки.",
         [("injured", 3)]),
        ("uk", "Поранення дістали 79-річна, 78-річна, 35-річна та 60-річна жінки.",
         [("injured", 4)]),
        ("uk", "Постраждали 8-річний і 17-річний хлопці та 10-річна дівчинка.", [("injured", 3)]),
        ("ru", "Ранены 55-летний мужчина, 55-летняя и 75-летняя женщины.", [("injured", 3)]),
        ("pl", "Ranni zostali 55-letni mężczyzna oraz 55-letnia i 75-letnia kobieta.",
         [("injured", 3)]),
        ("uk", "Загинув чоловік, поранено жінку.", [("killed", 1), ("injured", 1)]),
        ("uk", "Загинула 70-річна жінка.", [("killed", 1)]),
    ],
)  # fmt: skip
def test_each_age_of_a_list_is_one_victim(lang, sentence, figures):
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == figures


def test_the_children_of_a_toll_listed_by_age_are_no_more_victims():
    sentence = (
        "У місті Харків загинула 35-річна жінка, постраждали 39 людей, серед них 3 дітей – "
        "8-річний і 17-річний хлопці та 10-річна дівчинка."
    )
    assert [(f.kind, f.value) for f in find_figures(sentence, "uk")] == [
        ("killed", 1),
        ("injured", 39),
    ]


def test_a_town_whose_wounded_are_listed_by_age(extract):
    text = (
        "Обстріл Куп'янська\n\n"
        "Внаслідок обстрілів у місті Куп’янськ постраждали 55-річний чоловік, 55-річна та "
        "75-річна жінки, повідомив Олег Синєгубов."
    )
    event = by_place(extract(text, published=TUESDAY, language="uk"))["Kupiansk"]
    assert (event.killed, event.injured) == (None, 3)
