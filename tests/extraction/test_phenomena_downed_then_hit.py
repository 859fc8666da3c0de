"""Issue 11 (places named but not struck), read in French, German and Ukrainian wire
copy and in Russian ministry tallies quoted abroad:

- a weapon shot down over a place whose debris then did harm *in the next clause*
  ("shot down over Kyiv, and its debris hit a house, injuring two") is a hit on the
  place, as when the debris is the sentence's subject;
- drones shot down "while flying towards Moscow" were never over Moscow: heading for a
  place is no strike there, in every language;
- in a sentence that reports drones downed over one place and damage in another
  ("... over Kyiv, in Kharkiv a house was damaged"), the damage belongs to the second
  place alone: the first stays an interception, the second is struck.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place, places


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Debris injures two in Kyiv\n\nA drone was shot down over Kyiv overnight, and its "
            "debris hit a house, injuring two people.",
        ),
        (
            "it",
            "Detriti feriscono due persone a Kyiv\n\nUn drone è stato abbattuto sopra Kyiv "
            "nella notte e i suoi detriti sono caduti su una casa, ferendo due persone.",
        ),
        (
            "de",
            "Zwei Verletzte in Kiew\n\nÜber Kiew wurde in der Nacht eine Drohne abgeschossen, "
            "ihre Trümmer fielen auf ein Wohnhaus, zwei Menschen wurden verletzt.",
        ),
        (
            "de",
            "Zwei Verletzte in Kiew\n\nNach dem Abschuss einer Drohne über Kiew trafen "
            "Trümmer in der Nacht ein Wohnhaus, zwei Menschen wurden verletzt.",
        ),
    ],
)
def test_debris_that_hits_in_the_next_clause_makes_the_place_struck(extract, lang, text):
    events = by_place(extract(text, published=TUESDAY, language=lang))
    assert set(events) == {"Kyiv"}
    assert events["Kyiv"].injured == 2
    assert events["Kyiv"].weapons == ["drone"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Moscou dit avoir abattu 112 drones\n\nLe ministère russe de la Défense a affirmé "
            "avoir abattu 112 drones ukrainiens pendant la nuit, dont 12 se dirigeant sur "
            "Moscou.",
        ),
        (
            "de",
            "Russland meldet 112 Drohnen\n\nDas russische Verteidigungsministerium meldete "
            "den Abschuss von 112 Drohnen, darunter zwölf, die auf Moskau zuflogen.",
        ),
        (
            "pl",
            "Rosja: zestrzelono 112 dronów\n\nRosyjskie ministerstwo obrony podało, że "
            "zestrzelono 112 dronów, w tym 12 lecących w kierunku Moskwy.",
        ),
        (
            "es",
            "Rusia derriba 112 drones\n\nEl Ministerio de Defensa ruso afirmó haber derribado "
            "112 drones ucranianos, entre ellos 12 que se dirigían a Moscú.",
        ),
        (
            "it",
            "Mosca: abbattuti 112 droni\n\nIl ministero della Difesa russo ha dichiarato di "
            "aver abbattuto 112 droni ucraini, di cui 12 diretti verso Mosca.",
        ),
        (
            "pt",
            "Rússia abate 112 drones\n\nO Ministério da Defesa russo disse ter abatido 112 "
            "drones ucranianos, incluindo 12 que se dirigiam a Moscovo.",
        ),
        (
            "uk",
            "Росія заявила про 112 дронів\n\nМіноборони Росії заявило, що збило 112 "
            "українських дронів, зокрема 12, що летіли на Москву.",
        ),
    ],
)
def test_drones_downed_on_their_way_to_a_city_strike_nothing_there(extract, lang, text):
    assert places(extract(text, published=TUESDAY, language=lang)) == set()


@pytest.mark.parametrize(
    ("lang", "text", "struck"),
    [
        (
            "de",
            "Angriff auf Charkiw\n\nÜber Kiew wurden zehn Drohnen abgeschossen, in Charkiw "
            "wurde ein Wohnhaus beschädigt.",
            "Kharkiv",
        ),
        (
            "uk",
            "Атака на Харків\n\nНад Києвом збили десять дронів, у Харкові пошкоджено "
            "житловий будинок.",
            "Kharkiv",
        ),
        (
            "ru",
            "Атака на Белгород\n\nВ Курской области сбиты десять беспилотников, в Белгороде "
            "повреждён жилой дом.",
            "Belgorod",
        ),
        (
            "en",
            "Attack on Kharkiv\n\nAir defence shot down ten drones over Kyiv, and in Kharkiv "
            "a house was damaged.",
            "Kharkiv",
        ),
    ],
)
def test_damage_told_of_the_next_place_is_that_place_s_alone(extract, lang, text, struck):
    assert places(extract(text, published=TUESDAY, language=lang)) == {struck}


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        (
            "Drohnentrümmer in Kursk\n\nIn der Gebietshauptstadt Kursk seien in der Nacht zu "
            "Mittwoch Trümmer einer abgeschossenen Drohne auf ein neunstöckiges Wohnhaus "
            "gefallen, schrieb der Gouverneur.",
            {"Kursk"},
        ),
        (
            "Drohnentrümmer in Kursk\n\nIn Kursk fielen in der Nacht Trümmer einer "
            "abgeschossenen Drohne auf ein Wohnhaus.",
            {"Kursk"},
        ),
        (
            "Drohnen über Kursk\n\nIn Kursk wurden zehn Drohnen abgeschossen, Trümmer fielen "
            "auf ein Feld.",
            set(),
        ),
    ],
)
def test_german_debris_of_a_downed_drone_on_a_building_is_a_hit(extract, text, struck):
    """German puts the verb last and the downed drone inside the debris phrase: debris
    that came down on a building is a hit, debris in a field is not."""
    assert places(extract(text, published=TUESDAY, language="de")) == struck
