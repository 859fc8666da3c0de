"""A ticker read newest first: entries above the first day heading are of the page's day.

Live tickers head each entry with a clock time and each earlier day with its
date ("Samstag, 9. August"), newest first.  The entries above that heading are
the page's own day: "09:50 In Kramatorsk the Russian army attacked this
morning" on a page of Sunday 10 August is Sunday's strike, not the Saturday of
the heading below it or of the lead's strike (issue 11, phenomenon 4:
live-blog entries have times but no dates).  The entries under the heading
stay on its day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.phenomena import by_place

SUNDAY = date(2025, 8, 10)
SATURDAY = date(2025, 8, 9)

TICKERS = [
    (
        "de",
        "Liveticker: Gleitbomben auf Slowjansk\n\nStand: 10.08.2025, 10:35 Uhr\n\n"
        "10:35 Uhr\nDie Zahl der Toten nach dem Angriff auf Slowjansk vom Samstagabend ist auf "
        "drei gestiegen.\n\n"
        "09:50 Uhr\nIn Kramatorsk hat die russische Armee mit Raketenwerfern "
        "angegriffen. Ein Mann wurde verletzt.\n\n"
        "00:45 Uhr\nIn Kiew heulten die Sirenen, Schäden wurden nicht gemeldet.\n\n"
        "Samstag, 9. August\n\n"
        "22:30 Uhr\nRussische Kampfjets haben am Abend Gleitbomben auf Slowjansk abgeworfen. "
        "Zwei Menschen wurden getötet.\n\n"
        "21:10 Uhr\nSelenskyj hat in Kiew weitere Sanktionen gefordert.",
    ),
    (
        "en",
        "Ukraine war live: glide bombs hit Sloviansk\n\nUpdated 10 August 2025, 10:35\n\n"
        "10:35\nThe death toll from Saturday evening's attack on Sloviansk has risen to three.\n\n"
        "09:50\nRussian forces shelled Kramatorsk with rocket launchers. One man "
        "was injured.\n\n"
        "00:45\nAir raid sirens sounded in Kyiv; no damage was reported.\n\n"
        "Saturday 9 August\n\n"
        "22:30\nRussian jets dropped glide bombs on Sloviansk this evening. Two people were "
        "killed.\n\n"
        "21:10\nZelensky called for more sanctions in his evening address in Kyiv.",
    ),
    (
        "es",
        "Directo: bombas guiadas sobre Sloviansk\n\nActualizado el 10 de agosto de 2025, 10:35\n\n"
        "10:35\nEl número de muertos por el ataque del sábado por la noche contra Sloviansk "
        "ha subido a tres.\n\n"
        "09:50\nLas fuerzas rusas atacaron Kramatorsk con lanzacohetes. Un hombre "
        "resultó herido.\n\n"
        "00:45\nSonaron las sirenas en Kiev, sin daños.\n\n"
        "Sábado, 9 de agosto\n\n"
        "22:30\nLa aviación rusa lanzó bombas guiadas sobre Sloviansk esta noche. Dos personas "
        "murieron.\n\n"
        "21:10\nZelenski pidió más sanciones en su discurso nocturno en Kiev.",
    ),
]


@pytest.mark.parametrize(("language", "text"), TICKERS, ids=[c[0] for c in TICKERS])
def test_entries_above_the_first_heading_are_of_the_page_day(extract, language, text):
    events = by_place(extract(text, published=SUNDAY, language=language))
    assert events["Kramatorsk"].date == SUNDAY
    assert events["Kramatorsk"].injured == 1
    assert events["Sloviansk"].date == SATURDAY
