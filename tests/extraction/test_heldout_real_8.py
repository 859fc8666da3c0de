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
as fixes land, and gold answers change only in a commit of their own.  After
the fixes of the same day (strike days in follow-ups, aftermath days, figures
before a list of places, home and care towns, launch areas, interceptions told as
nouns, words between a verb and its count): f1 0.927, precision 0.937, recall
0.918, killed 0.833, injured 0.778, district recall 0.889, weapons 0.973,
background recall 0.765 (main ``85a1858``).
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_8.jsonl"

#: First score (before any fix made for this batch: main 813ae16) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.79, 0.94),
    "precision": (0.724, 0.95),
    "recall": (0.869, 0.93),
    "killed_accuracy": (0.75, 0.80),
    "injured_accuracy": (0.738, 0.81),
    "district_recall": (0.667, 0.85),
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
