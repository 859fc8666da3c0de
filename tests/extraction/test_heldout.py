"""Held-out check: extraction scored on articles written for this test suite.

``corpus/heldout.jsonl`` holds short news-style articles written from scratch
(never copied news text) in the corpus format of the shared dev set, in
English, Ukrainian, Russian, Polish, Spanish, Italian, German and French.
They exercise the phenomena of issue 3 with places, spellings and languages
the dev corpus lacks, so a drop here flags a mechanism that only fits dev.

The scoring below follows the shared scorer's rules (one-to-one matching of
predictions to city/region units by date and distance; field accuracy on the
matched pairs) so the suite does not depend on files outside the repository.

The set is frozen (its SHA-256 is pinned below; ``corpus/README.md`` gives the
rules for new articles and gold corrections), and the thresholds sit less than
five points under the scores measured when it was frozen, so a five-point drop
in any field fails; ``test_five_percent_damage_*`` shows it does.
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
import statistics
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from strikemap.models import Article

CORPUS = Path(__file__).parent / "corpus" / "heldout.jsonl"
#: heldout.jsonl as frozen on 4 December 2026 (83 articles). Never edit the file to
#: make a test pass; see corpus/README.md.
FROZEN_SHA256 = "2dfc428498d81eaee1b8984f0888a1db67c975c644a9aababe5ba5a77a38e60c"
#: Scores measured on 4 December 2026 when the set was frozen, for the record:
#: precision 1.000, recall 0.994, F1 0.997, districts 0.955, background 1.000,
#: killed 1.000, injured 1.000, weapons (Jaccard) 0.982.
#: Each bound is less than 0.05 under its measured score.
THRESHOLDS = {
    "precision": 0.97,
    "recall": 0.96,
    "f1": 0.96,
    "district_recall": 0.92,
    "background_recall": 0.96,
    "killed_accuracy": 0.96,
    "injured_accuracy": 0.96,
    "weapon_jaccard": 0.95,
}
MEASURED_AT_FREEZE = {
    "precision": 1.0,
    "recall": 0.994,
    "f1": 0.997,
    "district_recall": 0.955,
    "background_recall": 1.0,
    "killed_accuracy": 1.0,
    "injured_accuracy": 1.0,
    "weapon_jaccard": 0.982,
}
CITY_KM, REGION_KM, DISTRICT_KM = 30.0, 150.0, 5.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def _units(article: dict) -> list[dict]:
    """Gold events of one city (with its districts) or one region on one day."""
    units: dict[tuple, dict] = {}
    for e in article["events"]:
        if e["level"] == "country":
            continue
        kind = "region" if e["level"] == "region" else "city"
        name = e["parent"] if e["level"] == "district" else e["place"]
        u = units.setdefault(
            (kind, name, e["date"]),
            {"kind": kind, "date": e["date"], "events": [], "lat": None, "primary": False},
        )
        u["events"].append(e)
        u["primary"] |= bool(e["primary"])
        if u["lat"] is None or e["level"] != "district":
            u["lat"], u["lon"] = e["lat"], e["lon"]
    for u in units.values():
        for field in ("killed", "injured"):
            values = [e[field] for e in u["events"] if e[field] is not None]
            u[field] = max(values) if values else None
        u["weapons"] = {w for e in u["events"] for w in e["weapons"]} - {"unknown"}
        u["radius"] = REGION_KM if u["kind"] == "region" else CITY_KM
    return list(units.values())


def _match(units: list[dict], preds: list[dict]) -> dict[int, tuple[int, float]]:
    pairs = []
    for pi, p in enumerate(preds):
        for ui, u in enumerate(units):
            if u["date"] is not None and p["date"] != u["date"]:
                continue
            d = _km(p["lat"], p["lon"], u["lat"], u["lon"])
            if d <= u["radius"]:
                off = (p["level"] == "region") != (u["kind"] == "region")
                pairs.append((d / u["radius"] + (0.5 if off else 0.0), pi, ui, d))
    taken: set[int] = set()
    load: dict[int, int] = defaultdict(int)
    assigned: dict[int, tuple[int, float]] = {}
    for _, pi, ui, d in sorted(pairs):
        if pi in taken or load[ui] >= len(units[ui]["events"]):
            continue
        taken.add(pi)
        load[ui] += 1
        assigned[pi] = (ui, d)
    return assigned


def score(gold: list[dict], preds: dict[str, list[dict]]) -> dict:
    """Score predictions (per article id) against gold articles."""
    c: dict[str, int] = defaultdict(int)
    geo, jacc = [], []
    for article in gold:
        units = _units(article)
        located = [p for p in preds.get(article["id"], []) if p["level"] != "country"]
        assigned = _match(units, located)
        hits: dict[int, list[tuple[dict, float]]] = defaultdict(list)
        for pi, (ui, d) in assigned.items():
            hits[ui].append((located[pi], d))
        c["pred_false"] += len(located) - len(assigned)
        c["pred_primary"] += sum(units[ui]["primary"] for ui, _ in assigned.values())
        for ui, u in enumerate(units):
            if not u["primary"]:
                c["units_background"] += 1
                c["found_background"] += ui in hits
                continue
            c["units_primary"] += 1
            if ui not in hits:
                continue
            c["found_primary"] += 1
            got = [p for p, _ in hits[ui]]
            if u["kind"] == "city":
                geo += [d for _, d in hits[ui]]
            for field in ("killed", "injured"):
                values = [p[field] for p in got if p[field] is not None]
                pv = max(values) if values else None
                if u[field] is not None:
                    c[f"{field}_gold"] += 1
                    c[f"{field}_right"] += pv == u[field]
                elif pv is not None:
                    c["spurious"] += 1
            if u["weapons"]:
                pw = {w for p in got for w in p["weapons"]} - {"unknown"}
                jacc.append(len(pw & u["weapons"]) / len(pw | u["weapons"]))
        for e in article["events"]:
            if e["level"] == "district" and e["primary"]:
                c["districts"] += 1
                c["districts_found"] += any(
                    p["level"] == "district"
                    # As the shared scorer: an undated gold district takes any date.
                    and (e["date"] is None or p["date"] == e["date"])
                    and _km(p["lat"], p["lon"], e["lat"], e["lon"]) <= DISTRICT_KM
                    for p in located
                )
    precision = c["pred_primary"] / max(1, c["pred_primary"] + c["pred_false"])
    recall = c["found_primary"] / max(1, c["units_primary"])
    return {
        "f1": 2 * precision * recall / (precision + recall) if precision and recall else 0.0,
        "precision": precision,
        "recall": recall,
        "background_recall": c["found_background"] / max(1, c["units_background"]),
        "district_recall": c["districts_found"] / max(1, c["districts"]),
        "killed_accuracy": c["killed_right"] / max(1, c["killed_gold"]),
        "injured_accuracy": c["injured_right"] / max(1, c["injured_gold"]),
        "spurious_figures": c["spurious"],
        "weapon_jaccard": statistics.mean(jacc) if jacc else 1.0,
        "geocode_median_km": statistics.median(geo) if geo else 0.0,
    }


def _article(record: dict) -> Article:
    published = date.fromisoformat(record["published"]) if record["published"] else None
    return Article(
        id=record["id"],
        text=record["text"],
        title=record["title"],
        published=published,
        published_from="metadata" if published else "unknown",
        source=record["source"],
        language=record["language"],
    )


def check_annotation_format(gold: list[dict]) -> None:
    """Every article of a held-out batch follows the record format of ANNOTATION.md."""
    levels = {"district", "city", "region", "country"}
    categories = {"missile", "drone", "glide_bomb", "artillery", "air_strike", "unknown"}
    for article in gold:
        # A whole page may open with its site's navigation, not its title.
        assert article["title"] in article["text"], article["id"]
        assert article["events"], article["id"]
        for event in article["events"]:
            assert event["level"] in levels, article["id"]
            assert set(event["weapons"]) <= categories, article["id"]
            assert event["attacker"] in ("RU", "UA"), article["id"]
            assert -90 <= event["lat"] <= 90 and -180 <= event["lon"] <= 180, article["id"]


def read_gold(path: Path) -> list[dict]:
    """The annotated articles of a corpus file, one per line."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def batch_tests(
    corpus: Path,
    bounds: dict[str, tuple[float, float]],
    *,
    min_articles: int,
    languages: set[str],
    max_spurious: int,
) -> dict:
    """The checks every held-out batch of real-looking reporting gets, for its test
    module to take into its namespace (``globals().update(batch_tests(...))``).

    ``bounds`` maps a metric to (first score, bound); the batch must keep every
    bound, hold ``min_articles`` articles in ``languages`` at least, follow the
    annotation format, and give at most ``max_spurious`` spurious figures.
    """

    @pytest.fixture(scope="module")
    def gold() -> list[dict]:
        return read_gold(corpus)

    @pytest.fixture(scope="module")
    def result(gold, gazetteer) -> dict:
        return score(gold, predict(gold, gazetteer))

    def test_batch_is_large_and_multilingual(gold):
        assert len(gold) >= min_articles
        assert languages <= {a["language"] for a in gold}

    def test_gold_follows_the_annotation_format(gold):
        check_annotation_format(gold)

    @pytest.mark.parametrize("metric", sorted(bounds))
    def test_score_at_least(result, metric):
        _, bound = bounds[metric]
        assert result[metric] >= bound, result

    def test_few_spurious_figures(result):
        assert result["spurious_figures"] <= max_spurious, result

    return {
        "gold": gold,
        "result": result,
        "test_batch_is_large_and_multilingual": test_batch_is_large_and_multilingual,
        "test_gold_follows_the_annotation_format": test_gold_follows_the_annotation_format,
        "test_score_at_least": test_score_at_least,
        "test_few_spurious_figures": test_few_spurious_figures,
    }


