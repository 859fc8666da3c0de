"""Issue 11, read in real reporting (regional news sites, wire copy in Spanish,
Italian and German):

- **an earlier strike on the same place, told further on** ("Напомним, в субботу в
  Купянске погиб мужчина", "El 20 de febrero ... ya habían alcanzado ... Zaporiyia",
  "L'ultimo attacco ... su Kiev risaliva al 20 febbraio") is a background event of its
  own: it neither takes today's figures nor gives today's strike its day, when the
  lead states the day of today's strike;
- **words that recall an earlier strike** ("Напомним", "Нагадаємо", "Przypomnijmy",
  "ya habían", "risaliva", "il y a deux semaines") make it background;
- **a German statement day closing its clause** ("wie der Katastrophenschutz am
  Dienstag mitteilte") is the day of the statement, not of the strike.
"""

from __future__ import annotations

from datetime import date

import pytest
from phenomena import TUESDAY

SATURDAY = date(2025, 3, 1)
FEB_20 = date(2025, 2, 20)


def _by_day(events, place: str) -> dict:
    return {e.date: e for e in events if e.place == place}


@pytest.mark.parametrize(
    ("lang", "text", "place", "earlier", "today_figures", "earlier_figures"),
    [
        (
            "ru",
            "Обстрелы Харьковщины\n\nВо вторник российские войска продолжили удары по "
            "Харьковской области.\n\nВ Купянске в результате артиллерийского обстрела погибла "
            "60-летняя женщина.\n\nНапомним, в субботу в Купянске погиб мужчина — в него "
            "попал FPV-дрон.",
            "Kupiansk",
            SATURDAY,
            (1, None),
            (1, None),
        ),
        (
            "uk",
            "Нікопольщина під обстрілами\n\nУ вівторок росіяни атакували Нікопольський район "
            "дронами та артилерією.\n\nУ Нікополі поранено трьох жінок.\n\nНагадаємо, у суботу "
            "внаслідок артилерійського обстрілу Нікополя загинула 80-річна жінка.",
            "Nikopol",
            SATURDAY,
            (None, 3),
            (1, None),
        ),
        (
            "es",
            "Ataque en Zaporiyia\n\nDos hombres murieron este martes en un ataque ruso con "
            "bombas guiadas contra Vilniansk.\n\nDurante la madrugada, la ciudad de Zaporiyia "
            "fue atacada con drones. Cinco personas resultaron heridas.\n\nEl 20 de febrero, "
            "dos misiles ya habían alcanzado un edificio residencial en Zaporiyia, hiriendo a "
            "13 personas.",
            "Zaporizhzhia",
            FEB_20,
            (None, 5),
            (None, 13),
        ),
    ],
)
def test_an_earlier_strike_told_later_is_background_of_its_own(
    extract, lang, text, place, earlier, today_figures, earlier_figures
):
    events = _by_day(extract(text, published=TUESDAY, language=lang), place)
    assert set(events) == {TUESDAY, earlier}
    today, before = events[TUESDAY], events[earlier]
    assert today.primary and not before.primary
    assert (today.killed, today.injured) == today_figures
    assert (before.killed, before.injured) == earlier_figures


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Attacco su Kiev\n\nMartedì notte missili russi hanno colpito Kiev: quattro morti. "
            "L'ultimo attacco di questa portata su Kiev risaliva al 20 febbraio, quando i "
            "missili avevano ucciso tre persone.",
        ),
        (
            "pl",
            "Atak na Kijów\n\nWe wtorek rosyjskie rakiety uderzyły w Kijów, zginęły cztery "
            "osoby. Przypomnijmy, 20 lutego rosyjskie rakiety uderzyły w Kijów, zginęły trzy "
            "osoby.",
        ),
        (
            "fr",
            "Frappe sur Kyiv\n\nMardi, des missiles russes ont frappé Kyiv, tuant quatre "
            "personnes. Le 20 février, des missiles avaient déjà frappé Kyiv, tuant trois "
            "personnes.",
        ),
    ],
)
def test_words_recalling_an_earlier_strike_make_it_background(extract, lang, text):
    events = _by_day(extract(text, published=TUESDAY, language=lang), "Kyiv")
    assert events[TUESDAY].primary and events[TUESDAY].killed == 4
    assert not events[FEB_20].primary and events[FEB_20].killed == 3


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Saporischschja: Zahl der Verletzten steigt\n\nBei dem russischen Angriff auf "
            "Saporischschja am Sonntag wurden drei Menschen getötet. Die Zahl der Verletzten "
            "stieg auf zwölf, wie der Katastrophenschutz am Dienstag mitteilte.",
        ),
        (
            "de",
            "Saporischschja nach dem Angriff\n\nIn Saporischschja wurden drei Menschen "
            "getötet und zwölf verletzt, wie Gouverneur Iwan Fedorow am Montag mitteilte. "
            "Russische Gleitbomben trafen die Stadt am Sonntagabend.",
        ),
    ],
)
def test_a_statement_day_closing_its_clause_is_no_strike_day(extract, lang, text):
    events = extract(text, published=TUESDAY, language=lang)
    assert [(e.place, e.date, e.killed, e.injured) for e in events] == [
        ("Zaporizhzhia", date(2025, 3, 2), 3, 12)
    ]
