"""Issue 11 (figures), read in real wire copy: "Otra persona también murió en otro ataque
en la región de Jerson" gave Kherson no toll, as "Another person was killed in ..." does not
in English.  "Another person", "eine weitere Person", "un'altra persona", "kolejna osoba",
"ещё один человек" is one victim: the toll of a place told nothing before, one more on top
of the toll a place was given before ("three killed ... another died in hospital" is four).
Killing words are strike words in every language ("A Kherson un uomo è stato ucciso")."""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, by_place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Drones hit Sumy\n\nRussian drones struck Sumy overnight, injuring two people. "
            "Another person was killed in a separate attack on Kherson.",
        ),
        (
            "es",
            "Drones sobre Sumy\n\nUn ataque con drones rusos alcanzó Sumy durante la noche y "
            "dejó dos heridos. Otra persona murió en otro ataque ruso contra Jersón.",
        ),
        (
            "pt",
            "Drones atingem Sumy\n\nDrones russos atingiram Sumy durante a noite e deixaram "
            "dois feridos. Outra pessoa morreu num ataque russo contra Kherson.",
        ),
        (
            "it",
            "Droni su Sumy\n\nDroni russi hanno colpito Sumy nella notte, ferendo due persone. "
            "Un'altra persona è stata uccisa in un attacco a Kherson.",
        ),
        (
            "de",
            "Drohnen auf Sumy\n\nRussische Drohnen trafen in der Nacht Sumy, zwei Menschen "
            "wurden verletzt. In Cherson wurde eine weitere Person getötet.",
        ),
        (
            "fr",
            "Drones sur Soumy\n\nDes drones russes ont frappé Soumy dans la nuit, blessant deux "
            "personnes. Une autre personne a été tuée lors d'une attaque contre Kherson.",
        ),
    ],
)
def test_another_person_killed_elsewhere_is_that_places_one_dead(extract, lang, text):
    events = by_place(extract(text, published=TUESDAY, language=lang))
    assert (events["Sumy"].killed, events["Sumy"].injured) == (None, 2)
    assert events["Kherson"].killed == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Shelling of Kherson\n\nRussian shelling killed three people in Kherson on Monday. "
            "Another person died in hospital later, the governor said.",
        ),
        (
            "ru",
            "Обстрел Херсона\n\nВ понедельник при обстреле Херсона погибли три человека. "
            "Ещё один человек скончался в больнице, сообщил губернатор.",
        ),
        (
            "uk",
            "Обстріл Херсона\n\nУ понеділок під час обстрілу Херсона загинули троє людей. "
            "Ще одна людина померла в лікарні, повідомив губернатор.",
        ),
        (
            "pl",
            "Ostrzał Chersonia\n\nW poniedziałek w rosyjskim ostrzale Chersonia zginęły trzy "
            "osoby. Kolejna osoba zmarła w szpitalu, poinformował gubernator.",
        ),
        (
            "fr",
            "Frappe sur Kherson\n\nDes tirs russes ont tué trois personnes à Kherson lundi. "
            "Une autre personne est morte à l'hôpital, a indiqué le gouverneur.",
        ),
        (
            "it",
            "Bombardamento su Kherson\n\nLunedì un bombardamento russo ha ucciso tre persone a "
            "Kherson. Un’altra persona è morta in ospedale, ha detto il governatore.",
        ),
    ],
)
def test_another_death_adds_one_to_the_toll_told_before(extract, lang, text):
    event = by_place(extract(text, published=TUESDAY, language=lang))["Kherson"]
    assert event.killed == 4


def test_a_restated_toll_after_another_death_is_not_added_to(extract):
    """The toll told after "another person died" already counts that death."""
    text = (
        "Shelling of Kherson\n\nRussian shelling killed three people in Kherson on Monday. "
        "Another person died in hospital later. The death toll has risen to four, the "
        "governor said."
    )
    assert by_place(extract(text, published=TUESDAY, language="en"))["Kherson"].killed == 4


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Droni su Sumy\n\nDroni russi hanno colpito Sumy. A Kherson un uomo è stato ucciso.",
        ),
        ("es", "Drones sobre Sumy\n\nDrones rusos atacaron Sumy. En Jersón murió un hombre."),
        (
            "fr",
            "Drones sur Soumy\n\nDes drones russes ont frappé Soumy. "
            "À Kherson, une femme est morte.",
        ),
        (
            "pt",
            "Drones em Sumy\n\nDrones russos atingiram Sumy. Em Kherson, um drone matou um homem.",
        ),
    ],
)
def test_a_killing_word_makes_its_place_struck(extract, lang, text):
    events = by_place(extract(text, published=TUESDAY, language=lang))
    assert events["Kherson"].killed == 1
    assert events["Sumy"].killed is None


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "One person was killed in a drone attack and another was injured."),
        ("de", "Ein Mensch wurde getötet, ein weiterer verletzt."),
        ("es", "Una persona murió y otra resultó herida."),
        ("pl", "Jedna osoba zginęła w wyniku ataku drona, a kolejna została ranna."),
        ("fr", "Une personne a été tuée et une autre blessée."),
        ("it", "Una persona è morta e un'altra è rimasta ferita."),
    ],
)
def test_another_standing_for_a_person_is_one_victim(lang, sentence):
    from strikemap.extraction.casualties import find_figures

    figures = [(f.kind, f.value) for f in find_figures(sentence, lang)]
    assert figures == [("killed", 1), ("injured", 1)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Atak na Odessę\n\nTrzy osoby poniosły śmierć w rosyjskim ataku dronowym na Odessę. "
            "Gubernator potwierdził śmierć kolejnej osoby, kobiety; wcześniej raportowano, że "
            "zginęli dwaj mężczyźni.",
        ),
        (
            "en",
            "Drone attack on Odesa\n\nThree people were killed in a Russian drone attack on "
            "Odesa. The governor confirmed the death of another person, a woman; two men had "
            "earlier been reported killed.",
        ),
    ],
)
def test_the_story_of_how_a_toll_grew_adds_nothing_to_it(extract, lang, text):
    """The lead gives the toll; "another death confirmed, two were reported before" tells
    how it came to be three, not a fourth victim."""
    assert by_place(extract(text, published=TUESDAY, language=lang))["Odesa"].killed == 3
