"""Issue 11, read in a live blog (``heldout_real_25``): a country adjective and
a settlement noun right before a name put the place in that country ("the
Russian town of Liski", "la ville russe de Liski", "у російському місті
Лиски"), whatever else the article is about: Liski in Voronezh Oblast, not a
Ukrainian Lisky near the Odesa the article also reports on.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import by_place


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Russian drones hit Odesa overnight, killing three. Debris damaged houses in "
            "the Russian town of Liski.",
        ),
        (
            "fr",
            "Des drones russes ont frappé Odessa dans la nuit, tuant trois personnes. Des "
            "débris ont endommagé des maisons dans la ville russe de Liski.",
        ),
        (
            "it",
            "Droni russi hanno colpito Odessa nella notte, uccidendo tre persone. Detriti "
            "hanno danneggiato case nella città russa di Liski.",
        ),
        (
            "es",
            "Drones rusos atacaron Odesa durante la noche y mataron a tres personas. Los "
            "restos dañaron casas en la ciudad rusa de Liski.",
        ),
        (
            "uk",
            "Російські дрони атакували Одесу вночі, загинули троє людей. Уламки "
            "пошкодили будинки у російському місті Лиски.",
        ),
    ],
)
def test_the_russian_town_of_is_in_russia(extract, language, text):
    events = by_place(extract("Odesa\n\n" + text, published=date(2026, 3, 7), language=language))
    liski = events["Liski"]
    assert (liski.country, liski.attacker) == ("RU", "UA")


def test_without_the_country_the_article_decides(extract):
    # No country said: the namesake near the article's Odesa is kept.
    events = by_place(
        extract(
            "Odesa\n\nRussian drones hit Odesa overnight, killing three. Debris damaged "
            "houses in Liski.",
            published=date(2026, 3, 7),
            language="en",
        )
    )
    assert events["Lisky"].country == "UA"
