"""A pasted report that opens with its lead paragraph, not a headline: the lead's
city and toll are report text, not a headline that a nearby town in the body
would replace ("A woman was killed and 13 people injured in an overnight Russian
attack on the port city of Odesa, …" then "a drone fell in Avanhard, …")."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 11, 9)

CASES = [
    (
        "en",
        "Prosecutors in Ukraine said on Saturday that a woman was killed in an overnight "
        "Russian attack on the port city of Odesa, which also left 13 other people injured, "
        "two of them children.\n\n"
        "According to the prosecutors, the attack damaged two high-rise buildings, several "
        "private houses and a company's warehouses.\n\n"
        "A downed drone also fell in Avanhard, starting a large fire that destroyed about 15 "
        "cars.",
    ),
    (
        "es",
        "La Fiscalía de Ucrania ha denunciado la muerte de una mujer en un ataque nocturno "
        "ruso contra la ciudad portuaria de Odesa, que además ha dejado otras 13 personas "
        "heridas, entre ellas dos niños.\n\n"
        "Según la Fiscalía, el ataque provocó daños en dos edificios de gran altura y en "
        "varias viviendas particulares.\n\n"
        "Además, un dron cayó en Avanhard y provocó un incendio que destruyó unos 15 "
        "automóviles.",
    ),
    (
        "de",
        "Bei einem nächtlichen russischen Angriff auf die Hafenstadt Odessa ist nach Angaben "
        "der ukrainischen Staatsanwaltschaft eine Frau getötet worden, 13 weitere Menschen "
        "wurden verletzt, darunter zwei Kinder.\n\n"
        "Der Angriff beschädigte zwei Hochhäuser und mehrere Wohnhäuser, teilte die Behörde "
        "mit.\n\n"
        "In Awanhard stürzte zudem eine Drohne ab und löste einen Brand aus, der etwa 15 "
        "Autos zerstörte.",
    ),
    (
        "uk",
        "Унаслідок нічної атаки російських дронів на Одесу загинула жінка, ще 13 людей "
        "дістали поранення, серед них двоє дітей, повідомили в Офісі генпрокурора у суботу.\n\n"
        "Пошкоджено дві багатоповерхівки, кілька приватних будинків і склади підприємства.\n\n"
        "Також в Авангарді впав уламок дрона, спричинивши масштабну пожежу, у якій згоріли "
        "близько 15 автомобілів.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES, ids=[c[0] for c in CASES])
def test_the_lead_paragraph_on_the_first_line_is_report_text(extract, language, text):
    events = extract(text, published=PUBLISHED, language=language)
    odesa = [e for e in events if e.place == "Odesa"]
    assert [(e.date, e.killed, e.injured) for e in odesa] == [(PUBLISHED, 1, 13)]
    assert "Avanhard" in {e.place for e in events}
