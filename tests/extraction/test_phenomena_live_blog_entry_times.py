"""A live blog heads its entries with a time alone; across midnight the entries
below (newest first) or above (oldest first) belong to the day before the page's.

"22:15 – Drones hit the port of Izmail" at the foot of a blog dated 8 July,
under "00:35" and "06:50", happened on 7 July.  The entry's day wins over the
day the article gives the same city later, and an entry of the day before at
the foot of the page is the blog's own news, not an aside about an earlier strike.
"""

from __future__ import annotations

from datetime import date

import pytest
from strikemap.extraction.blog_entries import entry_days, entry_headings, entry_minutes
from strikemap.extraction.segment import split_sentences

PAGE_DAY = date(2025, 7, 8)
DAY_BEFORE = date(2025, 7, 7)

NEWEST_FIRST = {
    "en": """Live: Russia attacks Ukraine overnight

Tuesday 8 July 2025 · Live updates

09:40
Drones struck a warehouse in Poltava this morning, the regional governor says. Nobody was hurt.

06:15
Air force: Russia launched 90 drones overnight, 70 were shot down.

00:20
An air-raid alert is in force across the east.

23:05
Russian drones hit a grain terminal in Izmail, Odesa governor Oleh Kiper says.
Two people were injured.

21:30
Good evening and welcome to our coverage.
""",
    "de": """Liveblog: Russische Angriffe in der Nacht

Liveblog | Stand: 08.07.2025 09:40 Uhr

09:40 Uhr
Drohnen trafen am Morgen ein Lager in Poltawa, teilte der Gouverneur mit. Verletzt wurde niemand.

06:15 Uhr
Die Luftwaffe meldet 90 russische Drohnen in der Nacht, 70 wurden abgeschossen.

00:20 Uhr
Im Osten des Landes gilt Luftalarm.

23:05 Uhr
Russische Drohnen trafen ein Getreideterminal in Ismajil, teilte Gouverneur Oleh Kiper mit.
Zwei Menschen wurden verletzt.

21:30 Uhr
Guten Abend, willkommen zu unserem Liveblog.
""",
    "uk": """Онлайн: нічна атака на Україну

Стрічка новин | 8 липня 2025 | Оновлено о 09:40

09:40
Вранці дрони влучили в склад у Полтаві, повідомив голова ОВА. Ніхто не постраждав.

06:15
Повітряні сили: вночі росіяни запустили 90 дронів, 70 збито.

00:20
На сході оголошено повітряну тривогу.

23:05
Російські дрони атакували зерновий термінал в Ізмаїлі, повідомив Олег Кіпер. Поранено двох людей.

21:30
Добрий вечір, ми починаємо стрічку новин.
""",
    "fr": """EN DIRECT – Attaque russe de la nuit

Mis à jour le mardi 8 juillet 2025 à 09h40

09h40 – Poltava touchée
Des drones ont frappé un entrepôt à Poltava ce matin, selon le gouverneur. Personne n'a été blessé.

06h15 – Le décompte de l'armée de l'air
La Russie a lancé 90 drones dans la nuit, 70 ont été abattus.

00h20 – Alerte
Une alerte aérienne est en cours dans l'est du pays.

23h05 – Izmaïl visé
Des drones russes ont frappé un terminal céréalier à Izmaïl, selon le gouverneur Oleh Kiper.
Deux personnes ont été blessées.

21h30 – Bonsoir
Bienvenue dans ce direct.
""",
}


@pytest.mark.parametrize("language", sorted(NEWEST_FIRST))
def test_an_entry_before_midnight_at_the_foot_is_the_day_before(extract, language):
    events = extract(NEWEST_FIRST[language], published=PAGE_DAY, language=language)
    got = {(e.place, e.date, e.primary, e.injured) for e in events}
    assert got == {("Poltava", PAGE_DAY, True, 0), ("Izmail", DAY_BEFORE, True, 2)}


OLDEST_FIRST = """Live: a night of drone attacks on Sumy

Saturday 22 March 2025 · Live updates

21:10
An air-raid alert is in force in the Sumy region.

23:40
Drones hit a warehouse in Sumy's Kovpakivskyi district, the city administration says.
Nobody was hurt.

02:50
Another wave: a drone struck an apartment block in the Zarichnyi district of Sumy.
Seven people were injured.

10:25
The number of injured in Sumy has risen to nine, the city's military administration says.
"""


def test_an_entry_before_midnight_at_the_top_of_an_oldest_first_blog(extract):
    events = extract(OLDEST_FIRST, published=date(2025, 3, 22), language="en")
    got = {(e.place, e.date) for e in events}
    assert ("Kovpakivskyi", date(2025, 3, 21)) in got
    assert ("Zarichnyi", date(2025, 3, 22)) in got
    assert not any(e.date == date(2025, 3, 22) and e.place == "Kovpakivskyi" for e in events)


def test_times_in_page_order_give_each_entry_its_day():
    # Newest first: 00:35 above 23:50 crosses a midnight.
    assert entry_days([860, 590, 35, 1430, 1290], PAGE_DAY) == [PAGE_DAY] * 3 + [DAY_BEFORE] * 2
    # Oldest first: the same, read upward.
    assert entry_days([1290, 1430, 35, 590], PAGE_DAY) == [DAY_BEFORE] * 2 + [PAGE_DAY] * 2
    # Two midnights: three days.
    two_days_before = date(2025, 7, 6)
    assert entry_days([600, 300, 30, 1200, 900, 60, 1380, 1300], PAGE_DAY) == (
        [PAGE_DAY] * 3 + [DAY_BEFORE] * 3 + [two_days_before] * 2
    )


def test_times_that_run_neither_way_are_no_blog():
    assert entry_days([600, 700, 500, 800, 400], PAGE_DAY) is None
    assert entry_days([600, 600, 600], PAGE_DAY) is None


def _headings(text: str) -> list[tuple[str, int | None]]:
    return [
        (s.text.strip(), entry_minutes(s, text, PAGE_DAY, "en"))
        for s in split_sentences(text)
        if s.kind != "title"
    ]


def test_a_time_opening_a_line_heads_an_entry():
    text = "Live\n\n14:20\nText.\n\n09.30 Drones hit Kharkiv.\n\n13h05 – Le bilan\n\n• 7:15 Alert\n"
    assert [m for _, m in _headings(text)] == [860, None, 570, 785, 435]


def test_a_byline_a_date_or_a_time_in_passing_heads_no_entry():
    text = (
        "Live\n\n14:20, 8 July 2025\n\n16.04.2025\n\n"
        "At 14:20 drones hit Kharkiv.\n\n12:30 08.07.2025\n\n25:10 nothing\n"
    )
    assert [m for _, m in _headings(text)] == [None, None, None, None, None]


def test_without_a_midnight_or_with_few_times_there_are_no_headings():
    same_day = "Live\n\n14:20\nA.\n\n12:10\nB.\n\n09:00\nC.\n"
    assert entry_headings(split_sentences(same_day), same_day, PAGE_DAY, "en") == []
    two = "Live\n\n00:20\nA.\n\n23:10\nB.\n"
    assert entry_headings(split_sentences(two), two, PAGE_DAY, "en") == []
    wraps = "Live\n\n00:20\nA.\n\n23:10\nB.\n\n22:00\nC.\n\n21:00\nD.\n"
    assert entry_headings(split_sentences(wraps), wraps, None, "en") == []
    days = [day for _, day in entry_headings(split_sentences(wraps), wraps, PAGE_DAY, "en")]
    assert days == [PAGE_DAY, DAY_BEFORE, DAY_BEFORE, DAY_BEFORE]
