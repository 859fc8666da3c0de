"""Issue 11 (places named but not struck, and the Borderline cases of ANNOTATION.md: a
fire is harm done), read in English wire copy: "Debris from a drone shot down over
Novoshakhtinsk set fire to dry grass next to a coal mine" is a hit on Novoshakhtinsk.
Fire words were no damage words, so the town was only a place a drone was downed over."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Debris from a drone shot down over Novoshakhtinsk set fire to dry grass."),
        ("ru", "Обломки беспилотника, сбитого над Новошахтинском, вызвали возгорание травы."),
        ("de", "Trümmer einer über Nowoschachtinsk abgeschossenen Drohne setzten Gras in Brand."),
        ("es", "Los restos de un dron derribado sobre Novoshajtinsk provocaron un incendio."),
    ],
)
def test_debris_that_started_a_fire_is_a_hit(extract, lang, sentence):
    events = extract(f"Drone debris\n\n{sentence}", published=date(2025, 8, 24), language=lang)
    assert [e.place for e in events] == ["Novoshakhtinsk"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "A drone was shot down over Novoshakhtinsk; firefighters were on standby."),
        ("de", "Über Nowoschachtinsk wurde eine Drohne abgeschossen, die Feuerwehr war bereit."),
    ],
)
def test_a_fire_brigade_is_no_fire(extract, lang, sentence):
    events = extract(f"Drone debris\n\n{sentence}", published=date(2025, 8, 24), language=lang)
    assert events == []
