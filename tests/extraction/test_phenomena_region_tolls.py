"""Issue 11, phenomena 5 and 8: a region's own toll beside the towns struck in it.

A daily round-up gives a region's toll and then names towns hit without
tolls of their own, or a town's toll and "more wounded elsewhere in the
region": the regional figure is no town's, and the region stays an event.
Over three towns or more struck that day it is the day's summary of them, and
the towns alone are the events.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russian attacks over the past day\n\nIn Kherson Oblast, the number of people hurt in "
            "Russian attacks reached seven, the governor said. In Kherson, homes were hit; in "
            "the town of Beryslav, strikes damaged a school.",
        ),
        (
            "uk",
            "Обстріли за добу\n\nНа Херсонщині кількість поранених унаслідок російських атак "
            "зросла до семи, повідомив голова ОВА. У Херсоні пошкоджено будинки, у Бериславі "
            "обстріл зруйнував школу.",
        ),
        (
            "pl",
            "Ataki w ciągu doby\n\nW obwodzie chersońskim liczba rannych w rosyjskich atakach "
            "wzrosła do siedmiu. W Chersoniu trafione zostały domy, a w Berysławiu ostrzał "
            "uszkodził szkołę.",
        ),
        (
            "de",
            "Angriffe binnen eines Tages\n\nIn der Region Cherson stieg die Zahl der Verletzten "
            "auf sieben. In Cherson wurden Wohnhäuser getroffen, in Beryslaw beschädigte der "
            "Beschuss eine Schule.",
        ),
    ],
)
def test_a_region_toll_over_towns_hit_without_tolls_stays_the_regions(extract, lang, text):
    events = by_place(extract(text, published=TUESDAY, language=lang))
    assert {"Kherson", "Beryslav"} <= set(events)
    assert events["Kherson Oblast"].injured == 7
    assert (events["Kherson"].injured, events["Beryslav"].injured) == (None, None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Shelling in Donetsk Oblast\n\nThe governor reported one death in Rodynske, and five "
            "more people were wounded elsewhere in the region.",
        ),
        (
            "fr",
            "Bombardements dans la région de Donetsk\n\nUne personne a été tuée à Rodynské ; "
            "cinq autres personnes ont été blessées ailleurs dans la région.",
        ),
        (
            "uk",
            "Обстріли Донеччини\n\nУ Костянтинівці загинула одна людина, ще п'ятеро поранені "
            "в інших населених пунктах області.",
        ),
    ],
)
def test_wounded_elsewhere_in_the_region_are_the_regions_not_the_towns(extract, lang, text):
    events = by_place(extract(text, published=TUESDAY, language=lang))
    town = events["Kostiantynivka" if lang == "uk" else "Rodynske"]
    assert (town.killed, town.injured) == (1, None)
    assert events["Donetsk Oblast"].injured == 5


# A region's toll of the day over three or more of its towns struck that day is
# the day's summary of them (gold keeps only the towns), even when the towns'
# own tolls do not add up to it: no event of the region's.
DAY_SUMMARIES = [
    (
        "uk",
        "Херсонщина: за добу загинув чоловік, шестеро поранених\n\nМинулої доби ворог атакував "
        "18 населених пунктів Херсонської області, повідомив начальник ОВА.\n\nВнаслідок удару "
        "дрона по Білозерці поранено жінку. У Станіславі пошкоджено приватний будинок. У "
        "Тягинці загинув 58-річний чоловік. Через обстріл Херсона поранено трьох людей.",
        {
            "Bilozerka": (None, 1),
            "Stanislav": (None, None),
            "Tiahynka": (1, None),
            "Kherson": (None, 3),
        },
    ),
    (
        "en",
        "Russian attacks kill one, injure seven in Kharkiv Oblast\n\nRussian attacks on Kharkiv "
        "Oblast killed one person and injured seven over the past day, the governor said.\n\nA "
        "drone hit a house in Balakliia, injuring three people. In Ruski Tyshky a man was killed "
        "by a glide bomb. A drone damaged a shop in Kivsharivka, injuring a woman.",
        {"Balakliia": (None, 3), "Ruski Tyshky": (1, None), "Kivsharivka": (None, 1)},
    ),
    (
        "fr",
        "Région de Kharkiv : deux morts et onze blessés\n\nDeux civils ont été tués et onze autres "
        "blessés lundi dans la région de Kharkiv par des frappes russes, a annoncé le "
        "gouverneur.\n\nÀ Koupiansk, une bombe guidée a frappé un immeuble, tuant une femme. À "
        "Velykyï Bourlouk, une salve de lance-roquettes a tué un homme. À Tchouhouïv, un drone a "
        "percuté une maison, blessant trois personnes.",
        {"Kupiansk": (1, None), "Velykyi Burluk": (1, None), "Chuhuiv": (None, 3)},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "towns"), DAY_SUMMARIES, ids=[c[0] for c in DAY_SUMMARIES]
)
def test_a_regions_day_total_over_three_towns_is_their_summary(extract, lang, text, towns):
    events = extract(text, published=TUESDAY, language=lang)
    assert {e.place: (e.killed, e.injured) for e in events} == towns


def test_a_multiple_rocket_launcher_salvo_is_artillery(extract):
    text = "Frappes\n\nÀ Velykyï Bourlouk, une salve de lance-roquettes multiples a tué un homme."
    events = extract(text, published=TUESDAY, language="fr")
    assert [(e.place, e.weapons) for e in events] == [("Velykyi Burluk", ["artillery"])]
