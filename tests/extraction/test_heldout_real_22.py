"""Held-out batch ``heldout_real_22``: a general mix from broadcasters, city sites
and humanitarian updates (issue 11).

``corpus/heldout_real_22.jsonl`` holds 18 articles (two in each of en, uk, ru,
de, fr, pl, es, it, pt; 1,620 to 2,440 characters; 56 gold events, 6 of them
background, 12 city districts, 2 regions or hromadas) written for this suite
(never copied news text) by an engineer who had not seen the extractor's code
or output, after reading real reporting: national broadcasters' sites, city
news sites, a UN flash update and feature reports from hit towns; surnames
that look like places, places in politicians' quotes, hospitals elsewhere,
toll updates, interception tallies, Ukrainian strikes on Russia and occupied
land.

It was written while the fixes for ``heldout_real_21`` were made, and scored
only after the first of them had landed, to measure how far they carry: at
the session's start (main ``a8b23d3``) and after those fixes (``aad5dba``) the
same: f1 0.813, precision 0.745, recall 0.895, killed 0.750, injured 0.844,
district recall 0.583, weapons 0.939, background recall 0.333
(``../shared/eval/score.py``).  The bounds sit a few points under; they are
raised as fixes land, and gold answers change only in a commit of their own.
After the fixes made for it (capitals standing for their governments: "showed
that Moscow was \"laughing…\"", "À Moscou, le ministère…", "Da Mosca non sono
arrivati commenti", "Moscovo tem concentrado os ataques"): f1 0.850, precision
0.809, recall 0.895, injured 0.875, the other fields unchanged.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_22.jsonl"

#: First score (before any fix made for this batch: main a8b23d3 and aad5dba,
#: the same) and the bound each metric must keep: a few points under the
#: latest score.
BOUNDS = {
    "f1": (0.813, 0.82),
    "precision": (0.745, 0.78),
    "recall": (0.895, 0.86),
    "killed_accuracy": (0.750, 0.71),
    "injured_accuracy": (0.844, 0.81),
    "district_recall": (0.583, 0.55),
    "weapon_jaccard": (0.939, 0.90),
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
