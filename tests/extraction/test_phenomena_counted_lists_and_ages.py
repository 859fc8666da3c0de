"""Issue 11, read in real Italian, Spanish and German wire copy.

- A list of regions with a count after each ("nelle regioni di Rostov (24),
  Bryansk (11) e Kursk (3)") is still one list: drones shot down over its
  members strike none of them, and none is read as its capital.
- "causando la morte di almeno una persona", "a morte de duas pessoas", "den Tod
  von zwei Menschen", "śmierć dwóch osób", "до загибелі двох людей" give the
  killed figure that "causing the deaths of" gives in English.
- A person's age is no count: "a man of 76 was killed", "un uomo di 76 anni è
  morto", "мужчина в возрасте 76 лет" is one person killed, never 76.
"""

from __future__ import annotations

import pytest
from phenomena import TUESDAY, places
from strikemap.extraction.casualties import find_figures


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russian air defence units shot down drones over the regions of Bryansk (11), "
            "Kursk (3) and Oryol (2), the ministry said. In Kharkiv a drone hit a house.",
        ),
        (
            "es",
            "Otros drones fueron derribados sobre las regiones de Briansk (11), Kursk (3) y "
            "Oriol (2). En Járkov un dron alcanzó una casa.",
        ),
        (
            "it",
            "Altri droni sarebbero stati abbattuti nelle regioni di Rostov (24), Bryansk (11), "
            "Kaluga (10) e Kursk (3). A Kharkiv un drone ha colpito una casa.",
        ),
    ],
)
def test_a_list_with_counts_after_its_members_is_one_list(extract, lang, text):
    events = extract("Drones\n\n" + text, published=TUESDAY, language=lang)
    assert places(events) == {"Kharkiv"}


@pytest.mark.parametrize(
    ("lang", "sentence", "killed"),
    [
        ("it", "L'attacco ha colpito Odessa, causando la morte di almeno una persona.", 1),
        ("pt", "O ataque atingiu Odessa, causando a morte de duas pessoas.", 2),
        ("de", "Der Angriff auf Odessa forderte den Tod von zwei Menschen.", 2),
        ("pl", "Atak na Odessę spowodował śmierć trzech osób.", 3),
        ("uk", "Атака на Одесу призвела до загибелі двох людей.", 2),
        ("en", "The attack on Odesa caused the deaths of four people.", 4),
    ],
)
def test_the_death_of_n_people_is_a_killed_figure(sentence, lang, killed):
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == [("killed", killed)]


def test_the_wounding_of_others_is_an_injured_figure():
    sentence = (
        "Un drone ha colpito Odessa, causando la morte di una persona e il ferimento di altre tre."
    )
    assert [(f.kind, f.value) for f in find_figures(sentence, "it")] == [
        ("killed", 1),
        ("injured", 3),
    ]


@pytest.mark.parametrize(
    ("lang", "sentence", "figure"),
    [
        ("en", "A man of 76 was killed in the attack.", ("killed", 1)),
        ("en", "A man aged 76 was killed in the attack.", ("killed", 1)),
        ("it", "Un uomo di 76 anni è morto in un altro attacco di droni.", ("killed", 1)),
        ("it", "Una donna di 60 anni è rimasta ferita.", ("injured", 1)),
        ("es", "Un hombre de 76 años murió en el ataque.", ("killed", 1)),
        ("pt", "Um homem de 76 anos morreu no ataque.", ("killed", 1)),
        ("fr", "Un homme de 76 ans a été tué dans l'attaque.", ("killed", 1)),
        ("de", "Ein Mann im Alter von 76 Jahren wurde getötet.", ("killed", 1)),
        ("pl", "Mężczyzna w wieku 76 lat zginął.", ("killed", 1)),
        ("uk", "Загинув чоловік віком 76 років.", ("killed", 1)),
        ("ru", "Погиб мужчина в возрасте 76 лет.", ("killed", 1)),
    ],
)
def test_a_persons_age_is_no_count(lang, sentence, figure):
    assert [(f.kind, f.value) for f in find_figures(sentence, lang)] == [figure]


def test_an_age_beside_a_count_leaves_the_count():
    sentence = "Tre persone di 30 anni sono morte e altre cinque sono rimaste ferite."
    assert [(f.kind, f.value) for f in find_figures(sentence, "it")] == [
        ("killed", 3),
        ("injured", 5),
    ]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # Read in a real wire copy: the injured man and woman were counted as one.
        ("Another man and woman injured in the blast were taken to hospital.", ("injured", 2)),
        ("A man and woman were injured.", ("injured", 2)),
        ("An elderly husband and wife were killed.", ("killed", 2)),
        ("A mother and daughter were killed.", ("killed", 2)),
        ("A man and a woman were injured.", ("injured", 2)),
        ("A man was injured.", ("injured", 1)),
    ],
)
def test_a_pair_named_with_one_article_is_two_victims(sentence, figure):
    assert [(f.kind, f.value) for f in find_figures(sentence, "en")] == [figure]
