"""An official's place ("the governor of Kharkiv said") is struck when the strike
words that follow tell a hit; drones that official says were shot down with no
damage strike nothing there, in every language's words for downing, hits and
"without damage"."""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import places

PUBLISHED = date(2025, 11, 9)

DOWNED_ONLY = [
    ("fr", "Selon le gouverneur de Kharkiv, les drones ont été abattus, sans faire de dégâts."),
    ("pt", "Segundo o governador de Kharkiv, os drones foram abatidos, sem causar danos."),
    ("es", "Según el gobernador de Járkov, los drones fueron derribados sin causar daños."),
    ("it", "Secondo il governatore di Kharkiv, i droni sono stati abbattuti, senza danni."),
    (
        "de",
        "Nach Angaben des Gouverneurs von Charkiw wurden die Drohnen abgeschossen, ohne "
        "Schäden anzurichten.",
    ),
]

DOWNED_THEN_HIT = [
    (
        "fr",
        "Selon le gouverneur de Kharkiv, les drones ont été abattus, mais des débris ont "
        "endommagé une maison.",
    ),
    (
        "pt",
        "Segundo o governador de Kharkiv, os drones foram abatidos, mas os destroços "
        "danificaram uma casa.",
    ),
]


@pytest.mark.parametrize(("language", "text"), DOWNED_ONLY, ids=[c[0] for c in DOWNED_ONLY])
def test_an_official_reporting_drones_downed_without_damage_strikes_nothing(
    extract, language, text
):
    assert places(extract(text, published=PUBLISHED, language=language)) == set()


@pytest.mark.parametrize(("language", "text"), DOWNED_THEN_HIT, ids=[c[0] for c in DOWNED_THEN_HIT])
def test_an_official_reporting_debris_damage_after_a_downing_is_struck(extract, language, text):
    assert places(extract(text, published=PUBLISHED, language=language)) == {"Kharkiv Oblast"}
