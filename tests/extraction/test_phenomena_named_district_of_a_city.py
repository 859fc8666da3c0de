""" "The Sobornyi district of Dnipro": Dnipro is the city, not a district.

"Distrito de Kyiv" (Spanish) names Kharkiv's Kyivskyi district: a district
word before a name makes it a district (issue 11, phenomenon 7).  But when
the district word has its own name before it ("the Sobornyi district of
Dnipro", "the Dniprovskyi district of Kherson"), the name after "of" is the
city the district lies in: Dnipro is not Kyiv's Dniprovskyi district, and
Kherson is not the Kherson raion.
"""

from __future__ import annotations

from datetime import date

from tests.extraction.phenomena import by_place

PUBLISHED = date(2025, 6, 10)


def test_the_city_after_a_named_district(extract):
    text = (
        "Russian strikes\n\n"
        "Russia attacked Kyiv and Dnipro overnight with missiles and drones. In Kyiv, debris "
        "fell on a house, one person was injured. A missile struck the Sobornyi district of "
        "Dnipro, killing two people."
    )
    events = by_place(extract(text, published=PUBLISHED, language="en"))
    assert events["Kyiv"].injured == 1
    assert events["Sobornyi"].parent == "Dnipro"
    assert events["Sobornyi"].killed == 2
    assert "Dniprovskyi" not in events


def test_a_district_word_alone_before_a_name_still_makes_a_district(extract):
    text = "Noticias\n\nUn misil ruso alcanzó el distrito de Kyiv en Járkov e hirió a tres."
    events = by_place(extract(text, published=PUBLISHED, language="es"))
    assert events["Kyivskyi"].parent == "Kharkiv"
