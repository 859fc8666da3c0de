"""Rules pinned after mutation run 11 (docs/mutation.md): behaviour that a sampled
mutant changed and no test noticed, each stated in the domain's terms."""

from __future__ import annotations

import re
from datetime import date

import pytest
from strikemap.extraction import analysis, attacker, casualties, lexicon, name_kinds
from strikemap.extraction.blog_entries import entry_minutes
from strikemap.extraction.placematch import PlaceMention
from strikemap.extraction.segment import split_sentences
from strikemap.gazetteer import Place


@pytest.mark.parametrize(
    ("text", "language", "first", "second"),
    [
        # After a strike verb ...
        ("Overnight, drones attacked Moscow and Kyiv.", "en", "Moscow", "Kyiv"),
        ("Drony zaatakowały Moskwę i Kijów w nocy.", "pl", "Moskwę", "Kijów"),
        # ... or after a locative preposition, two capitals are two places.
        ("Explosions were reported in Moscow and Kyiv on Monday night.", "en", "Moscow", "Kyiv"),
        ("W nocy wybuchy słychać było w Moskwie i Kijowie.", "pl", "Moskwie", "Kijowie"),
    ],
)
def test_two_capitals_after_a_strike_verb_or_a_preposition_are_places(
    text, language, first, second
):
    # Only a pair opening its clause ("Since 2022, Moscow and Kyiv have both
    # relied on drones") stands for the two sides.
    spans = [re.search(name, text).span() for name in (first, second)]
    kinds = name_kinds.classify_names(text, spans, language)
    assert [k.kind for k in kinds] == ["place", "place"]


def test_the_two_sides_opening_a_clause_are_governments():
    text = "Since February 2022, Moscow and Kyiv have both relied on drones."
    spans = [re.search(name, text).span() for name in ("Moscow", "Kyiv")]
    assert [k.kind for k in name_kinds.classify_names(text, spans, "en")] == [
        "government",
        "government",
    ]


def test_days_ago_in_a_live_blogs_entry_count_back_from_the_entrys_day(extract):
    # The page was last updated on Monday 11 August 2025; the entry stands
    # under "Saturday 9 August", so its "two days ago" is Thursday 7 August,
    # not two days before the update (9 August).
    text = (
        "Ukraine war live: drones over Kharkiv\n\nUpdated 11 August 2025, 10:35\n\n"
        "10:35\nAir raid sirens sounded in Kyiv; no damage was reported.\n\n"
        "Saturday 9 August\n\n"
        "22:30\nRussian drones struck Kharkiv two days ago, the mayor said.\n\n"
        "21:10\nZelensky called for more sanctions in his evening address in Kyiv."
    )
    events = {e.place: e for e in extract(text, published=date(2025, 8, 11), language="en")}
    assert (events["Kharkiv"].date, events["Kharkiv"].date_precision) == (date(2025, 8, 7), "day")


@pytest.mark.parametrize(
    ("sentence", "language", "injured"),
    [
        ("0 people were killed and 3 were injured.", "en", 3),
        ("Загинули 0 людей, поранено 3.", "uk", 3),
        ("Погибших 0, раненых 5.", "ru", 5),
    ],
)
def test_a_toll_written_as_the_digit_0_is_none_killed(sentence, language, injured):
    # "0 killed" says nobody died: a figure of 0, not a toll left untold.
    figures = casualties.find_figures(sentence, language)
    assert [(f.kind, f.value) for f in figures] == [("killed", 0), ("injured", injured)]


def test_a_time_before_a_day_and_month_without_a_year_is_a_byline():
    # "14:20, 8 July" is when the page was written, like "14:20, 8 July 2025":
    # the year is the page's own, and the line heads no entry.
    text = "Live: strikes on Kharkiv\n\n14:20, 8 July\n\nA drone hit Kharkiv."
    byline = split_sentences(text)[1]
    assert byline.text.strip() == "14:20, 8 July"
    assert entry_minutes(byline, text, date(2025, 7, 8), "en") is None


class _EveryNameOwn:
    """A gazetteer stand-in where the name is each place's own."""

    def is_primary_name(self, place: Place, key: str) -> bool:
        return True


@pytest.mark.parametrize(("namesake", "meant"), [(10_000, True), (10_001, False)])
def test_a_city_ten_times_its_namesakes_size_is_the_place_meant(namesake, meant):
    # A city of 100,000 dwarfs a namesake of 10,000 (ten times), so the name is
    # the city's beyond doubt; a namesake of 10,001 leaves the name open.
    city = Place("gn:1", "Dovhe", "city", "UA", 49.9, 36.3, 100_000, None, None, "UA-63")
    village = Place("gn:2", "Dovhe", "city", "UA", 48.5, 23.3, namesake, None, None, "UA-21")
    mention = PlaceMention(0, 5, "Dovhe", "dovhe", ("gn:1", "gn:2"))
    chosen = analysis._safe_anchor([city, village], mention, _EveryNameOwn())
    assert chosen is (city if meant else None)


def test_a_district_named_alone_is_in_the_city_whose_district_was_struck_last(extract):
    # Kyiv and Dnipro both have a Shevchenkivskyi district. After "Dnipro's
    # Sobornyi district", the text is at Dnipro: its Shevchenkivskyi is Dnipro's.
    text = (
        "Missiles hit Kyiv and Dnipro\n\nRussia attacked Kyiv with missiles overnight, one "
        "person was injured. A missile struck Dnipro's Sobornyi district on Monday, killing "
        "two people. The Shevchenkivskyi district was also hit, three people were injured there."
    )
    events = {e.place: e for e in extract(text, published=date(2025, 3, 4), language="en")}
    assert (events["Sobornyi"].parent, events["Sobornyi"].killed) == ("Dnipro", 2)
    assert (events["Shevchenkivskyi"].parent, events["Shevchenkivskyi"].injured) == ("Dnipro", 3)


def test_a_place_attacked_whose_drones_were_all_shot_down_over_it_is_not_struck(extract):
    # Kyiv is named as attacked and as where every drone was brought down, and
    # nothing was hit there: Kharkiv is the one strike.
    text = (
        "Drones attack Kharkiv\n\nRussian drones hit Kharkiv overnight, injuring two people. "
        "Kyiv was also attacked, but air defence shot down all drones over Kyiv."
    )
    events = extract(text, published=date(2025, 3, 4), language="en")
    assert [(e.place, e.injured) for e in events] == [("Kharkiv", 2)]


@pytest.mark.parametrize("repeat", [1, 40])
def test_a_filter_of_no_patterns_lets_no_text_through(repeat):
    # No pattern can match anything, so no text, a sentence or a whole article
    # (several hundred characters, read by the filter's own stems), may hold a
    # match.
    text = "A Russian drone hit a house in Kharkiv. " * repeat
    assert lexicon.Filter([]).accepts(text) is False


@pytest.mark.parametrize(
    "sentence",
    ["Os drons rusos atacaron Járkov pola noite.", "Un dron ruso atacou unha vivenda en Járkov."],
)
def test_a_galician_sentence_names_its_attacker_with_the_spanish_cues(sentence):
    # Galician has no attacker cues of its own: "drons rusos" is read with
    # the Spanish ones ("dron ruso"), not with English alone, and names Russia.
    assert attacker.find_attacker(sentence, "gl") == "RU"
