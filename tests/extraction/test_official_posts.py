"""Short official posts, as Telegram channels of the air force, regional administrations
and mayors write them: one or two sentences, the place first or after a colon, figures
without a verb. Written for these tests; the events are invented.

Cases the extractor does not handle yet are marked ``xfail(strict=True)`` with what it
misses, so they show in every run and fail loudly once fixed (then drop the mark).
"""

from __future__ import annotations

from datetime import date

import pytest

POSTED = date(2024, 3, 5)


def only(events):
    assert len(events) == 1, [(e.place, e.date) for e in events]
    return events[0]


def test_shaheds_launched_at_region_damage_a_town(extract):
    event = only(
        extract(
            "Over the night, 24 Shaheds were launched at Odesa region. Air defence destroyed 21 of "
            "them. A port warehouse in Izmail was damaged; no one was hurt."
        )
    )
    assert (event.place, event.weapons, event.killed, event.injured) == ("Izmail", ["drone"], 0, 0)


def test_drones_attack_a_city_district(extract):
    event = only(
        extract(
            "Enemy drones attacked Odesa overnight. "
            "Two people were injured in the Kyivskyi district."
        )
    )
    assert (event.place, event.parent, event.level) == ("Kyivskyi", "Odesa", "district")
    assert (event.weapons, event.injured, event.attacker) == (["drone"], 2, "RU")
    assert event.date == POSTED


def test_missile_kills_one_in_a_town(extract):
    event = only(
        extract(
            "This morning a missile hit an industrial facility in Bilhorod-Dnistrovskyi. "
            "One man was killed."
        )
    )
    assert (event.place, event.weapons, event.killed) == ("Bilhorod-Dnistrovskyi", ["missile"], 1)


def test_one_victim_named_by_role_is_counted(extract):
    event = only(
        extract(
            "At 03:40 a Russian drone struck a private house in Chornomorsk. The owner was injured."
        )
    )
    assert (event.place, event.weapons, event.injured) == ("Chornomorsk", ["drone"], 1)


def test_one_victim_named_by_trade_is_counted(extract):
    event = only(extract("The enemy attacked Ochakiv with artillery. A fisherman was killed."))
    assert (event.place, event.weapons, event.killed) == ("Ochakiv", ["artillery"], 1)


def test_figures_without_a_verb_after_a_colon(extract):
    event = only(
        extract(
            "Result of the night attack on Odesa: 1 dead, 5 injured, a supermarket burned down."
        )
    )
    assert (event.place, event.killed, event.injured) == ("Odesa", 1, 5)


def test_place_first_then_colon(extract):
    event = only(
        extract(
            "Mykolaiv: a ballistic missile struck the city centre at 07:15. "
            "Four people were injured."
        )
    )
    assert (event.place, event.weapons, event.injured) == ("Mykolaiv", ["missile"], 4)


def test_fpv_drone_in_a_district_after_a_colon(extract):
    event = only(
        extract("Kherson: an FPV drone hit a car in the Korabelnyi district, injuring the driver.")
    )
    assert (event.place, event.parent, event.weapons) == ("Korabelnyi", "Kherson", ["drone"])


def test_region_summary_of_the_day(extract):
    event = only(
        extract(
            "Over the day, the enemy shelled 27 settlements of Kherson region; "
            "4 people were injured."
        )
    )
    assert (event.place, event.level, event.weapons, event.injured) == (
        "Kherson Oblast",
        "region",
        ["artillery"],
        4,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Air raid alert in Odesa region. Stay in shelters.",
        "Two Shahed drones were shot down over Odesa region overnight. No damage.",
        "Power outages are scheduled in Odesa from 18:00 to 22:00.",
    ],
)
def test_alerts_interceptions_without_damage_and_notices_are_no_strikes(extract, text):
    assert extract(text) == []


def test_ukrainian_post_about_a_port_town(extract):
    event = only(
        extract(
            "Вночі по Одещині запустили 24 шахеди. Пошкоджено склад у порту Ізмаїла, ніхто не "
            "постраждав."
        )
    )
    assert (event.place, event.killed, event.injured) == ("Izmail", 0, 0)
