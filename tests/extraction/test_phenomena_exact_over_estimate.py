""" "About 50 wounded" in the lead, "48 wounded" in the body: the count stands.

Wire copy rounds a toll in its lead ("cerca de 50 feridos", "близько 50
поранених", "etwa 50 Verletzte") and gives the count in the body.  The
highest figure usually wins, since tolls rise as counts firm up; a round
estimate is not a count, so an exact figure of the same kind beats it even
when lower (issue 11, phenomenon 5: figures).  An estimate alone still
counts, and a toll that "rose to" a number is no estimate.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import by_place

PUBLISHED = date(2025, 5, 26)

ESTIMATE_THEN_COUNT = [
    (
        "pt",
        "Um ataque russo com mísseis contra Dnipro deixou cerca de 50 feridos nesta "
        "segunda-feira. Segundo as autoridades regionais, 48 pessoas ficaram feridas.",
        48,
    ),
    (
        "en",
        "A Russian missile strike on Dnipro injured about 50 people on Monday. "
        "Regional officials later said 48 people were injured.",
        48,
    ),
    (
        "uk",
        "Унаслідок ракетного удару по Дніпру в понеділок постраждали близько 50 людей. "
        "За даними ОВА, поранено 47 людей.",
        47,
    ),
    (
        "de",
        "Bei einem russischen Raketenangriff auf Dnipro wurden am Montag etwa 50 Menschen "
        "verletzt. Die Behörden meldeten später 46 Verletzte.",
        46,
    ),
]


@pytest.mark.parametrize(("language", "text", "injured"), ESTIMATE_THEN_COUNT)
def test_the_exact_count_beats_the_round_estimate(extract, language, text, injured):
    events = by_place(extract(f"News\n\n{text}", published=PUBLISHED, language=language))
    assert events["Dnipro"].injured == injured


def test_an_estimate_alone_still_counts(extract):
    text = "A Russian missile strike on Dnipro injured about 50 people on Monday."
    events = by_place(extract(f"News\n\n{text}", published=PUBLISHED, language="en"))
    assert events["Dnipro"].injured == 50


def test_a_toll_risen_to_a_number_is_no_estimate(extract):
    text = (
        "ВСУ обстреляли Шебекино, ранены пять человек, сообщил губернатор. "
        "Число раненых, по его словам, выросло до 11."
    )
    events = by_place(extract(f"Новости\n\n{text}", published=PUBLISHED, language="ru"))
    assert events["Shebekino"].injured == 11
