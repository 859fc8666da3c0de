"""Held-out batch ``heldout_real_1``: articles modelled on real reporting (issue 11).

``corpus/heldout_real_1.jsonl`` holds 45 articles written for this suite (never
copied news text) in nine languages, modelled on the failures the extractor
showed on real wire copy, live blogs and official daily tallies: places named
but not struck (interceptions, launch directions, alerts, explosions heard,
capitals standing for governments), surnames that are also place names, "the
city" back-references, report times and superseded tolls, generic against
specific weapon words, district lists, an oblast headline over a village body,
and raions and hromadas in inflected or adjectival form.

The file was scored before any extraction change made for it; the thresholds
below sit just under that first score (see ``corpus/README.md``), so a drop of
five points in any field fails.  They are raised as issue 11's mechanisms land;
gold answers change only in a commit of their own that says why.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_1.jsonl"

#: Score of the extractor before any fix (main 84a5906, 2026-12-04: f1 0.792,
#: precision 0.75, recall 0.84, killed 0.767, injured 0.854, district recall
#: 0.625, weapons 0.902), then as issue 11's mechanisms landed (2026-12-05, main
#: 52dad34: the figures below; main c035459: f1 0.955, precision 0.963, recall
#: 0.947, killed 0.97, injured 0.961), and the bound each metric must keep: the
#: latest score minus about three points.
BOUNDS = {
    "f1": (0.941, 0.95),
    "precision": (0.95, 0.95),
    "recall": (0.933, 0.94),
    "killed_accuracy": (0.938, 0.97),
    "injured_accuracy": (0.922, 0.94),
    "district_recall": (0.938, 0.90),
    "weapon_jaccard": (0.905, 0.93),
}


globals().update(
    batch_tests(
        CORPUS,
        BOUNDS,
        min_articles=40,
        languages={"en", "uk", "ru", "pl", "de", "fr", "es", "it", "pt"},
        max_spurious=3,
    )
)
