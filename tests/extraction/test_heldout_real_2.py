"""Held-out batch ``heldout_real_2``: a second batch modelled on real reporting (issue 11).

``corpus/heldout_real_2.jsonl`` holds 16 articles written for this suite (never
copied news text) in eight languages, after reading oblast administrations'
daily tallies by hromada, Russian governors' round-ups of border villages,
wire copy with toll updates, live blogs and regional outlets: hromada lists
("Під ударами були Білопільська, Краснопільська та Миропільська громади"),
Pokrov's Покровська громада beside Donetsk's Pokrovsk, a train "Суми – Київ",
a Red Cross branch, a hospital named after its town, explosions only heard,
interceptions over regions, flights suspended, a speech given in Kyiv, night
strikes dated by "la noche del viernes", city districts in Spanish, Italian,
Polish and Russian, an oblast nickname (Криворіжжя, Нікопольщина) and a
wounded person who died later.

It was scored before any extraction change made for it (2026-12-05, main
``d0da869``): f1 0.806, precision 0.75, recall 0.871, killed 0.923, injured
0.826, district recall 0.50, weapons 0.907 (``../shared/eval/score.py``; the
function below computes the same figures); after the day's fixes, f1 0.969.  The
bounds sit about three points under the latest score, so a five-point drop in
any field fails; they are raised as fixes land, and gold answers change only in
a commit of their own.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_2.jsonl"

#: First score (before any fix made for this batch: main d0da869, f1 0.806,
#: precision 0.75, recall 0.871, killed 0.923, injured 0.826, district recall 0.50,
#: weapons 0.907), the score after this session's fixes (2026-12-05, below), and
#: the bound each metric must keep: the latest score minus about three points.
BOUNDS = {
    "f1": (0.969, 0.94),
    "precision": (0.939, 0.91),
    "recall": (1.0, 0.97),
    "killed_accuracy": (1.0, 0.97),
    "injured_accuracy": (0.923, 0.97),
    "district_recall": (0.833, 0.97),
    "weapon_jaccard": (0.917, 0.92),
}


globals().update(
    batch_tests(
        CORPUS,
        BOUNDS,
        min_articles=16,
        languages={"en", "uk", "ru", "pl", "de", "fr", "es", "it"},
        max_spurious=3,
    )
)
