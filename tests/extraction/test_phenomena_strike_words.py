"""Issue 11, phenomena 1 and 5: strike words and casualty words of real reporting.

A region "also attacked" in a clause of its own is struck; "no injured there"
is a zero; workers, rescuers and passengers are people counted as victims.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place
from strikemap.extraction.casualties import find_figures


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Raketen auf Odessa\n\nIn Odessa wurden bei einem Raketenangriff in der Nacht acht "
            "Menschen verletzt. Angegriffen wurde auch die Region Cherson im Süden. Verletzte gab "
            "es dort allerdings keine.",
        ),
        (
            "fr",
            "Missiles sur Odessa\n\nÀ Odessa, huit personnes ont été blessées lors d'une attaque "
            "de missiles dans la nuit. La région de Kherson a également été visée. Aucun blessé "
            "n'y a été signalé.",
        ),
        (
            "pl",
            "Rakiety na Odessę\n\nW Odessie w nocnym ataku rakietowym rannych zostało osiem osób. "
            "Zaatakowany został także obwód chersoński, bez rannych.",
        ),
    ],
)
def test_a_region_also_attacked_is_struck_and_nobody_hurt_there_is_zero(extract, lang, text):
    events = by_place(extract(text, published=TUESDAY, language=lang))
    assert events["Odesa"].injured == 8
    assert events["Kherson Oblast"].injured == 0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Drone attack on Kharkiv\n\nRussian drones hit a warehouse in Kharkiv overnight. "
            "Two workers were injured, the governor said.",
        ),
        (
            "de",
            "Drohnenangriff auf Charkiw\n\nIn der Nacht trafen russische Drohnen ein Lager in "
            "Charkiw, zwei Arbeiter wurden verletzt.",
        ),
        (
            "fr",
            "Attaque de drones sur Kharkiv\n\nDes drones russes ont frappé un entrepôt à Kharkiv "
            "dans la nuit ; deux ouvriers ont été blessés.",
        ),
        (
            "es",
            "Ataque con drones contra Járkov\n\nDrones rusos alcanzaron un almacén en Járkov "
            "durante la noche; dos trabajadores resultaron heridos.",
        ),
    ],
)
def test_workers_wounded_are_counted(extract, lang, text):
    assert by_place(extract(text, published=TUESDAY, language=lang))["Kharkiv"].injured == 2


@pytest.mark.parametrize(
    ("lang", "sentence", "weapon"),
    [
        ("uk", "У вівторок ворог скинув КАБи на Межівську громаду.", "glide_bomb"),
        ("uk", "У вівторок росіяни завдали авіаудару по Куп'янську.", "air_strike"),
        ("ru", "Во вторник противник сбросил КАБ на Купянск.", "glide_bomb"),
        ("ru", "Во вторник российская авиация нанесла авиаудар по Купянску.", "air_strike"),
        ("pl", "We wtorek Rosjanie zrzucili bomby szybujące na Kupiańsk.", "glide_bomb"),
        ("en", "On Tuesday Russian aircraft dropped a KAB on Kupiansk.", "glide_bomb"),
    ],
)
def test_bombs_dropped_and_air_strikes_are_strikes(extract, lang, sentence, weapon):
    """ "скинув КАБи на громаду", "авіаудар по Куп'янську", "dropped a KAB on": before,
    no word of these sentences said that anything was struck."""
    events = extract(f"Air strikes\n\n{sentence}", published=TUESDAY, language=lang)
    assert len(events) == 1
    assert weapon in events[0].weapons


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("uk", "На жаль, загинув машиніст."),
        ("ru", "Погиб машинист поезда."),
        ("pl", "Zginął maszynista."),
        ("de", "Der Lokführer wurde getötet."),
    ],
)
def test_a_train_driver_killed_is_one_dead(lang, sentence):
    """ "загинув машиніст": a victim named by his trade is one person (heldout_real_5 v06)."""
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == [("killed", 1)]


@pytest.mark.parametrize(
    ("lang", "sentence", "town"),
    [
        ("fr", "Mardi, une école a également été touchée à Droujkivka.", "Druzhkivka"),
        ("fr", "Mardi, des immeubles ont été endommagés à Droujkivka.", "Druzhkivka"),
        ("es", "El martes una escuela fue alcanzada en Druzhkivka.", "Druzhkivka"),
    ],
)
def test_french_and_spanish_words_of_a_hit(extract, lang, sentence, town):
    """ "une école a été touchée à Droujkivka": before, "touchée", "endommagés" and
    "alcanzada" alone struck nothing (heldout_real_3 t04)."""
    assert [
        e.place for e in extract(f"Frappes\n\n{sentence}", published=TUESDAY, language=lang)
    ] == [town]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Na terça-feira um ataque russo matou duas pessoas em Kiev. Em Kharkiv, o prefeito "
            "relatou explosões, mas não houve registo de danos.",
        ),
        (
            "fr",
            "Mardi, une attaque russe a tué deux personnes à Kiev. À Kharkiv, le maire a fait état "
            "d'explosions, sans dégâts.",
        ),
    ],
)
def test_explosions_reported_without_damage_strike_nothing(extract, lang, text):
    assert [e.place for e in extract(f"Attack\n\n{text}", published=TUESDAY, language=lang)] == [
        "Kyiv"
    ]
