"""Issue 11 (figures attached to the wrong place), read in real French wire copy:

- "Quatre personnes ont été tuées et neuf autres blessées dans la nuit en Ukraine ...,
  dont trois dans le port d'Odessa" gave Odesa the whole country's four dead and nine
  wounded.  A figure told for a country ("in Ukraine", "en Ukraine", "in der Ukraine")
  is nobody's own toll; a country that owns the place after it ("struck Russia's Kursk
  region") is no such location;
- "Un tir de drone contre un immeuble y a fait huit blessés, a déclaré le gouverneur de
  la région de Dnipropetrovsk" read the governor's region as the place struck and lost
  the drone: a regional title ("gouverneur de la région de", "gobernador de la región
  de", "governatore della regione di") names an official, and an official of the region
  the current place lies in leaves the sentence about that place.
"""

from __future__ import annotations

import pytest
from phenomena import MONDAY, by_place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Drone strikes\n\nFour people were killed and nine wounded on Monday night in "
            "Ukraine by Russian drone strikes, three of them in the port of Odesa.",
        ),
        (
            "fr",
            "Frappes de drones\n\nQuatre personnes ont été tuées et neuf autres blessées lundi "
            "soir en Ukraine par des frappes de drones russes, dont trois dans le port "
            "d'Odessa.",
        ),
        (
            "es",
            "Ataques con drones\n\nCuatro personas murieron y nueve resultaron heridas el lunes "
            "por la noche en Ucrania por ataques de drones rusos, tres de ellas en el puerto "
            "de Odesa.",
        ),
    ],
)
def test_a_countrys_toll_is_not_the_toll_of_a_place_in_it(extract, lang, text):
    odesa = by_place(extract(text, published=MONDAY, language=lang))["Odesa"]
    assert (odesa.killed, odesa.injured) != (4, 9)
    assert odesa.injured is None


def test_a_country_owning_the_place_after_it_is_no_location(extract):
    text = (
        "Drones hit Kursk region\n\nTen people were hurt on Monday when Ukrainian drones "
        "struck Russia's Kursk Region, the governor wrote."
    )
    assert by_place(extract(text, published=MONDAY, language="en"))["Kursk Oblast"].injured == 10


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Frappes sur Dnipro\n\nLundi, la ville de Dnipro a été la cible de frappes "
            "aériennes. Un tir de drone contre un immeuble y a fait huit blessés, a déclaré le "
            "gouverneur de la région de Dnipropetrovsk, Serhiy Lysak.",
        ),
        (
            "es",
            "Ataques contra Dnipró\n\nEl lunes la ciudad de Dnipró fue blanco de ataques "
            "aéreos. Un dron impactó un edificio y dejó ocho heridos, dijo el gobernador de la "
            "región de Dnipropetrovsk, Serhiy Lysak.",
        ),
        (
            "it",
            "Attacchi su Dnipro\n\nLunedì la città di Dnipro è stata colpita da raid aerei. Un "
            "drone ha colpito un palazzo ferendo otto persone, ha detto il governatore della "
            "regione di Dnipropetrovsk, Serhiy Lysak.",
        ),
    ],
)
def test_a_regional_officials_words_stay_with_the_current_place(extract, lang, text):
    events = by_place(extract(text, published=MONDAY, language=lang))
    assert set(events) == {"Dnipro"}
    assert (events["Dnipro"].weapons, events["Dnipro"].injured) == (["drone"], 8)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Strikes across Ukraine\n\nRussian strikes killed seven people across Ukraine on "
            "Monday, including three in Odesa and two in Kharkiv.",
            {"Odesa": 3, "Kharkiv": 2},
        ),
        (
            "en",
            "Strikes across Ukraine\n\nRussian strikes killed seven people on Monday, including "
            "three in Odesa and two in Kharkiv.",
            {"Odesa": 3, "Kharkiv": 2},
        ),
        (
            "fr",
            "Frappes de drones\n\nQuatre personnes ont été tuées lundi soir en Ukraine par des "
            "frappes de drones russes, dont trois dans le port d'Odessa.",
            {"Odesa": 3},
        ),
        (
            "es",
            "Ataques con drones\n\nCuatro personas murieron el lunes en Ucrania por ataques de "
            "drones rusos, tres de ellas en el puerto de Odesa.",
            {"Odesa": 3},
        ),
    ],
)
def test_the_parts_of_a_toll_counted_in_places_are_theirs(extract, lang, text, expected):
    """Read in real Reuters copy in French: "dont trois dans le port d'Odessa" is
    Odesa's toll, the country's four are nobody's."""
    events = by_place(extract(text, published=MONDAY, language=lang))
    assert {name: events[name].killed for name in expected} == expected
