"""Held-out batch ``heldout_real_30``: dates in reviews, anniversaries and follow-ups (issue 11).

``corpus/heldout_real_30.jsonl`` holds 18 articles (two in each of en, uk, ru,
de, fr, pl, es, it, pt; 1,690 to 2,371 characters; 70 gold events, 29 of them
background, 23 city districts, three regions) written for this suite (never
copied news text) by an engineer who had not seen the extractor's code or
output, after reading real pages of the kind: weekly and monthly digests with
dated headings (one across a New Year), anniversary pieces, investigators' and
courts' reports, and follow-ups (funerals, rebuilding, compensation) that recall
when a strike happened, some with a current strike beside them.  Dates come as
"the night of 13 to 14 March", weekday-only dates in pieces published later,
"two days later", a report time that is not the strike's ("by Thursday evening
the toll had risen"), and a January piece recalling December.

It was written blind at the start of a session and scored before any change
(main ``2d52154``): f1 0.653, precision 0.561, recall 0.780, killed 0.812,
injured 0.808, district recall 0.714, weapons 0.922, background recall 0.379
(``../shared/eval/score.py``).  The bounds sit a few points under; they are
raised as fixes land, and gold answers change only in a commit of their own.
After the same session's fixes (main ``b1cf1c0``: spans of days, "two days later",
a weekday beside "a year ago", home and burial towns, a week's toll, orphan
figures of another day): f1 0.850, precision 0.804, recall 0.902, killed 0.895,
injured 0.871, district recall 0.857.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_30.jsonl"

#: First score (before any fix made for this batch: main 2d52154) and the
#: bound each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.653, 0.82),
    "precision": (0.561, 0.77),
    "recall": (0.780, 0.87),
    "killed_accuracy": (0.812, 0.86),
    "injured_accuracy": (0.808, 0.84),
    "district_recall": (0.714, 0.82),
    "weapon_jaccard": (0.922, 0.88),
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
