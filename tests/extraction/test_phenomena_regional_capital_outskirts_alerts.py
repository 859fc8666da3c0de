"""Three ways a report names places, in every language:

* "the regional capital" ("la capital regional", "обласний центр", "il
  capoluogo") is the city the region named before it bears the name of, not the
  country's capital;
* a village "on the outskirts of Zaporizhzhia" is struck, the city only locates
  it (a warehouse on a city's outskirts is still a strike on the city);
* an air-raid alert over regions where no hit was recorded ("ogłoszono alarm,
  ale nie odnotowano trafień") strikes none of them.
"""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 12, 13)

REGIONAL_CAPITALS = [
    (
        "es",
        "Kiev, 13 dic (Agencia).- En la vecina región de Jersón, las tropas rusas "
        "bombardearon ayer por la tarde la capital regional con artillería.",
        "Kherson",
    ),
    (
        "en",
        "In the neighbouring Kherson region, Russian troops shelled the regional capital with "
        "artillery, injuring two.",
        "Kherson",
    ),
    (
        "uk",
        "На Херсонщині російські війська обстріляли обласний центр з артилерії, поранено двох "
        "людей.",
        "Kherson",
    ),
    (
        "ru",
        "В Белгородской области беспилотник атаковал областной центр, пострадали два человека.",
        "Belgorod",
    ),
    (
        "it",
        "Nella regione di Zaporizhzhia i droni russi hanno colpito il capoluogo, due feriti.",
        "Zaporizhzhia",
    ),
    (
        "de",
        "Im Gebiet Saporischschja griffen russische Drohnen die Gebietshauptstadt an, zwei "
        "Menschen wurden verletzt.",
        "Zaporizhzhia",
    ),
    (
        "pl",
        "W obwodzie zaporoskim rosyjskie drony zaatakowały stolicę regionu, dwie osoby zostały "
        "ranne.",
        "Zaporizhzhia",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "city"), REGIONAL_CAPITALS, ids=[c[0] for c in REGIONAL_CAPITALS]
)
def test_the_regional_capital_is_the_city_of_the_region_named(extract, language, text, city):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    assert [(e.place, e.level) for e in events] == [(city, "city")]


OUTSKIRTS = [
    (
        "fr",
        "L'aviation russe a largué mercredi matin des bombes planantes KAB sur le village de "
        "Kouchouhoum, à la périphérie de Zaporijjia, blessant deux personnes.",
        "Kushuhum",
    ),
    (
        "en",
        "Russian aircraft dropped guided bombs on the village of Kushuhum on the outskirts of "
        "Zaporizhzhia, injuring two people.",
        "Kushuhum",
    ),
    (
        "es",
        "La aviación rusa lanzó bombas guiadas sobre la localidad de Kushuhum, a las afueras de "
        "Zaporiyia, hiriendo a dos personas.",
        "Kushuhum",
    ),
    ("en", "A drone hit a warehouse on the outskirts of Kharkiv, injuring two people.", "Kharkiv"),
]


@pytest.mark.parametrize(
    ("language", "text", "place"), OUTSKIRTS, ids=[f"{c[0]}{i}" for i, c in enumerate(OUTSKIRTS)]
)
def test_a_city_whose_outskirts_locate_a_village_is_not_struck(extract, language, text, place):
    events = extract(f"News\n\n{text}", published=PUBLISHED, language=language)
    assert [(e.place, e.injured) for e in events] == [(place, 2)]


ALERTS = [
    ("pl", "W obwodach tarnopolskim i wołyńskim ogłoszono alarm, ale nie odnotowano trafień."),
    (
        "pt",
        "Em Zaporijia foi declarado alerta de perigo de mísseis durante várias horas, mas não "
        "foram registados impactos.",
    ),
    (
        "en",
        "An air-raid alert was declared in the Ternopil and Volyn regions, but no hits were "
        "recorded.",
    ),
]


@pytest.mark.parametrize(("language", "text"), ALERTS, ids=[c[0] for c in ALERTS])
def test_an_alert_where_no_hit_was_recorded_strikes_nothing(extract, language, text):
    assert extract(f"News\n\n{text}", published=PUBLISHED, language=language) == []
