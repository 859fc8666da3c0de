"""Held-out batch ``heldout_real_11``: live blogs newest first, daily tallies (issue 11).

``corpus/heldout_real_11.jsonl`` holds 18 articles (en 3, uk 2, ru 2, pl 2, de 2,
fr 2, es 2, it 2, pt 1; 135 gold events, 10 of them background, 23 city districts
beside their city, 11 raions, hromadas or Russian districts, 4 oblast-level events,
92 names not struck) written for this suite (never copied news text) by an engineer
who had not seen the extractor's code or output, after reading real reporting.
Phenomena: live blogs in reverse chronological order whose entries are headed only
by times across midnight; oblast and governor "over the past day" summaries listing
settlements, hromadas and Russian districts with their own tolls or an explicit
zero, and oblast totals that are sums; children counted inside totals or added to
them; counts in words and vague counts ("Dutzende", "une dizaine", "una decina",
"kilkanaście", "dezenas", "more than 1,200 drones this week"); vehicles hit on the
road between two towns, trains at stations, fuel depots outside a town; agency
copies with exonyms (Járkov, Jersón, Zaporiyia, Charkiw, Soumy, Krzywym Rogu);
anniversary paragraphs with their own tolls; places named but not struck
(reference points, rerouted trains, hospitals in other cities, alerts, explosions
heard, downings over regions, "Read also" links, surnames such as Sokal, Starodub,
Lyman); Ukrainian strikes in Russia beside Russian strikes in Ukraine.

It was scored before any extraction change made for it (2026-12-06, main
``b155f16``): f1 0.844, precision 0.845, recall 0.843, killed 0.818, injured
0.691, district recall 0.913, weapons 0.923, background recall 0.6, 10 spurious
figures (``../shared/eval/score.py``; the function below computes the same
figures).  The bounds sit about three points under the latest score, so a drop of
five fails; they are raised as fixes land, and gold answers change only in a
commit of their own.  After the fixes of the same day (Kherson's population, live-blog
entry times across midnight, a place heading its paragraph, a bare place before
"after", settlement words before a name, roads between two towns, strikes "in recent
months", commemorations, "shortly after midnight", rerouted trains; main after
``4a689c3``): f1 0.945, precision 0.920, recall 0.971, killed 0.860, injured 0.738,
district recall 0.957, weapons 0.932, background recall 0.7, 6 spurious figures.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_11.jsonl"

#: First score (before any fix made for this batch: main b155f16) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.844, 0.93),
    "precision": (0.845, 0.92),
    "recall": (0.843, 0.94),
    "killed_accuracy": (0.818, 0.83),
    "injured_accuracy": (0.691, 0.72),
    "district_recall": (0.913, 0.92),
    "weapon_jaccard": (0.923, 0.90),
}


globals().update(
    batch_tests(
        CORPUS,
        BOUNDS,
        min_articles=16,
        languages={"en", "uk", "ru", "pl", "de", "fr", "es", "it", "pt"},
        max_spurious=8,
    )
)
