"""Issue 11, phenomenon 9: a district named with its region is a raion.

"У Дніпровському районі Дніпропетровської області" is the Dnipro raion,
not a city district of Kyiv or Zaporizhzhia that shares its name, and so
is the same district named alone elsewhere in the article, title included.
"""

from __future__ import annotations

import pytest
from phenomena import MONDAY, TUESDAY


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Ракетний удар по Дніпровському району\n\nУ понеділок унаслідок ракетного удару по "
            "Дніпровському району Дніпропетровської області загинув чоловік. «Ворог атакував "
            "Дніпровський район — пошкоджено вантажівку», — написав очільник ОВА.",
        ),
        (
            "ru",
            "Ракетный удар по Днепровскому району\n\nВ понедельник в результате ракетного удара "
            "по Днепровскому району Днепропетровской области погиб мужчина. Позже враг снова "
            "атаковал Днепровский район, повреждены грузовики.",
        ),
        (
            "en",
            "Missile strike on Dniprovskyi district\n\nA Russian missile struck the Dniprovskyi "
            "district of Dnipropetrovsk Oblast on Monday, killing a man. The enemy attacked the "
            "Dniprovskyi district again later, damaging a truck.",
        ),
        (
            "de",
            "Raketenangriff auf den Bezirk Dniprowskyj\n\nBei einem Raketenangriff auf den Bezirk "
            "Dniprowskyj im Gebiet Dnipropetrowsk ist am Montag ein Mann getötet worden.",
        ),
        (
            "fr",
            "Frappe sur le district de Dniprovskyi\n\nUn homme a été tué lundi dans une frappe de "
            "missile sur le district de Dniprovskyi, dans l'oblast de Dnipropetrovsk.",
        ),
    ],
)
def test_a_district_named_with_its_region_is_the_raion(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert [(e.place, e.date, e.killed) for e in events] == [("Dnipro Raion", MONDAY, 1)]
