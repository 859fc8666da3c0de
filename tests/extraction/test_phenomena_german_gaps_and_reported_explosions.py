"""Places only named, in forms the language files lacked (issue 11, phenomenon 1).

- Explosions only reported ("Ukrainische Medien berichten von mehreren
  Explosionen in Krementschuk", "сообщали о нескольких взрывах в
  Кременчуге") are explosions heard: no strike without a hit.
- A river bank is the river's ("vom linken Dnipro-Ufer aus"), hyphenated too.
- An administration "der Region Poltawa" speaks; the region is not struck.
- A place after an aside and before "after" ("По данным местных властей, в
  Одессе после прилета загорелся объект") is where the main clause happened.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import by_place, places

PUBLISHED = date(2024, 12, 15)

ONLY_NAMED = [
    (
        "de",
        "Russische Drohnen trafen Odessa, zwei Menschen wurden verletzt. Ukrainische Medien "
        "berichten von mehreren Explosionen in Krementschuk. Angaben zu Schäden gibt es nicht.",
        {"Odesa"},
    ),
    (
        "ru",
        "Российские дроны атаковали Одессу, ранены два человека. Украинские СМИ сообщали о "
        "нескольких взрывах в Кременчуге. Информации о разрушениях нет.",
        {"Odesa"},
    ),
    (
        "en",
        "Russian drones hit Odesa, injuring two people. Ukrainian media reported several "
        "explosions in Kremenchuk. There was no information on damage.",
        {"Odesa"},
    ),
    (
        "de",
        "In Cherson wurden fünf Menschen verletzt. Russische Truppen hätten vom linken "
        "Dnipro-Ufer aus mit Artillerie gefeuert.",
        {"Kherson"},
    ),
    (
        "de",
        "Eine Rakete traf ein Wohnhaus in Krementschuk. Eine verletzte Frau sei gestorben, "
        "teilte die Militärverwaltung der Region Poltawa mit.",
        {"Kremenchuk"},
    ),
]


@pytest.mark.parametrize(("language", "text", "struck"), ONLY_NAMED)
def test_places_only_named_are_not_struck(extract, language, text, struck):
    assert places(extract(f"News\n\n{text}", published=PUBLISHED, language=language)) == struck


def test_a_place_after_an_aside_and_before_after_is_struck(extract):
    text = (
        "Новости\n\nПо данным местных властей, в Одессе после прилета загорелся объект "
        "портовой инфраструктуры, пострадали трое сотрудников предприятия."
    )
    events = by_place(extract(text, published=PUBLISHED, language="ru"))
    assert events["Odesa"].injured == 3
