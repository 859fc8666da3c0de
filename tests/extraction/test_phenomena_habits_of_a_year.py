"""Issue 11: a year's tally or a strike that "never stopped" is a habit, no event.

Features recall what a town has lived through: "Kharkiv has been hit by more
than 1,100 guided bombs this year", "In Kupiansk the shells never stopped",
"удари по ньому не припиняються".  Such a remark names no strike of the day
(ANNOTATION.md: general remarks about a place are not strikes on it); the
strike the article is about stays.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places


@pytest.mark.parametrize(
    ("lang", "remark", "named"),
    [
        ("en", "Kharkiv has been hit by more than 1,100 guided bombs this year.", "Kharkiv"),
        ("en", '"In Kupiansk the shells never stopped," she said.', "Kupiansk"),
        ("uk", "Село лежить біля кордону, тож удари по Сумах не припиняються.", "Sumy"),
        ("de", "Charkiw wurde in diesem Jahr von mehr als 1100 Gleitbomben getroffen.", "Kharkiv"),
        ("fr", "Kharkiv a été frappée par plus de 1100 bombes guidées cette année.", "Kharkiv"),
    ],
)
def test_a_habit_of_the_year_is_no_event(extract, lang, remark, named):
    lead = {
        "en": "On Tuesday a drone hit the railway depot in Lozova, injuring three workers.",
        "uk": "У вівторок дрон влучив у депо в Лозовій, поранено трьох працівників.",
        "de": "Am Dienstag traf eine Drohne das Depot in Losowa, drei Arbeiter wurden verletzt.",
        "fr": "Mardi, un drone a frappé le dépôt ferroviaire de Lozova, blessant trois ouvriers.",
    }[lang]
    text = f"Lozova\n\n{lead} {remark}"
    found = places(extract(text, published=TUESDAY, language=lang))
    assert "Lozova" in found
    assert named not in found
