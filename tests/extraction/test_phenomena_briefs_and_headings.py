"""Brief columns: headings over a town's item, alerts with no strike, earlier strikes.

"Pavlohrad. Un missile a frappé une zone industrielle de cette ville de la
région de Dnipropetrovsk": the region only locates the town of the heading,
which "cette ville" names.  "Les sirènes ont retenti à Odessa, sans qu'aucune
frappe ne soit signalée" strikes nothing.  A region "marked by the attack of 13
April 2025" on its capital is no second earlier strike beside the city's.
"""

from __future__ import annotations

from datetime import date

from phenomena import by_place, places


def test_a_heading_town_called_this_city_of_its_region_is_struck(extract):
    text = (
        "Ukraine : les points clés de la nuit\n\n"
        "Pavlohrad. Un missile russe a frappé mercredi soir une zone industrielle de cette "
        "ville de la région de Dnipropetrovsk, tuant une personne et en blessant six. Jeudi "
        "matin, le chef de l'administration militaire a revu le bilan des blessés à huit."
    )
    events = by_place(extract(text, published=date(2026, 10, 15), language="fr"))
    assert set(events) == {"Pavlohrad"}
    pavlohrad = events["Pavlohrad"]
    assert (pavlohrad.date, pavlohrad.killed, pavlohrad.injured) == (date(2026, 10, 14), 1, 8)


def test_sirens_with_no_strike_reported_strike_nothing(extract):
    text = (
        "En bref\n\n"
        "Nuit blanche à Odessa. Les sirènes ont retenti pendant près de deux heures à Odessa, "
        "sans qu'aucune frappe ne soit signalée dans la ville portuaire."
    )
    assert extract(text, published=date(2026, 6, 2), language="fr") == []


def test_a_region_marked_by_an_earlier_strike_on_its_city_is_the_citys_strike(extract):
    text = (
        "Resumo do dia\n\n"
        "• Na segunda-feira, drones russos atingiram Okhtyrka, na região de Sumy.\n"
        "• A região de Sumy continua marcada pelo ataque de 13 de abril de 2025, quando dois "
        "mísseis balísticos mataram 35 pessoas no centro da cidade de Sumy."
    )
    events = extract(text, published=date(2025, 9, 16), language="pt")
    earlier = [(e.place, e.killed) for e in events if e.date == date(2025, 4, 13)]
    assert earlier == [("Sumy", 35)]


def test_a_pipeline_named_after_a_town_is_no_town(extract):
    text = (
        "Kurz gemeldet\n\n"
        "Ukrainische Drohnen haben in der Nacht eine Pumpstation der Druschba-Ölpipeline in "
        "Unetscha im russischen Gebiet Brjansk getroffen."
    )
    assert places(extract(text, published=date(2025, 12, 4), language="de")) == {"Unecha"}
