"""Issue 11, phenomenon 4: live blogs head each day's entries with the day.

An entry under "Dienstag, 8. Juli" is about the 8th, even when the page was
published on the 9th; a German ordinal day ("am 8. Juli 2024") is no sentence
end; a strike a year before, told on its anniversary, is background and dates
no other mention of its city; "an jenem Tag" points back to the day just given.
"""

from __future__ import annotations

from datetime import date

from phenomena import by_place

WEDNESDAY = date(2025, 7, 9)
TUESDAY = date(2025, 7, 8)


def test_segmenter_keeps_a_german_ordinal_day_with_its_month():
    from strikemap.extraction.segment import split_sentences

    texts = [s.text for s in split_sentences("Am 8. Juli 2024 traf eine Rakete Kiew. Dann.")]
    assert texts == ["Am 8. Juli 2024 traf eine Rakete Kiew.", "Dann."]


def test_german_live_ticker_entries_take_their_days_heading(extract):
    events = extract(
        "Ukraine-Krieg im Liveticker\n\n"
        "Das Wichtigste im Überblick: Gleitbomben auf Kramatorsk.\n\n"
        "Mittwoch, 9. Juli\n\n"
        "+++ 10:45 Uhr: Gleitbomben auf Kramatorsk +++\n"
        "Russische Kampfflugzeuge haben Kramatorsk am Morgen mit Gleitbomben angegriffen. "
        "Ein Mann wurde getötet.\n\n"
        "Dienstag, 8. Juli\n\n"
        "+++ 21:15 Uhr: Ein Toter in der Region Sumy +++\n"
        "In der Gemeinde Bilopillja ist ein 50-jähriger Mann bei einem Angriff mit einer "
        "FPV-Drohne getötet worden.\n\n"
        "+++ 18:30 Uhr: Russische Region Kursk meldet Verletzte +++\n"
        "In der russischen Stadt Lgow sind zwei Menschen durch eine ukrainische Drohne "
        "verletzt worden.",
        published=WEDNESDAY,
        language="de",
    )
    days = {e.as_written: e.date for e in events}
    assert days["Kramatorsk"] == WEDNESDAY
    assert days["Bilopillja"] == TUESDAY
    assert days["Lgow"] == TUESDAY


def test_english_live_blog_entries_take_their_days_heading(extract):
    events = extract(
        "Ukraine war live\n\n"
        "Key points: glide bombs on Kramatorsk.\n\n"
        "Wednesday 9 July\n\n"
        "10:45 Russian aircraft dropped glide bombs on Kramatorsk in the morning, killing a "
        "man.\n\n"
        "Tuesday 8 July\n\n"
        "21:15 In Bilopillia, a drone hit a car and killed a 50-year-old man.",
        published=WEDNESDAY,
    )
    found = by_place(events)
    assert found["Kramatorsk"].date == WEDNESDAY
    assert found["Bilopillia"].date == TUESDAY


def test_ukrainian_live_blog_entries_take_their_days_heading(extract):
    events = extract(
        "Війна в Україні: онлайн\n\n"
        "Головне: КАБи на Краматорськ.\n\n"
        "Середа, 9 липня\n\n"
        "10:45 Росіяни скинули керовані авіабомби на Краматорськ, загинув чоловік.\n\n"
        "Вівторок, 8 липня\n\n"
        "21:15 У Білопіллі дрон влучив в автомобіль, загинув 50-річний чоловік.",
        published=WEDNESDAY,
        language="uk",
    )
    found = by_place(events)
    assert found["Kramatorsk"].date == WEDNESDAY
    assert found["Bilopillia"].date == TUESDAY


def test_german_anniversary_strike_is_background_and_dates_nothing_else(extract):
    events = extract(
        "Drohnentrümmer verletzen zwei Menschen in Kiew\n\n"
        "In Kiew wurden in der Nacht zwei Menschen durch Drohnentrümmer verletzt.\n\n"
        "Vor einem Jahr, am 8. Juli 2024, traf eine russische Rakete das Kinderkrankenhaus "
        "Ochmatdyt in Kiew. An jenem Tag kamen in der Hauptstadt 33 Menschen ums Leben.",
        published=WEDNESDAY,
        language="de",
    )
    kyiv = {e.date: e for e in events if e.place == "Kyiv"}
    assert kyiv[WEDNESDAY].primary and kyiv[WEDNESDAY].injured == 2
    assert not kyiv[date(2024, 7, 8)].primary and kyiv[date(2024, 7, 8)].killed == 33