def predict(gold: list[dict], gazetteer) -> dict[str, list[dict]]:
    """The located events the extractor finds in each gold article, as the scorer reads them."""
    from strikemap.extraction import extract_article

    preds = {}
    for record in gold:
        events = extract_article(_article(record), gazetteer)
        preds[record["id"]] = [
            {
                "level": e.level,
                "lat": e.lat,
                "lon": e.lon,
                "date": e.date.isoformat() if e.date else None,
                "weapons": list(e.weapons),
                "killed": e.killed,
                "injured": e.injured,
            }
            for e in events
            if e.lat is not None
        ]
    return preds


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return read_gold(CORPUS)


@pytest.fixture(scope="module")
def predictions(gold, gazetteer) -> dict[str, list[dict]]:
    return predict(gold, gazetteer)


@pytest.fixture(scope="module")
def result(gold, predictions) -> dict:
    return score(gold, predictions)


def below_threshold(result: dict) -> list[str]:
    """The metrics of ``result`` under their threshold."""
    return [metric for metric, bound in THRESHOLDS.items() if result[metric] < bound]


def test_corpus_covers_the_required_languages(gold):
    assert {"en", "uk", "ru", "pl", "es", "it", "de", "fr"} <= {a["language"] for a in gold}


def test_scorer_can_fail(gold):
    """The local scorer penalises a wrong answer, so the thresholds below bite."""
    empty = score(gold, {})
    assert empty["f1"] == 0.0 and empty["district_recall"] == 0.0


