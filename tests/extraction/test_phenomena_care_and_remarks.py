"""Issue 11, read in real Ukrainian regional reports (a governor's post on a village shelled,
a city's districts hit):

- **a victim told by the care given or the wounds suffered** is one injured: "ще одна
  жителька дістала поранень", "Жінку госпіталізували", "надають медичну допомогу
  63-річній жительці", "Женщину госпитализировали", "медицинскую помощь оказывают
  местной жительнице", "Another local woman suffered wounds", "Medics are treating a
  woman";
- **a remark on a habit** ("Російські військові регулярно ... атакують українські
  регіони", "Russian forces regularly attack Ukrainian regions with drones, missiles
  and glide bombs") gives the event the text was about no weapons;
- **"earlier X reported that"** with words between ("Раніше міська військова
  адміністрація інформувала, що", "Ранее городская администрация информировала") is
  an earlier report of today's news, not an earlier strike.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place
from strikemap.extraction.casualties import find_figures


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("uk", "Загинула одна жінка, та ще одна жителька дістала поранень."),
        ("uk", "Жінку госпіталізували зі струсом головного мозку."),
        ("uk", "На місці надають медичну допомогу 63-річній місцевій жительці."),
        ("ru", "Женщину госпитализировали с осколочными ранениями."),
        ("ru", "На месте медицинскую помощь оказывают местной жительнице."),
        ("en", "Another local woman suffered shrapnel wounds."),
        ("en", "Medics are treating a 63-year-old woman at the scene."),
    ],
)
def test_a_victim_told_by_the_care_given_is_one_injured(lang, sentence):
    injured = [f.value for f in find_figures(sentence, lang) if f.kind == "injured"]
    assert injured == [1]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "uk",
            "Обстріл Херсона\n\nУ вівторок росіяни обстріляли з артилерії Херсон, поранено "
            "двох людей. Російські військові регулярно з різних видів озброєння – ударними "
            "БпЛА, ракетами, КАБами – атакують українські регіони.",
            "Kherson",
        ),
        (
            "en",
            "Shelling of Kherson\n\nRussian artillery shelled Kherson on Tuesday, injuring two "
            "people. Russian forces regularly attack Ukrainian regions with drones, missiles "
            "and glide bombs.",
            "Kherson",
        ),
        (
            "de",
            "Beschuss von Cherson\n\nRussische Artillerie beschoss am Dienstag Cherson, zwei "
            "Menschen wurden verletzt. Russland greift regelmäßig ukrainische Regionen mit "
            "Drohnen, Raketen und Gleitbomben an.",
            "Kherson",
        ),
    ],
)
def test_a_remark_on_a_habit_gives_the_event_no_weapons(extract, lang, text, place):
    event = by_place(extract(text, published=TUESDAY, language=lang))[place]
    assert event.weapons == ["artillery"]
    assert event.injured == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Обстріл Херсона\n\nУ вівторок росіяни обстріляли Дніпровський район Херсона, "
            "поранено двох людей. Раніше міська військова адміністрація інформувала, що "
            "50-річна жінка була поранена в Центральному районі Херсона.",
        ),
        (
            "ru",
            "Обстрел Херсона\n\nВо вторник россияне обстреляли Днепровский район Херсона, "
            "ранены два человека. Ранее городская военная администрация информировала, что "
            "50-летняя женщина была ранена в Центральном районе Херсона.",
        ),
        (
            "es",
            "Ataque a Jersón\n\nEl martes los rusos atacaron el distrito Dniprovskyi de Jersón "
            "y dos personas resultaron heridas. Anteriormente, la administración militar de "
            "la ciudad había informado de que una mujer de 50 años resultó herida en el "
            "distrito Tsentralnyi de Jersón.",
        ),
    ],
)
def test_an_earlier_report_with_words_between_is_todays_news(extract, lang, text):
    events = by_place(extract(text, published=TUESDAY, language=lang))
    assert events["Tsentralnyi"].injured == 1
    assert events["Tsentralnyi"].date == TUESDAY


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Shelling of Nikopol\n\nRussian forces shelled Nikopol on Tuesday, injuring two "
            "people. In Marhanets a woman was injured.",
        ),
        (
            "uk",
            "Обстріл Нікополя\n\nУ вівторок російські війська обстріляли Нікополь, поранено "
            "двох людей. У Марганці поранено жінку.",
        ),
        (
            "de",
            "Beschuss von Nikopol\n\nRussische Truppen beschossen am Dienstag Nikopol, zwei "
            "Menschen wurden verletzt. In Marhanez wurde eine Frau verletzt.",
        ),
    ],
)
def test_a_place_of_a_shelled_wave_told_without_a_weapon_is_shelled_too(extract, lang, text):
    events = by_place(extract(text, published=TUESDAY, language=lang))
    assert events["Marhanets"].weapons == ["artillery"]
    assert events["Marhanets"].injured == 1


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "A woman born in 1935 suffered thermal burns in the drone attack."),
        ("uk", "Поранень зазнала жителька 1974 року народження."),
        ("ru", "Ранения получил мужчина 1958 года рождения."),
    ],
)
def test_a_year_of_birth_is_no_count(lang, sentence):
    assert all(f.value < 10 for f in find_figures(sentence, lang))


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # Read in real German wire copy: the one dead of a raion was lost.
        ("de", "Im Kreis Obuchiw ist eine Frau an ihren Verletzungen gestorben."),
        ("de", "Ein Mann erlag im Krankenhaus seinen Verletzungen."),
        ("en", "A man succumbed to his injuries in hospital."),
        ("fr", "Un homme a succombé à ses blessures."),
    ],
)
def test_a_victim_who_died_of_their_wounds_is_one_dead(lang, sentence):
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == [("killed", 1)]


def test_a_german_kreis_is_a_raion_and_impacts_strike_the_regions_listed(extract):
    text = (
        "Drohnenangriffe\n\nAm Dienstag gab es Einschläge in den Regionen Dnipro und Donezk. "
        "Im Kreis Obuchiw ist eine Frau an ihren Verletzungen gestorben."
    )
    events = by_place(extract(text, published=TUESDAY, language="de"))
    assert set(events) == {"Dnipropetrovsk Oblast", "Donetsk Oblast", "Obukhiv Raion"}
    assert events["Obukhiv Raion"].killed == 1


def test_a_town_on_a_river_named_like_a_city_is_not_that_city(extract):
    """Read in real German wire copy: "In Nikopol am Dnipro kam eine Frau ... ums Leben"
    made Dnipro the city a strike and gave it Nikopol's dead."""
    text = (
        "Angriffe im Osten\n\nIn Nikopol am Dnipro kam am Dienstag eine Frau durch "
        "Artilleriebeschuss ums Leben."
    )
    events = by_place(extract(text, published=TUESDAY, language="de"))
    assert set(events) == {"Nikopol"}
    assert events["Nikopol"].killed == 1
