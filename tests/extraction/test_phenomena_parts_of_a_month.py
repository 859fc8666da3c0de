"""A month with its part ("in mid-March", "à la mi-mars", "Mitte März", "w połowie
marca") dates what its sentence tells to that month: a strike told so is an
earlier one, and its toll is never today's."""

from __future__ import annotations

from datetime import date

import pytest

#: A Tuesday at the end of April: the report's own strike was on Monday.
PUBLISHED = date(2024, 4, 30)
MONDAY = date(2024, 4, 29)

CASES = [
    (
        "en",
        "A Russian missile hit Odesa on Monday, injuring nine people. In mid-March, 20 "
        "people were killed in a missile strike on Odesa.",
    ),
    (
        "en",
        "A Russian missile hit Odesa on Monday, injuring nine people. Mid-March saw 20 "
        "people killed in a missile strike on Odesa.",
    ),
    (
        "fr",
        "Un missile russe a frappé Odessa lundi, faisant neuf blessés. À la mi-mars, 20 "
        "personnes avaient été tuées dans une frappe de missiles sur Odessa.",
    ),
    (
        "es",
        "Un misil ruso impactó en Odesa el lunes e hirió a nueve personas. A mediados de "
        "marzo, 20 personas murieron en un ataque con misiles contra Odesa.",
    ),
    (
        "pt",
        "Um míssil russo atingiu Odessa na segunda-feira, ferindo nove pessoas. Em meados de "
        "março, 20 pessoas morreram num ataque de mísseis russos a Odessa.",
    ),
    (
        "it",
        "Un missile russo ha colpito Odessa lunedì, ferendo nove persone. A metà di marzo, "
        "20 persone erano morte in un attacco missilistico su Odessa.",
    ),
    (
        "de",
        "Eine russische Rakete traf am Montag Odessa, neun Menschen wurden verletzt. Mitte "
        "März waren bei einem Raketenangriff auf Odessa 20 Menschen getötet worden.",
    ),
    (
        "pl",
        "Rosyjska rakieta uderzyła w poniedziałek w Odessę, raniąc dziewięć osób. W połowie "
        "marca w ataku rakietowym na Odessę zginęło 20 osób.",
    ),
    (
        "ru",
        "Российская ракета в понедельник ударила по Одессе, ранены девять человек. В середине "
        "марта при ракетном ударе по Одессе погибли 20 человек.",
    ),
    (
        "uk",
        "Російська ракета в понеділок влучила в Одесу, поранено дев'ятьох людей. У середині "
        "березня під час ракетного удару по Одесі загинули 20 людей.",
    ),
]


@pytest.mark.parametrize(
    ("language", "text"), CASES, ids=[f"{c[0]}{i}" for i, c in enumerate(CASES)]
)
def test_a_strike_in_mid_month_is_an_earlier_one_with_its_own_toll(extract, language, text):
    events = extract(text, published=PUBLISHED, language=language)
    today = [e for e in events if e.primary]
    assert [(e.place, e.date, e.killed, e.injured) for e in today] == [("Odesa", MONDAY, None, 9)]
    earlier = [e for e in events if not e.primary]
    # The month alone gives no day: the earlier strike is undated, with its 20 dead.
    assert [(e.place, e.date, e.killed) for e in earlier] == [("Odesa", None, 20)]
