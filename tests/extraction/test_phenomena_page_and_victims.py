"""Issue 11, phenomena 4 and 5: page furniture above the report, victims told one by one.

A navigation line such as "All news" above the report does not turn the
report into a footer; "a pensioner was seriously hurt" after "earlier
reports said eight people were injured" describes one of the eight.
"""

from __future__ import annotations

import pytest
from phenomena import MONDAY, TUESDAY, by_place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Shells hit Klimovo, governor says\n\nAll news\n\nMOSCOW, March 3. Shelling of the "
            "settlement of Klimovo in the Bryansk Region damaged 40 houses on Monday, the "
            "governor said. Two people were injured.",
        ),
        (
            "de",
            "Beschuss von Klimowo\n\nLatest news\n\nBeim Beschuss der Siedlung Klimowo im Gebiet "
            "Brjansk wurden am Montag 40 Häuser beschädigt, zwei Menschen wurden verletzt.",
        ),
        (
            "ru",
            "Обстрел Климово\n\nComments\n\nВ понедельник при обстреле поселка Климово в "
            "Брянской области повреждены 40 домов, ранены два человека.",
        ),
    ],
)
def test_navigation_above_the_report_is_no_footer(extract, lang, text):
    klimovo = by_place(extract(text, published=TUESDAY, language=lang))["Klimovo"]
    assert (klimovo.date, klimovo.injured) == (MONDAY, 2)


@pytest.mark.parametrize(
    ("lang", "text", "city"),
    [
        (
            "en",
            "Shelling of Klimovo\n\nUkrainian artillery shelled Klimovo in the Bryansk region on "
            "Monday. Earlier reports said eight people were injured. A pensioner was seriously "
            "hurt.",
            "Klimovo",
        ),
        (
            "pl",
            "Ostrzał Klimowa\n\nW poniedziałek ukraińska artyleria ostrzelała Klimowo w obwodzie "
            "briańskim. Wcześniej informowano, że rannych zostało osiem osób. Ciężko ranna "
            "została emerytka.",
            "Klimovo",
        ),
        (
            "uk",
            "Обстріл Харкова\n\nУ понеділок російські війська обстріляли Харків. Раніше "
            "повідомлялося, що поранено вісім людей. Важкого поранення зазнала пенсіонерка.",
            "Kharkiv",
        ),
    ],
)
def test_a_victim_told_alone_does_not_replace_the_count(extract, lang, text, city):
    assert by_place(extract(text, published=TUESDAY, language=lang))[city].injured == 8
