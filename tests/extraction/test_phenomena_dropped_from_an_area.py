""" "Dropped by Su-34 aircraft from the area of occupied Vasylivka": a launch area.

Where bombs were dropped or missiles fired from is not struck (issue 11,
phenomenon 1).  Reports name the area around a town ("from the area of",
"aus dem Raum", "з району", "из района", "z rejonu", "depuis la zone de",
"desde la zona de", "dalla zona di", "a partir da zona de"), often an
occupied one.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import places

PUBLISHED = date(2024, 11, 8)

CASES = [
    (
        "en",
        "Russian bombs hit Zaporizhzhia, injuring 17. The bombs were dropped by Su-34 aircraft "
        "from the area of occupied Vasylivka, some 45 km south of the regional centre.",
    ),
    (
        "de",
        "Russische Bomben trafen Saporischschja, 17 Menschen wurden verletzt. Die Bomben wurden "
        "von Su-34-Flugzeugen aus dem Raum des besetzten Wassyliwka abgeworfen.",
    ),
    (
        "uk",
        "Російські бомби влучили в Запоріжжя, поранено 17 людей. Бомби скинули літаки Су-34 з "
        "району окупованої Василівки.",
    ),
    (
        "ru",
        "Российские бомбы попали в Запорожье, ранены 17 человек. Бомбы сбросили самолеты Су-34 из "
        "района оккупированной Васильевки.",
    ),
    (
        "fr",
        "Des bombes russes ont frappé Zaporijia, faisant 17 blessés. Les bombes ont été larguées "
        "par des Su-34 depuis la zone de Vassylivka occupée.",
    ),
    (
        "it",
        "Bombe russe hanno colpito Zaporizhzhia, ferendo 17 persone. Le bombe sono state "
        "sganciate da aerei Su-34 dalla zona di Vasylivka occupata.",
    ),
    (
        "pt",
        "Bombas russas atingiram Zaporizhzhia, ferindo 17 pessoas. As bombas foram lançadas por "
        "aviões Su-34 a partir da zona de Vasylivka ocupada.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES)
def test_the_area_bombs_were_dropped_from_is_not_struck(extract, language, text):
    found = places(extract(f"News\n\n{text}", published=PUBLISHED, language=language))
    assert found == {"Zaporizhzhia"}
