"""A district told without a weapon takes its city's weapons of that day, not
those of every strike of the day: drones on Kharkiv's districts stay drones when
artillery shelled Kupiansk the same day (issue 11, phenomenon 6)."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

ARTICLES = {
    "en": (
        "Drones on Kharkiv\n\n"
        "In Kharkiv, four people were killed and 13 injured in an attack by Russian Shahed "
        'drones. "The enemy struck the Shevchenkivskyi and Saltivskyi districts of the '
        'city," the mayor said. In the evening, Russian artillery shelled Kupiansk, killing '
        "a man."
    ),
    "uk": (
        "Дрони атакували Харків\n\n"
        "У Харкові внаслідок атаки російських дронів Shahed загинули четверо людей, 13 "
        "поранені. «Ворог влучив у Шевченківський та Салтівський райони міста», — "
        "повідомив мер. Увечері російська артилерія обстріляла Куп'янськ, загинув чоловік."
    ),
    "ru": (
        "Дроны атаковали Харьков\n\n"
        "В Харькове в результате атаки российских дронов Shahed погибли четыре человека, "
        "13 ранены. «Удары пришлись на Шевченковский и Салтовский районы города», — сообщил "
        "мэр. "
        "Вечером российская артиллерия обстреляла Купянск, погиб мужчина."
    ),
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_districts_take_their_citys_weapons(extract, lang):
    events = by_place(extract(ARTICLES[lang], published=TUESDAY, language=lang))
    assert events["Kharkiv"].weapons == ["drone"]
    assert events["Shevchenkivskyi"].weapons == ["drone"]
    assert events["Saltivskyi"].weapons == ["drone"]
    assert events["Kupiansk"].weapons == ["artillery"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Attaque\n\nDes drones Gueran-2 ont frappé Kharkiv dans la nuit."),
        ("fr", "Attaque\n\nDes drones Chahed ont frappé Kharkiv dans la nuit."),
    ],
)
def test_french_spellings_of_the_shahed(extract, lang, text):
    (event,) = extract(text, published=TUESDAY, language=lang)
    assert event.models == ["Shahed-136"]
