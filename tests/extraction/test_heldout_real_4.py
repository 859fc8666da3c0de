"""Held-out batch ``heldout_real_4``: a fourth batch modelled on real reporting (issue 11).

``corpus/heldout_real_4.jsonl`` holds 18 articles (en 3, uk 2, ru 2, pl 2, de 2,
fr 2, es 2, it 2, pt 1) written for this suite (never copied news text) by an
engineer who had not seen the extractor's code or output, after reading real
reporting in all nine languages: live blogs with the newest entry first, agency
copy with datelines ("Kiew (dpa)", "Moscú (EFE)", "КУРСК"), an oblast
administration's daily tally with villages named in brackets after the damage,
Telegram posts, refinery and aircraft-plant strikes inside Russia retold by
Western wires, tolls revised up and down, city districts that several cities
share (Shevchenkivskyi), raions, and places that are not struck: airports closed
in Poland and Russia, launch sites, regions drones were downed over, a town
inside a power plant's or a highway's name, reference points by distance or
direction, capitals standing for governments, surnames that are place names
(Лозовий, Рязанов), a city explicitly "not hit".

It was scored before any extraction change made for it (2026-12-05, main
``0f16815``): f1 0.816, precision 0.737, recall 0.913, killed 0.81, injured
0.811, district recall 0.667, weapons 0.885 (``../shared/eval/score.py``; the
function below computes the same figures).  The bounds sit a few points under
the latest score, so a drop fails; they are raised as fixes land, and gold
answers change only in a commit of their own.  After the fixes of the same day
(whole-war remarks, capitals trading accusations, given names after a bare title,
statement days in every language, airspace launch areas, river banks, regions
after "also in", German compound weekdays, raions by nearest centre, 68 more city
districts, the one district taking its city's toll): f1 0.903, precision 0.894,
recall 0.913, killed 1.0, injured 0.919, district recall 0.917, weapons 0.923.
Then (fire words as damage, dates of another clause, French "Pissotchyn"): f1 0.927,
precision 0.898, recall 0.957, injured 0.923, weapons 0.927.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_4.jsonl"

#: First score (before any fix made for this batch: main 0f16815) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.816, 0.92),
    "precision": (0.737, 0.92),
    "recall": (0.913, 0.92),
    "killed_accuracy": (0.81, 0.96),
    "injured_accuracy": (0.811, 0.89),
    "district_recall": (0.667, 0.96),
    "weapon_jaccard": (0.885, 0.89),
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
