"""``scripts/mutation.py --sample``: the sample it draws and the figures it reports."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "mutation.py"


@pytest.fixture(scope="module")
def mutation():
    spec = importlib.util.spec_from_file_location("mutation_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def names(module: str, count: int) -> list[str]:
    return [f"strikemap.{module}.x_rule__mutmut_{n}" for n in range(1, count + 1)]


def test_the_sample_takes_at_most_n_mutants_of_each_module(mutation):
    everything = names("merge", 40) + names("filters", 3)
    chosen = mutation.sample(everything, 10, seed=9)
    per_module = Counter(mutation.module_of(name) for name in chosen)
    assert per_module == {"strikemap.merge": 10, "strikemap.filters": 3}
    assert len(set(chosen)) == 13


def test_the_same_seed_draws_the_same_sample_and_another_seed_another(mutation):
    everything = names("merge", 200)
    assert mutation.sample(everything, 10, seed=9) == mutation.sample(everything, 10, seed=9)
    assert mutation.sample(everything, 10, seed=9) != mutation.sample(everything, 10, seed=10)


@pytest.mark.parametrize(
    ("killed", "checked", "low", "high"),
    [
        # Standard 95% Wilson intervals (z = 1.96), from published tables.
        (85, 100, 0.767, 0.907),
        (12, 12, 0.758, 1.0),
        (0, 10, 0.0, 0.278),
    ],
)
def test_the_interval_is_wilsons(mutation, killed, checked, low, high):
    got = mutation.wilson(killed, checked)
    assert got == (pytest.approx(low, abs=0.001), pytest.approx(high, abs=0.001))


def test_the_report_weighs_each_module_by_its_size(mutation):
    statuses = {
        **dict.fromkeys(names("merge", 10), "killed"),
        **dict.fromkeys(names("filters", 10)[:5], "killed"),
        **dict.fromkeys(names("filters", 10)[5:], "survived"),
    }
    sizes = Counter({"strikemap.merge": 300, "strikemap.filters": 100})
    report = mutation.sample_report(statuses, sizes)
    # (300 * 100% + 100 * 50%) / 400 = 87.5%
    assert "Weighted by module size: 87.5% killed." in report
    assert "| strikemap.filters | 100 | 10 | 5 | 5 | 0 | 50.0 |" in report


def test_forgetting_drops_only_the_named_results(mutation, tmp_path, monkeypatch):
    meta = tmp_path / "mutants" / "src" / "merge.py.meta"
    meta.parent.mkdir(parents=True)
    first, second = names("merge", 2)
    meta.write_text(json.dumps({"exit_code_by_key": {first: 1, second: 0}}), encoding="utf-8")
    monkeypatch.setattr(mutation, "STAGE", tmp_path)
    mutation.forget([first])
    assert json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"] == {
        first: None,
        second: 0,
    }


def test_only_extraction_patterns_narrow_the_test_selection(mutation):
    assert mutation.extraction_only(["strikemap.extraction.dates*", "strikemap.extraction*"])
    assert not mutation.extraction_only(["strikemap.extraction.dates*", "strikemap.merge*"])
    assert not mutation.extraction_only([])


def test_a_cached_value_credits_every_reader_with_its_builders():
    import functools
    from types import SimpleNamespace

    from mutation_stats import _recording

    recorder = SimpleNamespace(_stats=set())

    @functools.lru_cache
    def patterns(lang):
        recorder._stats.add(f"compile {lang}")
        return lang.upper()

    read = _recording(patterns, lambda: recorder)
    recorder._stats = {"first test"}
    assert read("en") == "EN"
    assert recorder._stats == {"first test", "compile en"}
    recorder._stats = {"second test"}
    assert read("en") == "EN"
    assert patterns.cache_info().hits == 1
    assert recorder._stats == {"second test", "compile en"}
    recorder._stats = set()
    read("de")
    assert recorder._stats == {"compile de"}
