"""Behaviour pinned after mutation run 8 (docs/mutation.md): each test states a
rule in the domain's terms and failed against the mutant that survived it."""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction import lexicon
from strikemap.extraction.dates import find_dates, resolve_date
from strikemap.extraction.segment import split_sentences


def test_two_days_ago_at_the_start_of_a_sentence_is_one_mention_with_its_count():
    # 'Two days ago' in an article of 2024-03-20 gives 2024-03-18, and the
    # mention covers the count word even when it opens the sentence.
    (mention,) = find_dates("Two days ago a drone hit Lutsk.", date(2024, 3, 20), "en")
    assert (mention.date, mention.start, mention.text) == (date(2024, 3, 18), 0, "Two days ago")


def test_in_2022_alone_dates_a_sentence_to_that_year():
    # A sentence that names a year and nothing finer is dated to that year,
    # with year precision.
    mention = resolve_date("The bridge was first hit in 2022.", date(2024, 3, 20), "en")
    assert (mention.date, mention.precision, mention.kind, mention.text) == (
        date(2022, 1, 1),
        "year",
        "year",
        "in 2022",
    )


# A long report line without final punctuation (over 150 characters).
_UNPUNCTUATED = (
    "On Tuesday morning a Russian missile struck a warehouse on the eastern edge of Dnipro "
    "and two workers were injured according to the regional governor who spoke on television"
)


def test_a_read_more_line_of_forty_characters_carries_its_own_headline():
    # A short "Read more" marker (under 40 characters) is followed by the
    # headline it links to; one of 40 or more holds its headline already, so
    # the unpunctuated paragraph after it is report text.
    link = "Read more: Lviv opens two new bus routes"
    assert len(link) == 40
    text = f"Strike on a Dnipro warehouse\n\n{link}\n{_UNPUNCTUATED}\n"
    kinds = [(s.kind, s.text) for s in split_sentences(text)]
    assert kinds[1:] == [("link", link), ("body", _UNPUNCTUATED)]


def test_the_line_after_a_short_read_more_marker_is_its_headline():
    # The other side of the rule above (no survivor of its own).
    link = "Read more: Kyiv opens new tram lines"
    assert len(link) < 40
    text = f"Strike on a Dnipro warehouse\n\n{link}\n{_UNPUNCTUATED}\n"
    kinds = [(s.kind, s.text) for s in split_sentences(text)]
    assert kinds[1:] == [("link", link), ("link", _UNPUNCTUATED)]


@pytest.mark.parametrize(
    ("lang", "sentence", "written"),
    [
        # Bulgarian, without a lexicon of its own, is read with Russian's.
        ("bg", "На 5 март ракета удари склад в Одеса.", "5 март"),
        # Galician is read with Spanish's.
        ("gl", "O 5 de marzo un dron alcanzou un almacén en Odesa.", "5 de marzo"),
    ],
    ids=["bulgarian", "galician"],
)
def test_a_language_without_a_lexicon_is_read_with_the_closest_one(lang, sentence, written):
    # '5 март' / '5 de marzo' in an article of 2024-03-20 gives 2024-03-05.
    (mention,) = find_dates(sentence, date(2024, 3, 20), lang)
    assert (mention.date, mention.text) == (date(2024, 3, 5), written)


def test_the_closest_lexicons_of_languages_without_their_own():
    assert [lexicon.lexicon_for(code).code for code in ("be", "bg", "sr", "mk", "kk")] == ["ru"] * 5
    assert [lexicon.lexicon_for(code).code for code in ("gl", "ca")] == ["es", "es"]
    assert lexicon.lexicon_for("ja").code == "en"
    assert lexicon.codes_for("bg") == ("ru", "en")
