"""Three kinds of place a strike report names that were not struck.

- **Mourning elsewhere.** "Flags at half-mast in Lviv and Dnipro for the
  victims": a day of mourning in other cities is no strike there.
- **A burns centre in another city.** "The worst injured were taken to a burns
  centre in Kyiv": the town the victims were treated in is no strike site,
  whatever the facility is called.
- **A capital that deploys the weapons.** "Moscow used Kh-101 missiles against
  Kharkiv": the capital is the attacker, not a target, with verbs of using
  and deploying in every language.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

MOURNING = [
    (
        "it",
        "Missile su Kharkiv\n\nUn missile russo ha colpito lunedì Kharkiv, uccidendo sei "
        "persone. Bandiere a mezz'asta anche a Leopoli e a Dnipro per le famiglie delle vittime.",
    ),
    (
        "fr",
        "Missile sur Kharkiv\n\nUn missile russe a frappé lundi Kharkiv, tuant six personnes. "
        "Les drapeaux étaient en berne mardi à Lviv et à Dnipro en mémoire des victimes.",
    ),
    (
        "en",
        "Missile hits Kharkiv\n\nA Russian missile hit Kharkiv on Monday, killing six people. "
        "Flags flew at half-mast in Lviv and Dnipro on Tuesday for the victims.",
    ),
    (
        "uk",
        "Ракета влучила в Харків\n\nУ понеділок російська ракета влучила в Харків, загинули "
        "шестеро людей. У вівторок у Львові та Дніпрі приспущені прапори на знак скорботи "
        "за загиблими.",
    ),
    (
        "es",
        "Misil en Járkov\n\nUn misil ruso impactó el lunes en Járkov y mató a seis personas. "
        "Las banderas ondearon a media asta en Leópolis y Dnipró por las víctimas.",
    ),
    (
        "pl",
        "Rakieta w Charkowie\n\nRosyjska rakieta trafiła w poniedziałek w Charków, zginęło "
        "sześć osób. We Lwowie i Dnieprze flagi opuszczono do połowy masztu na znak żałoby "
        "po ofiarach.",
    ),
]

BURNS = [
    (
        "it",
        "Missile su Kharkiv\n\nUn missile russo ha colpito lunedì un palazzo a Kharkiv, "
        "ferendo sei persone. I feriti più gravi sono stati trasferiti in un centro ustioni "
        "di Kyiv.",
    ),
    (
        "fr",
        "Missile sur Kharkiv\n\nUn missile russe a frappé lundi un immeuble à Kharkiv, blessant "
        "six personnes. Les blessés les plus graves ont été transférés dans un centre pour "
        "grands brûlés à Kyiv.",
    ),
    (
        "es",
        "Misil en Járkov\n\nUn misil ruso impactó el lunes contra un edificio en Járkov y dejó "
        "seis heridos. Los heridos más graves fueron trasladados a un centro de quemados de "
        "Kyiv.",
    ),
    (
        "pt",
        "Míssil em Kharkiv\n\nUm míssil russo atingiu na segunda-feira um prédio em Kharkiv, "
        "ferindo seis pessoas. Os feridos mais graves foram transferidos para um centro de "
        "queimados em Kyiv.",
    ),
    (
        "pl",
        "Rakieta w Charkowie\n\nRosyjska rakieta trafiła w poniedziałek w blok w Charkowie, "
        "rannych zostało sześć osób. Najciężej rannych przewieziono do centrum leczenia "
        "oparzeń w Kijowie.",
    ),
]

ACTING = [
    (
        "it",
        "Attacco su Kharkiv\n\nSecondo l'aeronautica, Mosca ha impiegato lunedì missili Kh-101 "
        "e droni Shahed contro Kharkiv, dove sono morte due persone.",
    ),
    (
        "fr",
        "Attaque sur Kharkiv\n\nSelon l'armée de l'air, Moscou a employé lundi des missiles "
        "Kh-101 contre Kharkiv, où deux personnes ont été tuées.",
    ),
    (
        "es",
        "Ataque contra Járkov\n\nSegún la fuerza aérea, Moscú empleó el lunes misiles Kh-101 "
        "contra Járkov, donde murieron dos personas.",
    ),
    (
        "pt",
        "Ataque a Kharkiv\n\nSegundo a força aérea, Moscovo empregou na segunda-feira mísseis "
        "Kh-101 contra Kharkiv, onde morreram duas pessoas.",
    ),
    (
        "pl",
        "Atak na Charków\n\nWedług sił powietrznych Moskwa zastosowała w poniedziałek rakiety "
        "Ch-101 w ataku na Charków, gdzie zginęły dwie osoby.",
    ),
]


@pytest.mark.parametrize(("language", "text"), MOURNING, ids=[c[0] for c in MOURNING])
def test_flags_at_half_mast_elsewhere_are_no_strike(extract, language, text):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == {"Kharkiv"}
    assert events["Kharkiv"].killed == 6


@pytest.mark.parametrize(("language", "text"), BURNS, ids=[c[0] for c in BURNS])
def test_a_burns_centre_in_another_city_is_no_strike(extract, language, text):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == {"Kharkiv"}
    assert events["Kharkiv"].injured == 6


@pytest.mark.parametrize(("language", "text"), ACTING, ids=[c[0] for c in ACTING])
def test_a_capital_deploying_the_weapons_is_the_attacker(extract, language, text):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == {"Kharkiv"}
    assert events["Kharkiv"].killed == 2
    assert events["Kharkiv"].attacker == "RU"
