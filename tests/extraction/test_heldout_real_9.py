"""Held-out batch ``heldout_real_9``: nationwide waves, frontline towns, spillover (issue 11).

``corpus/heldout_real_9.jsonl`` holds 18 articles (en 2, uk 3, ru 2, pl 2, de 2,
fr 2, es 2, it 1, pt 2; 98 gold events, 8 of them background, 15 city districts
beside their city, 10 raions, hromadas or Russian districts, 15 oblast-level
events) written for this suite (never copied news text) by an engineer who had
not seen the extractor's code or output, after reading real reporting in all nine
languages.  Phenomena: overnight waves on energy and railways told as lists of
regions with no town named, trains, stations and locomotives hit; frontline towns
under FPV drones, drone-dropped munitions, glide bombs and rocket artillery, with
daily roundups per community; drones and debris crossing into Poland, Romania and
Moldova; "Read also" links and live-ticker sidebars naming other strikes; Russian
Ministry of Defence and Ukrainian General Staff claims ("near X" against "in X");
children counted apart among the injured, people treated on the spot, vague counts
("dozens", "una treintena") that are no figure, and tolls summed over towns.

It was scored before any extraction change made for it (2026-12-06, main
``a804c40``): f1 0.819, precision 0.812, recall 0.827, killed 0.586, injured
0.698, district recall 0.933, weapons 0.866, background recall 0.875
(``../shared/eval/score.py``; the function below computes the same figures).  The
bounds sit a few points under the latest score, so a drop fails; they are raised
as fixes land, and gold answers change only in a commit of their own.  After the
fixes of the same day (a place after "in" before a victim's role, victims named
by role, the plural of a street word, regions with an adjective, capitals waging
a campaign, more care-town phrasings, a zero for each region just listed): f1
0.865, precision 0.892, recall 0.84, killed 0.724, injured 0.841, district recall
0.933, weapons 0.869, background recall 0.875 (main ``38f67af``).
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_9.jsonl"

#: First score (before any fix made for this batch: main a804c40) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.819, 0.85),
    "precision": (0.812, 0.89),
    "recall": (0.827, 0.81),
    "killed_accuracy": (0.586, 0.69),
    # 0.844 until fires counted as hits (main after 2026-12-06 07:30): z17's
    # Dniprovskyi is then found (district recall 1.0), and Kyiv's total of 12
    # injured, handed to the one district before, no longer has a district to
    # go to (a city yields to several districts; its total is not theirs).
    "injured_accuracy": (0.698, 0.80),
    "district_recall": (0.933, 0.97),
    "weapon_jaccard": (0.866, 0.87),
}


globals().update(
    batch_tests(
        CORPUS,
        BOUNDS,
        min_articles=16,
        languages={"en", "uk", "ru", "pl", "de", "fr", "es", "it", "pt"},
        max_spurious=9,
    )
)
