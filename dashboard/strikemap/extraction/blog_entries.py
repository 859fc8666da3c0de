"""Live-blog entries headed by a clock time: the day each one is on.

A live blog heads its entries with the time alone ("14:20", "13h05 – Le bilan
s'alourdit", "15:05 Uhr") and dates only its page ("Last updated 14:20",
"Stand: 17.02.2025").  Newest first, "00:35" above "23:50" means midnight lies
between them: the entries below it belong to the day before.  Read oldest
first, the same holds upward.  The newest entry is taken to be on the day the
page is dated.

The times are numerals, alike in every supported language, so the pattern
below is a format, not words of a language.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from strikemap.extraction import dates, regextrie
from strikemap.extraction.segment import Sentence

#: A clock time opening a line: "14:20", "09.30", "13h05", "• 7:15".
_ENTRY_TIME = regextrie.compile(r"[^\w\n]{0,3}([01]?\d|2[0-3])\s?[:.hH]\s?([0-5]\d)(?![\d.:/])")
#: Characters after the time in which a written date makes the line a byline
#: ("14:20, 8 July 2025", "09:30 08.07.2025"), not an entry heading.
_BYLINE_REACH = 30
#: Fewer time headings than this are times in passing, not a blog.
MIN_ENTRIES = 3


def entry_minutes(sentence: Sentence, text: str, published: date | None, lang: str) -> int | None:
    """The minutes after midnight of the time heading ``sentence``, or None.

    The sentence must open its line; a line that goes on with a written date
    is a byline or a timestamp ("14:20, 8 July 2025").
    """
    if sentence.start > 0 and text[sentence.start - 1] != "\n":
        return None
    found = _ENTRY_TIME.match(sentence.text)
    if found is None:
        return None
    after = sentence.text[found.end() : found.end() + _BYLINE_REACH]
    if any(d.kind == "written" for d in dates.find_dates(after, published, lang)):
        return None
    return int(found.group(1)) * 60 + int(found.group(2))


def entry_days(times: list[int], newest: date) -> list[date] | None:
    """The day of each entry from its time, in page order, or None.

    None when the times run neither way (more than a third of the steps go
    against the rest): they are not a blog's entries.  Each step back to a
    later time, reading from the newest entry, crosses a midnight.
    """
    falls = sum(later < earlier for earlier, later in itertools.pairwise(times))
    rises = sum(later > earlier for earlier, later in itertools.pairwise(times))
    if max(falls, rises) < 2 * min(falls, rises) or falls == rises:
        return None
    newest_first = falls > rises
    ordered = times if newest_first else times[::-1]
    day = newest
    days: list[date] = []
    for position, minutes in enumerate(ordered):
        if position and minutes > ordered[position - 1]:
            day -= timedelta(days=1)
        days.append(day)
    return days if newest_first else days[::-1]


def entry_headings(
    sentences: list[Sentence], text: str, published: date | None, lang: str
) -> list[tuple[int, date]]:
    """The time headings of a live blog that cross a midnight, by sentence
    index, each with its day; none for a page with no such blog."""
    if published is None:
        return []
    entries = [
        (sentence.index, minutes)
        for sentence in sentences
        if sentence.kind != "title"
        and (minutes := entry_minutes(sentence, text, published, lang)) is not None
    ]
    if len(entries) < MIN_ENTRIES:
        return []
    days = entry_days([minutes for _, minutes in entries], published)
    if days is None or all(day == published for day in days):
        return []
    return [(index, day) for (index, _), day in zip(entries, days, strict=True)]
