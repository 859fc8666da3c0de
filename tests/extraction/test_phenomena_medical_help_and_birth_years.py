"""Issue 11, read in real regional posts and wire copy: victims who **sought or
received medical help** are injured in every language ("zgłosiły się po pomoc
medyczną", "suchten medizinische Hilfe", "ont demandé une aide médicale",
"solicitaron atención médica", "procuraram atendimento médico", "hanno chiesto
assistenza medica"), and **a birth year** describing a victim ("Женщина 1950 года
рождения", "Жінка 1950 року народження") is no count."""

from __future__ import annotations

import pytest
from strikemap.extraction.casualties import find_figures


@pytest.mark.parametrize(
    ("lang", "sentence", "injured"),
    [
        ("pl", "Dwie osoby zgłosiły się po pomoc medyczną.", 2),
        ("de", "Zwei Menschen suchten medizinische Hilfe.", 2),
        ("fr", "Deux personnes ont demandé une aide médicale.", 2),
        ("fr", "Une femme a reçu des soins médicaux.", 1),
        ("es", "Dos personas solicitaron atención médica.", 2),
        ("pt", "Duas pessoas procuraram atendimento médico.", 2),
        ("it", "Due persone hanno chiesto assistenza medica.", 2),
        ("ru", "Женщина 1950 года рождения обратилась за медицинской помощью с порезами.", 1),
        ("uk", "Жінка 1950 року народження звернулася по медичну допомогу.", 1),
    ],
)
def test_victims_who_sought_medical_help_are_injured(lang, sentence, injured):
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == [("injured", injured)]
