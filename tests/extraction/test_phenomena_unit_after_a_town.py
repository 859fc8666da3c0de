"""A raion struck after a town named only as the time of the strike ("after the
attack on Odesa, they shelled the Izmail raion"): the text goes on about the raion,
and the toll told next is the raion's, not the town's (issue 11, phenomena 3 and 5)."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

ARTICLES = {
    "en": (
        "Drones over Odesa\n\n"
        "Russian drones hit Odesa overnight, damaging a dormitory. After the attack on "
        "Odesa, Russian forces also shelled the Izmail district. Two people were injured, "
        "the governor said."
    ),
    "uk": (
        "Атака на Одещину\n\n"
        "Уночі російські дрони атакували Одесу, пошкоджено гуртожиток. Після атаки на "
        "Одесу росіяни обстріляли Ізмаїльський район. Поранено двох людей."
    ),
    "ru": (
        "Атака на Одессу\n\n"
        "Ночью российские дроны атаковали Одессу, повреждено общежитие. После атаки на "
        "Одессу россияне обстреляли Измаильский район. Ранены два человека."
    ),
    "de": (
        "Angriffe auf Odessa\n\n"
        "In der Nacht griffen russische Drohnen Odessa an und beschädigten ein Wohnheim. "
        "Nach dem Angriff auf Odessa beschossen russische Truppen auch den Rajon Ismajil. "
        "Zwei Menschen wurden verletzt."
    ),
    "pl": (
        "Atak na Odessę\n\n"
        "W nocy rosyjskie drony zaatakowały Odessę, uszkodzony został akademik. Po ataku "
        "na Odessę Rosjanie ostrzelali rejon izmailski. Dwie osoby zostały ranne."
    ),
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_the_toll_after_a_raion_struck_far_from_the_town_is_the_raions(extract, lang):
    events = by_place(extract(ARTICLES[lang], published=TUESDAY, language=lang))
    assert set(events) == {"Odesa", "Izmail Raion"}
    assert events["Izmail Raion"].injured == 2
    assert events["Odesa"].injured is None


def test_a_raion_around_the_town_still_only_locates_it(extract):
    events = by_place(
        extract(
            "Drone strike\n\n"
            "A Russian drone hit Okhtyrka in the Okhtyrka district overnight. Two people "
            "were injured, the governor said.",
            published=TUESDAY,
        )
    )
    assert events["Okhtyrka"].injured == 2
