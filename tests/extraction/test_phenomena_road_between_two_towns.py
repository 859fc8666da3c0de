"""A road between two towns names neither as the place struck ("a bus on the road
between Zolochiv and Kharkiv was hit in the Bohodukhiv district"): the district
the text gives is; the towns only name the road, as "the Nikopol–Pokrov road" does
(ANNOTATION.md, "a place inside a name")."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 6, 20)

CASES = [
    (
        "en",
        "A bus on the road between Zolochiv and Kharkiv was hit by a drone in the Bohodukhiv "
        "district, injuring three passengers.",
    ),
    (
        "fr",
        "Un bus qui circulait sur la route entre Zolotchiv et Kharkiv a été touché par un drone "
        "dans le district de Bohodoukhiv. Trois passagers ont été blessés.",
    ),
    (
        "uk",
        "На трасі між Золочевом і Харковом дрон атакував автобус у Богодухівському районі, "
        "поранено трьох пасажирів.",
    ),
    (
        "de",
        "Auf der Straße zwischen Solotschiw und Charkiw traf eine Drohne einen Bus im Bezirk "
        "Bohoduchiw, drei Fahrgäste wurden verletzt.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[c[0] for c in CASES])
def test_the_district_not_the_towns_of_the_road_is_struck(extract, language, text):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    assert [(e.place, e.injured) for e in events] == [("Bohodukhiv Raion", 3)]


def test_a_town_struck_beside_a_road_between_others_stays_struck(extract):
    text = (
        "News\n\nA drone hit a fuel depot in Zolochiv, and another struck a car on the road "
        "between Bohodukhiv and Kharkiv, injuring two people."
    )
    events = extract(text, published=PUBLISHED, language="en")
    assert "Zolochiv" in [e.place for e in events]
    assert not {"Bohodukhiv", "Kharkiv"} & {e.place for e in events}
