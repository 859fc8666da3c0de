"""Issue 11 (figures attached to the wrong place), read in real wire copy: "the incident
occurred in the town of Trubchevsk. He earlier reported that a village in the region had
been shelled" gave the town the shelling (and so not the drone of the lead).  A sentence
about a village it does not name ("a village in the region", "одне із сіл громади", "ein
Dorf in der Region", "un village de la région") speaks of another place than the town the
text was about: its figures and weapons are not the town's."""

from __future__ import annotations

import pytest
from phenomena import MONDAY, by_place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Drone hits Shostka\n\nA Russian drone hit the town of Shostka on Monday, "
            "injuring two people. A village in the region was shelled later that day, and "
            "one man was killed there.",
        ),
        (
            "uk",
            "Дрон атакував Шостку\n\nРосійський дрон у понеділок атакував Шостку, двоє людей "
            "поранені. Одне із сіл громади ворог обстріляв з артилерії, загинув чоловік.",
        ),
        (
            "de",
            "Drohne trifft Schostka\n\nEine russische Drohne traf am Montag die Stadt "
            "Schostka, zwei Menschen wurden verletzt. Ein Dorf in der Region wurde mit "
            "Artillerie beschossen, ein Mann wurde getötet.",
        ),
        (
            "fr",
            "Un drone frappe Chostka\n\nUn drone russe a frappé lundi la ville de Chostka, "
            "blessant deux personnes. Un village de la région a été bombardé à "
            "l'artillerie, un homme a été tué.",
        ),
    ],
)
def test_a_village_the_text_does_not_name_keeps_its_toll_and_weapons(extract, lang, text):
    shostka = by_place(extract(text, published=MONDAY, language=lang))["Shostka"]
    assert (shostka.killed, shostka.injured) == (None, 2)
    assert shostka.weapons == ["drone"]


def test_a_village_of_the_region_a_report_is_about_is_the_regions(extract):
    text = (
        "Shelling in the Sumy region\n\nRussian forces shelled the Sumy region on Monday. "
        "In a village of the region, two people were injured."
    )
    region = by_place(extract(text, published=MONDAY, language="en"))["Sumy Oblast"]
    assert region.injured == 2
