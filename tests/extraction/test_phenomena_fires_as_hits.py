"""A fire told of a place after an attack is a hit there ("two tanks caught
fire in the oil port of Feodosia"): ANNOTATION.md counts fires as damage, in
every language's words for a fire."""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import places

PUBLISHED = date(2025, 6, 23)

CASES = [
    (
        "de",
        "Die Ukraine hat in der Nacht erneut Ziele auf der Krim mit Drohnen angegriffen. Im "
        "Ölhafen von Feodossija gerieten nach Angaben von Anwohnern zwei Tanks in Brand.",
    ),
    (
        "fr",
        "Des drones ont attaqué la Crimée dans la nuit. Dans le port pétrolier de Féodossia, "
        "un incendie s'est déclaré.",
    ),
    ("ru", "Дроны атаковали Крым ночью. В нефтяном порту Феодосии загорелись два резервуара."),
    ("pl", "Drony zaatakowały w nocy Krym. W porcie naftowym w Teodozji zapaliły się zbiorniki."),
    (
        "es",
        "Drones atacaron Crimea durante la noche. En el puerto petrolero de Feodosia se declaró "
        "un incendio.",
    ),
    (
        "it",
        "Droni hanno attaccato la Crimea nella notte. Nel porto petrolifero di Feodosia è "
        "scoppiato un incendio.",
    ),
    (
        "pt",
        "Drones atacaram a Crimeia durante a noite. No porto petrolífero de Feodosia deflagrou "
        "um incêndio.",
    ),
    ("uk", "Дрони атакували Крим уночі. У нафтовому порту Феодосії загорілися два резервуари."),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_fire_after_an_attack_strikes_its_place(extract, language, text):
    assert places(extract("Headline\n\n" + text, published=PUBLISHED, language=language)) == {
        "Feodosiia"
    }