def test_english_anniversary_strike_is_background_and_dates_nothing_else(extract):
    events = extract(
        "Debris injures two in Kyiv\n\n"
        "Two people were injured in Kyiv overnight by falling debris of a downed drone.\n\n"
        "A year ago, on July 8, 2024, a Russian missile hit the Okhmatdyt children's "
        "hospital in Kyiv. That day 33 people were killed in the capital.",
        published=WEDNESDAY,
    )
    kyiv = {e.date: e for e in events if e.place == "Kyiv"}
    assert kyiv[WEDNESDAY].primary and kyiv[WEDNESDAY].injured == 2
    assert not kyiv[date(2024, 7, 8)].primary


def test_ukrainian_anniversary_strike_is_background_and_dates_nothing_else(extract):
    events = extract(
        "Уламки дрона поранили двох людей у Києві\n\n"
        "Уночі в Києві двоє людей постраждали від уламків збитого дрона.\n\n"
        "Рік тому, 8 липня 2024 року, російська ракета влучила в дитячу лікарню "
        "Охматдит у Києві. Того дня в столиці загинули 33 людини.",
        published=WEDNESDAY,
        language="uk",
    )
    kyiv = {e.date: e for e in events if e.place == "Kyiv"}
    assert kyiv[WEDNESDAY].primary and kyiv[WEDNESDAY].injured == 2
    assert not kyiv[date(2024, 7, 8)].primary


def test_english_this_afternoon_in_an_entry_is_its_headings_day(extract):
    events = extract(
        "Ukraine war live\n\n"
        "Key points: glide bombs on Kramatorsk.\n\n"
        "Wednesday 9 July\n\n"
        "10:45 Russian aircraft dropped glide bombs on Kramatorsk this morning, killing a "
        "man.\n\n"
        "Tuesday 8 July\n\n"
        "19:30 Russian artillery shelled Nikopol this afternoon, injuring a woman.",
        published=WEDNESDAY,
    )
    found = by_place(events)
    assert found["Kramatorsk"].date == WEDNESDAY
    assert found["Nikopol"].date == TUESDAY


def test_ukrainian_today_in_an_entry_is_its_headings_day(extract):
    events = extract(
        "Війна в Україні: онлайн\n\n"
        "Головне: КАБи на Краматорськ.\n\n"
        "Середа, 9 липня\n\n"
        "10:45 Сьогодні вранці росіяни скинули авіабомби на Краматорськ, загинув чоловік.\n\n"
        "Вівторок, 8 липня\n\n"
        "19:30 Сьогодні по обіді російська артилерія обстріляла Нікополь, поранено жінку.",
        published=WEDNESDAY,
        language="uk",
    )
    found = by_place(events)
    assert found["Kramatorsk"].date == WEDNESDAY
    assert found["Nikopol"].date == TUESDAY


def test_german_today_in_an_entry_is_its_headings_day(extract):
    events = extract(
        "Ukraine-Krieg im Liveticker\n\n"
        "Das Wichtigste: Gleitbomben auf Kramatorsk.\n\n"
        "Mittwoch, 9. Juli\n\n"
        "+++ 10:45 Uhr +++\nRussische Kampfflugzeuge griffen Kramatorsk heute Morgen mit "
        "Gleitbomben an, ein Mann wurde getötet.\n\n"
        "Dienstag, 8. Juli\n\n"
        "+++ 19:30 Uhr +++\nRussische Artillerie beschoss heute Nachmittag Nikopol, eine "
        "Frau wurde verletzt.",
        published=WEDNESDAY,
        language="de",
    )
    found = by_place(events)
    assert found["Kramatorsk"].date == WEDNESDAY
    assert found["Nikopol"].date == TUESDAY
