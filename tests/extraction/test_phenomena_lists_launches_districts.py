"""Issue 11, from heldout_real_5 (AFP in French): three more general mechanisms.

* "sur les villes d'Odessa et de Kherson": a preposition repeated after "and" still
  joins one list, so a toll before it sums both places and is neither's;
* "depuis la région russe de Koursk": a launch area named with its region noun;
* "À Kherson … le quartier Dniprovskyi": a district name several cities share is the
  district of the city the article names, even when Kyiv's namesake is larger.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place, places


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Quatre personnes ont été tuées mardi dans des frappes russes sur les villes d'Odessa "
            "et de Kherson.",
        ),
        (
            "es",
            "Cuatro personas murieron el martes en ataques rusos contra las ciudades de Odesa y de "
            "Jersón.",
        ),
        ("en", "Four people were killed on Tuesday in Russian strikes in Odesa and in Kherson."),
        (
            "it",
            "Quattro persone sono state uccise martedì negli attacchi russi sulle città di Odessa "
            "e di Kherson.",
        ),
    ],
)
def test_a_toll_before_a_list_with_a_repeated_preposition_is_no_single_places(extract, lang, text):
    events = by_place(extract(f"Frappes\n\n{text}", published=TUESDAY, language=lang))
    assert set(events) == {"Odesa", "Kherson"}
    assert (events["Odesa"].killed, events["Kherson"].killed) == (None, None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Russie a lancé mardi 19 drones depuis la région russe de Koursk ; un drone a "
            "touché un immeuble à Odessa.",
        ),
        (
            "es",
            "Rusia lanzó el martes 19 drones desde la región rusa de Kursk; uno de ellos impactó "
            "contra un edificio en Odesa.",
        ),
        (
            "pt",
            "A Rússia lançou na terça-feira 19 drones a partir da região russa de Kursk; um deles "
            "atingiu um prédio em Odessa.",
        ),
    ],
)
def test_a_launch_area_named_with_its_region_noun_is_not_struck(extract, lang, text):
    assert places(extract(f"Drones\n\n{text}", published=TUESDAY, language=lang)) == {"Odesa"}


@pytest.mark.parametrize(
    ("lang", "text", "city"),
    [
        (
            "fr",
            "À Kherson, des tirs d'artillerie ont visé mardi matin le quartier Dniprovskyi, tuant "
            "deux hommes.",
            "Kherson",
        ),
        (
            "en",
            "In Zaporizhzhia, a drone hit Dniprovskyi on Tuesday morning, killing two men.",
            "Zaporizhzhia",
        ),
        ("en", "In Kyiv, a drone hit Dniprovskyi on Tuesday morning, killing two men.", "Kyiv"),
    ],
)
def test_a_shared_district_name_is_the_named_citys_district(extract, lang, text, city):
    events = extract(f"Strike\n\n{text}", published=TUESDAY, language=lang)
    district = by_place(events)["Dniprovskyi"]
    assert (district.parent, district.killed) == (city, 2)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Kiev (AFP) - Deux morts à Kherson.\n\nÀ Kherson, des tirs d'artillerie ont visé mardi "
            "matin le quartier de Dnipro (Dniprovskyi), tuant deux hommes.",
        ),
        (
            "en",
            "KYIV (Reuters) - Two dead in Kherson.\n\nIn Kherson, Russian shells hit the "
            "Dniprovskyi district on Tuesday morning, killing two men.",
        ),
    ],
)
def test_a_district_named_after_its_city_in_one_sentence_is_that_citys(extract, lang, text):
    """The dateline names Kyiv, which has a Dniprovskyi district too; the city the
    sentence names before the district decides."""
    district = by_place(extract(text, published=TUESDAY, language=lang))["Dniprovskyi"]
    assert district.parent == "Kherson"
