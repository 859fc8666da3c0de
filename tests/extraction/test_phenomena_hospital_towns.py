"""Issue 11 (phenomenon 1), read in Russian governors' posts and wire copy: the town
victims were taken to or treated in is no place struck ("the teenager was taken to the
regional children's hospital in Belgorod" after a drone hit a car in Graivoron). Before,
the hospital town became a second event and took the wounded."""

from __future__ import annotations

import pytest
from phenomena import SATURDAY, places


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A drone hit a car in Graivoron on Saturday, wounding two people. The teenager was "
            "taken to the regional children's hospital in Belgorod.",
        ),
        (
            "ru",
            "В субботу дрон атаковал автомобиль в Грайвороне, ранены два человека. Подростка "
            "доставили в областную детскую больницу в Белгороде.",
        ),
        (
            "uk",
            "У суботу дрон атакував автомобіль у Грайвороні, поранено двох людей. Підлітка "
            "доставили до обласної дитячої лікарні в Бєлгороді.",
        ),
        (
            "de",
            "Eine Drohne traf am Samstag ein Auto in Graiworon, zwei Menschen wurden verletzt. "
            "Sie wurden in ein Krankenhaus in Belgorod gebracht.",
        ),
        (
            "it",
            "Sabato un drone ha colpito un'auto a Graivoron, ferendo due persone, trasportate "
            "all'ospedale di Belgorod.",
        ),
        (
            "fr",
            "Samedi, un drone a frappé une voiture à Graïvoron, blessant deux personnes, évacuées "
            "vers l'hôpital régional de Belgorod.",
        ),
        (
            "pl",
            "W sobotę dron uderzył w samochód w Grajworonie, dwie osoby zostały ranne. Ranni "
            "trafili do szpitala w Biełgorodzie.",
        ),
        (
            "es",
            "El sábado un dron alcanzó un coche en Graivorón y dejó dos heridos, que fueron "
            "trasladados al hospital regional de Bélgorod.",
        ),
        (
            "pt",
            "No sábado, um drone atingiu um carro em Graivoron e feriu duas pessoas, que foram "
            "levadas ao hospital de Belgorod.",
        ),
    ],
)
def test_the_town_of_the_hospital_is_not_struck(extract, lang, text):
    assert places(extract(f"Drone attack\n\n{text}", published=SATURDAY, language=lang)) == {
        "Grayvoron"
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A missile hit a hospital in Kharkiv on Saturday, wounding five people."),
        ("ru", "В субботу ракета попала в больницу в Харькове, ранены пять человек."),
        ("fr", "Samedi, un missile a frappé un hôpital de Kharkiv, blessant cinq personnes."),
    ],
)
def test_a_hospital_struck_in_a_town_still_strikes_the_town(extract, lang, text):
    """Only the words of taking or treating victims make the town a mere location."""
    assert places(extract(f"Missile attack\n\n{text}", published=SATURDAY, language=lang)) == {
        "Kharkiv"
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A bomb hit Kostiantynivka on Saturday, killing two. On Saturday evening one of the "
            "wounded died in hospital in Druzhkivka, bringing the death toll to three.",
        ),
        (
            "uk",
            "У суботу бомба влучила в Костянтинівку, загинули двоє людей. У суботу ввечері один "
            "із поранених помер у лікарні в Дружківці, кількість загиблих зросла до трьох.",
        ),
        (
            "it",
            "Sabato una bomba ha colpito Kostiantynivka, uccidendo due persone. Sabato sera uno "
            "dei feriti è morto in ospedale a Druzhkivka: il bilancio è salito a tre morti.",
        ),
    ],
)
def test_a_toll_raised_by_a_death_in_a_hospital_elsewhere_stays_with_the_strike(
    extract, lang, text
):
    """The hospital's town names no strike and keeps no toll: the toll rises where the
    bomb fell."""
    events = extract(f"Glide bomb\n\n{text}", published=SATURDAY, language=lang)
    assert [(e.place, e.killed) for e in events] == [("Kostiantynivka", 3)]
