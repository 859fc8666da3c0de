"""Issue 11 (phenomenon 1, "a place inside a name"): the towns of a road's or a train
route's name are no places struck by that mention ("on the Nikopol–Pokrov road",
"поїзд сполученням Суми — Ворожба", ANNOTATION.md's borderline cases). Before, both
towns of the pair became strikes."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "uk",
            "У вівторок дрон атакував приміський поїзд сполученням Суми — Київ біля Ворожби, "
            "поранено чоловіка.",
            {"Vorozhba"},
        ),
        (
            "en",
            "On Tuesday a drone hit the Sumy–Kyiv train near Vorozhba, wounding a man.",
            {"Vorozhba"},
        ),
        (
            "ru",
            "Во вторник дрон атаковал поезд сообщением Сумы — Киев возле Ворожбы, ранен мужчина.",
            {"Vorozhba"},
        ),
        (
            "uk",
            "У вівторок дрон уразив автомобіль у Марганці, а ще один — на трасі Нікополь — Покров.",
            {"Marhanets"},
        ),
        (
            "en",
            "On Tuesday drones hit a house in Marhanets and a car on the Nikopol–Pokrov road.",
            {"Marhanets"},
        ),
    ],
)
def test_the_towns_of_a_road_or_a_train_route_are_not_struck(extract, lang, text, expected):
    assert places(extract(f"Strikes\n\n{text}", published=TUESDAY, language=lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "У вівторок дрон атакував приміський поїзд сполученням Суми — Ворожба на під'їзді до "
            "станції Ворожба, поранено шістьох людей.",
        ),
        (
            "ru",
            "Во вторник дрон атаковал пригородный поезд сообщением Сумы — Ворожба на подъезде к "
            "станции Ворожба, ранены шесть человек.",
        ),
    ],
)
def test_the_dash_of_a_route_cuts_no_clause(extract, lang, text):
    """ "поїзд сполученням Суми — Ворожба на під'їзді до станції Ворожба": the dash
    between two names is the route's, so the station after it is in the strike's
    clause (before, the dash ended the clause and the station was struck by nothing)."""
    events = extract(f"Strikes\n\n{text}", published=TUESDAY, language=lang)
    assert [(e.place, e.injured) for e in events] == [("Vorozhba", 6)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "У вівторок дрон влучив у поїзд біля станції Ворожба, поранено шістьох людей. У "
            "Білопільській громаді внаслідок удару КАБа пошкоджено адмінбудівлю, люди не "
            "постраждали.",
        ),
        (
            "en",
            "On Tuesday a drone hit a train at Vorozhba station, wounding six people. In the "
            "Bilopillia hromada a glide bomb damaged an office building; nobody was hurt.",
        ),
    ],
)
def test_a_unit_struck_by_other_weapons_than_its_town_is_a_strike_of_its_own(extract, lang, text):
    """Vorozhba lies in the Bilopilska hromada, but the drone on the train and the glide
    bomb on the hromada are two strikes: the hromada keeps its own event and its zero."""
    events = {e.place: e for e in extract(f"Strikes\n\n{text}", published=TUESDAY, language=lang)}
    assert (events["Vorozhba"].killed, events["Vorozhba"].injured) == (None, 6)
    assert (events["Bilopilska hromada"].killed, events["Bilopilska hromada"].injured) == (0, 0)
