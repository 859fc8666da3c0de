"""Held-out batch ``heldout_real_24``: front-line and border towns under daily
fire, as regional outlets report it (issue 11).

``corpus/heldout_real_24.jsonl`` holds 18 articles (two in each of en, uk, ru,
de, fr, pl, es, it, pt; 1,546 to 1,929 characters; 85 gold events, 6 of them
background, 5 city districts, 16 regions or hromadas) written for this suite
(never copied news text) by an engineer who had not seen the extractor's code
or output, after reading real reporting: oblast
daily summaries and hromada bullet lists, police and prosecutors' reports,
Russian border governors' posts listing villages; FPV drones on cars and buses,
glide bombs, artillery and rocket launchers; long lists where only some places
were hit, hromadas and raions inflected or as adjectives, namesake villages,
exonyms and lower-case tags, figures per settlement, next-day toll updates.

It was written blind at the start of a session and scored before any change
(main ``1771e47``): f1 0.846, precision 0.827, recall 0.865, killed 0.750,
injured 0.712, district recall 0.800, weapons 0.976, background recall 1.000
(``../shared/eval/score.py``).  The bounds sit a few points under; they are
raised as fixes land, and gold answers change only in a commit of their own.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_24.jsonl"

#: First score (before any fix made for this batch: main 1771e47) and the
#: bound each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.846, 0.84),
    "precision": (0.827, 0.83),
    "recall": (0.865, 0.84),
    "killed_accuracy": (0.750, 0.71),
    "injured_accuracy": (0.712, 0.68),
    "district_recall": (0.800, 0.76),
    "weapon_jaccard": (0.976, 0.94),
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
