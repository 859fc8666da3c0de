"""A town trains or flights were rerouted through ("Ukrzaliznytsia rerouted two
passenger trains via Lozova", "desviou dois comboios de passageiros por Lozova",
"перенаправила поїзди через Лозову") is no place struck: it only says where
traffic went instead (ANNOTATION.md, "a flight rerouted to Minsk")."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 11, 18)

CASES = [
    (
        "en",
        "A drone hit a freight train at the station in Balakliia. The driver was injured, said "
        "Ukrzaliznytsia, which rerouted two passenger trains via Lozova.",
    ),
    (
        "pt",
        "Um drone atingiu um comboio na estação de Balakliia. O maquinista ficou ferido, "
        "informou a Ukrzaliznytsia, que desviou dois comboios de passageiros por Lozova.",
    ),
    (
        "uk",
        "Дрон влучив у потяг на станції Балаклія. Машиніста поранено, Укрзалізниця "
        "перенаправила два пасажирські поїзди через Лозову.",
    ),
    (
        "es",
        "Un dron alcanzó un tren en la estación de Balakliia. El maquinista resultó herido, "
        "informó Ukrzaliznytsia, que desvió dos trenes de pasajeros por Lozova.",
    ),
    (
        "it",
        "Un drone ha colpito un treno alla stazione di Balakliia. Il macchinista è rimasto "
        "ferito; due treni passeggeri sono stati deviati via Lozova.",
    ),
    (
        "fr",
        "Un drone a frappé un train à la gare de Balakliia. Le conducteur a été blessé; deux "
        "trains de voyageurs ont été déviés via Lozova.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[c[0] for c in CASES])
def test_the_town_traffic_was_rerouted_through_is_not_struck(extract, language, text):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    assert [e.place for e in events] == ["Balakliia"]
