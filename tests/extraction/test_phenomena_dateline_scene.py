"""Issue 11: a feature's dateline town is where its lead's strike happened.

"LOZOVA, Kharkiv Oblast — ... where a Shahed-type drone came down late on
Tuesday" under a title about Lozova alone: the lead tells the strike without
naming the town, which the dateline and the title already name.  A bureau's
dateline over a title naming several cities, or over a lead that names the
place struck, is no scene.
"""

from __future__ import annotations

from phenomena import TUESDAY, by_place

FEATURE = (
    "How Lozova, a railway town, lives with drones\n\n"
    "LOZOVA, Kharkiv Oblast — The smell of burnt diesel still hung over the depot on "
    "Wednesday. Two engines stood blackened where a Shahed-type drone came down late on "
    "Monday. Two railway workers on the night shift were killed and seven people were "
    "injured, the regional administration said.\n\n"
    "At dawn on Tuesday a second drone hit a substation on the outskirts of the town.\n"
)


def test_the_dateline_town_is_the_leads_scene(extract):
    events = extract(FEATURE, published=TUESDAY, language="en")
    lozova = {str(e.date): (e.killed, e.injured) for e in events if e.place == "Lozova"}
    assert lozova == {"2025-03-03": (2, 7), "2025-03-04": (None, None)}


def test_a_bureau_dateline_over_a_lead_naming_its_place(extract):
    text = (
        "Drone strike on Lozova kills two\n\n"
        "KYIV, Ukraine — A Russian drone hit a depot in Lozova on Tuesday, killing two "
        "workers, officials said.\n"
    )
    events = by_place(extract(text, published=TUESDAY, language="en"))
    assert set(events) == {"Lozova"}
    assert events["Lozova"].killed == 2


def test_a_dateline_town_the_title_does_not_name_is_no_scene(extract):
    text = (
        "Drones kill two in eastern Ukraine\n\n"
        "KYIV, Ukraine — A Russian drone came down on a depot on Tuesday, killing two "
        "workers, officials said. In Lozova, the regional governor said, the depot burned.\n"
    )
    events = by_place(extract(text, published=TUESDAY, language="en"))
    assert "Kyiv" not in events
