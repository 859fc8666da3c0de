"""Held-out batch ``heldout_real_27``: news-in-brief columns and Telegram posts (issue 11).

``corpus/heldout_real_27.jsonl`` holds 18 articles (two in each of en, uk, ru,
de, fr, pl, es, it, pt; 1,606 to 2,345 characters; 72 gold events, 6 of them
background, 12 city districts, one raion) written for this suite (never copied
news text) by an engineer who had not seen the extractor's code or output,
after reading real pages of the kind: brief columns where unrelated items of
one to four sentences follow each other, each with its own place and day;
official Telegram posts reposted by news sites (emoji, an all-caps first line,
"UPD"/"Оновлено" additions, numbered lists of settlements hit, hashtags);
feeds with a time stamp per line; items on sport, weather or courts between
the strikes; places named for an alert, a downing, a closed airport, a summit
or a person's home town.

It was written blind at the start of a session and scored before any change
(main ``5fb2429``): f1 0.874, precision 0.828, recall 0.926, killed 0.850,
injured 0.674, district recall 0.833, weapons 0.937, background recall 0.833
(``../shared/eval/score.py``).  The bounds sit a few points under; they are
raised as fixes land, and gold answers change only in a commit of their own.
After the same session's fixes (main ``8661462``: weapons by stretch between
commas, contrast clauses in every language, heard explosions, headings over an
alert, tolls with a place between): f1 0.904, precision 0.883, recall 0.926,
killed 0.875, injured 0.739, weapons 0.967.  After ``8f3ac61`` (headings over a
town called "cette ville", "sans qu'aucune frappe", a region's earlier strike
yielding to its city, a pipeline named after a town): f1 0.937, precision 0.931,
recall 0.944, killed 0.878, injured 0.745.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_27.jsonl"

#: First score (before any fix made for this batch: main 5fb2429) and the
#: bound each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.874, 0.90),
    "precision": (0.828, 0.89),
    "recall": (0.926, 0.90),
    "killed_accuracy": (0.850, 0.84),
    "injured_accuracy": (0.674, 0.70),
    "district_recall": (0.833, 0.79),
    "weapon_jaccard": (0.937, 0.93),
}


globals().update(
    batch_tests(
        CORPUS,
        BOUNDS,
        min_articles=16,
        languages={"en", "uk", "ru", "pl", "de", "fr", "es", "it", "pt"},
        max_spurious=3,
    )
)
