"""Issue 11, read in real reporting in several languages (a car hit on a village road,
a courtyard hit by a drone's munition):

- **victims told by family ties** count one each: "the driver and his son" is two killed,
  "a married couple and their neighbour" three wounded, "eine Frau und ihr Sohn",
  "une femme et son fils", "una mujer y su hijo", "жінка та її син";
- **a word for two victims** ("a married couple") is no number to read as a count,
  while "a couple of" stays one;
- **a second clause** after a comma is no list: "Загинула одна жінка, та ще одна
  жителька дістала поранень" is one killed and one injured.
"""

from __future__ import annotations

import pytest
from strikemap.extraction.casualties import find_figures


def _figures(sentence: str, lang: str) -> list[tuple[str, int]]:
    return [(f.kind, f.value) for f in find_figures(sentence, lang)]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "A drone hit the car, killing the driver and his son.", [("killed", 2)]),
        ("en", "The blast killed a woman and her husband.", [("killed", 2)]),
        ("en", "A married couple and their neighbour were wounded.", [("injured", 3)]),
        ("en", "The munition wounded a married couple.", [("injured", 2)]),
        ("de", "Die Drohne tötete eine Frau und ihren Sohn.", [("killed", 2)]),
        ("de", "Dabei wurden der Fahrer und sein Sohn verletzt.", [("injured", 2)]),
        ("de", "Ein Ehepaar und ihre Nachbarin wurden verletzt.", [("injured", 3)]),
        ("fr", "Une femme et son fils ont été tués.", [("killed", 2)]),
        ("fr", "La frappe a blessé un couple et leur voisin.", [("injured", 3)]),
        ("es", "Murieron una mujer y su hijo.", [("killed", 2)]),
        ("es", "El ataque hirió a un hombre y su esposa.", [("injured", 2)]),
        ("pt", "O ataque feriu um homem e a sua esposa.", [("injured", 2)]),
        ("it", "Sono morti una donna e suo figlio.", [("killed", 2)]),
        ("pl", "Zginęła kobieta i jej syn.", [("killed", 2)]),
        ("uk", "Загинули жінка та її син.", [("killed", 2)]),
        ("uk", "Поранено подружжя та їхню сусідку.", [("injured", 3)]),
        ("ru", "Погибли женщина и её сын.", [("killed", 2)]),
        ("ru", "Ранены мужчина и его жена.", [("injured", 2)]),
    ],
)
def test_victims_told_by_family_ties_count_one_each(lang, sentence, expected):
    assert _figures(sentence, lang) == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (
            "uk",
            "Загинула одна жінка, та ще одна жителька дістала поранень.",
            [("killed", 1), ("injured", 1)],
        ),
        (
            "de",
            "Eine Frau wurde getötet, zwei Männer wurden verletzt.",
            [("killed", 1), ("injured", 2)],
        ),
        ("it", "Un uomo è morto e una donna è rimasta ferita.", [("killed", 1), ("injured", 1)]),
        ("fr", "Un homme a été tué et deux femmes blessées.", [("killed", 1), ("injured", 2)]),
    ],
)
def test_two_clauses_are_no_list_of_victims(lang, sentence, expected):
    assert _figures(sentence, lang) == expected
