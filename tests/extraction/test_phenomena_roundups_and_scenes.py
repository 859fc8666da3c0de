"""Issue 11, read in weekly round-ups, wire copy and Russian governors' posts
(``heldout_real_20`` and ``_21``):

- a round-up heads each day with its date and a place or a title ("Monday,
  April 6 — Kharkiv", "Lundi 13 juillet : missiles sur Dnipro", "Nuit de mardi
  à mercredi : Kiev sous les drones", "Segunda-feira (22): Kiev");
- a lead spans several days ("w sobotę i niedzielę") and only the body says
  which town was struck on which;
- a wire story filed with no place ("Oct 28 (Reuters) -") dates its filing,
  not the strike;
- a scene sentence (explosions heard, air defence at work) names the town a
  place-less strike sentence right after it hit;
- a wounded victim who died later is no count of injured;
- Russian agency copy declines towns in -ино ("в Шебекине").
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import by_place, places
from strikemap.extraction import casualties
from strikemap.extraction.dates import find_dates
from strikemap.extraction.segment import dateline_end, split_sentences


def test_a_round_up_dates_each_day_by_its_heading_with_a_place(extract):
    text = (
        "Week in review: Russia hits Kharkiv and Odesa\n\n"
        "Russia pressed on with drone and missile attacks on Ukrainian cities this week.\n\n"
        "Monday, April 6 — Kharkiv\n\n"
        "Shortly after 9 p.m. an attack drone slammed into an apartment block in "
        "Kharkiv, the mayor said. A woman was killed.\n\n"
        "Thursday, April 9 — Odesa\n\n"
        "Around noon a Russian ballistic missile struck an office building in Odesa. "
        "Two people were killed."
    )
    events = by_place(extract(text, published=date(2026, 4, 12), language="en"))
    assert events["Kharkiv"].date == date(2026, 4, 6)
    assert events["Odesa"].date == date(2026, 4, 9)


def test_a_heading_with_a_title_after_its_day_and_a_night_heading(extract):
    text = (
        "Ukraine : les frappes marquantes de la semaine\n\n"
        "Retour sur une semaine marquée par des attaques quasi quotidiennes.\n\n"
        "Lundi 13 juillet : missiles sur Dnipro\n\n"
        "Deux missiles russes ont frappé le centre de Dnipro en fin d'après-midi. "
        "Trois personnes ont été tuées.\n\n"
        "Nuit de mardi à mercredi : Kiev sous les drones et les missiles\n\n"
        "Kiev a subi une attaque combinée de près de quatre heures. "
        "Des débris de drones sont tombés dans le quartier d'Obolon, endommageant "
        "deux immeubles. Cinq personnes ont été blessées."
    )
    events = by_place(extract(text, published=date(2026, 7, 19), language="fr"))
    assert events["Dnipro"].date == date(2026, 7, 13)
    # The night from Tuesday to Wednesday is Wednesday's.
    assert events["Obolonskyi"].date == date(2026, 7, 15)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Segunda-feira (22): Kiev", date(2026, 6, 22)),
        ("Sábado (27)", date(2026, 6, 27)),
        # The day of the month wins over a weekday that does not fit it.
        ("na segunda-feira (30)", date(2026, 5, 30)),
        ("nesta quarta-feira (1º)", date(2026, 6, 1)),
    ],
)
def test_a_weekday_with_its_day_in_brackets_is_that_day(text, day):
    found = find_dates(text, date(2026, 6, 28), "pt")
    assert [d.date for d in found] == [day]


def test_a_lead_that_spans_two_days_leaves_each_town_its_own_day(extract):
    text = (
        "Weekend rosyjskich ataków\n\n"
        "Co najmniej trzy osoby zginęły w wyniku rosyjskich ataków na Zaporoże i "
        "Charków w sobotę i niedzielę - wynika z komunikatów ukraińskich władz.\n\n"
        "Cztery kierowane bomby lotnicze spadły na Zaporoże w sobotę po południu. "
        "Zginęły dwie osoby.\n\n"
        "W niedzielę po godz. 15 czasu lokalnego rosyjski pocisk balistyczny uderzył w "
        "dzielnicę przemysłową Charkowa. Zginął 47-letni mężczyzna."
    )
    events = extract(text, published=date(2026, 8, 31), language="pl")
    days = {(e.place, e.date) for e in events}
    assert days == {
        ("Zaporizhzhia", date(2026, 8, 29)),
        ("Kharkiv", date(2026, 8, 30)),
    }


def test_a_polish_hour_abbreviation_ends_no_sentence():
    text = "W niedzielę po godz. 15 czasu lokalnego pocisk uderzył w Charków."
    assert len(split_sentences(text)) == 1


def test_a_toll_said_the_next_morning_belongs_to_the_strike(extract):
    text = (
        "Atak na Zaporoże\n\n"
        "Cztery kierowane bomby lotnicze spadły na Zaporoże w sobotę po południu. "
        "Szef administracji poinformował początkowo o dwóch zabitych i 14 rannych. "
        "W niedzielę rano przekazał, że liczba rannych wzrosła do 16."
    )
    events = by_place(extract(text, published=date(2026, 8, 31), language="pl"))
    strike = events["Zaporizhzhia"]
    assert (strike.date, strike.killed, strike.injured) == (date(2026, 8, 29), 2, 16)


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("Oct 28 (Reuters) - A woman died.", len("Oct 28 (Reuters) - ")),
        ("Sept 3, 2025 (AP) — Drones hit.", len("Sept 3, 2025 (AP) — ")),
        # A month and a day open many sentences: without an agency, no dateline.
        ("Oct 28 was the deadliest day.", 0),
    ],
)
def test_a_wire_dateline_without_a_place(text, length):
    assert dateline_end(text) == length


def test_the_date_of_a_wire_dateline_dates_no_strike(extract):
    text = (
        "Russian glide bombs hit Sumy\n\n"
        "Oct 28 (Reuters) - Russian glide bombs hit the city of Sumy on Monday, killing "
        "two people, the regional governor said."
    )
    events = extract(text, published=date(2025, 10, 28), language="en")
    assert [(e.place, e.date, e.killed) for e in events] == [("Sumy", date(2025, 10, 27), 2)]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "A woman wounded when Russian glide bombs hit the city of Sumy on Monday has "
            "died in hospital.",
        ),
        ("en", "Two people wounded in the Russian strike on Sumy on Monday died in hospital."),
        ("it", "Una donna ferita nel bombardamento di lunedì a Sumy è morta in ospedale."),
    ],
)
def test_a_wounded_victim_who_died_later_is_no_count_of_injured(lang, sentence):
    found = casualties.find_figures(sentence, lang)
    assert [f for f in found if f.kind == "injured"] == []


def test_a_wounded_victim_whose_neighbour_died_is_still_wounded():
    sentence = "A man was wounded in the strike on Sumy and his neighbour died."
    found = casualties.find_figures(sentence, "en")
    assert [(f.kind, f.value) for f in found if f.kind == "injured"] == [("injured", 1)]


@pytest.mark.parametrize(
    ("lang", "text", "place", "injured"),
    [
        (
            "en",
            "Night in Lutsk\n\nExplosions were heard in Lutsk overnight. A drone hit an "
            "apartment building, injuring two people.",
            "Lutsk",
            2,
        ),
        (
            "ru",
            "Ночь в Белгороде\n\nНочью в Белгороде над городом работала система ПВО. "
            "Обломки сбитого БПЛА упали на парковку, ранены два человека.",
            "Belgorod",
            2,
        ),
    ],
)
def test_a_scene_sentence_names_the_town_the_next_sentence_hit(extract, lang, text, place, injured):
    events = by_place(extract(text, published=date(2026, 8, 5), language=lang))
    assert set(events) == {place}
    assert events[place].injured == injured


@pytest.mark.parametrize(
    "text",
    [
        # Explosions heard, then no damage: no strike (the Borderline cases).
        "Night in Dnipro\n\nLoud explosions were heard in Dnipro as air defence engaged "
        "targets over the city. There are no reports of damage so far.",
        # A town named without a scene word: the strike after it is not its.
        "Visit\n\nThe minister spoke to reporters in Lutsk on Tuesday. A drone hit an "
        "apartment building, injuring two people.",
    ],
)
def test_no_scene_without_a_hit_or_without_a_scene_word(extract, text):
    assert places(extract(text, published=date(2026, 8, 5), language="en")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "В Шебекине FPV-дрон атаковал легковой автомобиль, водитель погиб.",
        "Из-за атаки на Шебекино погиб водитель.",
        "По Шебекину ударил дрон, водитель погиб.",
    ],
)
def test_a_russian_town_in_ino_declined_or_not(extract, text):
    events = extract("Шебекино\n\n" + text, published=date(2026, 8, 5), language="ru")
    assert places(events) == {"Shebekino"}


def test_an_official_s_city_is_struck_by_the_damage_told_next(extract):
    text = (
        "Drone raid on Sevastopol\n\n"
        "Mikhail Razvozhayev, the Moscow-installed governor of Sevastopol in occupied "
        "Crimea, said air defence units fought off a drone raid overnight and downed 19 "
        "drones. Fragments damaged two private houses, and a 14-year-old boy was cut by "
        "flying glass, he said."
    )
    events = extract(text, published=date(2026, 1, 20), language="en")
    # Not Moscow (the governor's appointer), not Crimea (where Sevastopol lies),
    # and the city, not the region of the same name its governor heads.
    assert [(e.place, e.level, e.injured) for e in events] == [("Sevastopol", "city", 1)]


def test_an_official_whose_sentence_strikes_a_place_is_no_scene(extract):
    text = (
        "Kharkiv\n\n"
        "The mayor of Kharkiv said a missile hit Chuhuiv overnight. Two people were "
        "injured."
    )
    events = extract(text, published=date(2026, 1, 20), language="en")
    assert places(events) == {"Chuhuiv"}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("У Новошахтинську спалахнула пожежа на заводі після атаки дронів.", "Novoshakhtinsk"),
        ("У Рильську уламки дрона пошкодили будинок.", "Rylsk"),
        ("Дрон атакував Шебекіне, пошкоджено будинок.", "Shebekino"),
    ],
)
def test_a_russian_town_as_ukrainian_spells_it(extract, sentence, place):
    events = extract("Атака\n\n" + sentence, published=date(2026, 6, 6), language="uk")
    assert places(events) == {place}


def test_a_ukrainian_adjective_is_no_russian_village_respelled(extract):
    # "Рязанський НПЗ" (the Ryazan refinery) respelled would be Рязанский.
    text = "Атака\n\nРязанський НПЗ уже атакували 6 червня, спалахнула пожежа."
    events = extract(text, published=date(2026, 6, 6), language="uk")
    assert "Ryazanskiy" not in places(events)


def test_a_ukrainian_word_is_no_russian_town_respelled(extract):
    # "Крім того" (besides) respelled would be Крым.
    text = "Атака\n\nКрім того, удару зазнала Великомихайлівська громада, люди не постраждали."
    events = extract(text, published=date(2026, 6, 6), language="uk")
    assert "Crimea" not in places(events)


def test_the_night_of_a_scene_dates_the_strike_told_after_it(extract):
    text = (
        "News\n\n"
        "Губернатор Белгородской области в среду вечером и в четверг утром рассказал о "
        "последствиях обстрелов.\n\n"
        "Белгородский район. Ночью над областным центром работала система ПВО. В посёлке "
        "Разумное обломки снаряда повредили кровлю дома."
    )
    events = by_place(extract(text, published=date(2025, 3, 20), language="ru"))
    assert events["Razumnoye"].date == date(2025, 3, 20)


def test_the_town_drones_were_downed_right_over_is_struck_by_the_debris_told_next(extract):
    text = (
        "Die Woche im Krieg\n\n"
        "Ein Überblick über die wichtigsten Angriffe seit Montag.\n\n"
        "Nacht zu Mittwoch, 23. September: Kursk\n\n"
        "Über Kursk schoss die Flugabwehr nach russischen Angaben mehrere Drohnen ab. "
        "Trümmerteile trafen das Dach eines Wohnhauses, zwei Bewohner wurden leicht "
        "verletzt."
    )
    events = extract(text, published=date(2026, 9, 26), language="de")
    assert [(e.place, e.date, e.injured, e.interception_debris) for e in events] == [
        ("Kursk", date(2026, 9, 23), 2, True)
    ]


def test_a_drone_downed_on_its_way_to_a_city_leaves_it_unstruck(extract):
    text = (
        "Атака\n\n"
        "Мэр Москвы Сергей Собянин сообщил, что один беспилотник, летевший к Москве, "
        "уничтожен силами ПВО. На месте падения обломков работают специалисты."
    )
    assert places(extract(text, published=date(2025, 10, 19), language="ru")) == set()


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # No injured said: of the dead nothing (as the shared dev corpus reads
        # "Verletzte gab es dort in der Nacht allerdings keine").
        ("Drohnen griffen ein Chemiewerk in Brjansk an. Verletzte gebe es keine.", None, 0),
        ("Drohnen trafen die Raffinerie in Afipski. Verletzte habe es nicht gegeben.", None, 0),
        ("Drohnen trafen die Raffinerie in Afipski. Opfer habe es nicht gegeben.", 0, 0),
        ("Drohnen trafen die Raffinerie in Afipski. Verletzte oder Tote gebe es nicht.", 0, 0),
        # No dead said: no figure for the injured.
        ("Drohnen trafen die Raffinerie in Afipski. Tote gebe es nicht.", 0, None),
    ],
)
def test_german_ways_of_saying_nobody_was_hurt(extract, sentence, killed, injured):
    events = extract("Angriff\n\n" + sentence, published=date(2026, 9, 26), language="de")
    assert [(e.killed, e.injured) for e in events] == [(killed, injured)]


@pytest.mark.parametrize(
    "text",
    [
        "In Anapa heulten in der Nacht die Sirenen, Schäden wurden von dort aber nicht gemeldet.",
        "Über der Region Moskau seien 14 Drohnen abgeschossen worden, schrieb Sobjanin. "
        "Schäden meldete er nicht.",
    ],
)
def test_damage_not_reported_is_no_strike(extract, text):
    assert (
        places(extract("Angriff\n\n" + text, published=date(2026, 11, 3), language="de")) == set()
    )


def test_a_german_compound_noun_before_a_town_is_no_given_name(extract):
    text = (
        "Angriff\n\n"
        "Russland attackierte in der Nacht den ukrainischen Donauhafen Ismajil im Gebiet "
        "Odessa mit Drohnen."
    )
    assert places(extract(text, published=date(2026, 11, 3), language="de")) == {"Izmail"}


def test_a_later_death_on_its_own_day_raises_the_toll_of_the_strike(extract):
    text = (
        "Kramatorsk\n\n"
        "Russische Kampfflugzeuge warfen am Donnerstagmittag zwei Gleitbomben auf "
        "Kramatorsk. Zunächst meldeten die Behörden drei Tote und zwölf Verletzte. Am "
        "Freitag starb ein weiterer Mann im Krankenhaus, die Zahl der Todesopfer stieg "
        "damit auf vier."
    )
    events = extract(text, published=date(2026, 9, 26), language="de")
    assert [(e.place, e.date, e.killed) for e in events] == [("Kramatorsk", date(2026, 9, 24), 4)]


def test_a_holiday_named_by_its_weekday_is_no_weekday():
    found = find_dates("lo scorso 13 aprile, la Domenica delle Palme", date(2025, 9, 14), "it")
    assert [d.date for d in found] == [date(2025, 4, 13)]


def test_a_day_heading_with_a_title_after_a_comma(extract):
    text = (
        "La settimana della guerra\n\n"
        "Ecco i principali attacchi, giorno per giorno.\n\n"
        "Sabato 13 settembre, dall'altra parte del confine\n\n"
        "Il governatore Gladkov ha detto che un drone ucraino ha colpito un camion a "
        "Shebekino, ferendo l'autista."
    )
    events = extract(text, published=date(2025, 9, 14), language="it")
    assert [(e.place, e.date) for e in events] == [("Shebekino", date(2025, 9, 13))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "President Zelensky said the attack on Zhytomyr showed that Moscow was "
            '"laughing at every diplomatic effort".',
        ),
        (
            "fr",
            "Des drones ont frappé Jytomyr. À Moscou, le ministère de la Défense assure que "
            "ses forces ont visé des entreprises militaires.",
        ),
        ("it", "Droni russi hanno colpito Zhytomyr. Da Mosca non sono arrivati commenti."),
        (
            "pt",
            "Drones russos atingiram Zhytomyr. Desde o início do inverno, Moscovo tem "
            "concentrado os ataques no sistema energético ucraniano.",
        ),
    ],
)
def test_a_capital_standing_for_its_government_is_no_target(extract, lang, text):
    events = extract("Ataque\n\n" + text, published=date(2025, 10, 16), language=lang)
    assert places(events) == {"Zhytomyr"}
