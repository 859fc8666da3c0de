"""Held-out batch ``heldout_real_8``: follow-ups, daily roundups, strikes on Russia (issue 11).

``corpus/heldout_real_8.jsonl`` holds 18 articles (en 2, uk 3, ru 2, pl 2, de 2,
fr 2, es 2, it 1, pt 2; 96 gold events, 17 of them background, 18 city districts
beside their city) written for this suite (never copied news text) by an engineer
who had not seen the extractor's code or output, after reading real reporting in all
nine languages.  Phenomena: follow-up reports one to three days after the strike
(tolls raised, a wounded person who died in hospital, days of mourning, the last
body recovered), oblast heads' and governors' daily roundups with figures per
village and hromada, General Staff counts of shelling, Ukrainian strikes on
refineries, ports and airfields in Russia and Crimea with the governors' versions,
victims' home towns and the hospitals they were taken to, evacuation destinations,
launch regions, reference points, number words ("dwoje dzieci", "quatre-vingt-deux",
"una familia de cuatro"), rescuers hurt in a second strike, analysis pieces that
recall dated strikes of earlier months.

It was scored before any extraction change made for it (2026-12-06, main
``813ae16``): f1 0.79, precision 0.724, recall 0.869, killed 0.75, injured 0.738,
district recall 0.667, weapons 0.972, background recall 0.706
(``../shared/eval/score.py``; the function below computes the same figures).  The
bounds sit a few points under the latest score, so a drop fails; they are raised
as fixes land, and gold answers change only in a commit of their own.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_8.jsonl"

#: First score (before any fix made for this batch: main 813ae16) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.79, 0.76),
    "precision": (0.724, 0.69),
    "recall": (0.869, 0.84),
    "killed_accuracy": (0.75, 0.72),
    "injured_accuracy": (0.738, 0.70),
    "district_recall": (0.667, 0.63),
    "weapon_jaccard": (0.972, 0.94),
}


globals().update(
    batch_tests(
        CORPUS,
        BOUNDS,
        min_articles=16,
        languages={"en", "uk", "ru", "pl", "de", "fr", "es", "it", "pt"},
        max_spurious=6,
    )
)
