"""Held-out batch ``heldout_real_28``: strikes inside stories about something else (issue 11).

``corpus/heldout_real_28.jsonl`` holds 18 articles (two in each of en, uk, ru,
de, fr, pl, es, it, pt; 1,958 to 2,426 characters; 46 gold events, 19 of them
background, 6 city districts, one region) written for this suite (never copied
news text) by an engineer who had not seen the extractor's code or output,
after reading real pages of the kind: business, energy, sport, culture and
politics stories where a paragraph or two report a strike and the rest names
places that were not struck (summits, clubs playing "home" games abroad,
ports and insurance, plants, peace-talk venues, home towns), capitals that
stand for governments, surnames that look like towns, and two articles whose
only strikes are earlier ones.

It was written blind at the start of a session and scored before any change
(main ``5fb2429``): f1 0.809, precision 0.731, recall 0.905, killed 0.944,
injured 0.842, district recall 0.833, weapons 1.000, background recall 0.842
(``../shared/eval/score.py``).  The bounds sit a few points under; they are
raised as fixes land, and gold answers change only in a commit of their own.
After the same session's fixes (main ``8661462``: capitals that call or reject,
"St. Petersburg" as one name, places "struck dozens of times", "Todesopfer gab es
keine", "the city" of the place the sentence before named): f1 0.884, precision
0.864, recall 0.905, killed 1.000, background recall 0.895.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_28.jsonl"

#: First score (before any fix made for this batch: main 5fb2429) and the
#: bound each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.809, 0.85),
    "precision": (0.731, 0.83),
    "recall": (0.905, 0.87),
    "killed_accuracy": (0.944, 0.96),
    "injured_accuracy": (0.842, 0.80),
    "district_recall": (0.833, 0.79),
    "weapon_jaccard": (1.000, 0.96),
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
