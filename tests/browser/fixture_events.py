"""Hand-written events for the browser tests, and the markers each shared link must show.

The expected counts are worked out by hand from the table below, never with the
app's filter code: a filter bug then fails the browser tests too. Pins are drawn
for located events below region level; a region-level event is an oblast outline.
The newest event is on 10 May 2024, so "last 7 days" is 4-10 May (inclusive).
"""

from __future__ import annotations

from datetime import date

from strikemap.models import Article, Event, Evidence, Source

ARTICLE = Article(
    id="browser-fixture",
    text="Hand-written events for the browser tests.",
    title="Browser fixture",
    published=date(2024, 5, 10),
    source="Fixture Wire",
)

#: place, oblast code, lat, lon, day, weapons, killed, injured, level
TABLE = [
    ("Kharkiv", "UA-63", 49.9935, 36.2304, date(2024, 5, 10), ["missile"], 3, 10, "city"),
    ("Odesa", "UA-51", 46.4825, 30.7233, date(2024, 5, 9), ["drone"], 0, 2, "city"),
    ("Dnipro", "UA-12", 48.4647, 35.0462, date(2024, 5, 4), ["missile"], 4, None, "city"),
    ("Zaporizhzhia", "UA-23", 47.8388, 35.1396, date(2024, 5, 3), ["glide_bomb"], 1, 5, "city"),
    ("Sumy", "UA-59", 50.9077, 34.7981, date(2024, 4, 20), ["artillery"], None, None, "city"),
    ("Lviv", "UA-46", 49.8397, 24.0297, date(2024, 4, 1), ["missile", "drone"], 10, 30, "city"),
    ("Donetsk Oblast", "UA-14", 48.0, 37.8, date(2024, 5, 8), ["artillery"], 2, 4, "region"),
]

#: Shared-link query -> pins drawn, counted by hand from TABLE.
EXPECTED_MARKERS: dict[str, int] = {
    "": 6,  # every city; Donetsk Oblast is an outline
    "weapon=missile": 3,  # Kharkiv, Dnipro, Lviv
    "weapon=drone": 2,  # Odesa, Lviv
    "range=7d": 3,  # Kharkiv (10 May), Odesa (9 May), Dnipro (4 May); not Zaporizhzhia (3 May)
    "killed=0&killed=3&unknown=false": 3,  # Kharkiv (3), Odesa (0), Zaporizhzhia (1)
    "killed=4&killed=any": 3,  # Dnipro (4), Lviv (10), Sumy (unknown kept by default)
    "injured=5&injured=10&unknown=false": 2,  # Kharkiv (10), Zaporizhzhia (5)
}


def fixture_events() -> list[Event]:
    """The events of TABLE as one article's extraction would give them."""
    events = []
    for number, (place, iso, lat, lon, day, weapons, killed, injured, level) in enumerate(TABLE):
        sentence = f"A strike hit {place} on {day:%d %B %Y}."
        events.append(
            Event(
                event_id=f"fixture-{number}",
                article_ids=[ARTICLE.id],
                place=place,
                level=level,
                country="UA",
                lat=lat,
                lon=lon,
                date=day,
                date_precision="day",
                parent=None if level == "region" else f"{place} Oblast",
                iso_region=iso,
                weapons=weapons,
                killed=killed,
                injured=injured,
                attacker="RU",
                confidence=0.8,
                evidence=[Evidence(ARTICLE.id, sentence)],
                sources=[Source(ARTICLE.id, ARTICLE.title, "Fixture Wire", None, day)],
            )
        )
    return events
