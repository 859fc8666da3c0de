"""Issue 11 (dates: "a report or update time is taken as the strike date"), read in
follow-up reports: the day rescuers finished the search, pulled out the last body or the
city mourned is no strike's day.  A place named in such a sentence belongs to the strike
the article has already dated; a day that qualifies the strike noun in the same
sentence still counts ("the search after Thursday's strike ended on Friday").

The publication day of every article below is Saturday 8 March 2025; the strike was on
Thursday the 6th.
"""

from __future__ import annotations

from datetime import date

import pytest

SATURDAY = date(2025, 3, 8)
THURSDAY = date(2025, 3, 6)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Frappe sur Kiev\n\nJeudi 6 mars, un missile a frappé un immeuble à Kiev, tuant "
            "21 personnes. Les sauveteurs ont achevé vendredi soir les recherches dans les "
            "ruines de l'immeuble, dans le district de Sviatochynsky.",
        ),
        (
            "en",
            "Strike on Kyiv\n\nOn Thursday, March 6, a missile hit an apartment block in Kyiv, "
            "killing 21 people. Rescuers pulled the last body from the rubble of the building "
            "in the Sviatoshynskyi district on Friday evening.",
        ),
        (
            "uk",
            "Удар по Києву\n\nУ четвер, 6 березня, ракета влучила в багатоповерхівку в Києві, "
            "загинула 21 людина. У п'ятницю рятувальники завершили розбирання завалів на місці "
            "удару у Святошинському районі.",
        ),
        (
            "ru",
            "Удар по Киеву\n\nВ четверг, 6 марта, ракета попала в многоэтажку в Киеве, погиб "
            "21 человек. В пятницу спасатели завершили разбор завалов на месте удара в "
            "Святошинском районе.",
        ),
    ],
)
def test_the_day_of_the_aftermath_dates_no_strike(extract, lang, text):
    events = extract(text, published=SATURDAY, language=lang)
    assert {e.date for e in events} == {THURSDAY}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Ataque a Poltava\n\nUm míssil atingiu um prédio em Poltava na madrugada de "
            "quinta-feira, 6 de março, matando seis pessoas. A autarquia decretou luto "
            "municipal para sexta-feira. Na mesma noite, drones russos atingiram a refinaria "
            "de Kremenchuk.",
        ),
        (
            "es",
            "Ataque contra Poltava\n\nUn misil alcanzó un edificio en Poltava en la madrugada "
            "del jueves 6 de marzo y mató a seis personas. El ayuntamiento decretó luto oficial "
            "para el viernes. Esa misma noche, drones rusos alcanzaron la refinería de "
            "Kremenchuk.",
        ),
        (
            "en",
            "Strike on Poltava\n\nA missile hit an apartment block in Poltava early on "
            "Thursday, March 6, killing six people. The city declared Friday a day of "
            "mourning. The same night, Russian drones hit the refinery in Kremenchuk.",
        ),
    ],
)
def test_the_same_night_is_the_strike_s_not_the_mourning_day_s(extract, lang, text):
    events = extract(text, published=SATURDAY, language=lang)
    assert {(e.place, e.date) for e in events} == {
        ("Poltava", THURSDAY),
        ("Kremenchuk", THURSDAY),
    }
