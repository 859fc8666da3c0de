"""Held-out batch ``heldout_real_21``: round-ups and Russian-side reporting (issue 11).

``corpus/heldout_real_21.jsonl`` holds 18 articles (two in each of en, uk, ru,
de, fr, pl, es, it, pt; 1,610 to 2,640 characters; 85 gold events, 4 of them
background, 16 city districts, 3 hromadas and raions) written for this suite
(never copied news text) by an engineer who had not seen the extractor's code
or output, after reading real reporting: weekly and multi-day round-ups and
"what we know" explainers with dates in headings, weekday names and nights
"into" a day, and Russian-side reporting (agency copy, governors' posts, the
defence ministry's interception tallies over many regions) with Ukrainian
reporting answering it.

First score, before any fix made for it (main ``a8b23d3``): f1 0.612,
precision 0.581, recall 0.646, killed 0.857, injured 0.816, district recall
0.312, weapons 0.948, background recall 1.0, two spurious figures
(``../shared/eval/score.py``): the worst first score of any batch, most of it
dates of round-up entries and places a round-up names twice.  The bounds sit
a few points under; they are raised as fixes land, and gold answers change
only in a commit of their own.  After the fixes made for it (day headings with
a place, a title or a night, Brazilian "segunda-feira (22)", leads that span
two days, statement days, scene sentences, officials of a city region, Russian
towns as Ukrainian spells them): f1 0.851, precision 0.813, recall 0.892,
killed 0.833, injured 0.863, district recall 0.688, weapons 0.954.  After the
next fixes (towns drones were downed right over, struck by the debris told
next; German zero phrasings and compound nouns; holidays named by a weekday;
later deaths on their own day; headings with a title after a comma): f1 0.893,
precision 0.853, recall 0.938, killed 0.857, injured 0.870.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_21.jsonl"

#: First score (before any fix made for this batch: main a8b23d3) and the
#: bound each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.612, 0.86),
    "precision": (0.581, 0.82),
    "recall": (0.646, 0.90),
    "killed_accuracy": (0.857, 0.80),
    "injured_accuracy": (0.816, 0.83),
    "district_recall": (0.312, 0.65),
    "weapon_jaccard": (0.948, 0.92),
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
