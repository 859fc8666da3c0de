"""Held-out batch ``heldout_real_13``: wire copy in Spanish, Italian and Portuguese (issue 11).

``corpus/heldout_real_13.jsonl`` holds 18 articles (es 3, it 3, pt 3, en 3, de 2,
uk 1, ru 1, pl 1, fr 1; 138 gold events, 14 of them background, 34 city districts,
25 raions, hromadas or Russian districts, 32 events with explicit zeros, 182 names
not struck) written for this suite (never copied news text) by an engineer who had
not seen the extractor's code or output, after reading real reporting.  Phenomena:
EFE-, ANSA- and Lusa-style wire copy with its furniture ("Lea también", "Leggi
anche", "Publicidade"); live blogs and tickers across a midnight; places only named
(downings over regions, launch areas, missile-danger alerts, explosions heard,
sirens, closed airports, places inside names, hospital, funeral and evacuation
towns, a power cut caused by a strike elsewhere, capitals as governments);
surnames such as Kozelets, Kaniv, Sambir, Nizhyn; "la capital regional", "il
capoluogo", "A cidade" carrying tolls; "la notte tra sabato e domenica" and other
night spans; tolls updated per field, wounded who later died, victims counted by
description; generic weapon words beside named systems; district lists in each
language's forms; an oblast headline over a village body; raions and hromadas as
adjectives or nouns ("comunità di Korostyshiv", "distrito de Klimovo"); exonyms;
Ukrainian strikes on Russian refineries and towns in the governors' words.

It was scored before any extraction change made for it (2026-12-07, main
``2890d5c``): f1 0.780, precision 0.746, recall 0.817, killed 0.762, injured
0.791, district recall 0.903, weapons 0.952, background recall 0.714, 2 spurious
figures (``../shared/eval/score.py``; the function below computes the same figures).
The bounds sit about three points under the latest score, so a drop of five fails;
they are raised as fixes land, and gold answers change only in a commit of their own.
After the fixes of the same day (an oblast summary's day for its towns, ticker
entries above the first day heading, a fronted locative place, bodies recovered
after a strike, Italian "ferendone altre cinque"; main ``8835a3b``): f1 0.853,
precision 0.817, recall 0.892, killed 0.756, injured 0.822, district recall 0.903,
weapons 0.956.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_13.jsonl"

#: First score (before any fix made for this batch: main 2890d5c) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.780, 0.82),
    "precision": (0.746, 0.78),
    "recall": (0.817, 0.86),
    "killed_accuracy": (0.762, 0.73),
    "injured_accuracy": (0.791, 0.79),
    "district_recall": (0.903, 0.87),
    "weapon_jaccard": (0.952, 0.92),
}


globals().update(
    batch_tests(
        CORPUS,
        BOUNDS,
        min_articles=16,
        languages={"en", "uk", "ru", "pl", "de", "fr", "es", "it", "pt"},
        max_spurious=4,
    )
)
