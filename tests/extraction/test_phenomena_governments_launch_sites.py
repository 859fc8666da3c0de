"""Issue 11, read in real reporting on strikes told from both sides (Russian
governors' posts retold by wires, Ukrainian regional sites, Spanish and Italian
wire copy):

- **a capital standing for its government** in more phrasings: "the Kyiv regime",
  "Moscow's war machine", "Moscow calls the attacks terrorism", "Киев атаку на
  Рыльск не комментировал", "Moscú no se pronunció", "las denuncias de Kiev", "il
  governatore installato da Mosca"; and "Moscow time" is a clock, no place;
- **where a president spoke** ("Selenskyj erinnerte in Kiew in seiner
  Abendansprache") is no place struck;
- **launch sites** told with an active verb ("запустили з тимчасово окупованого
  Криму", "злетіли з аеродрому «Енгельс» у Саратовській області", "tirés depuis la
  Crimée", "lanzados desde Kursk"), but not the target after them ("sur Odessa",
  "impactaron en Sumy", "по Одесі");
- **Sevastopol lies in Crimea**: "Sevastopol, in Crimea" is one strike on Sevastopol,
  not a second one on Crimea; a region right after a launch site locates it
  ("Hvardiiske in occupied Crimea");
- **"on the border with the occupied part of the Luhansk region"** is a reference point.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places


@pytest.mark.parametrize(
    ("lang", "text", "struck"),
    [
        (
            "en",
            'Drones hit Saratov\n\nA Ukrainian drone attack hit Saratov overnight. "The Kyiv '
            'regime once again tried to hit the civilian infrastructure of Saratov," the '
            "governor wrote. Ukraine says the refineries fuel Moscow's war machine. Moscow "
            "calls the attacks terrorism.",
            {"Saratov"},
        ),
        (
            "en",
            "Drones hit Saratov\n\nThe ministry said 74 drones were destroyed between 11 p.m. "
            "and 7 a.m. Moscow time. A drone hit a refinery in Saratov.",
            {"Saratov"},
        ),
        (
            "ru",
            "Атака на Рыльск\n\nУкраинский беспилотник атаковал остановку в Рыльске, погиб "
            "мужчина. Киев атаку на Рыльск не комментировал.",
            {"Rylsk"},
        ),
        (
            "es",
            "Ataque en Vilniansk\n\nDos hombres murieron en un ataque ruso contra Vilniansk. "
            "Moscú no se pronunció sobre los ataques, pese a las reiteradas denuncias de "
            "Kiev sobre víctimas civiles.",
            {"Vilniansk"},
        ),
        (
            "it",
            "Missili su Sebastopoli\n\nUn attacco missilistico ucraino ha colpito il cantiere "
            "navale di Sebastopoli, in Crimea. Lo ha riferito il governatore installato da "
            "Mosca.",
            {"Sevastopol"},
        ),
        (
            "de",
            "Kupjansk beschossen\n\nAm Dienstag wurde Kupjansk beschossen, ein Mann kam ums "
            "Leben. Präsident Selenskyj erinnerte in Kiew in seiner Abendansprache an die "
            "Toten.",
            {"Kupiansk"},
        ),
    ],
)
def test_capitals_as_governments_clocks_and_speakers_strike_nothing(extract, lang, text, struck):
    assert places(extract(text, published=TUESDAY, language=lang)) == struck


@pytest.mark.parametrize(
    ("lang", "text", "struck"),
    [
        (
            "uk",
            "Удар по Одесі\n\nРакету «Іскандер-М» запустили з тимчасово окупованого Криму. "
            "Удар припав на Одесу, загинули двоє людей.",
            {"Odesa"},
        ),
        (
            "uk",
            "Уламки у Смілі\n\nБомбардувальники злетіли з аеродрому «Енгельс» у Саратовській "
            "області. Уламки впали у Смілі, травмовані двоє людей.",
            {"Smila"},
        ),
        (
            "uk",
            "Удар по Одесі\n\nРосіяни запустили ракети з Криму по Одесі, загинули двоє.",
            {"Odesa"},
        ),
        (
            "fr",
            "Frappe sur Odessa\n\nLes missiles ont été tirés depuis la Crimée sur Odessa, "
            "faisant deux morts.",
            {"Odesa"},
        ),
        (
            "es",
            "Ataque en Sumy\n\nLos drones lanzados desde Kursk impactaron en Sumy, hiriendo a "
            "dos personas.",
            {"Sumy"},
        ),
        (
            "en",
            "Drone hits Dnipro\n\nThe drones were launched from the directions of Millerovo and "
            "Hvardiiske in occupied Crimea. A drone struck a car dealership in Dnipro, killing "
            "a guard.",
            {"Dnipro"},
        ),
    ],
)
def test_launch_sites_are_not_struck_but_their_targets_are(extract, lang, text, struck):
    assert places(extract(text, published=TUESDAY, language=lang)) == struck


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Strike on Sevastopol\n\nA Ukrainian missile hit the shipyard in Sevastopol, in "
            "Crimea, overnight, injuring 24 people.",
        ),
        (
            "it",
            "Attacco a Sebastopoli\n\nUn attacco missilistico ucraino ha colpito nella notte "
            "il cantiere navale di Sebastopoli, in Crimea: 24 feriti.",
        ),
        (
            "ru",
            "Удар по Севастополю\n\nНочью ракеты ударили по Севастополю в Крыму, ранены 24 "
            "человека.",
        ),
    ],
)
def test_sevastopol_in_crimea_is_one_strike_on_sevastopol(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert [(e.place, e.injured) for e in events] == [("Sevastopol", 24)]


def test_the_border_with_an_occupied_region_is_a_reference_point(extract):
    events = extract(
        "Debris in Novoshakhtinsk\n\nDebris from a downed drone fell on a house in "
        "Novoshakhtinsk, a mining town on the border with the occupied part of the Luhansk "
        "region. A 71-year-old woman was taken to hospital.",
        published=TUESDAY,
        language="en",
    )
    assert [(e.place, e.injured) for e in events] == [("Novoshakhtinsk", 1)]


def test_english_capital_that_is_not_looking_for_a_ceasefire_is_a_government(extract):
    events = extract(
        "Missiles hit Kyiv\n\n"
        "Russian missiles hit Kyiv overnight, killing four people. Zelensky said the strike "
        'showed that Moscow "is not looking for a ceasefire but for new targets". The '
        "attack also damaged power lines and cut Russia's revenues of nothing.",
        published=TUESDAY,
    )
    assert places(events) == {"Kyiv"}


def test_spanish_revenues_of_a_capital_are_a_governments(extract):
    events = extract(
        "Drones ucranianos atacan la refinería de Syzran\n\n"
        "Drones ucranianos atacaron el martes la refinería de Syzran y provocaron un "
        "incendio. Según analistas, los ataques contra refinerías buscan reducir los "
        "ingresos de Moscú por la exportación de combustibles.",
        published=TUESDAY,
        language="es",
    )
    assert places(events) == {"Syzran"}


def test_portuguese_capital_accused_of_destroying_is_a_government(extract):
    events = extract(
        "Rússia ataca refinaria de Kremenchuk\n\n"
        "Mísseis russos atingiram na terça-feira a refinaria de Kremenchuk, provocando um "
        "grande incêndio. Kiev acusa Moscou de tentar destruir a capacidade de refino do "
        "país antes do inverno.",
        published=TUESDAY,
        language="pt",
    )
    assert places(events) == {"Kremenchuk"}


def test_french_capital_that_does_not_seek_peace_is_a_government(extract):
    events = extract(
        "Frappe sur Odessa\n\n"
        "Des drones russes ont frappé le port d'Odessa mardi, blessant deux personnes. "
        "Selon le président ukrainien, Moscou ne cherche pas la paix mais de nouvelles "
        "cibles, et les frappes visent à détruire les exportations ukrainiennes.",
        published=TUESDAY,
        language="fr",
    )
    assert places(events) == {"Odesa"}
