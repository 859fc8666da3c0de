"""Issue 11 (phenomenon 1), from heldout_real_5's misses: more places named but not struck.

* a nuclear plant named after a city it does not stand in ("di fronte alla centrale
  nucleare di Zaporizhzhia", "Atomkraftwerk Saporischschja", "Запорізька АЕС");
* a capital after a meeting with someone ("bei einem Treffen mit dem deutschen
  Verteidigungsminister in Kiew"), after "sanctions against", or denouncing, claiming or
  not commenting ("Mosca sostiene di aver colpito", "Moscovo denuncia",
  "Киев атаки … не комментирует");
* a clinic's town ("in una clinica di Dnipro") and a launch area in Italian
  ("lanciato dalla Crimea").
"""

from __future__ import annotations

import pytest
from phenomena import MONDAY, places

STRIKE = {
    "it": "Lunedì sera l'artiglieria russa ha colpito Nikopol, senza vittime.",
    "de": "Am Montagabend beschoss russische Artillerie Nikopol, Opfer gab es keine.",
    "uk": "У понеділок увечері російська артилерія обстріляла Нікополь, без жертв.",
    "ru": "В понедельник вечером российская артиллерия обстреляла Никополь, жертв нет.",
    "fr": "Lundi soir, l'artillerie russe a frappé Nikopol, sans faire de victimes.",
    "es": "El lunes por la noche la artillería rusa atacó Nikopol, sin víctimas.",
    "pt": "Na segunda-feira à noite, a artilharia russa atingiu Nikopol, sem vítimas.",
    "en": "On Monday evening Russian artillery shelled Nikopol, with no casualties.",
    "pl": "W poniedziałek wieczorem rosyjska artyleria ostrzelała Nikopol, bez ofiar.",
}


@pytest.mark.parametrize(
    ("lang", "aside"),
    [
        (
            "it",
            "La città si trova sulla riva del fiume di fronte alla centrale nucleare di "
            "Zaporizhzhia.",
        ),
        ("de", "Die Stadt liegt am Ufer gegenüber dem Atomkraftwerk Saporischschja."),
        ("uk", "Місто розташоване навпроти окупованої Запорізької АЕС."),
        ("ru", "Город расположен напротив оккупированной Запорожской АЭС."),
        ("fr", "La ville fait face à la centrale nucléaire de Zaporijjia."),
        ("es", "La ciudad está frente a la central nuclear de Zaporiyia."),
        ("pt", "A cidade fica em frente à central nuclear de Zaporizhzhia."),
        ("en", "The town lies across the river from the Zaporizhzhia nuclear power plant."),
    ],
)
def test_a_nuclear_plant_named_after_a_city_strikes_no_city(extract, lang, aside):
    text = f"Nikopol\n\n{STRIKE[lang]} {aside}"
    assert places(extract(text, published=MONDAY, language=lang)) == {"Nikopol"}


@pytest.mark.parametrize(
    ("lang", "aside"),
    [
        (
            "de",
            "Selenskyj forderte bei einem Treffen mit dem deutschen Verteidigungsminister in "
            "Kiew mehr Flugabwehr.",
        ),
        (
            "en",
            "Zelensky asked for more air defence at a meeting with the German defence "
            "minister in Kyiv.",
        ),
        ("it", "Mosca sostiene di aver colpito strutture militari."),
        ("pt", "Em Bruxelas, os ministros preparam um novo pacote de sanções contra Moscovo."),
        ("fr", "Les ministres préparent de nouvelles sanctions contre Moscou."),
        ("pt", "Moscovo denuncia ataque ucraniano."),
        ("es", "Moscú denuncia un ataque ucraniano."),
        ("ru", "Киев атаки на российские приграничные регионы не комментирует."),
    ],
)
def test_a_capital_meeting_sanctioned_or_speaking_is_not_struck(extract, lang, aside):
    text = f"Nikopol\n\n{STRIKE[lang]} {aside}"
    assert places(extract(text, published=MONDAY, language=lang)) == {"Nikopol"}


@pytest.mark.parametrize(
    ("lang", "aside"),
    [
        ("it", "Due feriti sono in condizioni critiche in una clinica di Dnipro."),
        ("it", "Si è trattato di un missile Iskander-M lanciato dalla Crimea occupata."),
        ("en", "Two of the wounded are in a critical condition in a hospital in Dnipro."),
        ("uk", "Двоє поранених перебувають у лікарні в Дніпрі."),
        ("pl", "Dwie osoby przebywają w szpitalu w Dnieprze."),
    ],
)
def test_a_clinics_town_and_a_launch_area_are_not_struck(extract, lang, aside):
    text = f"Nikopol\n\n{STRIKE[lang]} {aside}"
    assert places(extract(text, published=MONDAY, language=lang)) == {"Nikopol"}


@pytest.mark.parametrize(
    ("lang", "aside"),
    [
        (
            "uk",
            "Вночі сили ППО знищили 7 безпілотників, повідомили в Повітряному командуванні «Схід».",
        ),
        ("ru", "Об этом сообщили в пресс-службе группировки «Восток»."),
    ],
)
def test_a_command_or_grouping_named_after_a_direction_is_no_village(extract, lang, aside):
    """«Схід» (East) after "командування" is the Air Force command, not the village
    Skhidni Kvartaly; «Восток» after "группировка" is a Russian army group."""
    text = f"Nikopol\n\n{STRIKE[lang]} {aside}"
    assert places(extract(text, published=MONDAY, language=lang)) == {"Nikopol"}
