"""Held-out batch ``heldout_real_3``: a third batch modelled on real reporting (issue 11).

``corpus/heldout_real_3.jsonl`` holds 16 articles written for this suite (never
copied news text) in all nine languages, after reading regional Ukrainian
outlets' round-ups by oblast and raion, Kherson's daily list of settlements
under fire, Russian governors' Telegram summaries as wire agencies retell
them (with the agency's "МОСКВА, 14 сентября." dateline), Polish, German,
Spanish, Italian, French and Portuguese wire copy and live blogs: a lead's sum
over several places, a toll split by town inside a quote ("dwóch w Hulajpolu
i jednego w Stepnohirsku"), "W samym Zaporożu", "la ciudad homónima", "in
quella di Kursk", lists of Russian regions drones were downed over, cities
after "neutralizzati in zone come", "le gouverneur de Donetsk", "Мирный
житель" opening a sentence, an oblast's military administration reporting an
oblast toll, a city district in German ("im Saltiwskyj-Bezirk"), a reference
city by distance and a second strike after midnight in the same city.

It was scored before any extraction change made for it (2026-12-05, main
``0c452d2``): f1 0.779, precision 0.712, recall 0.86, killed 0.524, injured
0.68, district recall 0.0, weapons 0.906 (``../shared/eval/score.py``; the
function below computes the same figures).  The bounds sit a few points under
the latest score, so a drop fails; they are raised as fixes land, and gold
answers change only in a commit of their own.  After the fixes of issue 11
(lists of regions, governors' regions, alert regimes, victims named by age,
sums over several places, German nouns before places): f1 0.87, precision
0.881, recall 0.86, killed 0.619, injured 0.80, weapons 0.906.  Then (main
``c035459``: victims listed by age, words inside a figure, victims "in other
regions"): killed 0.714, injured 0.92, weapons 0.922; then (main ``9feca2a``:
city districts in translated spellings) district recall 1.0, f1 0.86, precision
0.86, injured 0.88 (the Saltivskyi district found, Kharkiv city beside it is a
false positive under this batch's gold, and its four wounded are the city's).
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_3.jsonl"

#: First score (before any fix made for this batch: main 0c452d2) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.779, 0.87),
    "precision": (0.712, 0.87),
    "recall": (0.86, 0.87),
    "killed_accuracy": (0.524, 0.87),
    "injured_accuracy": (0.68, 0.89),
    "district_recall": (0.0, 0.96),
    "weapon_jaccard": (0.906, 0.87),
}


globals().update(
    batch_tests(
        CORPUS,
        BOUNDS,
        min_articles=14,
        languages={"en", "uk", "ru", "pl", "de", "fr", "es", "it", "pt"},
        max_spurious=3,
    )
)
