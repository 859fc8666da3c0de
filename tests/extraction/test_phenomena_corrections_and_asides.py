"""Official tallies, corrections and asides (issue 11, phenomena 1 and 5, seen in
the twenty-ninth held-out batch).

- A correction notice names the place an earlier version got wrong: no place it
  names is struck by it, and the toll it restates is no one's.
- A village set between dashes ("в одном населённом пункте — посёлке Разумное
  Белгородского района — на частный дом рухнули фрагменты") is where the
  sentence's strike fell.
- A teenager "prepared for transport to Moscow" was not struck in Moscow.
"""

from __future__ import annotations

from datetime import date

import pytest

CORRECTIONS = [
    (
        "de",
        "Drohnenangriff im Gebiet Sumy\n\nIn der Gemeinde Krasnopillja wurde am Montag ein Mann "
        "durch eine Drohne getötet.\n\nKorrektur: In einer früheren Version dieses Artikels hieß "
        "es, der getötete Mann stamme aus Romny und sei dort ums Leben gekommen.",
    ),
    (
        "en",
        "Drone kills man in Sumy region\n\nA drone killed a man in Krasnopillia on Monday.\n\n"
        "Correction: An earlier version of this article said the man was killed by a drone in "
        "Romny.",
    ),
    (
        "es",
        "Ataque con drones en Sumy\n\nUn dron mató el lunes a un hombre en Krasnopillia.\n\n"
        "Corrección: Una versión anterior de esta información situaba el ataque mortal en Romny.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CORRECTIONS, ids=[c[0] for c in CORRECTIONS])
def test_a_correction_notice_strikes_nothing(extract, language, text):
    events = extract(text, published=date(2025, 6, 24), language=language)
    assert [(e.place, e.killed) for e in events] == [("Krasnopillia", 1)]


def test_a_village_between_dashes_is_where_the_debris_fell(extract):
    text = (
        "Атака на Белгородскую область\n\nЕщё в одном населённом пункте — посёлке Разумное "
        "Белгородского района — на частный дом рухнули фрагменты беспилотника, сбитого ПВО. "
        "Пострадавших нет."
    )
    events = extract(text, published=date(2026, 1, 24), language="ru")
    assert [(e.place, e.killed, e.injured) for e in events] == [("Razumnoye", 0, 0)]


def test_an_aside_between_dashes_keeps_its_own_interception():
    from strikemap.extraction.roles import classify

    sentence = "Drones were shot down over Sumy — the regional capital — overnight."
    start = sentence.index("Sumy")
    assert classify(sentence, start, start + len("Sumy")) != "struck"


def test_a_patient_transported_to_moscow_was_not_struck_there(extract):
    text = (
        "Обстрел Белгорода\n\nДнём Белгород был обстрелян из РСЗО, ранены восемь человек. "
        "Подростка в тяжёлом состоянии готовят к транспортировке в Москву."
    )
    events = extract(text, published=date(2026, 1, 24), language="ru")
    assert [e.place for e in events] == ["Belgorod"]


def test_the_town_of_the_hospital_a_victim_was_taken_to_is_not_struck(extract):
    text = (
        "Атака на трактор\n\nВ Беловском районе дрон атаковал трактор. Тракторист получил "
        "ранения, его госпитализировали в центральную районную больницу Обояни."
    )
    events = extract(text, published=date(2026, 7, 5), language="ru")
    assert [(e.place, e.injured) for e in events] == [("Belovsky District", 1)]


def test_a_remark_between_dashes_strikes_nothing(extract):
    text = (
        "Angriffe im Donbas\n\nIm Ort Mykolajiwka bei Slowjansk – nicht zu verwechseln mit der "
        "Großstadt Mykolajiw – traf eine Drohne am Dienstag ein Auto; der Fahrer wurde verletzt."
    )
    events = extract(text, published=date(2026, 5, 6), language="de")
    assert "Mykolaiv" not in [e.place for e in events]


def test_a_regions_toll_over_its_towns_of_two_days_is_their_sum(extract):
    text = (
        "Drohnenangriffe im Gebiet Sumy: Ein Toter und vier Verletzte\n\n"
        "Bei russischen Drohnenangriffen im Gebiet Sumy ist ein Mensch getötet worden, vier "
        "weitere wurden verletzt, teilte die Militärverwaltung am Samstag mit.\n\n"
        "In Krasnopillja traf eine Drohne am Freitagabend ein Auto. Ein Mann kam ums Leben.\n\n"
        "In Konotop schlugen in der Nacht zum Samstag Drohnen in ein Umspannwerk ein. Vier "
        "Beschäftigte eines Energieversorgers erlitten Verletzungen."
    )
    events = extract(text, published=date(2025, 6, 21), language="de")
    # Friday 20 June and the night to Saturday 21 June; no event for the oblast.
    assert [(e.place, e.date, e.killed, e.injured) for e in events] == [
        ("Krasnopillia", date(2025, 6, 20), 1, None),
        ("Konotop", date(2025, 6, 21), None, 4),
    ]


def test_a_settlement_abbreviation_ends_no_sentence(extract):
    text = (
        "Удари по Харківщині\n\nУнаслідок обстрілів у сел. Прудянка Дергачівської громади "
        "постраждали 87-річний чоловік і 85-річна жінка, у м. Чугуїв постраждала жінка."
    )
    events = extract(text, published=date(2025, 9, 24), language="uk")
    assert [(e.place, e.injured) for e in events] == [("Prudianka", 2), ("Chuhuiv", 1)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Четверо людей постраждали в Харкові та області через удари РФ\n\nУ Харкові дрон "
            "влучив у будинок, постраждав 24-річний чоловік. У Чугуєві від удару КАБ постраждали "
            "троє людей.",
        ),
        (
            "en",
            "Four people injured in Kharkiv and the region in Russian strikes\n\nIn Kharkiv a "
            "drone hit a house, injuring a 24-year-old man. In Chuhuiv a glide bomb injured three "
            "people.",
        ),
    ],
    ids=["uk", "en"],
)
def test_a_toll_for_a_city_and_its_region_is_not_the_citys(extract, language, text):
    events = extract(text, published=date(2025, 9, 24), language=language)
    assert [(e.place, e.injured) for e in events] == [("Kharkiv", 1), ("Chuhuiv", 3)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Flores en Poltava\n\nEn Poltava, donde un misil mató a 51 personas el 3 de "
            "septiembre, los vecinos dejaron flores el martes.",
        ),
        (
            "fr",
            "Des fleurs à Poltava\n\nÀ Poltava, où un missile a tué 51 personnes le 3 septembre, "
            "les habitants ont déposé des fleurs mardi.",
        ),
        (
            "de",
            "Blumen in Poltawa\n\nIn Poltawa, wo bei einem Raketenangriff am 3. September 51 "
            "Menschen getötet wurden, legten Anwohner am Dienstag Blumen nieder.",
        ),
    ],
    ids=["es", "fr", "de"],
)
def test_a_where_clause_tells_the_strike_of_the_place_before_it(extract, language, text):
    events = extract(text, published=date(2024, 10, 1), language=language)
    assert [(e.place, e.date, e.killed) for e in events] == [("Poltava", date(2024, 9, 3), 51)]
