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
