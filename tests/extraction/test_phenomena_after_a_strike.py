"""Issue 11, read in reports written days after a strike (``heldout_real_26``):
funerals, identifications, relatives arriving, rescue work ending.

- "the same night" refers to the night of the strike told before, or to a
  night the text spoke of, not to the last day any sentence named: the day
  of a funeral, of an arrival or of the end of an identification is no night
  of a strike ("Am Donnerstag wurde der Student beerdigt. In derselben Nacht
  stürzten Trümmer ... in Iwano-Frankiwsk": the strike's night).
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import by_place


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "pl",
            "Rakieta uderzyła w blok w dzielnicy Sołomiańskiej w Kijowie we wtorek nad "
            "ranem. Zginęło sześć osób.\n\nBabcia dziewczynek przyjechała w piątek "
            "pociągiem ze Lwowa. Pogrzeb odbył się w sobotę.\n\nTej samej nocy szczątki "
            "drona spadły na dom w Browarach. Dwie osoby zostały ranne.",
            "Brovary",
        ),
        (
            "de",
            "Eine Drohne traf in der Nacht auf Dienstag ein Wohnheim in Ternopil. Zwei "
            "Menschen starben.\n\nAm Donnerstag wurde der Student beerdigt.\n\nIn "
            "derselben Nacht stürzten Trümmer einer Drohne in Iwano-Frankiwsk auf ein "
            "Wohnhaus; eine Frau wurde verletzt.",
            "Ivano-Frankivsk",
        ),
        (
            "en",
            "A missile hit a block of flats in Dnipro early on Tuesday, killing four "
            "people.\n\nThe funeral of two of the victims was held on Thursday.\n\nThe "
            "same night debris from a downed drone damaged a house in Pavlohrad. Nobody "
            "was hurt.",
            "Pavlohrad",
        ),
        (
            "uk",
            "У ніч на вівторок дрон влучив у будинок у Конотопі. Загинули двоє людей.\n\n"
            "«Він у четвер мав їхати на змагання», — каже сестра загиблої.\n\nТієї ж "
            "ночі безпілотник атакував об'єкт енергетики в Шостці. Ніхто не постраждав.",
            "Shostka",
        ),
    ],
)
def test_the_same_night_is_the_strikes_not_a_funerals(extract, language, text, place):
    # Published on Saturday 2026-02-07; the strike's night is Tuesday's.
    events = by_place(extract(text, published=date(2026, 2, 7), language=language))
    assert events[place].date == date(2026, 2, 3)


def test_the_same_night_after_a_night_told_without_a_strike(extract):
    # The night told in a sentence that sets no strike is still a night.
    events = by_place(
        extract(
            "In der Nacht auf Mittwoch heulten in Charkiw die Sirenen.\n\nAm Freitag "
            "kamen Hilfsgüter an.\n\nIn derselben Nacht schlug eine Drohne in ein Haus "
            "in Tschuhujiw ein; ein Mann wurde verletzt.",
            published=date(2026, 2, 7),
            language="de",
        )
    )
    assert events["Chuhuiv"].date == date(2026, 2, 4)


def test_the_same_day_still_takes_the_last_day_stated(extract):
    # "the same day" is no night: the last day any sentence named.
    events = by_place(
        extract(
            "A missile hit Dnipro early on Tuesday, killing four people.\n\nOn Thursday "
            "the regional governor visited the site. The same day a drone hit a farm in "
            "Pavlohrad, injuring one man.",
            published=date(2026, 2, 7),
            language="en",
        )
    )
    assert events["Pavlohrad"].date == date(2026, 2, 5)
