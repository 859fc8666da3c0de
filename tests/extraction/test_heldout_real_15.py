"""Held-out batch ``heldout_real_15``: official posts and wire copy outside English (issue 11).

``corpus/heldout_real_15.jsonl`` holds 18 articles (uk 3, ru 3, pl 2, de 2,
fr 2, es 2, it 2, pt 1, en 1; 1,600 to 2,650 characters; 90 gold events, 11
of them background, 32 city districts, 9 raions or hromadas, 12 events with
explicit zeros, 11 interception-debris events, 110 names not struck) written
for this suite (never copied news text) by an engineer who had not seen the
extractor's code or output, after reading real reporting.  Kinds of page:
oblast administrations' and governors' Telegram posts, an Air Force morning
summary, regional sites with furniture, wire copy, a long analytical piece
recalling four earlier strikes, a live blog across a midnight.  Phenomena:
places only named (downings, launch areas, explosions heard, closed airports,
reference points, roads, hospitals, evacuation towns, power cuts caused by a
strike elsewhere, capitals as governments, a river); surnames such as
Бериславський, Połtawska, Konotopskyj, Iziumska, Pokrovska, some inflected;
"обласного центру", "the district center" back-references; evening strikes,
tolls updated the next day, victims who died a day later; generic weapon
words beside Iskander-M, Kh-59/69, Kh-101, Kinzhal, KAB with UMPK, S-300,
Uragan, Lancet, Molniya and Shahed; district lists in each language's forms;
hromadas and raions; Ukrainian strikes on Russian refineries.

It was scored before any extraction change made for it (2026-12-07, main
``8304dc9``): f1 0.881, precision 0.787, recall 1.0, killed 0.920, injured
0.844, district recall 0.969, weapons 0.908, background recall 0.727, no
spurious figure (``../shared/eval/score.py``; the function below computes the
same figures).  The bounds sit about three points under the latest score, so a
drop of five fails; they are raised as fixes land, and gold answers change only
in a commit of their own.  Scored at the session's start (main ``b511be6``,
before any of the day's fixes) it gives f1 0.840, precision 0.736, recall 0.979.
After the fixes of the same day (Air Force summaries' launch regions, power cuts
and "no information on hits", hedged distances, a government speaking "à
Chisinau", explosions "were reported"; main ``517cb36``): f1 0.921, precision
0.854, recall 1.0, killed 0.920, injured 0.844, district recall 0.969, weapons
0.908.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_15.jsonl"

#: First score (before any fix made for this batch: main 8304dc9) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.881, 0.89),
    "precision": (0.787, 0.82),
    "recall": (1.0, 0.96),
    "killed_accuracy": (0.920, 0.88),
    "injured_accuracy": (0.844, 0.81),
    "district_recall": (0.969, 0.93),
    "weapon_jaccard": (0.908, 0.87),
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
