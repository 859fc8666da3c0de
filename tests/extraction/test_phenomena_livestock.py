"""Issue 11 (figures that are no victims), read in a real Russian governor's report:
"Там погибли 12 коров" counts cattle killed on a farm, not people.  A number followed by
an animal noun is no casualty figure, in any language; people named beside the animals
keep their count."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place
from strikemap.extraction.casualties import find_figures


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "Там погибли 12 коров, заключил губернатор."),
        ("uk", "На фермі загинули 12 корів."),
        ("pl", "Na farmie zginęło 12 krów."),
        ("de", "Auf dem Hof starben 12 Kühe."),
        ("es", "En la granja murieron 12 vacas."),
        ("fr", "Sur la ferme, 12 vaches ont été tuées."),
        ("it", "Nella fattoria sono morte 12 mucche."),
        ("en", "Twelve cows were killed on the farm."),
    ],
)
def test_animals_killed_are_no_casualty_figure(lang, sentence):
    assert find_figures(sentence, lang) == []


def test_people_beside_the_animals_keep_their_count():
    figures = find_figures("Погибли 3 человека и 12 коров.", "ru")
    assert [(f.kind, f.value) for f in figures] == [("killed", 3)]


def test_a_farm_shelled_beside_a_wounded_man_has_no_dead(extract):
    text = (
        "Атака на Красное\n\n"
        "В понедельник в результате атаки украинских беспилотников на поселок Красное "
        "Шебекинского округа Белгородской области пострадал один человек. Кроме того, под "
        "минометный обстрел попала животноводческая ферма. Там погибли 12 коров."
    )
    # The embedded gazetteer knows no Krasnoye in the Shebekino okrug (only one
    # 200 km away): the okrug named right after the village stands for it.
    event = by_place(extract(text, published=TUESDAY, language="ru"))["Shebekinsky Urban Okrug"]
    assert (event.killed, event.injured) == (None, 1)
