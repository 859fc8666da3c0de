"""A toll restated as standing where it was ("the number of injured remains at
23", "la cifra de heridos se mantiene en 23") or in a perfect tense ("el número
de heridos ha subido a 23") is the event's current figure, over the first count
of the night ("19 were injured")."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 6, 2)

CASES = [
    (
        "en",
        "Russian drones hit Kharkiv overnight; 19 people were injured.",
        "The number of injured in Kharkiv remains at 23, the regional governor said.",
    ),
    (
        "es",
        "Drones rusos atacaron Járkov durante la noche; 19 personas resultaron heridas.",
        "Según la fiscalía regional, el número de heridos en Járkov ha subido a 23.",
    ),
    (
        "es",
        "Drones rusos atacaron Járkov durante la noche; 19 personas resultaron heridas.",
        "La cifra de heridos se mantiene en 23, entre ellos dos menores.",
    ),
    (
        "it",
        "Droni russi hanno colpito Kharkiv nella notte; 19 persone sono rimaste ferite.",
        "Il numero dei feriti a Kharkiv rimane a 23, secondo il governatore.",
    ),
    (
        "fr",
        "Des drones russes ont frappé Kharkiv dans la nuit ; 19 personnes ont été blessées.",
        "Le nombre de blessés à Kharkiv reste à 23, selon le gouverneur.",
    ),
    (
        "de",
        "Russische Drohnen trafen Charkiw in der Nacht; 19 Menschen wurden verletzt.",
        "Die Zahl der Verletzten in Charkiw liegt weiterhin bei 23, teilte der Gouverneur mit.",
    ),
]


@pytest.mark.parametrize(
    ("language", "first", "then"), CASES, ids=[f"{c[0]}{i}" for i, c in enumerate(CASES)]
)
def test_a_toll_restated_as_standing_or_risen_is_the_current_one(extract, language, first, then):
    events = extract(f"News\n\n{first}\n\n{then}", published=PUBLISHED, language=language)
    assert [(e.place, e.injured) for e in events] == [("Kharkiv", 23)]


REVISED = [
    ("Le nombre de blessés a été revu à la hausse, à 23, dont trois enfants.", 23),
    ("Le nombre de blessés a été revu à la baisse à 12.", 12),
]


@pytest.mark.parametrize(("then", "injured"), REVISED, ids=["up", "down"])
def test_a_toll_revised_up_or_down_is_the_current_one(extract, then, injured):
    first = "Des drones russes ont frappé Kharkiv dans la nuit ; 19 personnes ont été blessées."
    events = extract(f"Actualités\n\n{first}\n\n{then}", published=PUBLISHED, language="fr")
    assert [(e.place, e.injured) for e in events] == [("Kharkiv", injured)]
