"""Each named rule of the role, reading and assembly steps, on its own.

The long functions of the extractor are applied as small named rules in
order; these tests pin each rule with sentences written for it.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from strikemap.extraction import assembly, roles
from strikemap.extraction.analysis import SentenceReading
from strikemap.extraction.roles import _Window, clause_around, clause_bounds
from strikemap.extraction.segment import Sentence


def window(sentence: str, place: str) -> _Window:
    start = sentence.index(place)
    return _Window.around(sentence, start, start + len(place))


@pytest.mark.parametrize(
    ("rule", "sentence", "place", "expected"),
    [
        (roles._official_rule, "The Sumy mayor said two were hurt.", "Sumy", "official"),
        (roles._official_rule, "Drones hit Sumy, two were hurt.", "Sumy", None),
        (roles._river_rule, "Shells fell near the Dnipro river bank.", "Dnipro", "reference"),
        (roles._river_rule, "Shells fell on Dnipro overnight.", "Dnipro", None),
        (roles._speaker_rule, "Moscow denied striking the market.", "Moscow", "speaker"),
        (roles._speaker_rule, "A missile struck Moscow's suburbs.", "Moscow", None),
        (roles._launch_rule, "Drones launched from Kursk hit Sumy.", "Kursk", "launch"),
        (roles._launch_rule, "Drones hit Kursk.", "Kursk", None),
        (roles._downed_over_rule, "Ten drones were shot down over Oryol.", "Oryol", "intercept"),
        (
            roles._downed_over_rule,
            "Debris of a downed drone damaged a house in Chornomorsk.",
            "Chornomorsk",
            None,
        ),
        (roles._downed_in_rule, "Over Bryansk two drones were shot down.", "Bryansk", "intercept"),
        (
            roles._downed_in_rule,
            "Over Bryansk two drones were shot down, but debris damaged a roof.",
            "Bryansk",
            None,
        ),
        (
            roles._reference_rule,
            "A shell hit a farm 30 km east of Kherson.",
            "Kherson",
            "reference",
        ),
        (roles._reference_rule, "A shell hit a farm in Kherson.", "Kherson", None),
    ],
)
def test_window_rule(rule, sentence, place, expected):
    assert rule(window(sentence, place)) == expected


def test_window_rules_run_in_order():
    # A title wins over the speech verb after it.
    sentence = "The Kharkiv governor said a missile hit a school."
    start = sentence.index("Kharkiv")
    assert roles.classify(sentence, start, start + 7) == "official"


@pytest.mark.parametrize(
    ("sentence", "place", "expected"),
    [
        ("A missile hit Izium overnight.", "Izium", "struck"),
        ("Fighting raged near Avdiivka; a missile hit Izium.", "Avdiivka", "ground"),
        ("Scholz, in Berlin, condemned the strike.", "Berlin", "speaker"),
        ("The air-raid alert in Lviv lasted an hour after the attack threat.", "Lviv", "none"),
    ],
)
def test_clause_role(sentence, place, expected):
    start = sentence.index(place)
    assert roles._clause_role(sentence, start, start + len(place)) == expected


def test_clause_is_cut_at_a_semicolon_and_keeps_offsets():
    sentence = "Drones hit Sumy; Kyiv was quiet."
    start = sentence.index("Kyiv")
    assert clause_bounds(sentence, start, start + 4) == (16, len(sentence))
    offset, clause = clause_around(sentence, start, start + 4)
    assert (offset, clause) == (16, " Kyiv was quiet.")


def test_a_relative_clause_is_blanked_unless_it_holds_the_place():
    sentence = "Shells hit Kyinka, which lies near Chernihiv, and Pavlivka."
    offset, clause = clause_around(sentence, sentence.index("Pavlivka"), len(sentence) - 1)
    assert offset == 0
    assert "Chernihiv" not in clause
    assert len(clause) == len(sentence)
    start = sentence.index("Chernihiv")
    _offset, own = clause_around(sentence, start, start + len("Chernihiv"))
    assert "Chernihiv" in own


def test_every_place_of_a_long_list_gets_the_clause_of_the_whole_list():
    names = ["Kyiv", "Odesa", "Sumy"] * 400
    sentence = "Missiles struck " + ", ".join(names) + "; Lviv was calm."
    end_of_list = sentence.index(";")
    seen = set()
    at = len("Missiles struck ")
    for name in names:
        seen.add(clause_bounds(sentence, at, at + len(name)))
        assert roles.classify(sentence, at, at + len(name)) == "struck"
        at += len(name) + 2
    assert seen == {(0, end_of_list)}


# ------------------------------------------------------------ assembly steps
def test_region_yields_to_its_town_and_gives_it_its_weapon(extract):
    events = extract(
        "Drones attack Sumy region\n\n"
        "Russian drones attacked the Sumy region overnight. In Shostka a facility was damaged."
    )
    by_place = {e.place: e for e in events}
    assert "Shostka" in by_place
    assert "Sumy Oblast" not in by_place
    assert by_place["Shostka"].weapons == ["drone"]


def test_city_yields_to_its_district_which_takes_the_toll(extract):
    events = extract(
        "Drones hit Kharkiv\n\n"
        "Three people were killed in Kharkiv on Tuesday. Drones hit the Saltivskyi district."
    )
    places = {e.place: e for e in events}
    assert set(places) == {"Saltivskyi"}
    assert places["Saltivskyi"].killed == 3


@pytest.mark.parametrize(
    ("background", "explicit", "day", "text", "expected"),
    [
        (True, False, None, "The city was shelled before.", True),
        (True, True, "2024-03-01", "On 1 March the city was shelled.", False),
        (False, False, None, "Kherson is shelled almost daily.", True),
        (False, False, None, "A missile hit Kherson.", False),
        # A habit is no event of its own whatever day the article gives.
        (False, False, "2024-03-05", "Kherson is shelled almost daily.", True),
        (False, True, "2024-03-05", "On Tuesday Kherson was shelled, as almost daily.", False),
        (False, False, "2024-03-05", "Kherson has been shelled since the start of the war.", True),
        (False, True, "2024-03-05", "Kherson has been shelled since the start of the war.", False),
        # A tally since the start of the war or of the year is no strike's.
        (False, False, "2024-03-05", "Since the start of the war shelling has killed 50.", True),
        (False, False, "2024-03-05", "Since the start of the year 50 died in Kherson.", True),
    ],
)
def test_no_event_of_its_own(background, explicit, day, text, expected):
    mention = SimpleNamespace(background=background, date_explicit=explicit, date=day)
    sentence = Sentence(text=text, start=0, end=len(text), index=1, paragraph=1, kind="body")
    reading = SentenceReading(sentence=sentence, lang="en", skip=0)
    assert assembly._no_event_of_its_own(mention, reading) is expected


def test_the_focus_carries_figures_to_the_next_sentence(extract):
    (event,) = extract("Drones hit Poltava\n\nDrones hit Poltava on Tuesday. Two people died.")
    assert event.place == "Poltava"
    assert event.killed == 2


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "de",
            "Nachrichten\n\nIn Pawlohrad starb während eines russischen Drohnenangriffs ein Mann.",
            "Pavlohrad",
        ),
        (
            "de",
            "Nachrichten\n\nIn Sumy wurde während der Nacht ein Haus von einer Drohne getroffen.",
            "Sumy",
        ),
    ],
)
def test_during_before_an_article_does_not_cut_the_clause(extract, language, text, place):
    """ "während eines Angriffs" is "during an attack": the place and the attack share a clause."""
    events = extract(text, language=language)
    assert {e.place for e in events} == {place}


@pytest.mark.parametrize(
    ("town", "raion", "inside"),
    [
        ("Synelnykove", "Synelnykove Raion", True),
        ("Dnipro", "Synelnykove Raion", False),
        ("Dnipro", "Dnipro Raion", True),
        ("Marhanets", "Nikopol Raion", True),
    ],
)
def test_a_town_lies_in_the_raion_whose_centre_is_nearest(gazetteer, town, raion, inside):
    """Dnipro lies within the 75 km radius of the Synelnykove raion but is the centre
    of a raion of its own: a strike there is no strike inside Synelnykove's raion."""
    place = next(p for p in gazetteer.candidates(town) if p.level == "city")
    unit = next(p for p in gazetteer.candidates(raion) if p.unit == "raion")
    assert assembly._lies_in(place, unit, gazetteer) is inside
