"""Held-out batch ``heldout_real_10``: old names, deep strikes, ports, corrections (issue 11).

``corpus/heldout_real_10.jsonl`` holds 18 articles (en 2, uk 3, ru 3, pl 2, de 2,
fr 2, es 1, it 2, pt 1; 110 gold events, 10 of them background, 23 city districts
beside their city, 11 raions, hromadas or Russian okrugs, 5 oblast-level events, 79
names not struck) written for this suite (never copied news text) by an engineer
who had not seen the extractor's code or output, after reading real reporting in
all nine languages.  Phenomena: Russian and old names of Ukrainian towns
(Artemovsk, Krasnoarmeysk, Dnepropetrovsk, Kirovograd) and exonyms (Leopoli,
Járkov, Chersoń, Saporischschja, Kharkov); Ukrainian drones on refineries,
airfields and ports in Russia and Crimea against the Ministry of Defence's count of
drones "shot down over" regions; strikes told across midnight; tolls corrected
downward; funerals and days of mourning on later days; ships and grain terminals
in Odesa, Izmail and Reni; "one year ago" paragraphs with their own tolls;
Telegram-style administration posts with emoji bullets, times and a day's total;
police and rescuers counted apart, people under rubble or evacuated (no figure);
hospitals, evacuation towns, distance references and surnames that look like
places.

It was scored before any extraction change made for it (2026-12-06, main
``50f05d6``): f1 0.848, precision 0.837, recall 0.859, killed 0.769, injured
0.724, district recall 1.0, weapons 0.966, background recall 0.556
(``../shared/eval/score.py``; the function below computes the same figures).  The
bounds sit about three points under the latest score, so a drop of five fails;
they are raised as fixes land, and gold answers change only in a commit of their
own.  After the fixes of the same day (parts of a month, "last year" after a date,
Polish stems, downings over listed regions, regions by their own name, fires as
hits, "from N to M" updates, French ou spellings; main after ``17d2363``): f1
0.900, precision 0.904, recall 0.897, killed 0.769, injured 0.733, district
recall 1.0, weapons 0.953 (Kovel, now found, carries a drone beside its
missile), background recall 0.667.
"""

from __future__ import annotations

from pathlib import Path

from test_heldout import batch_tests

CORPUS = Path(__file__).parent / "corpus" / "heldout_real_10.jsonl"

#: First score (before any fix made for this batch: main 50f05d6) and the bound
#: each metric must keep: a few points under the latest score.
BOUNDS = {
    "f1": (0.848, 0.91),
    "precision": (0.837, 0.93),
    "recall": (0.859, 0.89),
    "killed_accuracy": (0.769, 0.82),
    "injured_accuracy": (0.724, 0.80),
    "district_recall": (1.0, 0.97),
    "weapon_jaccard": (0.966, 0.92),
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
