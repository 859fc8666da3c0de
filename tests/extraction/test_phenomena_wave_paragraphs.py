"""Issue 11, phenomenon 4: the night's wave and the paragraphs that tell its hits.

Wires lead with the evening strike of the day before ("martedì sera") and then
tell the night's wave in a paragraph of its own ("Nella notte, la Russia ha
lanciato 4 missili e 87 droni"); the paragraphs right after it tell where that
wave hit, on the wave's day, until a subhead, a day heading or a date of their
own.  A habit told at the end ("regularly hit by artillery, drones and glide
bombs") adds no weapon to the day's strike.
"""

from __future__ import annotations

from datetime import date

from phenomena import by_place

WEDNESDAY = date(2025, 1, 22)
TUESDAY = date(2025, 1, 21)


def test_italian_paragraphs_after_the_nights_wave_take_its_day(extract):
    events = extract(
        "Missili S-300 su Bohodukhiv\n\n"
        "Due persone sono morte in un attacco russo con missili S-300 contro Bohodukhiv, "
        "avvenuto martedì sera intorno alle 21.\n\n"
        "Nella notte, la Russia ha lanciato contro l'Ucraina 4 missili da crociera e 87 "
        "droni Shahed, secondo l'Aeronautica militare.\n\n"
        "A Ivano-Frankivsk un missile ha colpito un impianto energetico, provocando un "
        "incendio: non ci sono né morti né feriti.",
        published=WEDNESDAY,
        language="it",
    )
    found = by_place(events)
    assert found["Bohodukhiv"].date == TUESDAY
    frankivsk = found["Ivano-Frankivsk"]
    assert frankivsk.date == WEDNESDAY
    assert (frankivsk.killed, frankivsk.injured) == (0, 0)


def test_english_paragraphs_after_the_nights_wave_take_its_day(extract):
    events = extract(
        "S-300 missiles hit Bohodukhiv\n\n"
        "Two people were killed in a Russian S-300 missile attack on Bohodukhiv on Tuesday "
        "evening at around 9 p.m.\n\n"
        "Overnight, Russia launched 4 cruise missiles and 87 Shahed drones at Ukraine, the "
        "air force said.\n\n"
        "In Ivano-Frankivsk a missile hit an energy facility and started a fire.",
        published=WEDNESDAY,
    )
    found = by_place(events)
    assert found["Bohodukhiv"].date == TUESDAY
    assert found["Ivano-Frankivsk"].date == WEDNESDAY


def test_german_paragraphs_after_the_nights_wave_take_its_day(extract):
    events = extract(
        "S-300-Raketen auf Bohoduchiw\n\n"
        "Zwei Menschen wurden bei einem russischen Angriff mit S-300-Raketen auf "
        "Bohoduchiw am Dienstagabend getötet.\n\n"
        "In der Nacht feuerte Russland vier Marschflugkörper und 87 Drohnen auf die "
        "Ukraine ab, teilte die Luftwaffe mit.\n\n"
        "In Iwano-Frankiwsk traf eine Rakete eine Energieanlage und löste einen Brand aus.",
        published=WEDNESDAY,
        language="de",
    )
    found = by_place(events)
    assert found["Ivano-Frankivsk"].date == WEDNESDAY


def test_a_day_heading_ends_the_waves_account(extract):
    events = extract(
        "Ukraine live\n\n"
        "Wednesday 22 January\n\n"
        "08:50 - Russia launched 87 drones overnight, the air force said.\n\n"
        "08:20 - In Ternopil, a drone hit an energy facility.\n\n"
        "Tuesday 21 January\n\n"
        "21:15 - A Russian missile strike on Kharkiv injured 23 people.",
        published=WEDNESDAY,
    )
    found = by_place(events)
    assert found["Ternopil"].date == WEDNESDAY
    assert found["Kharkiv"].date == TUESDAY


def test_italian_habit_adds_no_weapon_to_the_days_strike(extract):
    events = extract(
        "Missili S-300 su Bohodukhiv\n\n"
        "Due persone sono morte martedì sera in un attacco russo con missili S-300 contro "
        "Bohodukhiv. Bohodukhiv è regolarmente bersagliata da artiglieria, droni e bombe "
        "plananti.",
        published=WEDNESDAY,
        language="it",
    )
    assert by_place(events)["Bohodukhiv"].weapons == ["missile"]


def test_english_habit_adds_no_weapon_to_the_days_strike(extract):
    events = extract(
        "S-300 missiles hit Bohodukhiv\n\n"
        "Two people were killed in a Russian S-300 missile attack on Bohodukhiv on Tuesday "
        "evening. Bohodukhiv is regularly hit by artillery, drones and glide bombs.",
        published=WEDNESDAY,
    )
    assert by_place(events)["Bohodukhiv"].weapons == ["missile"]


def test_ukrainian_habit_adds_no_weapon_to_the_days_strike(extract):
    events = extract(
        "С-300 по Богодухову\n\n"
        "У вівторок увечері росіяни вдарили ракетами С-300 по Богодухову, загинули двоє "
        "людей. Богодухів регулярно обстрілюють з артилерії, дронів і керованими "
        "авіабомбами.",
        published=WEDNESDAY,
        language="uk",
    )
    assert by_place(events)["Bohodukhiv"].weapons == ["missile"]
