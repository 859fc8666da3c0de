"""Issue 11, read in real wire copy and regional posts:

- **groups of victims joined by "and"** sum up: "zwei Männer und eine Frau ums Leben
  gekommen" is three killed, "two men and three women" five, "a mother and her two
  children, a boy of nine and a girl of 13," three wounded;
- **debris that fell without consequences** strikes nothing ("уламки впали в поле,
  обійшлося без наслідків", "Trümmer ohne Folgen", "debris fell on a field without
  consequences");
- **explosions heard with several words between** ("słychać było co najmniej pięć
  eksplozji") strike nothing;
- **drones downed "over that of Kursk"** ("au-dessus de celle de Koursk", "sobre la de
  Kursk", "sopra quella di Kursk") strike nothing there.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places
from strikemap.extraction.casualties import find_figures


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("de", "Dabei sind zwei Männer und eine Frau ums Leben gekommen.", [("killed", 3)]),
        ("de", "Zwei Männer und drei Frauen wurden getötet.", [("killed", 5)]),
        ("en", "Two men and three women were killed.", [("killed", 5)]),
        ("en", "Two men and a woman were killed.", [("killed", 3)]),
        (
            "en",
            "A mother and her two children, a boy of nine and a girl of 13, were wounded.",
            [("injured", 3)],
        ),
        ("fr", "Deux hommes et une femme ont été tués.", [("killed", 3)]),
        ("es", "Murieron dos hombres y una mujer.", [("killed", 3)]),
        ("uk", "Загинули двоє чоловіків і жінка.", [("killed", 3)]),
        ("uk", "Поранено жінку та її двох дітей.", [("injured", 3)]),
        ("en", "Three people were killed and two were injured.", [("killed", 3), ("injured", 2)]),
        ("en", "Seven people, including three children, were injured.", [("injured", 7)]),
    ],
)
def test_groups_of_victims_joined_by_and_sum_up(lang, sentence, expected):
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "struck"),
    [
        (
            "uk",
            "Атака на Черкащину\n\nУ вівторок уламки «шахеда» впали у Смілі на будинок, "
            "травмовані двоє людей. У Золотоніському районі уламки впали в поле, обійшлося без "
            "наслідків.",
            {"Smila"},
        ),
        (
            "en",
            "Attack on Cherkasy region\n\nOn Tuesday drone debris hit a house in Smila, injuring "
            "two people. Debris also fell on a field in Zolotonosha without consequences.",
            {"Smila"},
        ),
        (
            "de",
            "Angriff auf Smila\n\nAm Dienstag trafen Drohnentrümmer ein Haus in Smila, zwei "
            "Menschen wurden verletzt. In Solotonoscha fielen Trümmer ohne Folgen auf ein Feld.",
            {"Smila"},
        ),
        (
            "pl",
            "Atak na Ukrainę\n\nWe wtorek pociski trafiły w elektrownię w Bursztynie. W "
            "Kijowie w nocy słychać było co najmniej pięć eksplozji - to pracowała obrona "
            "przeciwlotnicza.",
            {"Burshtyn"},
        ),
        (
            "fr",
            "Frappe sur Briansk\n\nMardi, des drones ont touché une usine à Briansk. Le "
            "ministère russe a annoncé avoir abattu 35 drones, dont dix au-dessus de la région "
            "d'Orel et six au-dessus de celle de Koursk.",
            {"Bryansk"},
        ),
        (
            "es",
            "Ataque en Briansk\n\nEl martes unos drones alcanzaron una fábrica en Briansk. Los "
            "rusos derribaron 35 drones, diez sobre la región de Oriol y seis sobre la de "
            "Kursk.",
            {"Bryansk"},
        ),
        (
            "it",
            "Attacco a Briansk\n\nMartedì alcuni droni hanno colpito una fabbrica a Briansk. I "
            "russi hanno abbattuto 35 droni, dieci sopra la regione di Orel e sei sopra quella "
            "di Kursk.",
            {"Bryansk"},
        ),
    ],
)
def test_debris_without_consequences_heard_blasts_and_downed_drones_strike_nothing(
    extract, lang, text, struck
):
    assert places(extract(text, published=TUESDAY, language=lang)) == struck
