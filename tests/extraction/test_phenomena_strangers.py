"""Issue 11, phenomena 1 and 5: a village the gazetteer lacks, matched to a far namesake.

A report on the Belgorod region names a village the gazetteer does not
know, whose only namesake lies across the border: no marker there, and the
village's toll is not handed to the town the report was about before.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Обстрел Шебекинского округа\n\nВечером в понедельник ВСУ обстреляли Шебекино "
            "Белгородской области, повреждены дома. В селе Безлюдовка снаряд попал в жилой дом, "
            "погибла женщина.",
        ),
        (
            "en",
            "Shelling in Belgorod region\n\nUkrainian forces shelled Shebekino in Russia's "
            "Belgorod region on Monday evening, damaging homes. In the village of Bezlyudovka, "
            "a shell hit a house, killing a woman.",
        ),
        (
            "de",
            "Beschuss im Gebiet Belgorod\n\nUkrainische Truppen haben am Montag die Stadt "
            "Schebekino im russischen Gebiet Belgorod beschossen. Im Dorf Besljudowka traf ein "
            "Geschoss ein Wohnhaus, eine Frau wurde getötet.",
        ),
        (
            "uk",
            "Обстріл Бєлгородщини\n\nУ понеділок увечері ЗСУ обстріляли Шебекіно Бєлгородської "
            "області. У селі Безлюдовка снаряд влучив у житловий будинок, загинула жінка.",
        ),
    ],
)
def test_a_village_matched_only_across_the_border_is_no_strike_there(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert all(e.country == "RU" for e in events)
    assert [e.killed for e in events] == [None] * len(events)
