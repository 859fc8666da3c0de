"""The Ministry of Defence's count of drones "shot down over seven regions, among
them Rostov and Belgorod" strikes none of the regions it lists, in every
language; a hit told in the same sentence still strikes its place."""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import places

PUBLISHED = date(2025, 11, 9)

COUNTS = [
    (
        "en",
        "Russia's defence ministry said it had shot down 44 Ukrainian drones over seven "
        "regions, including Rostov and Belgorod.",
    ),
    (
        "es",
        "El Ministerio de Defensa ruso afirmó haber derribado 44 drones ucranianos sobre "
        "siete regiones, entre ellas Rostov y Bélgorod.",
    ),
    (
        "pt",
        "O Ministério da Defesa russo afirmou ter abatido 44 drones sobre sete regiões, "
        "entre elas Rostov e Belgorod.",
    ),
    (
        "fr",
        "Le ministère russe de la Défense a affirmé avoir abattu 44 drones au-dessus de sept "
        "régions, dont celles de Rostov et de Belgorod.",
    ),
    (
        "it",
        "Il ministero della Difesa russo ha affermato di aver abbattuto 44 droni su sette "
        "regioni, tra cui Rostov e Belgorod.",
    ),
    (
        "de",
        "Das Verteidigungsministerium meldete 44 abgeschossene Drohnen über sieben Regionen, "
        "darunter Rostow und Belgorod.",
    ),
    (
        "ru",
        "Минобороны сообщило, что за ночь над семью регионами, в том числе над Ростовской и "
        "Белгородской областями, сбиты 44 беспилотника.",
    ),
]


@pytest.mark.parametrize(("language", "text"), COUNTS, ids=[c[0] for c in COUNTS])
def test_regions_listed_in_a_downing_count_are_not_struck(extract, language, text):
    report = {
        "en": "Ukrainian drones set fire to a refinery in Volgograd overnight.\n\n",
        "es": "Drones ucranianos provocaron un incendio en una refinería de Volgogrado.\n\n",
        "pt": "Drones ucranianos provocaram um incêndio numa refinaria em Volgogrado.\n\n",
        "fr": "Des drones ukrainiens ont provoqué un incendie dans une raffinerie à Volgograd.\n\n",
        "it": "Droni ucraini hanno provocato un incendio in una raffineria a Volgograd.\n\n",
        "de": "Ukrainische Drohnen lösten in einer Raffinerie in Wolgograd einen Brand aus.\n\n",
        "ru": "Украинские беспилотники атаковали НПЗ в Волгограде, возник пожар.\n\n",
    }[language]
    events = extract(report + text, published=PUBLISHED, language=language)
    assert places(events) == {"Volgograd"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Un missile s'est abattu sur Kharkiv, tuant deux personnes."),
        (
            "de",
            "Die Flugabwehr schoss 20 Drohnen ab, doch über Charkiw stürzte eine Drohne auf ein "
            "Wohnhaus, zwei Menschen wurden verletzt.",
        ),
        (
            "es",
            "La defensa aérea derribó 20 drones, pero uno impactó sobre Járkov y dañó una casa.",
        ),
    ],
)
def test_a_hit_beside_a_downing_still_strikes(extract, language, text):
    assert places(extract(text, published=PUBLISHED, language=language)) == {"Kharkiv"}
