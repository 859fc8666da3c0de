"""Held-out batch ``heldout_real_19``: short official posts and news that names places not struck.

``corpus/heldout_real_19.jsonl`` holds 18 articles (two in each of en, uk, ru,
de, fr, pl, es, it, pt; 1,480 to 2,150 characters; 47 gold events, 5 of them
background, 15 events with explicit zeros, 5 interception-debris events, 10
Ukrainian strikes, 174 names not struck) written for this suite (never copied
news text) by an engineer who had not seen the extractor's code or output,
after reading real reporting.  The emphasis: Telegram posts of a regional and
a city administration with times and next-day toll updates, ministry of
defence and air force interception claims, wire briefs, morning tickers, and
reports dominated by news that is not a strike (talks, a prisoner exchange,
evacuations, scheduled power cuts, an official's visit), with one or two
strikes each; tolls that rise on later days; surnames, streets and clubs
that look like places; cities as reference points.

First score, before any fix made for it (main ``8089899``): f1 0.868,
precision 0.805, recall 0.941, killed 0.87, injured 0.867, district recall
0.75, weapons 0.953, background recall 0.80, no spurious figure
(``../shared/eval/score.py``).  The bounds sit about three points under; they
are raised as fixes land, and gold answers change only in a commit of their own.
After the fixes made for it the same session (mourning elsewhere, burns
centres, capitals that deploy or claim, destruction claims, people nouns the
lists lack, city-centre back-references, Polish press spellings; main
``717b0e3``): f1 0.971, precision 0.972, recall 0.971, killed 0.875, injured
0.903, district recall 0.75, weapons 0.985.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_19.jsonl"

#: First score (before any fix made for this batch: main 8089899) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.868, 0.94),
    "precision": (0.805, 0.94),
    "recall": (0.941, 0.94),
    "killed_accuracy": (0.87, 0.845),
    "injured_accuracy": (0.867, 0.87),
    "district_recall": (0.75, 0.72),
    "weapon_jaccard": (0.953, 0.95),
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
