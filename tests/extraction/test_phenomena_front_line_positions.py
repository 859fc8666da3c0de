"""Issue 11 (ANNOTATION.md: "front-line towns where only ground fighting is reported"
are not struck): an oblast's summary that turns to the fighting ("атакував позиції
українських захисників у районах населених пунктів Вовчанськ, Фиголівка") names towns
of the front, not places struck. Before, only Ukrainian, Russian and a few English,
Italian and Portuguese words marked ground fighting; positions, clashes and advances
in every language do now, and a town naming an axis of the front ("на Купянском
направлении", "the Pokrovsk direction") is the axis's name."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places


@pytest.mark.parametrize(
    ("lang", "fighting"),
    [
        (
            "uk",
            "На Південно-Слобожанському напрямку агресор сім разів атакував позиції українських "
            "захисників у районах населених пунктів Вовчанськ і Фиголівка.",
        ),
        (
            "ru",
            "На Купянском направлении противник атаковал позиции украинских военных в районах "
            "Вовчанска и Фиголевки.",
        ),
        ("pl", "Rosjanie atakowali pozycje ukraińskie w rejonie Wołczańska i Fyholiwki."),
        ("de", "Russische Truppen griffen ukrainische Stellungen bei Wowtschansk an."),
        ("fr", "Les troupes russes ont attaqué des positions ukrainiennes près de Vovtchansk."),
        ("es", "Las tropas rusas atacaron posiciones ucranianas cerca de Vovchansk."),
    ],
)
def test_towns_of_the_fighting_are_not_struck(extract, lang, fighting):
    strike = {
        "uk": "У вівторок дрон влучив у будинок у Харкові.",
        "ru": "Во вторник дрон попал в дом в Харькове.",
        "pl": "We wtorek dron trafił w dom w Charkowie.",
        "de": "Am Dienstag traf eine Drohne ein Haus in Charkiw.",
        "fr": "Mardi, un drone a touché une maison à Kharkiv.",
        "es": "El martes un dron impactó en una casa en Járkov.",
    }[lang]
    events = extract(f"Kharkiv region\n\n{strike} {fighting}", published=TUESDAY, language=lang)
    assert places(events) == {"Kharkiv"}
