"""Held-out batch ``heldout_real_25``: live blogs and rolling tickers (issue 11).

``corpus/heldout_real_25.jsonl`` holds 18 articles (two in each of en, uk, ru,
de, fr, pl, es, it, pt; 1,510 to 2,529 characters; 72 gold events, 5 of them
background, 15 city districts, 1 hromada) written for this suite
(never copied news text) by an engineer who had not seen the extractor's code
or output, after reading real reporting: live pages
with timestamped entries over one night or day (The Guardian, Kyiv Independent,
Suspilne, Meduza, Onet, tagesschau, Le Monde, El País, Sky TG24, Público): tolls that
rise from entry to entry, entries that point back to a place named earlier,
times with no date, interception tallies, alerts, diplomacy and bylines between
the strikes, and Ukrainian strikes on Russian regions told through governors'
posts.

It was written blind at the start of a session and scored before any change
(main ``0c57499``): f1 0.879, precision 0.911, recall 0.849, killed 0.824,
injured 0.854, district recall 0.857, weapons 1.000, background recall 1.000
(``../shared/eval/score.py``).  The bounds sit a few points under; they are
raised as fixes land, and gold answers change only in a commit of their own.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_25.jsonl"

#: First score (before any fix made for this batch: main 0c57499) and the
#: bound each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.879, 0.84),
    "precision": (0.911, 0.88),
    "recall": (0.849, 0.81),
    "killed_accuracy": (0.824, 0.79),
    "injured_accuracy": (0.854, 0.82),
    "district_recall": (0.857, 0.82),
    "weapon_jaccard": (1.000, 0.96),
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
