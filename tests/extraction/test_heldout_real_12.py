"""Held-out batch ``heldout_real_12``: back-references, per-field toll updates (issue 11).

``corpus/heldout_real_12.jsonl`` holds 18 articles (en 3, uk 2, ru 2, pl 2, de 2,
fr 2, es 2, it 2, pt 1; 129 gold events, 12 of them background, 46 city districts,
16 raions, hromadas or Russian districts, 2 oblast-level events, 154 names not
struck) written for this suite (never copied news text) by an engineer who had not
seen the extractor's code or output, after reading real reporting.  Phenomena: "the
same district", "the regional capital", "the city" carrying a toll or weapon back to
a place named paragraphs earlier; tolls updated per field (killed but not injured,
and the reverse), newest first in a ticker, wounded who later died, "at least" leads
made exact; explicit zeros; victims described without a count; reference points,
hospitals, evacuation towns, alerts, explosions heard, downings over regions,
closed airports, power cuts from a strike elsewhere, capitals as governments,
places inside names (metro stations, railway sections, hospitals), surnames such as
Poltavets, rivers and seas; "the night from Saturday to Sunday" in a Tuesday
article, "yesterday evening", a strike at 22:40 reported next morning, background
strikes with their own dates; generic weapon words beside named systems, missile
alerts, interception debris; several city districts in one sentence or list in each
language's forms; raions and hromadas as adjectives; an oblast in a caption for a
town's strike; Ukrainian strikes on Russian towns, refineries and districts in the
governors' wording; exonyms (Charkiw, Saporischschja, Krzywy Róg, Járkov, Carcóvia).

It was scored before any extraction change made for it (2026-12-06, main
``16aca8b``): f1 0.881, precision 0.846, recall 0.920, killed 0.927, injured
0.789, district recall 0.881, weapons 0.956, background recall 0.636, 1 spurious
figure (``../shared/eval/score.py``; the function below computes the same figures).
The bounds sit about three points under the latest score, so a drop of five fails;
they are raised as fixes land, and gold answers change only in a commit of their own.
After the fixes of the same day (a lead paragraph on the first line, speakers' places
named by their kind, held towns' attackers, tolls that stay or were revised, downings
only, attacks repelled, the regional capital, outskirts, alerts without hits, rivers,
capitals accused, a bare Italian "bilancio"; main ``d132291``): f1 0.945, precision
0.957, recall 0.933, killed 0.905, injured 0.842, district recall 0.881, weapons 0.949,
background recall 0.636, no spurious figure.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_12.jsonl"

#: First score (before any fix made for this batch: main 16aca8b) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.881, 0.92),
    "precision": (0.846, 0.93),
    "recall": (0.920, 0.91),
    "killed_accuracy": (0.927, 0.89),
    "injured_accuracy": (0.789, 0.81),
    "district_recall": (0.881, 0.85),
    "weapon_jaccard": (0.956, 0.92),
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
