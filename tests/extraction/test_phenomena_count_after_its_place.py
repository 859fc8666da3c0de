"""A second count told after its place without its casualty word ("acht Verletzte in
Charkiw, in Solotschiw weitere sieben") is that place's, of the kind of the count
before it; the first count is then the first place's, not a sum over both (issue 11,
phenomenon 5)."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place

SENTENCES = [
    (
        "de",
        "In der Stadt Charkiw gebe es nach einem Drohnenangriff acht Verletzte, in der "
        "Ortschaft Solotschiw weitere sieben.",
    ),
    (
        "de",
        "Acht Menschen wurden bei dem Angriff in Charkiw verletzt und in Solotschiw "
        "weitere sieben.",
    ),
    ("uk", "Внаслідок атаки дронів у Харкові поранено вісім людей, у Золочеві ще сімох."),
    ("ru", "В результате атаки дронов в Харькове ранены восемь человек, в Золочеве еще семь."),
    (
        "pl",
        "W wyniku ataku dronów w Charkowie rannych zostało osiem osób, w Złoczowie kolejne siedem.",
    ),
    ("it", "L'attacco con droni ha ferito otto persone a Kharkiv, a Zolochiv altre sette."),
    ("es", "Ocho personas resultaron heridas en Járkov y en Zólochiv otras siete."),
    ("pt", "Oito pessoas ficaram feridas em Kharkiv e em Zolochiv outras sete."),
]


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES)
def test_each_place_has_its_own_count(extract, lang, sentence):
    events = by_place(extract("Drohnen\n\n" + sentence, published=TUESDAY, language=lang))
    assert (events["Kharkiv"].injured, events["Zolochiv"].injured) == (8, 7)


def test_one_count_before_a_list_still_sums_it(extract):
    events = by_place(
        extract(
            "Drones\n\nEight people were injured in drone strikes on Kharkiv and Zolochiv.",
            published=TUESDAY,
        )
    )
    assert (events["Kharkiv"].injured, events["Zolochiv"].injured) == (None, None)
