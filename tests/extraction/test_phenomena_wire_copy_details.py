"""Issue 11: three details of wire copy that made false markers or figures.

- "O homem que morreu tinha 57 anos": an age, never a toll of 57.
- "Kiev, 13 dez 2025 (Lusa) - ... contou à Lusa por telefone": the agency of
  the dateline is the agency wherever it is named, no town of Luza.
- "Segundo o chefe da administração militar regional de Khmelnytskyi, mísseis
  atingiram infraestruturas da cidade" after a report on Starokostiantyniv: the
  city is the one the text is at, not the regional capital.
"""

from __future__ import annotations

from datetime import date

from phenomena import by_place

PUBLISHED = date(2025, 12, 13)

LUSA = (
    "Ataque russo faz um morto em Starokostiantyniv\n\n"
    "Kiev, 13 dez 2025 (Lusa) - Um homem morreu e quatro pessoas ficaram feridas num ataque "
    "russo com mísseis, durante a madrugada de hoje, contra a cidade de Starokostiantyniv, "
    "no oeste da Ucrânia.\n\n"
    "Segundo o chefe da administração militar regional de Khmelnytskyi, Serhii Tiurin, "
    "mísseis de cruzeiro atingiram infraestruturas da cidade e danificaram cerca de 20 "
    "casas. O homem que morreu tinha 57 anos e estava em casa.\n\n"
    '"Ouvimos quatro explosões seguidas", contou à Lusa por telefone uma moradora.\n'
)


def test_an_age_is_no_toll(extract):
    event = by_place(extract(LUSA, published=PUBLISHED, language="pt"))["Starokostiantyniv"]
    assert (event.killed, event.injured) == (1, 4)


def test_the_datelines_agency_is_no_town(extract):
    assert "Luza" not in by_place(extract(LUSA, published=PUBLISHED, language="pt"))


def test_a_regional_official_speaks_of_the_town_the_text_is_at(extract):
    assert set(by_place(extract(LUSA, published=PUBLISHED, language="pt"))) == {"Starokostiantyniv"}


def test_an_age_after_a_death_is_no_toll(extract):
    text = "Ataque\n\nUm míssil atingiu Kharkiv hoje. O homem que morreu tinha 57 anos."
    assert by_place(extract(text, published=PUBLISHED, language="pt"))["Kharkiv"].killed != 57
