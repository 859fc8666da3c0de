"""Issue 11 (strikes missed), checked against the ways reports say a place came under
fire: "Вночі Суми опинилися під обстрілом" read "Вночі Суми" as a first and last name (a
capitalised day word before a place is no given name, as weekdays and months are not),
and French "la cible de tirs", Italian "sotto il fuoco" had no strike word."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("uk", "Вночі Суми опинилися під обстрілом."),
        ("uk", "Вранці Суми потрапили під обстріл."),
        ("ru", "Ночью Сумы оказались под обстрелом."),
        ("ru", "Вчера Сумы подверглись обстрелу."),
        ("fr", "Soumy a été la cible de tirs dans la nuit."),
        ("it", "Sumy è finita sotto il fuoco russo nella notte."),
    ],
)
def test_a_place_that_came_under_fire_is_struck(extract, lang, sentence):
    assert places(extract(f"Bericht\n\n{sentence}", published=TUESDAY, language=lang)) == {"Sumy"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "uk",
            "Нічні обстріли\n\nУ вівторок під вогнем опинилися також Марганецька та "
            "Червоногригорівська громади — там обійшлося без постраждалих.",
            {"Marhanetska hromada", "Chervonohryhorivska hromada"},
        ),
        (
            "ru",
            "Ночь в области\n\nВо вторник под огнём оказались также Марганецкая и Мировская "
            "громады.",
            {"Myrivska hromada"},
        ),
    ],
)
def test_places_under_fire_told_by_the_instrumental_are_struck(extract, lang, text, expected):
    """Read in a Ukrainian regional summary: "під вогнем" ("under fire") lost its
    strike word in the instrumental, as "вогонь" loses its о in "вогнем"."""
    assert expected <= places(extract(text, published=TUESDAY, language=lang))
