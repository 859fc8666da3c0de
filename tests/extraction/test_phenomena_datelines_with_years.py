"""Issue 11 (dates), from heldout_real_5's Lusa copy: a dateline with a year ("Kiev, 07
dez 2024 (Lusa) -") is the filing, not the strike; before, its date dated Kharkiv a day
late. And a title that gives no day of its own ("Moscovo denuncia ataque ucraniano em
Briansk") tells of the body's strike in that region on whatever day the body gives."""

from __future__ import annotations

from datetime import date

import pytest

SATURDAY = date(2024, 12, 7)
FRIDAY = date(2024, 12, 6)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Kiev, 07 dez 2024 (Lusa) - Quatro pessoas morreram num ataque russo com drones "
            "contra a cidade de Kharkiv na noite de sexta-feira.",
        ),
        (
            "pt",
            "Kiev, 7 de dezembro de 2024 (Lusa) - Quatro pessoas morreram num ataque russo com "
            "drones contra a cidade de Kharkiv na noite de sexta-feira.",
        ),
        (
            "es",
            "Kiev, 7 dic 2024 (EFE) - Cuatro personas murieron en un ataque ruso con drones contra "
            "Járkov en la noche del viernes.",
        ),
    ],
)
def test_a_datelines_date_and_year_do_not_date_the_strike(extract, lang, text):
    events = extract(f"Ataque\n\n{text}", published=SATURDAY, language=lang)
    assert [(e.place, e.date, e.killed) for e in events] == [("Kharkiv", FRIDAY, 4)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Ataque em Kharkiv; Moscovo denuncia ataque ucraniano em Briansk\n\nQuatro pessoas "
            "morreram em Kharkiv na noite de sexta-feira. Do lado russo, um drone ucraniano "
            "atingiu hoje um camião na vila de Klimovo, ferindo duas pessoas.",
        ),
        (
            "en",
            "Four dead in Kharkiv; Russia reports Ukrainian drone attack on Bryansk\n\nFour people "
            "were killed in Kharkiv on Friday night. In Russia, a Ukrainian drone hit a lorry in "
            "the village of Klimovo on Saturday, wounding two.",
        ),
    ],
)
def test_an_undated_title_city_gives_way_to_the_bodys_town_of_another_day(extract, lang, text):
    events = extract(text, published=SATURDAY, language=lang)
    assert {(e.place, e.date) for e in events} == {("Kharkiv", FRIDAY), ("Klimovo", SATURDAY)}
