"""Rules pinned after mutation run 10 (docs/mutation.md): behaviour that a sampled
mutant changed and no test noticed, each stated in the domain's terms."""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction import numbers
from strikemap.extraction.blog_entries import entry_headings
from strikemap.extraction.extractor import extract_article
from strikemap.extraction.segment import split_sentences
from strikemap.models import Article


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        ("Two hundred and five people were evacuated.", "en", "Two hundred and five"),
        ("Hubo treinta y cuatro heridos.", "es", "treinta y cuatro"),
        ("Ficaram vinte e cinco feridos.", "es", "vinte e cinco"),
        ("Ci sono stati cento e due feriti.", "it", "cento e due"),
        ("On compte trente et un morts.", "fr", "trente et un"),
    ],
)
def test_a_number_joined_by_its_connector_is_one_number(text, language, number):
    # "two hundred and five" is one figure, 205, not 200 and then 5. The
    # pattern is compiled at import, so the test builds it again itself.
    match = numbers._compile(language).search(text)
    assert match is not None and match.group("num") == number


def test_a_thousand_and_five_is_1005():
    # text2num does not read "a thousand"; read here, the "and" after the
    # thousand adds nothing.
    (span,) = numbers.find_numbers("A thousand and five people were evacuated.", "en")
    assert (span.value, span.text) == (1005, "A thousand and five")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pół miasta było bez prądu.", "pl"),
        ("Mezzo paese è rimasto senza luce.", "it"),
        ("Medio barrio se quedó sin luz.", "es"),
    ],
)
def test_half_alone_is_no_figure(text, language):
    # "half the town" counts nobody: no number, not a figure of 0.
    assert numbers.find_numbers(text, language) == []


def test_a_live_blog_that_opens_with_an_entry_reads_that_entrys_time():
    # No headline: the pasted page opens with its newest entry, a lead too long
    # for a title, and the text ends without a newline. 00:35 is on the page's
    # day; the entries below it, 23:50 to 22:40, on the day before.
    text = (
        "00:35 A Russian drone hit an apartment block in the Saltivskyi district of Kharkiv "
        "overnight, the regional governor Oleh Syniehubov said on his Telegram channel.\n\n"
        "23:50 A missile struck the port of Odesa.\n\n"
        "23:10 An air raid alert sounded in Kyiv.\n\n"
        "22:40 Explosions were heard in Sumy."
    )
    sentences = split_sentences(text)
    assert [s.kind for s in sentences] == ["body"] * 4
    page_day, day_before = date(2025, 7, 8), date(2025, 7, 7)
    assert entry_headings(sentences, text, page_day, "en") == [
        (0, page_day),
        (1, day_before),
        (2, day_before),
        (3, day_before),
    ]


def test_an_article_without_text_reports_nothing_even_under_a_strike_title(gazetteer):
    # The title alone is no report: nothing is read from it when the text is empty.
    title = "Russian missile strike on Kharkiv kills three people"
    day = date(2024, 3, 5)
    for text in ("", "  \n"):
        article = Article(id="t1", text=text, title=title, published=day)
        assert extract_article(article, gazetteer) == []
    # The same title over a text is read (the title goes before the text).
    article = Article(id="t1", text="Rescuers are at work.", title=title, published=day)
    assert [(e.place, e.killed) for e in extract_article(article, gazetteer)] == [("Kharkiv", 3)]


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        # Bulgarian and Serbian are read with the Russian lexicon ("три" is 3) ...
        ("Три души загинаха при удара.", "bg", [3]),
        ("Погинуле су три особе.", "sr", [3]),
        # ... Portuguese with the Spanish one ...
        ("Três pessoas morreram e vinte ficaram feridas.", "pt", [3, 20]),
        # ... and the rest, or an unknown language, with the English one.
        ("Bij de aanval kwamen 3 mensen om.", "nl", [3]),
        ("Three people were killed.", None, [3]),
    ],
)
def test_a_language_without_a_lexicon_reads_its_numbers_with_the_nearest_one(
    text, language, values
):
    assert [n.value for n in numbers.find_numbers(text, language)] == values


def test_an_event_dated_to_a_day_says_so(extract):
    # A strike told "on Sunday" in an article of Tuesday 5 March 2024 is on
    # 3 March 2024, to the day.
    text = "Missile hits Kharkiv\n\nA Russian missile struck Kharkiv on Sunday, killing two people."
    (event,) = extract(text, published=date(2024, 3, 5), language="en")
    assert (event.place, event.date, event.date_precision) == ("Kharkiv", date(2024, 3, 3), "day")
