"""Held-out batch ``heldout_real_20``: a general mix of daily strike reporting (issue 11).

``corpus/heldout_real_20.jsonl`` holds 18 articles (two in each of en, uk, ru,
de, fr, pl, es, it, pt; 1,500 to 2,360 characters; 68 gold events, 6 of them
background, 11 city districts, 5 hromadas and raions) written for this suite
(never copied news text) by an engineer who had not seen the extractor's code
or output, after reading real reporting: wire stories, regional outlets, a
portal's summary box, a broadcaster's report and two longer reports from the
ground; rising tolls, children within totals, later deaths, interception
tallies, Ukrainian strikes on Russia and occupied land, places named but not
struck.

It was written while this session's fixes for ``heldout_real_19`` and for real
pages were made, and scored only afterwards, to measure how far they carry:
at the session's start (main ``8089899``) and after the fixes (the working tree
of ``e929308`` and the next fixes), the same: f1 0.798, precision 0.758,
recall 0.843, killed 0.735, injured 0.917, district recall 0.818, weapons
0.953, background recall 0.50, one spurious figure (``../shared/eval/score.py``).
The bounds sit about three points under; they are raised as fixes land, and
gold answers change only in a commit of their own.  After the fixes made for
it (trains to a city, capitals that claim; main ``717b0e3``): f1 0.811,
precision 0.781, recall 0.843, the other fields unchanged.  After the round-up
and scene mechanisms of ``heldout_real_21``'s session (wire datelines without a
place, scene sentences, Russian towns in -ино, wounded victims who died):
f1 0.843, precision 0.791, recall 0.902, killed 0.730, injured 0.923.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_20.jsonl"

#: First score (before any fix made for this batch: main 8089899 and after the
#: session's other fixes, the same) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.798, 0.81),
    "precision": (0.758, 0.76),
    "recall": (0.843, 0.87),
    "killed_accuracy": (0.735, 0.70),
    "injured_accuracy": (0.917, 0.88),
    "district_recall": (0.818, 0.78),
    "weapon_jaccard": (0.953, 0.92),
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
