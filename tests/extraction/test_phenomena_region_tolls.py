"""Issue 11, phenomena 5 and 8: a region's own toll beside the towns struck in it.

A daily round-up gives a region's toll and then names towns hit without
tolls of their own, or a town's toll and "more wounded elsewhere in the
region": the regional figure is no town's, and the region stays an event.
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
