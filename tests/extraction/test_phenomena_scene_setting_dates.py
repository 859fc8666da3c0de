"""Issue 11: a feature's lead sets the night first, then tells the strike.

"У ніч на 30 вересня над Дунаєм знову гуло. Близько другої години ночі
ударні дрони ... атакували порт Рені": the strike sentence names no day; the
sentence before it in its paragraph does.  A later paragraph's "Тієї ж ночі"
(that same night) is that night too, not the day of an aside about an earlier
strike that closed the paragraph before.
"""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 10, 1)

FEATURE = (
    "Порти під прицілом: як Ізмаїл і Рені живуть між дронами\n\n"
    "У ніч на 30 вересня над Дунаєм знову гуло. Близько другої години ночі ударні дрони "
    "атакували порт Рені: пошкоджено причал і зерновий елеватор. Попередня атака на Рені "
    "була 19 вересня, тоді обійшлося без постраждалих.\n\n"
    "Тієї ж ночі під ударом опинився й Ізмаїл. Там дрон влучив в адмінбудівлю порту.\n"
)


def test_the_lead_strike_takes_the_night_set_before_it(extract):
    events = extract(FEATURE, published=PUBLISHED, language="uk")
    reni = sorted(str(e.date) for e in events if e.place == "Reni")
    assert reni == ["2025-09-19", "2025-09-30"]


def test_that_same_night_after_an_aside_is_todays_night(extract):
    events = extract(FEATURE, published=PUBLISHED, language="uk")
    assert [str(e.date) for e in events if e.place == "Izmail"] == ["2025-09-30"]


def test_that_day_in_the_asides_paragraph_is_the_asides_day(extract):
    text = (
        "Liveticker\n\n"
        "In der Nacht zum Mittwoch trafen Drohnen den Stadtbezirk Obolon in Kiew, zwei "
        "Menschen wurden verletzt.\n\n"
        "Vor einem Jahr, am 8. Juli 2024, traf eine Rakete das Kinderkrankenhaus Ochmatdyt "
        "in Kiew. An jenem Tag kamen in der Hauptstadt 33 Menschen ums Leben.\n"
    )
    events = extract(text, published=date(2025, 7, 9), language="de")
    kyiv = {str(e.date): e.killed for e in events if e.place == "Kyiv"}
    assert kyiv.get("2024-07-08") == 33
