"""Held-out batch ``heldout_real_23``: attacks on energy, rail and ports, told
through their consequences (issue 11).

``corpus/heldout_real_23.jsonl`` holds 18 articles (two in each of en, uk, ru,
de, fr, pl, es, it, pt; 1,678 to 2,394 characters; 48 gold events, 11 of them
background, 4 city districts, 4 regions or hromadas) written for this suite
(never copied news text) by an engineer who had not seen the extractor's code
or output, after reading real reporting: power-outage
schedules, rail delays, port and grain-corridor news reported across many regions
that were not struck; Ukrainian strikes on Russian refineries, oil depots and
substations beside the defence ministry's interception tallies; tolls that
change during the day, explicit zeros, reference points, names inside names,
capitals standing for governments and surnames that look like places.

It was written blind at the start of a session and scored before any change
(main ``1771e47``): f1 0.690, precision 0.556, recall 0.909, killed 0.741,
injured 0.862, district recall 0.500, weapons 0.950, background recall 0.636
(``../shared/eval/score.py``).  The bounds sit a few points under; they are
raised as fixes land, and gold answers change only in a commit of their own.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_23.jsonl"

#: First score (before any fix made for this batch: main 1771e47) and the
#: bound each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.690, 0.77),
    "precision": (0.556, 0.69),
    "recall": (0.909, 0.87),
    "killed_accuracy": (0.741, 0.66),
    "injured_accuracy": (0.862, 0.86),
    "district_recall": (0.500, 0.46),
    "weapon_jaccard": (0.950, 0.94),
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
