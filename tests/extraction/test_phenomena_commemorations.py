"""A commemoration ("Belgorod remembers the victims of the shelling of 30 December",
"Ukraine gedenkt der Opfer von Poltawa") tells of an earlier strike: the place
remembered is no strike of the day the article is about, whatever day the
ceremony is on."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 12, 30)

ARTICLES = {
    "ru": (
        "Белгород вспоминает жертв обстрела 30 декабря\n"
        "\n"
        "В Белгороде в понедельник почтили память жертв удара по центру города. Погибли "
        "25 человек.\n"
        "\n"
        "Ночью беспилотники атаковали Брянск, повреждена крыша склада. Пострадавших "
        "нет.\n"
    ),
    "de": (
        "Ukraine gedenkt der Opfer von Poltawa\n"
        "\n"
        "Mit einer Schweigeminute hat die Ukraine am Montag der Opfer des Raketenangriffs "
        "auf Poltawa gedacht. Mehr als 50 Menschen wurden damals getötet.\n"
        "\n"
        "In der Nacht traf eine Drohne ein Lagerhaus in Charkiw. Verletzt wurde "
        "niemand.\n"
    ),
    "en": (
        "Kyiv commemorates the victims of the Okhmatdyt strike\n"
        "\n"
        "Residents of Kyiv on Monday mourned the victims of the missile strike on the "
        "children's hospital, which killed 33 people.\n"
        "\n"
        "Overnight a drone hit a warehouse in Kharkiv. Nobody was hurt.\n"
    ),
    "fr": (
        "Kiev commémore les victimes de la frappe sur l'hôpital Okhmatdyt\n"
        "\n"
        "Les habitants de Kiev ont rendu hommage lundi aux victimes de la frappe sur "
        "l'hôpital pour enfants, qui avait fait 33 morts.\n"
        "\n"
        "Dans la nuit, un drone a touché un entrepôt à Kharkiv. Personne n'a été "
        "blessé.\n"
    ),
}

TODAY = {"ru": "Bryansk", "de": "Kharkiv", "en": "Kharkiv", "fr": "Kharkiv"}


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_the_place_remembered_is_no_strike_of_the_day(extract, language):
    events = extract(ARTICLES[language], published=PUBLISHED, language=language)
    assert [(e.place, e.injured) for e in events if e.primary] == [(TODAY[language], 0)]
