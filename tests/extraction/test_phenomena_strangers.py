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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Атака дронов на Шебекинский округ\n\nВ понедельник в селе Муром Шебекинского "
            "округа сгорели два дома. В Муроме с беспилотника сбросили взрывное устройство, "
            "пострадавших нет.",
        ),
        (
            "en",
            "Drone attack on Shebekino district\n\nOn Monday two houses burned down in the "
            "village of Murom in the Belgorod region. In Murom, a drone dropped an explosive "
            "device; nobody was hurt.",
        ),
        (
            "uk",
            "Атака дронів на Шебекінський округ\n\nУ понеділок у селі Муром Бєлгородської "
            "області згоріли два будинки. У Муромі з дрона скинули вибуховий пристрій.",
        ),
    ],
)
def test_a_village_is_never_the_town_of_the_same_name(extract, lang, text):
    assert "Murom" not in {e.place for e in extract(text, published=TUESDAY, language=lang)}
