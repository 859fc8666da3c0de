"""Issue 11 (places named but not struck), read in follow-up reports and wire copy:

- a victim's home town ("un étudiant originaire de Lviv", "ein Student aus Lwiw", "a
  student from Lviv", "pochodzący ze Lwowa") is no place struck, and a toll in its
  sentence is not its toll;
- in oblast heads' posts "росіяни вбили жителя Тягинки" names where the man was killed:
  a resident of a place stays that place's victim;
- the hospital town victims were flown or brought to ("flown on Wednesday to a burns
  unit in Kyiv", "in eine Spezialklinik nach Dnipro gebracht") is no place struck;
- a dateline may name two cities ("Kiev/Moscú, 10 sep (EFE).-", "MOSCOW/KYIV, Sept 10
  (Reuters) -"): neither is a target.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import by_place, places

FRIDAY = date(2025, 3, 7)
THURSDAY = date(2025, 3, 6)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Frappe sur Kiev\n\nUne frappe russe a tué trois personnes à Kiev jeudi. Parmi "
            "les morts figure un étudiant de 19 ans originaire de Lviv.",
        ),
        (
            "de",
            "Angriff auf Kiew\n\nEin russischer Angriff tötete am Donnerstag drei Menschen in "
            "Kiew. Unter den Toten ist ein 19-jähriger Student aus Lwiw.",
        ),
        (
            "es",
            "Ataque en Kiev\n\nUn ataque ruso mató a tres personas en Kiev el jueves. Entre "
            "los fallecidos hay un estudiante de 19 años natural de Leópolis.",
        ),
        (
            "it",
            "Attacco a Kiev\n\nUn attacco russo ha ucciso tre persone a Kiev giovedì. Tra le "
            "vittime c'è uno studente di 19 anni originario di Leopoli.",
        ),
        (
            "pt",
            "Ataque em Kiev\n\nUm ataque russo matou três pessoas em Kiev na quinta-feira. "
            "Entre os mortos está um estudante de 19 anos natural de Lviv.",
        ),
        (
            "en",
            "Strike on Kyiv\n\nA Russian strike killed three people in Kyiv on Thursday. "
            "Among the dead was a 19-year-old student from Lviv.",
        ),
    ],
)
def test_a_victim_s_home_town_is_not_struck(extract, lang, text):
    events = extract(text, published=FRIDAY, language=lang)
    assert [(e.place, e.date, e.killed) for e in events] == [("Kyiv", THURSDAY, 3)]


def test_a_resident_of_a_village_killed_there_is_its_victim(extract):
    text = (
        "Херсонщина за добу\n\nУчора ввечері росіяни вбили жителя Тягинки: 52-річний "
        "чоловік потрапив під удар дрона біля свого будинку."
    )
    assert "Tiahynka" in places(extract(text, published=FRIDAY, language="uk"))


def test_a_native_of_another_town_killed_in_a_named_town_is_the_named_town_s(extract):
    text = (
        "Удар по Ізюму\n\nУ четвер FPV-дрон атакував автомобіль в Ізюмі. Загинув "
        "47-річний чоловік, уродженець Харкова."
    )
    events = by_place(extract(text, published=FRIDAY, language="uk"))
    assert set(events) == {"Izium"}
    assert events["Izium"].killed == 1


@pytest.mark.parametrize(
    ("lang", "text", "struck"),
    [
        (
            "en",
            "Strike on Dnipro\n\nA missile killed nine people in Dnipro on Thursday. Four of "
            "the injured were flown on Friday to a specialised burns unit in Kyiv.",
            "Dnipro",
        ),
        (
            "de",
            "Angriff auf Krywyj Rih\n\nEine Rakete tötete am Donnerstag in Krywyj Rih zwölf "
            "Menschen. Drei Schwerverletzte wurden in eine Spezialklinik nach Dnipro gebracht.",
            "Kryvyi Rih",
        ),
    ],
)
def test_the_town_victims_were_flown_or_brought_to_is_not_struck(extract, lang, text, struck):
    assert places(extract(text, published=FRIDAY, language=lang)) == {struck}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Ataque contra Saki\n\nKiev/Moscú, 6 mar (EFE).- Las fuerzas ucranianas atacaron "
            "el jueves con misiles el aeródromo de Saki, en Crimea.",
        ),
        (
            "en",
            "Strike on Saky\n\nMOSCOW/KYIV, March 6 (Reuters) - Ukrainian forces struck the "
            "Saky airfield in Crimea with missiles on Thursday.",
        ),
        (
            "de",
            "Angriff auf Saky\n\nMoskau/Kiew (dpa) - Ukrainische Truppen haben am Donnerstag "
            "den Flugplatz Saky mit Raketen angegriffen.",
        ),
    ],
)
def test_a_dateline_naming_two_cities_names_no_target(extract, lang, text):
    assert places(extract(text, published=FRIDAY, language=lang)) == {"Saky"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Frappe sur Kiev\n\nUne frappe a tué trois personnes à Kiev jeudi. Parmi les morts "
            "figure une femme qui avait fui Kharkiv au printemps 2022.",
        ),
        (
            "uk",
            "Удар по Києву\n\nУ четвер ракета вбила трьох людей у Києві. Серед загиблих жінка, "
            "яка переїхала з Харкова у 2022 році.",
        ),
        (
            "it",
            "Attacco a Kiev\n\nUn missile ha ucciso tre persone a Kiev giovedì. Tra le vittime "
            "una donna fuggita da Kharkiv nel 2022.",
        ),
        (
            "pl",
            "Atak na Kijów\n\nRakieta zabiła w czwartek trzy osoby w Kijowie. Wśród ofiar jest "
            "kobieta, która uciekła z Charkowa w 2022 roku.",
        ),
    ],
)
def test_the_town_a_victim_fled_is_not_struck(extract, lang, text):
    assert places(extract(text, published=FRIDAY, language=lang)) == {"Kyiv"}
