"""A sentence that names the place struck only by its kind ("a strike against
the city with guided aerial bombs", "do ataku na miasto Rosjanie użyli BM-30",
"скинули на місто авіабомби") tells that place's weapon, even in a paragraph
of its own: wire copy puts each sentence in a paragraph. It does not when the
sentence before named another place, nor for what air defence shot down.

Expected events are written by hand."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 1, 8)

CASES = [
    (
        "en",
        "Zaporizhzhia under attack\n\n"
        "One person was killed in a Russian airstrike on Zaporizhzhia.\n\n"
        '"The enemy has attacked Zaporizhzhia," Fedorov said.\n\n'
        "Earlier, officials reported a strike against the city with guided aerial bombs.",
        ("Zaporizhzhia", ["glide_bomb"], []),
    ),
    (
        "pl",
        "Mikołajów pod ostrzałem\n\n"
        "Jedna osoba zginęła w ataku rosyjskiego drona na Mikołajów.\n\n"
        "W Mikołajowie uszkodzone zostały domy, poinformował gubernator Witalij Kim.\n\n"
        "Według relacji do ataku na miasto Rosjanie użyli wyrzutni rakietowych BM-30 Smiercz.",
        ("Mykolaiv", ["drone", "artillery"], ["Smerch"]),
    ),
    (
        "uk",
        "Костянтинівка під ударом\n\n"
        "Одна людина загинула внаслідок атаки дрона на Костянтинівку.\n\n"
        "У Костянтинівці пошкоджено будинки, повідомив начальник МВА.\n\n"
        "Удень росіяни двічі скинули на місто авіабомби ФАБ-250.",
        ("Kostiantynivka", ["drone", "glide_bomb"], ["FAB-250"]),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_city_named_by_its_kind_takes_the_weapon(extract, language, text, expected):
    events = extract(text, published=PUBLISHED, language=language)
    assert [(e.place, e.weapons, e.models) for e in events] == [expected]


def test_the_city_after_a_sentence_naming_another_town_is_not_the_last_event(extract):
    text = (
        "Night attack on Zaporizhzhia\n\n"
        "One person was killed in a Russian missile strike on Zaporizhzhia.\n\n"
        "The mayor of Nikopol spoke about the consequences.\n\n"
        "A drone hit a minibus at the entrance to the city."
    )
    events = extract(text, published=PUBLISHED, language="en")
    assert [(e.place, e.weapons) for e in events] == [("Zaporizhzhia", ["missile"])]


def test_drones_shot_down_over_the_region_are_not_its_weapon(extract):
    text = (
        "Shebekino shelled\n\n"
        "Shelling of the Belgorod region killed a man in Shebekino.\n\n"
        "Governor Gladkov gave the details.\n\n"
        "Air defence intercepted 47 drones over the region overnight."
    )
    events = extract(text, published=PUBLISHED, language="en")
    assert [(e.place, "drone" in e.weapons) for e in events] == [("Shebekino", False)]
