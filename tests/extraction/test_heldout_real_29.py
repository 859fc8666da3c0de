"""Held-out batch ``heldout_real_29``: official tallies and their updates (issue 11).

``corpus/heldout_real_29.jsonl`` holds 18 articles (two in each of en, uk, ru,
de, fr, pl, es, it, pt; 1,721 to 2,451 characters; 70 gold events, 7 of them
background, 17 city districts, eight raions, hromadas or Russian districts)
written for this suite (never copied news text) by an engineer who had not seen
the extractor's code or output, after reading real pages of the kind: wire copy
and administrations' updates whose tolls are revised through the day ("the toll
rose to", "another died in hospital", "sought medical help", victims described
by age), prosecutors' and governors' summaries settlement by settlement,
corrections that name the wrong place, city against whole-region totals, combined
killed-and-injured counts, and Russian governors' reports; places named for an
alert, a downing, a hospital or a "Read also" link.

It was written blind at the start of a session and scored before any change
(main ``2d52154``): f1 0.848, precision 0.803, recall 0.898, killed 0.909,
injured 0.766, district recall 0.875, weapons 1.000, background recall 1.000
(``../shared/eval/score.py``).  The bounds sit a few points under; they are
raised as fixes land, and gold answers change only in a commit of their own.
After the same session's fixes (main ``b1cf1c0``: correction notices, villages set
between dashes, hospital and transfer towns, a region's toll its towns of two days
cover): f1 0.883, precision 0.853, recall 0.915, killed 0.912, injured 0.792.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_29.jsonl"

#: First score (before any fix made for this batch: main 2d52154) and the
#: bound each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.848, 0.85),
    "precision": (0.803, 0.82),
    "recall": (0.898, 0.88),
    "killed_accuracy": (0.909, 0.88),
    "injured_accuracy": (0.766, 0.76),
    "district_recall": (0.875, 0.83),
    "weapon_jaccard": (1.000, 0.96),
}


globals().update(
    batch_tests(
        CORPUS,
        BOUNDS,
        min_articles=16,
        languages={"en", "uk", "ru", "pl", "de", "fr", "es", "it", "pt"},
        max_spurious=4,
    )
)
