"""Issue 11, phenomenon 5: casualty figures read, of the right kind and the right place."""

from __future__ import annotations

from phenomena import TUESDAY, by_place


def test_causing_the_deaths_of_at_least_two_people(extract):
    events = extract(
        "Glide bombs hit Kostiantynivka\n\n"
        "Russian aircraft dropped guided bombs on Kostiantynivka on Monday, causing the deaths "
        "of at least two people, the governor said.",
        published=TUESDAY,
    )
    town = by_place(events)["Kostiantynivka"]
    assert (town.killed, town.killed_at_least) == (2, True)


def test_residents_who_sought_medical_help_are_injured(extract):
    events = extract(
        "Shelling of Nikopol\n\n"
        "Russian artillery shelled Nikopol on Monday. Five residents sought medical help "
        "after the attack, the governor said.",
        published=TUESDAY,
    )
    assert by_place(events)["Nikopol"].injured == 5


def test_polish_lost_their_lives_and_were_wounded(extract):
    events = extract(
        "Rakieta uderzyła w Krzywy Róg\n\n"
        "W poniedziałek wieczorem rosyjska rakieta uderzyła w centrum Krzywego Rogu. Życie "
        "straciło pięć osób, a 31 zostało rannych.",
        published=TUESDAY,
        language="pl",
    )
    city = by_place(events)["Kryvyi Rih"]
    assert (city.killed, city.injured) == (5, 31)


def test_french_one_civilian_killed_and_another_wounded(extract):
    events = extract(
        "Frappes russes dans l'est\n\n"
        "À Myrnohrad, un civil a été tué et un autre a été blessé lundi dans une attaque "
        "russe, selon le gouverneur.",
        published=TUESDAY,
        language="fr",
    )
    town = by_place(events)["Myrnohrad"]
    assert (town.killed, town.injured) == (1, 1)


def test_spanish_people_who_needed_medical_attention_are_injured(extract):
    events = extract(
        "Ataque con drones en Járkov\n\n"
        "Al menos cuatro personas han muerto y trece han necesitado atención médica este "
        "martes a causa de un ataque de drones rusos en Járkov.",
        published=TUESDAY,
        language="es",
    )
    city = by_place(events)["Kharkiv"]
    assert (city.killed, city.injured) == (4, 13)


def test_ukrainian_two_firefighters_were_traumatised(extract):
    events = extract(
        "Повторний удар по Ніжину\n\n"
        "У Ніжині під час гасіння пожежі, спричиненої атакою БпЛА, росіяни завдали "
        "повторного удару. Травмовано двох вогнеборців.",
        published=TUESDAY,
        language="uk",
    )
    assert by_place(events)["Nizhyn"].injured == 2


def test_a_casualty_toll_is_not_a_death_toll(extract):
    events = extract(
        "Strike on Sumy\n\n"
        "A Russian missile hit Sumy on Tuesday. The casualty toll rose to nine, officials said.",
        published=TUESDAY,
    )
    assert by_place(events)["Sumy"].killed != 9


def test_no_casualties_is_zero_killed_and_injured(extract):
    events = extract(
        "Drone hits Chernihiv\n\n"
        "A Russian drone hit a warehouse in Chernihiv overnight. There were no casualties, "
        "the city administration said.",
        published=TUESDAY,
    )
    city = by_place(events)["Chernihiv"]
    assert (city.killed, city.injured) == (0, 0)


def test_a_nationwide_toll_is_not_the_first_citys(extract):
    events = extract(
        "Seven killed during Russian strikes\n\n"
        "Russian attacks across Ukraine have killed seven people and injured 34 over the past "
        "day, regional authorities reported. In Kyiv, four people were injured, the mayor said.",
        published=TUESDAY,
    )
    kyiv = by_place(events)["Kyiv"]
    assert (kyiv.killed, kyiv.injured) == (None, 4)


def test_polish_nationwide_toll_is_not_the_first_citys(extract):
    events = extract(
        "Ataki na Ukrainę\n\n"
        "Co najmniej siedmiu cywili zginęło w wyniku rosyjskich ataków na Ukrainę w ciągu "
        "ostatniej doby. Rakiety uszkodziły też budynki w Iwano-Frankiwsku.",
        published=TUESDAY,
        language="pl",
    )
    assert by_place(events)["Ivano-Frankivsk"].killed is None


def test_superseded_killed_and_injured_are_kept_apart(extract):
    events = extract(
        "Toll of strike on Chernihiv corrected\n\n"
        "A Russian missile hit central Chernihiv on Monday. Officials first reported 12 dead "
        "and 30 injured. The death toll was later corrected to nine.",
        published=TUESDAY,
    )
    city = by_place(events)["Chernihiv"]
    assert (city.killed, city.injured) == (9, 30)


def test_figures_of_a_village_are_not_its_oblast_centres(extract):
    events = extract(
        "Синєгубов: за добу на Харківщині\n\n"
        "Росіяни атакували Харків та 11 населених пунктів області. У Харкові пошкоджено "
        "дві багатоповерхівки. У Золочеві загинув 35-річний чоловік, постраждали ще двоє.",
        published=TUESDAY,
        language="uk",
    )
    assert by_place(events)["Kharkiv"].killed is None
