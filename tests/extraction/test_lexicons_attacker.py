"""Attacker cues and the per-country default."""

from __future__ import annotations

import pytest
from strikemap.extraction.attacker import attacker_cues, find_attacker, target_country_default


@pytest.mark.parametrize(
    ("sentence", "lang", "side"),
    [
        ("A Russian missile hit the railway station.", "en", "RU"),
        ("Russia launched 40 drones overnight.", "en", "RU"),
        ("Russian forces shelled the village.", "en", "RU"),
        ("The occupiers struck the city with guided bombs.", "en", "RU"),
        ("Putin's military unleashed a wave of strikes.", "en", "RU"),
        ("A Ukrainian drone hit an oil depot.", "en", "UA"),
        ("Ukraine's strikes on the refinery continued.", "en", "UA"),
        ("Ukraine launched an attack on the border city.", "en", "UA"),
        ("Kyiv used long-range missiles against the plant.", "en", "UA"),
        ("Російська ракета влучила в будинок.", "uk", "RU"),
        ("Окупанти обстріляли село.", "uk", "RU"),
        ("Сили оборони уразили нафтобазу.", "uk", "UA"),
        ("Российская ракета попала в дом.", "ru", "RU"),
        ("ВСУ атаковали Белгород.", "ru", "UA"),
        ("Атака украинских беспилотников была отражена.", "ru", "UA"),
        ("Rosyjska rakieta spadła na teatr.", "pl", "RU"),
        ("Ukraińskie drony zaatakowały rafinerię.", "pl", "UA"),
        ("Un missile russo ha colpito il centro.", "it", "RU"),
        ("I droni ucraini hanno colpito una raffineria.", "it", "UA"),
        ("Un misil ruso impactó en el centro.", "es", "RU"),
        ("Drones ucranianos atacaron una refinería.", "es", "UA"),
    ],
)
def test_find_attacker(sentence, lang, side):
    assert find_attacker(sentence, lang) == side


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow said the claims were false.",
        "The Ukrainian president spoke in Washington.",
        "Russian air defence shot down the drones.",
        "The mayor said the city had no electricity.",
    ],
)
def test_no_attacker(sentence):
    assert find_attacker(sentence, "en") is None


def test_speaker_is_not_attacker():
    # Russia only reports; Ukraine is the one said to launch.
    sentence = "Russia's defence ministry said it had shot down three Ukrainian drones."
    assert find_attacker(sentence, "en") == "UA"


def test_cues_are_ordered_spans():
    sentence = "Ukraine's air force said Russia launched 35 attack drones."
    cues = attacker_cues(sentence, "en")
    assert [side for side, _s, _e in cues] == ["RU"]
    _side, start, end = cues[0]
    assert sentence[start:end].startswith("Russia launched")


@pytest.mark.parametrize(
    ("country", "side"), [("UA", "RU"), ("RU", "UA"), ("ru", "UA"), ("PL", "RU"), (None, "RU")]
)
def test_target_country_default(country, side):
    assert target_country_default(country) == side
