"""Issue 11 (figures not parsed: "N lost their lives", Polish "straciło życie"), read in
real Italian and Spanish wire copy: "A Donetsk, altre tre persone hanno perso la vita"
named a place and its dead with no strike word, so Donetsk was no event and its dead
went to Kharkiv, named later in the sentence.  A place after a locative word whose
clause tells people killed or hurt is struck: the casualty phrasings of the language
data are strike words too.  A given name before its surname ("of Volodymyr Zelensky")
stays no place."""

from __future__ import annotations

import pytest
from phenomena import MONDAY, by_place, places


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Overnight attacks\n\nIn Kharkiv, two people lost their lives on Monday."),
        ("es", "Ataques nocturnos\n\nEn Járkov, dos personas perdieron la vida el lunes."),
        ("pl", "Nocne ataki\n\nW Charkowie w poniedziałek dwie osoby straciły życie."),
        ("fr", "Attaques nocturnes\n\nÀ Kharkiv, deux personnes ont perdu la vie lundi."),
        ("pt", "Ataques noturnos\n\nEm Kharkiv, duas pessoas perderam a vida na segunda-feira."),
        ("it", "Attacchi notturni\n\nA Kharkiv due persone hanno perso la vita lunedì."),
    ],
)
def test_a_place_whose_clause_tells_its_dead_is_struck(extract, lang, text):
    events = by_place(extract(text, published=MONDAY, language=lang))
    assert set(events) == {"Kharkiv"}
    assert events["Kharkiv"].killed == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Attacchi notturni\n\nNella notte di lunedì la Russia ha colpito diverse aree. A "
            "Donetsk altre tre persone hanno perso la vita, mentre un'altra vittima è stata "
            "segnalata a Kharkiv.",
        ),
        (
            "es",
            "Ataques nocturnos\n\nEn la noche del lunes Rusia atacó varias zonas. En Donetsk "
            "otras tres personas perdieron la vida, mientras que otra persona murió en "
            "Járkov.",
        ),
        (
            "en",
            "Overnight attacks\n\nOn Monday night Russia attacked several areas. In Donetsk "
            "three more people lost their lives, while another person died in Kharkiv.",
        ),
    ],
)
def test_each_place_keeps_the_dead_of_its_own_clause(extract, lang, text):
    events = by_place(extract(text, published=MONDAY, language=lang))
    assert (events["Donetsk"].killed, events["Kharkiv"].killed) == (3, 1)


def test_a_given_name_before_its_surname_is_no_place(extract):
    text = (
        "Missile strike on Kryvyi Rih\n\nA missile strike on Kryvyi Rih, the home city of "
        "Volodymyr Zelensky, killed 14 people on Monday."
    )
    assert places(extract(text, published=MONDAY, language="en")) == {"Kryvyi Rih"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Angriff auf Charkiw\n\nDrohnen trafen am Montag Charkiw, zwei Menschen wurden "
            "verletzt. Acht Drohnen seien in Kiew abgeschossen worden, hieß es. Das "
            "Verteidigungsministerium in Moskau meldete 40 abgefangene Drohnen.",
        ),
        (
            "en",
            "Attack on Kharkiv\n\nDrones hit Kharkiv on Monday, injuring two people. The "
            "defence ministry in Moscow said 40 drones had been shot down.",
        ),
    ],
)
def test_where_drones_were_downed_or_a_ministry_spoke_is_no_strike(extract, lang, text):
    """Read in real German wire copy: "in Kiew abgeschossen", "des
    Verteidigungsministeriums in Moskau" made Kyiv and Moscow strikes."""
    assert places(extract(text, published=MONDAY, language=lang)) == {"Kharkiv"}
