"""Issue 11, phenomenon 5: a toll in a clause of its own after several towns sums them.

"Missiles hit Kharkiv and central Zolochiv overnight; four wounded": the four
are the wave's, not Zolochiv's, which the body gives its own two.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Missiles hit Kharkiv's Kyivskyi district and central Zolochiv overnight; four "
            "wounded\n\nIn Zolochiv, the administrative building was damaged. Two people were "
            "wounded there.",
        ),
        (
            "uk",
            "Ракети влучили у Київський район Харкова та центр Золочева; четверо поранених\n\n"
            "У Золочеві пошкоджено адмінбудівлю. Там поранено двох людей.",
        ),
        (
            "pl",
            "Rakiety spadły na dzielnicę kijowską Charkowa i centrum Złoczowa; czterech rannych\n\n"
            "W Złoczowie uszkodzony został budynek administracji. Ranne zostały tam dwie osoby.",
        ),
        (
            "de",
            "Raketen treffen Charkiws Bezirk Kyjiwskyj und das Zentrum von Solotschiw; vier "
            "Verletzte\n\nIn Solotschiw wurde das Verwaltungsgebäude beschädigt. Zwei Menschen "
            "wurden dort verletzt.",
        ),
    ],
)
def test_a_title_toll_after_several_towns_is_none_of_theirs(extract, lang, text):
    assert by_place(extract(text, published=TUESDAY, language=lang))["Zolochiv"].injured == 2