def test_the_heldout_set_is_frozen():
    """New phenomena go into a new file; gold corrections need their own commit (README.md)."""
    digest = hashlib.sha256(CORPUS.read_bytes()).hexdigest()
    assert digest == FROZEN_SHA256, (
        "tests/extraction/corpus/heldout.jsonl changed: it is frozen. Put new articles into "
        "a new file; correct gold answers only in a commit of their own that says why and "
        "updates FROZEN_SHA256 (tests/extraction/corpus/README.md)."
    )


@pytest.mark.parametrize("metric", list(THRESHOLDS))
def test_heldout_score_at_least(result, metric):
    assert result[metric] >= THRESHOLDS[metric], result


@pytest.mark.parametrize("metric", list(THRESHOLDS))
def test_a_five_point_drop_from_the_frozen_score_crosses_the_threshold(metric):
    assert MEASURED_AT_FREEZE[metric] - 0.05 < THRESHOLDS[metric] <= MEASURED_AT_FREEZE[metric]


def _every_twentieth(preds: dict[str, list[dict]], wanted) -> list[dict]:
    """5% of the predictions for which ``wanted`` holds (every 20th, in corpus order)."""
    chosen = [p for article in preds.values() for p in article if wanted(p)]
    return chosen[::20]


def _damaged(preds: dict[str, list[dict]], field: str) -> dict[str, list[dict]]:
    """A copy of ``preds`` with 5% of them wrong in ``field``, the same 5% every run."""
    preds = copy.deepcopy(preds)
    if field in ("killed", "injured"):
        for p in _every_twentieth(preds, lambda p: p[field] is not None):
            p[field] += 1
    elif field == "weapons":
        for p in _every_twentieth(preds, lambda p: set(p["weapons"]) - {"unknown"}):
            p["weapons"] = ["unknown"]
    elif field in ("lost", "districts"):
        level = (lambda p: p["level"] == "district") if field == "districts" else (lambda p: True)
        lost = {id(p) for p in _every_twentieth(preds, level)}
        preds = {a: [p for p in ps if id(p) not in lost] for a, ps in preds.items()}
    elif field == "invented":
        for p in _every_twentieth(preds, lambda p: True):
            # A strike 500 km away from every gold unit.
            preds[next(iter(preds))].append({**p, "lat": p["lat"] + 4.5})
    return preds


@pytest.mark.parametrize(
    ("damage", "metrics"),
    [
        ("killed", {"killed_accuracy"}),
        ("injured", {"injured_accuracy"}),
        ("weapons", {"weapon_jaccard"}),
        ("lost", {"recall"}),
        ("invented", {"precision"}),
        ("districts", {"district_recall"}),
    ],
)
def test_five_percent_damage_fails_the_thresholds(gold, predictions, damage, metrics):
    """Wrong figures, lost weapons, lost or invented strikes in 5% of predictions fail."""
    assert below_threshold(score(gold, predictions)) == []
    assert metrics <= set(below_threshold(score(gold, _damaged(predictions, damage))))


def test_heldout_few_spurious_figures_and_close_geocodes(result):
    assert result["spurious_figures"] <= 2, result
    assert result["geocode_median_km"] <= 5.0, result
