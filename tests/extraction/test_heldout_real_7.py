"""Held-out batch ``heldout_real_7``: long pages as a text extractor returns them (issue 11).

``corpus/heldout_real_7.jsonl`` holds 18 articles (en 2, uk 3, ru 2, pl 2, de 2,
fr 2, es 2, it 1, pt 2; 121 gold events, 15 of them background) written for this
suite (never copied news text) by an engineer who had not seen the extractor's
code or output, after reading real reporting in all nine languages.  Unlike the
earlier batches, each article is a whole page of 3,700 to 5,400 characters:
navigation remnants, bylines and update stamps, photo captions, "Read also" links
and "most read" blocks whose headlines name other strikes, tag lists and cookie
text; live blogs newest first across midnight; pasted Telegram posts of oblast
heads and Russian governors with emoji bullets and hashtags; officials installed
by Russia in occupied cities; tolls rising through the day, rescuers and police
among the injured, "including three children", hospitalised against treated on
the spot, bodies recovered over several days; streets, trains, ships and teams
named after cities; Iskander-M against Iskander-K, KAB with UMPK, S-300 fired at
ground targets, HIMARS, Neptune and Flamingo.

It was scored before any extraction change made for it (2026-12-05, main
``702b4b9``): f1 0.775, precision 0.708, recall 0.855, killed 0.688, injured
0.763, district recall 0.783, weapons 0.858, background recall 0.733
(``../shared/eval/score.py``; the function below computes the same figures).  The
bounds sit a few points under the latest score, so a drop fails; they are raised
as fixes land, and gold answers change only in a commit of their own.  After the
fixes of the same day (villages that share their name resolved in the oblast or
raion named, emoji bullets of pasted posts, capitals as governments in more
phrasings, rivers and named hospitals, "recorded no attacks", tolls since the start
of the year, the night's wave and its paragraphs, live-blog day headings, German
ordinal days, strikes a year before as background): f1 0.943, precision 0.923,
recall 0.964, killed 0.73, injured 0.803, district recall 0.783, weapons 0.908,
background recall 0.867 (main ``1a5d7ae``).
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_7.jsonl"

#: First score (before any fix made for this batch: main 702b4b9) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.775, 0.91),
    "precision": (0.708, 0.89),
    "recall": (0.855, 0.93),
    "killed_accuracy": (0.688, 0.78),
    "injured_accuracy": (0.763, 0.78),
    "district_recall": (0.783, 0.79),
    "weapon_jaccard": (0.858, 0.87),
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
