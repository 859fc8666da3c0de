"""Held-out batch ``heldout_real_6``: a sixth batch modelled on real reporting (issue 11).

``corpus/heldout_real_6.jsonl`` holds 18 articles (en 3, uk 3, ru 2, pl 2, de 2,
fr 2, es 1, it 2, pt 1; 80 gold events, 13 of them background) written for this
suite (never copied news text) by an engineer who had not seen the extractor's
code or output, after reading real reporting in all nine languages: attacks by
Ukraine told by Russian governors and the Russian defence ministry beside "N drones
destroyed over X region", weekly round-ups with a day for each strike, UN monitors'
monthly totals beside one incident, a court verdict, an anniversary and a memorial
of past strikes, evacuations, power cuts and repairs in regions not struck, tolls
in words and as lists of ages, tolls revised during the day, a missile alert that
is no weapon used, places inside names, a surname that is a city's adjective,
reference points and launch areas.

It was scored before any extraction change made for it (2026-12-05, main
``9ca9f1f``): f1 0.69, precision 0.632, recall 0.759, killed 0.826, injured 0.882,
district recall 0.692, weapons 0.841 (``../shared/eval/score.py``; the function
below computes the same figures).  The bounds sit a few points under the latest
score, so a drop fails; they are raised as fixes land, and gold answers change only
in a commit of their own.  After the fixes of the same day (earlier strikes told
later, capitals as governments, launch sites, Sevastopol in Crimea, day headings,
monitors' tallies, Polish units in small letters, lists past a locating raion,
summed victim groups, debris without consequences): f1 0.963, precision 0.964,
recall 0.963, killed 0.897, injured 0.927, district recall 0.923, weapons 0.864
(main ``b75dbf4``).
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_6.jsonl"

#: First score (before any fix made for this batch: main 9ca9f1f) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.69, 0.93),
    "precision": (0.632, 0.93),
    "recall": (0.759, 0.93),
    "killed_accuracy": (0.826, 0.93),
    "injured_accuracy": (0.882, 0.94),
    "district_recall": (0.692, 0.88),
    "weapon_jaccard": (0.841, 0.90),
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
