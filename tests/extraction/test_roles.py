"""Places only mentioned are not struck: speakers, titles, launch areas, interceptions."""

from __future__ import annotations

import pytest
from strikemap.extraction.roles import classify


def role(sentence: str, place: str) -> str:
    start = sentence.index(place)
    return classify(sentence, start, start + len(place))


@pytest.mark.parametrize(
    ("sentence", "place", "expected"),
    [
        ("A missile hit a school in Lutsk, injuring two.", "Lutsk", "struck"),
        ("Moscow said the strike on the depot was justified.", "Moscow", "speaker"),
        ("Officials in Rivne said drones had been destroyed.", "Rivne", "speaker"),
        ("Rivne mayor Ivan Petrenko said a drone hit a shop.", "Rivne", "official"),
        (
            "The head of the Lutsk Regional Military Administration said two died.",
            "Lutsk",
            "official",
        ),
        (
            "The missiles were launched from the Kursk region, killing one in Sumy.",
            "Kursk",
            "launch",
        ),
        (
            "Air defences shot down ten drones over the Oryol and Kursk regions.",
            "Oryol",
            "intercept",
        ),
        ("The strike hit a town 40 km west of Donetsk.", "Donetsk", "reference"),
        ("Heavy fighting continued around Bakhmut as troops advanced.", "Bakhmut", "ground"),
        ("Kyiv used long-range drones in the attack.", "Kyiv", "speaker"),
        ("The plant is a reference to Moscow's new missile programme.", "Moscow", "speaker"),
        ("Sirens sounded in Lviv for two hours.", "Lviv", "none"),
        ("Residents were stranded in Izium after the strike.", "Izium", "none"),
    ],
)
def test_roles(sentence, place, expected):
    assert role(sentence, place) == expected


def test_possessive_district_stays_struck():
    assert role("Pipes were damaged in Kyiv's Pecherskyi district.", "Kyiv") == "struck"


def test_relative_clause_does_not_cut_a_list():
    sentence = "The worst-hit villages are Kyinka, which lies near Chernihiv, and nearby Pavlivka."
    assert role(sentence, "Pavlivka") == "struck"


def test_shot_down_after_the_place_is_an_interception():
    assert role("Over the Bryansk region two drones were shot down.", "Bryansk") == "intercept"
    assert role("В Брянской области сбиты два дрона.", "Брянской") == "intercept"


def test_launch_area_is_not_confused_with_the_target():
    sentence = "Drones launched from Russia's Kursk region and occupied Crimea hit Odesa."
    assert role(sentence, "Kursk") == "launch"
    assert role(sentence, "Crimea") == "launch"
    assert role(sentence, "Odesa") == "struck"


def test_where_someone_spoke_is_not_struck():
    sentence = "Zelensky, speaking in Kyiv, said the missile attack on Odesa killed five."
    assert role(sentence, "Kyiv") == "speaker"
    assert role(sentence, "Odesa") == "struck"


def test_debris_of_a_downed_drone_hits_the_place():
    sentence = "Debris of a downed drone damaged a house in Chornomorsk."
    assert role(sentence, "Chornomorsk") == "struck"
    assert role("Ten drones were shot down over Odesa.", "Odesa") == "intercept"


@pytest.mark.parametrize(
    ("sentence", "place", "expected"),
    [
        ("Debris from a drone shot down over Belgorod fell on homes.", "Belgorod", "struck"),
        ("Обломки дрона, сбитого над Курском, повредили крышу.", "Курском", "struck"),
        ("Debris from a drone shot down over Belgorod was collected.", "Belgorod", "intercept"),
        ("A drone shot down over Belgorod; nothing was damaged.", "Belgorod", "intercept"),
    ],
)
def test_harmful_debris_of_a_weapon_downed_over_a_place_hits_it(sentence, place, expected):
    assert role(sentence, place) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Explosions were heard in Lutsk.", ""),
        ("В Курске были слышны взрывы, повреждений нет.", ""),
        ("Харьков ночью не обстреливали.", ""),
        ("Charków nie został zaatakowany.", ""),
        ("Des explosions ont été entendues à Droujkivka, sans dégâts.", ""),
        ("Explosions were heard, then a missile hit a school.", "hit"),
    ],
)
def test_void_phrases_leave_no_strike_word(text, kept):
    from strikemap.extraction.roles import STRIKE_CUE, void_phrases

    assert len(void_phrases(text)) == len(text)
    assert STRIKE_CUE.search(text) is bool(kept)
    if kept:
        assert kept in void_phrases(text)


def test_reports_damage_ignores_negated_damage():
    from strikemap.extraction.roles import reports_damage

    assert reports_damage("A drone damaged a house in Sumy.")
    assert not reports_damage("Drones were shot down over Sumy, no damage was reported.")
    assert not reports_damage("Сбиты два беспилотника, повреждений нет.")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A missile struck a town just outside the city of Dnipro.", "Dnipro"),
        ("Ракета влучила в будинок у селі поблизу Харкова.", "Харкова"),
        ("Беспилотник атаковал поселок недалеко от Белгорода.", "Белгорода"),
        ("Eine Rakete traf ein Dorf bei Charkiw.", "Charkiw"),
        ("Un misil impactó en un pueblo cerca de Járkov.", "Járkov"),
    ],
)
def test_a_place_that_locates_a_settlement_is_a_reference(sentence, place):
    assert role(sentence, place) == "reference"


@pytest.mark.parametrize(
    ("sentence", "place", "expected"),
    [
        # Read in real Polish wire copy: drones destroyed in a city's suburbs.
        (
            "Na przedmieściach Woroneża i w kilku rejonach obwodu, według jego słów, "
            "zniszczono ponad 10 dronów.",
            "Woroneża",
            "intercept",
        ),
        ("Над Белгородом ночью перехвачены 12 беспилотников.", "Белгородом", "intercept"),
        ("Près de Belgorod, 12 drones ont été abattus cette nuit.", "Belgorod", "intercept"),
        ("In Kharkiv a house was hit, and ten drones were shot down.", "Kharkiv", "struck"),
        ("W Charkowie zniszczono dom, ranne zostały dwie osoby.", "Charkowie", "struck"),
    ],
)
def test_weapons_downed_after_a_place_named_are_interceptions(sentence, place, expected):
    assert role(sentence, place) == expected
