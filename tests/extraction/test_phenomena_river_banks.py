"""Issue 11 (places named but not struck), read in Polish wire copy: artillery firing "z
okupowanego lewego brzegu Dniepru" stands on a river's bank; the river is no city, and
its name (Dnipro) struck the city of Dnipro."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "pl",
            "Rosyjska artyleria z okupowanego lewego brzegu Dniepru ostrzelała Chersoń, "
            "uszkodzone zostały dwa domy.",
        ),
        (
            "en",
            "Russian artillery on the occupied left bank of the Dnipro shelled Kherson, "
            "damaging two houses.",
        ),
        (
            "uk",
            "Російська артилерія з окупованого лівого берега Дніпра обстріляла Херсон, "
            "пошкоджено два будинки.",
        ),
        (
            "ru",
            "Российская артиллерия с левого берега Днепра обстреляла Херсон, повреждены два дома.",
        ),
        (
            "fr",
            "L'artillerie russe postée sur la rive gauche du Dniepr a bombardé Kherson, "
            "endommageant deux maisons.",
        ),
        (
            "es",
            "La artillería rusa desde la orilla izquierda del Dniéper bombardeó Jersón y "
            "dañó dos casas.",
        ),
    ],
)
def test_a_river_named_by_its_bank_is_not_struck(extract, lang, sentence):
    events = extract(f"Shelling\n\n{sentence}", published=date(2025, 5, 27), language=lang)
    assert [e.place for e in events] == ["Kherson"]
