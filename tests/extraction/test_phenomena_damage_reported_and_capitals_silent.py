"""Damage reported in a place marks it struck, in every language ("Schäden
gab es zudem in Sumy", "des dégâts à Soumy", "danos em Sumy"), and a capital
that gave no details of damage is a government, not a place struck ("Moscow
gave no details", "Москва не сообщила", "Moskau machte keine Angaben").

Expected events are written by hand."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 6, 1)

DAMAGE_ELSEWHERE = [
    (
        "de",
        "Ein russischer Drohnenangriff auf Charkiw tötete zwei Menschen. "
        "Schäden gab es zudem in Sumy und Odessa.",
    ),
    (
        "fr",
        "Une attaque de drones russes sur Kharkiv a tué deux personnes. "
        "Des dégâts ont aussi été signalés à Soumy et Odessa.",
    ),
    (
        "it",
        "Un attacco di droni russi su Kharkiv ha ucciso due persone. "
        "Danni sono stati segnalati anche a Sumy e Odessa.",
    ),
    (
        "pt",
        "Um ataque de drones russos contra Kharkiv matou duas pessoas. "
        "Também foram registrados danos em Sumy e Odessa.",
    ),
]


@pytest.mark.parametrize(
    ("language", "text"), DAMAGE_ELSEWHERE, ids=[c[0] for c in DAMAGE_ELSEWHERE]
)
def test_damage_reported_in_two_more_cities_marks_them_struck(extract, language, text):
    events = extract(text, published=PUBLISHED, language=language)
    assert sorted((e.place, e.killed) for e in events) == [
        ("Kharkiv", 2),
        ("Odesa", None),
        ("Sumy", None),
    ]


SILENT_CAPITALS = [
    (
        "en",
        "Ukrainian drones attacked the Bryansk region overnight. Moscow gave no details of damage.",
    ),
    ("ru", "Украинские дроны атаковали ночью Брянскую область. О повреждениях Москва не сообщила."),
    (
        "uk",
        "Українські дрони атакували вночі Брянську область. Про пошкодження Москва не повідомила.",
    ),
    (
        "de",
        "Ukrainische Drohnen griffen in der Nacht die Region Brjansk an. "
        "Moskau machte keine Angaben zu Schäden.",
    ),
    (
        "de",
        "Ukrainische Drohnen griffen in der Nacht die Region Brjansk an. "
        "Angaben zu Schäden machte Moskau nicht.",
    ),
]


@pytest.mark.parametrize(
    ("language", "text"),
    SILENT_CAPITALS,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(SILENT_CAPITALS)],
)
def test_a_capital_that_gave_no_details_of_damage_is_not_struck(extract, language, text):
    events = extract(text, published=date(2025, 12, 6), language=language)
    assert [(e.place, e.attacker) for e in events] == [("Bryansk Oblast", "UA")]
