"""Two words of real reports the language files lacked.

- **Barotrauma and concussion are injuries.** Russian governors' posts say a
  driver "получил баротравму" (suffered barotrauma) or "контузию"; Ukrainian
  posts "отримав баротравму". Each is one person injured.
- **"Attacken" is an attack.** "Charkiw war einmal mehr Ziel von Attacken"
  strikes Kharkiv like "Ziel von Angriffen".
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

INJURIES = [
    (
        "ru",
        "Дрон атаковал автомобиль\n\nУтром украинский дрон атаковал автомобиль в Грайвороне. "
        "Мужчина получил баротравму.",
        "Grayvoron",
    ),
    (
        "ru",
        "Дрон атаковал автомобиль\n\nУтром украинский дрон атаковал автомобиль в Грайвороне. "
        "Водитель получил контузию.",
        "Grayvoron",
    ),
    (
        "uk",
        "Дрон атакував автомобіль\n\nВранці російський дрон атакував автомобіль у Куп'янську. "
        "Чоловік отримав баротравму.",
        "Kupiansk",
    ),
    (
        "uk",
        "Дрон атакував автомобіль\n\nВранці російський дрон атакував автомобіль у Куп'янську. "
        "Водій отримав контузію.",
        "Kupiansk",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "town"), INJURIES, ids=[f"{c[0]}-{i}" for i, c in enumerate(INJURIES)]
)
def test_barotrauma_and_concussion_are_one_injured(extract, language, text, town):
    events = by_place(extract(text, published=TUESDAY, language=language))
    assert set(events) == {town}
    assert events[town].injured == 1


def test_attacken_strike_the_city(extract):
    events = by_place(
        extract(
            "Drohnen über der Ukraine\n\nAuch die Grossstadt Charkiw war in der Nacht zum "
            "Montag einmal mehr Ziel von Attacken. Demnach brach ein Feuer aus.",
            published=TUESDAY,
            language="de",
        )
    )
    assert set(events) == {"Kharkiv"}
