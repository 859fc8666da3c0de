"""Polish press spellings of Ukrainian towns that the systematic one lacks.

The gazetteer spells each town in a systematic Polish transliteration
("Wilnjansk", "Kupjansk"); Polish copy writes soft consonants ("Wilniańsk",
"Kupiańsk"), in every case ("w Wilniańsku"). A name with such letters is
looked up with them put back to the systematic spelling, one or several at
once.  A soft e is not put back: "w Orichowie" (in Orikhiv) would become the
village of Orikhove, "w Kamieńskiem" the Urals' Kamensk.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

CASES = [
    ("zaatakowały Wilniańsk", "Vilniansk"),
    ("spadły na Wilniańsk", "Vilniansk"),
    ("uderzyły w obiekty w Wilniańsku", "Vilniansk"),
]


@pytest.mark.parametrize(("phrase", "town"), CASES, ids=[c[0] for c in CASES])
def test_a_polish_press_spelling_finds_the_town(extract, phrase, town):
    text = (
        "Nocny atak dronów\n\nW nocy z poniedziałku na wtorek rosyjskie drony "
        f"{phrase}. Uszkodzone zostały domy jednorodzinne i gazociąg."
    )
    events = by_place(extract(text, published=TUESDAY, language="pl"))
    assert set(events) == {town}


@pytest.mark.parametrize("phrase", ["w Orichowie", "w Kamieńskiem"])
def test_a_soft_e_is_not_read_as_another_town(extract, phrase):
    text = (
        "Nocny atak dronów\n\nW nocy z poniedziałku na wtorek rosyjskie drony zaatakowały "
        f"Wilniańsk. Uszkodzone zostały także domy {phrase}."
    )
    events = by_place(extract(text, published=TUESDAY, language="pl"))
    assert set(events) <= {"Vilniansk", "Orikhiv", "Kamianske"}
