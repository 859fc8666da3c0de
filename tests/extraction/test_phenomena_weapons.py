"""Issue 11, phenomenon 6: specific weapons win over generic words for the same wave."""

from __future__ import annotations

from phenomena import TUESDAY, by_place


def test_a_bombardment_of_missiles_is_a_missile_strike(extract):
    events = extract(
        "Massive bombardment of Lviv\n\n"
        "Russia launched a massive bombardment of Ukraine overnight, firing 38 missiles. In "
        "Lviv, a missile hit an energy facility and started a fire.",
        published=TUESDAY,
    )
    assert by_place(events)["Lviv"].weapons == ["missile"]


def test_a_missile_danger_alert_adds_no_missile_to_an_mlrs_attack(extract):
    events = extract(
        "Grad rockets hit Nikopol\n\n"
        "Russian troops fired Grad multiple rocket launchers at Nikopol on Tuesday, damaging "
        "houses. A missile danger alert was declared in the region at the same time.",
        published=TUESDAY,
    )
    assert by_place(events)["Nikopol"].weapons == ["artillery"]


def test_french_guided_aerial_bomb_is_a_glide_bomb(extract):
    events = extract(
        "Bombes sur Kramatorsk\n\n"
        "L'armée russe a largué une bombe aérienne guidée sur Kramatorsk mardi, tuant deux "
        "personnes.",
        published=TUESDAY,
        language="fr",
    )
    assert by_place(events)["Kramatorsk"].weapons == ["glide_bomb"]


def test_ukrainian_guided_air_bomb_wins_over_shelling(extract):
    events = extract(
        "Удар по Куп'янську\n\n"
        "Окупанти обстріляли Куп'янськ: загарбники завдали удару керованою авіабомбою по "
        "адміністративній будівлі, поранено хлопчика.",
        published=TUESDAY,
        language="uk",
    )
    assert by_place(events)["Kupiansk"].weapons == ["glide_bomb"]


def test_polish_shahed_pasted_is_a_drone_model(extract):
    events = extract(
        "Atak na Odessę\n\n"
        "W nocy drony Shahed uderzyły w infrastrukturę portową w Odessie, ranne zostały dwie "
        "osoby.",
        published=TUESDAY,
        language="pl",
    )
    odesa = by_place(events)["Odesa"]
    assert odesa.weapons == ["drone"] and "Shahed-136" in odesa.models


def test_german_air_strikes_by_drone_are_drone_strikes(extract):
    events = extract(
        "Luftangriffe auf Dnipro\n\n"
        "Die Stadt Dnipro wurde das Ziel von Luftangriffen. Ein Drohnentreffer auf ein "
        "Wohnhaus verletzte acht Menschen.",
        published=TUESDAY,
        language="de",
    )
    assert by_place(events)["Dnipro"].weapons == ["drone"]


def test_an_official_list_of_geran_drones_wins_over_generic_shelling(extract):
    events = extract(
        "Синєгубов: наслідки обстрілів Харкова\n\n"
        "Внаслідок обстрілів у Харкові пошкоджена покрівля двох багатоповерхівок. Протягом "
        "доби по Харкову вдарило таке озброєння:\n- чотири БпЛА типу «Герань-2»;\n- вісім "
        "fpv-дронів.",
        published=TUESDAY,
        language="uk",
    )
    assert by_place(events)["Kharkiv"].weapons == ["drone"]
