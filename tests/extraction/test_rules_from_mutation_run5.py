"""Behaviour that mutation run 5 (docs/mutation.md) found no test stating."""

from __future__ import annotations

from strikemap.extraction import attacker, casualties, weapons


def test_air_strikes_beside_shelling_are_the_shelling():
    # Two generic words and nothing specific: "air strikes" is the vaguest and
    # only stands alone, so the strike was artillery.
    mentions = weapons.find_weapons("Air strikes and shelling hit the village overnight.", "en")
    assert weapons.event_categories(mentions) == ["artillery"]


def test_a_couple_and_a_boy_are_three_dead():
    figures = casualties.find_figures("A couple and a boy were killed in the strike.", "en")
    assert [(f.kind, f.value) for f in figures] == [("killed", 3)]


def test_two_men_and_a_couple_are_four_dead():
    # A list of counted victims: the couple counts two.
    figures = casualties.find_figures("Two men and a couple were killed.", "en")
    assert [(f.kind, f.value) for f in figures] == [("killed", 4)]


def test_a_married_couple_and_their_neighbour_are_three_dead():
    figures = casualties.find_figures("A married couple and their neighbour were killed.", "en")
    assert [(f.kind, f.value) for f in figures] == [("killed", 3)]


def test_an_english_quote_in_a_german_article_still_names_the_attacker():
    # Every language's cues are followed by English ones: wire copy quotes it.
    cues = attacker.attacker_cues("Russian drones hit the city, said the mayor.", "de")
    assert [side for side, _start, _end in cues] == ["RU"]


def test_a_russian_g_for_a_ukrainian_h_finds_the_town(gazetteer):
    # "Kryvyi Rig": a hybrid of the Ukrainian name and the Russian g.
    from strikemap.extraction.extractor import matcher_for

    found = matcher_for(gazetteer).find("A missile hit Kryvyi Rig on Monday.", "en")
    assert [(m.as_written, gazetteer.get(m.place_ids[0]).name) for m in found] == [
        ("Kryvyi Rig", "Kryvyi Rih")
    ]


def test_a_number_ending_a_german_sentence_is_no_ordinal_day():
    from strikemap.extraction.segment import split_sentences

    text = "Die Zahl der Toten stieg auf 8. Am Dienstag griffen erneut Drohnen an."
    assert [s.text for s in split_sentences(text)] == [
        "Die Zahl der Toten stieg auf 8.",
        "Am Dienstag griffen erneut Drohnen an.",
    ]


def test_a_day_number_before_a_german_month_is_an_ordinal():
    from strikemap.extraction.segment import split_sentences

    assert [s.text for s in split_sentences("Am 8. Juli 2024 griffen Drohnen Kiew an.")] == [
        "Am 8. Juli 2024 griffen Drohnen Kiew an."
    ]


def test_a_weapon_word_whose_flag_is_no_yes_or_no_names_file_slot_and_key(tmp_path):
    import pytest
    from strikemap.extraction import lexicon

    item = {"pattern": "drones?", "examples": ["drone"], "category": "drone", "generic": "yes"}
    with pytest.raises(lexicon.LexiconError) as error:
        lexicon._entry(tmp_path / "xx.yaml", "weapon_words", 0, item)
    assert str(error.value) == (
        f"{tmp_path / 'xx.yaml'}: slot 'weapon_words' entry 1 'generic' must be a bool"
    )
