"""Held-out batch ``heldout_real_5``: a fifth batch modelled on real reporting (issue 11).

``corpus/heldout_real_5.jsonl`` holds 18 articles (en 3, uk 3, ru 2, pl 2, de 2,
fr 2, es 1, it 2, pt 1; 86 gold events, 10 of them background) written for this
suite (never copied news text) by an engineer who had not seen the extractor's
code or output, after reading real reporting in all nine languages: Kherson's
morning list of settlements shelled, an oblast head's tally by hromada, Air Force
launch and shoot-down tallies naming launch areas, energy companies' statements
naming damaged regions, a suburban train and Danube ports struck, glide bombs on
front-line towns, tolls revised after deaths in hospital and bodies found under
rubble, days of mourning, figures as words ("trzy osoby", "zwei Dutzend", "una
dozzina" of patients), live blogs, a feature with dated background strikes, and
places named but not struck in every article (capitals as governments, hospital
towns, reference points, launch areas, meetings, prisoner exchanges, "Read also"
links, streets and districts named after Kyiv, a route, a surname, a football team,
a nuclear plant, explosions heard, an airport's flights suspended).

It was scored before any extraction change made for it (2026-12-05, main
``3a8d1de``): f1 0.721, precision 0.647, recall 0.815, killed 0.63, injured
0.735, district recall 0.769, weapons 0.868 (``../shared/eval/score.py``; the
function below computes the same figures).  The bounds sit a few points under
the latest score, so a drop fails; they are raised as fixes land, and gold
answers change only in a commit of their own.  After the fixes of the same day
(statement days a few words after their verb, hospital towns, nuclear plants,
meetings and sanctions, air strikes and dropped bombs as strike words, roads and
train routes, rivers, Polish small letters, shared district names, launch regions):
f1 0.949, precision 0.929, recall 0.969, killed 0.793, injured 0.825, district
recall 0.923, weapons 0.876 (main ``817a563``).
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_5.jsonl"

#: First score (before any fix made for this batch: main 3a8d1de) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.721, 0.97),
    "precision": (0.647, 0.97),
    "recall": (0.815, 0.97),
    "killed_accuracy": (0.63, 0.84),
    "injured_accuracy": (0.735, 0.79),
    "district_recall": (0.769, 0.88),
    "weapon_jaccard": (0.868, 0.84),
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
