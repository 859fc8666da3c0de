"""Issue 11 (phenomenon 9, raions), read in an English round-up of a night over the Kyiv
region: "in the Vyshhorod district" is the Vyshhorod raion of the Kyiv region, not
Kyiv's Vyshhorodskyi Masyv, a housing estate GeoNames lists among the capital's
neighbourhoods. "The X district" names a city's administrative districts only."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Night attack on the Kyiv region\n\nAir defence was active over Kyiv for three "
            "hours. In the Vyshhorod district, debris from a downed drone damaged several "
            "private houses.",
        ),
        (
            "it",
            "Attacco sulla regione di Kiev\n\nLa contraerea ha operato su Kiev per tre ore. Nel "
            "distretto di Vyshhorod i detriti di un drone hanno danneggiato diverse case.",
        ),
        (
            "pt",
            "Ataque à região de Kiev\n\nA defesa antiaérea atuou sobre Kiev durante três "
            "horas. No distrito de Vyshhorod, destroços de um drone danificaram várias casas.",
        ),
        (
            "uk",
            "Нічна атака на Київщину\n\nНад Києвом три години працювала ППО. У Вишгородському "
            "районі уламки збитого дрона пошкодили кілька приватних будинків.",
        ),
        (
            "de",
            "Nächtlicher Angriff auf das Gebiet Kiew\n\nÜber Kiew war die Flugabwehr drei "
            "Stunden im Einsatz. Im Kreis Wyschhorod beschädigten Trümmer einer abgeschossenen "
            "Drohne mehrere Wohnhäuser.",
        ),
    ],
)
def test_the_vyshhorod_district_is_the_raion(extract, lang, text):
    events = extract(text, published=date(2025, 11, 12), language=lang)
    assert "Vyshhorod Raion" in {e.place for e in events}
    assert "Vyshhorodskyi Masyv" not in {e.place for e in events}
