"""A strike told without a day takes the day the next sentence gives it.

Wire copy often names the place in one sentence and the day in the next:
"The authorities also reported glide bomb attacks on Bilopillia. A woman was
injured there on Tuesday." The strike is Tuesday's (issue 11, phenomenon 4:
each clause with a strike carries its own time), and the woman is its toll.
The report's own day (Wednesday, the lead's) is not.

The day the next sentence gives a count ("am Dienstag stieg ihre Zahl auf
vier") or a statement ("teilte der Bürgermeister am Donnerstag mit") dates
nothing, and neither does a next sentence about another place.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import by_place

#: A Wednesday; the lead's strike is that night's, the second one Tuesday's.
PUBLISHED = date(2026, 1, 14)
TUESDAY = date(2026, 1, 13)

TOLD_NEXT = [
    (
        "en",
        "Drone debris damaged an apartment block in Kursk overnight, injuring two women.\n\n"
        "Ukrainian officials also reported glide bomb attacks on the town of Bilopillia in the "
        "Sumy region. A woman was injured there on Tuesday, the military administration said.",
    ),
    (
        "de",
        "In der Nacht zu Mittwoch beschädigten Drohnentrümmer ein Wohnhaus in Kursk, zwei "
        "Frauen wurden verletzt.\n\nDie Behörden meldeten zudem Gleitbombenangriffe auf die "
        "Stadt Bilopillja im Gebiet Sumy. Dort sei am Dienstag eine Frau verletzt worden.",
    ),
    (
        "uk",
        "Уночі уламки дрона пошкодили будинок у Курську, поранено двох жінок.\n\nТакож ворог "
        "атакував Білопілля на Сумщині керованими авіабомбами. Там у вівторок поранено жінку.",
    ),
    (
        "it",
        "Nella notte detriti di un drone hanno danneggiato un palazzo a Kursk, ferendo due "
        "donne.\n\nLe autorità hanno segnalato anche attacchi con bombe plananti sulla città di "
        "Bilopillia, nella regione di Sumy. Lì martedì è rimasta ferita una donna.",
    ),
]


@pytest.mark.parametrize(("language", "text"), TOLD_NEXT, ids=[c[0] for c in TOLD_NEXT])
def test_the_next_sentence_dates_the_strike_and_gives_its_toll(extract, language, text):
    events = by_place(extract(f"News\n\n{text}", published=PUBLISHED, language=language))
    assert events["Bilopillia"].date == TUESDAY
    assert events["Bilopillia"].injured == 1
    assert events["Kursk"].date == PUBLISHED
    assert events["Kursk"].injured == 2


DAY_ONLY = [
    (
        "fr",
        "Dans la nuit de mardi à mercredi, des débris de drone ont endommagé un immeuble à "
        "Koursk, blessant deux femmes.\n\nLes autorités ont aussi signalé des frappes de bombes "
        "guidées sur la ville de Bilopillia, dans la région de Soumy. L'attaque a eu lieu mardi "
        "après-midi.",
    ),
    (
        "es",
        "Durante la noche del martes al miércoles, restos de un dron dañaron un edificio en "
        "Kursk e hirieron a dos mujeres.\n\nLas autoridades informaron también de ataques con "
        "bombas guiadas contra la ciudad de Bilopillia, en la región de Sumy. El ataque se "
        "produjo el martes por la tarde.",
    ),
]


@pytest.mark.parametrize(("language", "text"), DAY_ONLY, ids=[c[0] for c in DAY_ONLY])
def test_the_attack_happened_on_a_day_told_next(extract, language, text):
    events = by_place(extract(f"News\n\n{text}", published=PUBLISHED, language=language))
    assert events["Bilopillia"].date == TUESDAY


def test_a_day_the_count_was_raised_dates_no_strike(extract):
    text = (
        "Russland griff in der Nacht auf Montag die Hafenstadt Odessa mit Drohnen an.\n\n"
        "Nach Angaben des Gouverneurs wurden im Bezirk Peressyp Hafenanlagen beschädigt. "
        "Zunächst war von drei Verletzten die Rede; am Dienstag stieg ihre Zahl auf vier."
    )
    events = extract(f"News\n\n{text}", published=date(2025, 11, 4), language="de")
    assert {e.date for e in events} == {date(2025, 11, 3)}


def test_the_day_a_statement_was_made_dates_no_strike(extract):
    # Published on a Friday: the strike keeps the report's day, not Thursday's.
    text = (
        "Nach dem russischen Raketenangriff auf die Stadt Krywyj Rih ist die Zahl der "
        "Todesopfer auf zwölf gestiegen. Unter den Toten seien vier Kinder, teilte der Chef "
        "der städtischen Militärverwaltung am Donnerstag mit."
    )
    events = extract(f"News\n\n{text}", published=date(2025, 9, 19), language="de")
    assert [e.date for e in events] == [date(2025, 9, 19)]


def test_a_next_sentence_about_another_place_dates_nothing_here(extract):
    text = (
        "Drone debris damaged an apartment block in Kursk overnight, injuring two women.\n\n"
        "Russian glide bombs also hit the town of Bilopillia. In Sumy, a man was injured on "
        "Tuesday."
    )
    events = by_place(extract(f"News\n\n{text}", published=PUBLISHED, language="en"))
    assert events["Bilopillia"].date == PUBLISHED
