"""Region adjectives sharing one plural noun, hyphenated names in a case form, "St."

"над Брянской, Курской и Калужской областями" names three regions, each by an
adjective that only the plural noun at the end makes a region's name; the
regions it names anchor the article, so a small town of one of them is not
taken for a far namesake.  "в Каменске-Шахтинском" inflects both halves of
Kamensk-Shakhtinsky.  "St. Petersburg" is one name even though the full stop
blanks into a second space: "150 km from St. Petersburg" is a reference point.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import TUESDAY, by_place, places

NOV_9 = date(2025, 11, 9)


@pytest.mark.parametrize(
    ("lang", "text", "regions"),
    [
        (
            "ru",
            "Минобороны: дроны сбиты над Брянской, Курской, Белгородской и Калужской областями.",
            ["Bryansk Oblast", "Kursk Oblast", "Belgorod Oblast", "Kaluga Oblast"],
        ),
        (
            "uk",
            "Над Сумською, Чернігівською та Харківською областями збито дрони.",
            ["Sumy Oblast", "Chernihiv Oblast", "Kharkiv Oblast"],
        ),
    ],
)
def test_region_adjectives_before_a_plural_instrumental_noun_are_regions(
    gazetteer, lang, text, regions
):
    from strikemap.extraction.extractor import matcher_for

    found = matcher_for(gazetteer).find(text, lang)
    names = [{gazetteer.get(i).name for i in m.place_ids} for m in found]
    assert [n for n in names if n & set(regions)] == [{r} for r in regions]


def test_a_region_named_in_a_downing_list_anchors_its_small_town(extract):
    # Klimovo (Bryansk Oblast) has a namesake village in Crimea; the Bryansk
    # region named in the ministry's list keeps the town in Russia.
    text = (
        "Хроника ночи\n\n"
        "10:02\nМинобороны России заявило, что за ночь сбито 58 дронов — над Брянской, "
        "Курской и Калужской областями.\n\n"
        "08:45\nУкраинская сторона сообщает об атаке на Харьков: ранены пять человек.\n\n"
        "07:10\nБрянский губернатор: утром FPV-дрон ВСУ ударил по грузовику в поселке "
        "Климово, ранен водитель."
    )
    events = by_place(extract(text, published=NOV_9, language="ru"))
    assert "Klimovo" in events
    assert events["Klimovo"].injured == 1
    assert events["Klimovo"].attacker == "UA"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Атака на склад\n\nУтром в Каменске-Шахтинском обломки БПЛА повредили кровлю склада.",
            "Kamensk-Shakhtinsky",
        ),
        (
            "Атака на рынок\n\nУкраинский дрон атаковал рынок в Каменке-Днепровской, "
            "ранены три человека.",
            "Kamianka-na-Dnipri",
        ),
    ],
)
def test_a_hyphenated_name_with_both_halves_inflected(extract, text, place):
    assert places(extract(text, published=TUESDAY, language="ru")) == {place}


def test_st_petersburg_after_a_distance_is_a_reference_point(extract):
    text = (
        "Drohnen treffen Ölhafen\n\n"
        "In der Nacht griffen ukrainische Drohnen den Ölhafen Primorsk an, rund 150 "
        "Kilometer nordwestlich von St. Petersburg. Verletzt wurde niemand."
    )
    assert places(extract(text, published=TUESDAY, language="de")) == {"Primorsk"}


def test_st_petersburg_is_one_name(gazetteer):
    from strikemap.extraction.extractor import matcher_for

    found = matcher_for(gazetteer).find("Drones hit an oil depot near St. Petersburg.", "en")
    assert [m.as_written for m in found] == ["St. Petersburg"]


def test_drones_downed_over_a_list_of_regions_give_the_next_hits_no_scene(extract):
    # "Impacts were recorded" names no place; the four oblasts drones were
    # downed over are no one scene for it.
    text = (
        "Overnight attack\n\n"
        "Air defence downed or suppressed 94 drones over Chernihiv, Poltava, Sumy and "
        "Kirovohrad oblasts. Impacts were recorded at nine locations."
    )
    assert places(extract(text, published=TUESDAY)) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Porto colpito\n\nMartedì un missile russo ha colpito il porto di Izmail. "
            "Il porto di Odessa e quelli vicini sono stati colpiti decine di volte.",
        ),
        (
            "en",
            "Port hit\n\nOn Tuesday a Russian missile hit the port of Izmail. "
            "The port of Odesa has been struck dozens of times.",
        ),
    ],
)
def test_a_place_struck_dozens_of_times_is_no_event_of_the_day(extract, lang, text):
    assert places(extract(text, published=TUESDAY, language=lang)) == {"Izmail"}
