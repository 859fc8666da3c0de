"""Held-out batch ``heldout_real_14``: long, page-like reporting (issue 11).

``corpus/heldout_real_14.jsonl`` holds 18 articles (en 3, uk 3, ru 3, pl 2,
de 2, fr 2, es 1, it 1, pt 1; 2,500 to 4,100 characters each; 126 gold events,
18 of them background, 38 city districts, 15 raions, hromadas or Russian
districts, 21 events with explicit zeros, 138 names not struck) written for
this suite (never copied news text) by an engineer who had not seen the
extractor's code or output, after reading real reporting.  The pages are
longer than earlier batches' and keep their furniture: bylines, "Read more" /
"Читайте також" / "Lesen Sie auch" links naming other regions, captions,
subscription notes.  Phenomena: live blogs across midnight; oblast and
governor summaries by hromada or municipality; places only named (downings
over regions, launch areas, alerts, explosions heard, closed airports,
reference points "120 km west of Samara", "pod Moskwą", "cerca de Orijiv",
hospitals and evacuation towns, power cuts caused by strikes elsewhere,
capitals as governments, general remarks); surnames such as Lozova,
Boryspilets, Сватко, Валуйский, Pawlohradzki, Kharkivskyï; "обласний
центр", "la capitale", "Na cidade" carrying tolls; strikes reported the next
morning; tolls updated per field, wounded who later died, children inside a
total, a regional total attached to no place; generic weapon words beside
named systems; district lists inline and bulleted in each language's forms;
adjectival raions and hromadas; an oblast headline over a village body;
Ukrainian strikes on Russian refineries and towns.

It was scored before any extraction change made for it (2026-12-07, main
``43e6792``): f1 0.870, precision 0.835, recall 0.907, killed 0.886, injured
0.904, district recall 0.879, weapons 0.877, background recall 0.941, 3
spurious figures (``../shared/eval/score.py``; the function below computes the
same figures).  The bounds sit about three points under the latest score, so a
drop of five fails; they are raised as fixes land, and gold answers change only
in a commit of their own.  After the fixes of the same day (capitals that
speak in every language, sentence openers before places, references named by
their kind, titled surnames in any case, power cuts, explosions only reported,
the day of a later death, an oblast framing its town, recalled strikes,
abbreviations, headings over downings, launch areas; main ``8304dc9``): f1
0.962, precision 0.978, recall 0.947, killed 0.892, injured 0.927, district
recall 0.909, weapons 0.882.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_14.jsonl"

#: First score (before any fix made for this batch: main 43e6792) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.870, 0.93),
    "precision": (0.835, 0.94),
    "recall": (0.907, 0.91),
    "killed_accuracy": (0.886, 0.86),
    "injured_accuracy": (0.904, 0.89),
    "district_recall": (0.879, 0.87),
    "weapon_jaccard": (0.877, 0.85),
}


globals().update(
    batch_tests(
        CORPUS,
        BOUNDS,
        min_articles=16,
        languages={"en", "uk", "ru", "pl", "de", "fr", "es", "it", "pt"},
        max_spurious=5,
    )
)
