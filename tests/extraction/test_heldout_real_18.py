"""Held-out batch ``heldout_real_18``: a general mix, kept unseen for a session (issue 11).

``corpus/heldout_real_18.jsonl`` holds 18 articles (en 4, uk 2, ru 2, de 2,
fr 2, pl 2, es 2, it 1, pt 1; 1,800 to 3,150 characters; 82 gold events, 15
of them background, 16 city districts in nine cities, 2 hromadas, 3 oblasts,
22 events with explicit zeros, 8 interception-debris events, 21 Ukrainian
strikes on Russia, 140 names not struck) written for this suite (never copied
news text) by an engineer who had not seen the extractor's code or output,
after reading real reporting.  No single emphasis: wire stories, regional
outlets, a live ticker, a question-and-answer explainer, an opinion piece and
an administration's Telegram post, with the phenomena of the batches before
(places only named, place-like surnames, back-references, night formulas,
report times, number words, children inside totals, page furniture).

The batch was written while the session's fixes for ``heldout_real_16`` and
``heldout_real_17`` were made and was scored only afterwards, to measure how
far they generalise: at the session's start (main ``c804142``) f1 0.747,
precision 0.697, recall 0.804; after the fixes (main ``d7fc470``, before any
fix made for it) f1 0.759, precision 0.719, recall 0.804, killed 0.879,
injured 0.872, district recall 0.75, weapons 0.95, background recall 0.60, no
spurious figure (``../shared/eval/score.py``).  The bounds sit about three
points under; they are raised as fixes land, and gold answers change only in
a commit of their own.  After the fixes made for it the same day ("abgewehrt" and
"neutralizaron" downings, ages in Portuguese, a dateline's agency, a regional
official's "the city"; main ``34f5106``, after reverting the "damals" asides,
which cost the anniversaries' tolls): f1 0.805, precision 0.807, recall 0.804,
killed 0.879, injured 0.872, district recall 0.75, weapons 0.95.  The bounds
were set at 0.81 for an hour before that revert and now sit under 0.805.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_18.jsonl"

#: First score (before any fix made for this batch: main d7fc470) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.759, 0.78),
    "precision": (0.719, 0.78),
    "recall": (0.804, 0.77),
    "killed_accuracy": (0.879, 0.85),
    "injured_accuracy": (0.872, 0.84),
    "district_recall": (0.75, 0.72),
    "weapon_jaccard": (0.95, 0.92),
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
