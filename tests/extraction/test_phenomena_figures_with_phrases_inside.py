"""Issue 11 (figures not parsed), read in real reports: the words of a figure have other
words between them.

- "Пострадавших в Головчино и Грайвороне нет": nobody hurt in each place of a list named
  inside the phrase (ru, uk);
- "dois trabalhadores de uma fábrica ficaram feridos": the victims' noun with its own
  complement (es, pt);
- "kam eine Frau durch Artilleriebeschuss ums Leben": the verb second, its particle last
  (de), as "kam ... ums Leben" is said.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place
from strikemap.extraction.casualties import find_figures


@pytest.mark.parametrize(
    ("lang", "sentence", "figures"),
    [
        ("ru", "Пострадавших в Головчино и Грайвороне нет.", [("injured", 0), ("killed", 0)]),
        ("uk", "Постраждалих у Головчиному та Грайвороні немає.", [("injured", 0), ("killed", 0)]),
        ("es", "Dos trabajadores de la fábrica resultaron heridos.", [("injured", 2)]),
        ("pt", "Dois trabalhadores de uma fábrica ficaram feridos.", [("injured", 2)]),
        ("pt", "Três moradores ficaram feridos.", [("injured", 3)]),
        ("de", "Eine Frau kam ums Leben.", [("killed", 1)]),
        ("de", "In Nikopol kam eine Frau durch Artilleriebeschuss ums Leben.", [("killed", 1)]),
    ],
)
def test_a_figure_with_words_inside_it(lang, sentence, figures):
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == figures


def test_nobody_hurt_in_each_village_of_a_list(extract):
    text = (
        "Атака на Грайворонский округ\n\n"
        "В селе Головчино от удара беспилотника загорелся частный дом. В Грайвороне дрон "
        "сбросил взрывное устройство на хозяйственную постройку. Пострадавших в Головчино и "
        "Грайвороне нет."
    )
    events = by_place(extract(text, published=TUESDAY, language="ru"))
    assert (events["Golovchino"].killed, events["Golovchino"].injured) == (0, 0)
    assert (events["Grayvoron"].killed, events["Grayvoron"].injured) == (0, 0)


@pytest.mark.parametrize(
    ("lang", "sentence", "figure"),
    [
        ("it", "Il numero delle persone ferite è salito a 22.", ("injured", 22)),
        ("it", "Il numero delle persone morte è salito a 5.", ("killed", 5)),
        ("es", "El número de personas heridas ascendió a 22.", ("injured", 22)),
        ("es", "El número de personas fallecidas ascendió a 5.", ("killed", 5)),
        ("pt", "O número de pessoas feridas subiu para 22.", ("injured", 22)),
        ("fr", "Le nombre de personnes blessées est passé à 22.", ("injured", 22)),
        ("fr", "Le nombre de personnes tuées est passé à 5.", ("killed", 5)),
        ("pl", "Liczba osób rannych wzrosła do 22.", ("injured", 22)),
    ],
)
def test_a_toll_of_people_wounded_or_killed_rises(lang, sentence, figure):
    """Real Italian copy: "il numero delle persone ferite è salito a 22" left the
    toll at the 16 told first."""
    figures = find_figures(sentence, lang)
    assert [(f.kind, f.value) for f in figures] == [figure]
    assert figures[0].update


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("uk", "Дві людини загинули, п’ятнадцять - поранені внаслідок ворожої атаки."),
        ("uk", "Дві людини загинули, п’ятнадцять – поранені."),
        ("ru", "Два человека погибли, пятнадцать – ранены."),
    ],
)
def test_a_dash_standing_for_are(lang, sentence):
    """Real Zaporizhzhia tallies: "п’ятнадцять – поранені" (fifteen are wounded)."""
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == [
        ("killed", 2),
        ("injured", 15),
    ]


def test_a_year_before_a_dash_is_no_toll():
    assert [(f.kind, f.value) for f in find_figures("In 2023 - killed were 5.", "en")] == [
        ("killed", 5)
    ]
