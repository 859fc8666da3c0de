"""Mutation testing of strikemap with mutmut: ``make mutation`` runs this script.

mutmut 3 finds the code it mutates under ``src/`` (or the repository root) and
derives module names from file paths, while strikemap lives in
``dashboard/strikemap``. So the script stages a copy of the repository in
``build/mutation/`` (git-ignored) with the package as ``src/strikemap``, runs
``mutmut run`` there and prints the share of mutants killed per module.

The staging directory keeps mutmut's results between runs: a second run only
tests the mutants of functions that changed. ``--fresh`` starts over.

Usage::

    python scripts/mutation.py                    # every module of docs/mutation.md
    python scripts/mutation.py strikemap.merge    # one module (a mutmut name pattern)
    python scripts/mutation.py --survivors        # retest only the last run's survivors
    python scripts/mutation.py --unchecked strikemap.store.query   # only mutants not yet run
    python scripts/mutation.py --report           # the table of the last run only
    python scripts/mutation.py --sample 30 strikemap.extraction   # 30 random mutants a module

``--sample N`` tests a random sample of at most N mutants per module (``--seed`` fixes
it) and reports each module's kill rate over its sample with a 95% Wilson interval,
and the package's rate weighted by each module's number of mutants: an estimate
for modules too large to test whole (``extraction/`` has about 13,000 mutants, days
of work on two cores).

Without patterns mutmut resumes where it stopped and skips mutants it has a result
for; mutants named by a pattern are always tested again.

The run is slow (hours for the whole of ``extraction/`` on two cores); it runs
at low priority with one test process (``--max-children``) unless told otherwise.
One PostgreSQL/PostGIS server (``tests/pgserver.py``, its cluster kept in
``build/mutation/pg``) serves the whole run: without it, every mutant of a
function the store's PostGIS tests cover made and started a cluster of its own.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STAGE = REPO / "build" / "mutation"
PACKAGE = REPO / "dashboard" / "strikemap"
# The modules issue 9 measures, as mutmut name patterns (module prefix + "*").
MODULES = [
    "strikemap.extraction.",
    "strikemap.merge.",
    "strikemap.store.",
    "strikemap.filters.",
    "strikemap.safetext.",
    "strikemap.mapping.strikes.",
    "strikemap.exports.tabular.",
]
EXTRACTION = "strikemap.extraction"
# The tests a run of extraction mutants only selects: the extraction tests, and the
# tests elsewhere that run the extractor and check what it gives (seeds end to end,
# the hostile corpus, the extractor never raising on generated text).
EXTRACTION_TESTS = [
    "tests/extraction",
    "tests/data/test_end_to_end.py",
    "tests/data/test_hostile_corpus.py",
    "tests/data/test_properties.py::test_extractor_never_raises",
]
# "segfault" is mutmut's name for a test process killed by a signal (a mutant stopped by hand
# after minutes without an end is one): the mutant did not pass.
KILLED = {"killed", "timeout", "caught by type check", "segfault"}
_RESULT = re.compile(r"^\s*(?P<name>[\w.ǁ]+__mutmut_\d+): (?P<status>.+)$")


def _sync(source: Path, target: Path) -> None:
    """Mirror ``source`` into ``target``, copying only files that changed (mtime kept)."""
    target.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for path in source.rglob("*"):
        if "__pycache__" in path.parts:
            continue
        relative = path.relative_to(source)
        wanted.add(relative)
        destination = target / relative
        if path.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
        elif (
            not destination.exists()
            or destination.stat().st_mtime != path.stat().st_mtime
            or destination.stat().st_size != path.stat().st_size
        ):
            shutil.copy2(path, destination)
    for path in sorted(target.rglob("*"), reverse=True):
        if "__pycache__" in path.parts or path.relative_to(target) in wanted:
            continue
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()


def stage(fresh: bool, extraction_only: bool = False) -> None:
    """Lay out ``build/mutation`` as mutmut expects: ``src/strikemap``, ``tests``, config.

    ``also_copy`` in ``[tool.mutmut]`` then copies the seeds and map assets into
    mutmut's own ``mutants/`` tree, where the tests run.
    """
    if fresh and STAGE.exists():
        shutil.rmtree(STAGE)
    STAGE.mkdir(parents=True, exist_ok=True)
    _sync(PACKAGE, STAGE / "src" / "strikemap")
    _sync(REPO / "tests", STAGE / "tests")
    _sync(REPO / "seeds", STAGE / "seeds")
    # The map assets sit beside the package (strikemap.assets.VENDOR_DIR).
    _sync(REPO / "dashboard" / "static", STAGE / "src" / "static")
    # strikemap serve looks for the dashboard's entry point beside the package, and its
    # tests read the repository's Streamlit settings.
    shutil.copy2(REPO / "dashboard" / "app.py", STAGE / "src" / "app.py")
    # Tests that run the page with Streamlit's AppTest open dashboard/app.py (the staged
    # dashboard/ holds nothing else, so it shadows no package).
    (STAGE / "dashboard").mkdir(exist_ok=True)
    shutil.copy2(REPO / "dashboard" / "app.py", STAGE / "dashboard" / "app.py")
    (STAGE / ".streamlit").mkdir(exist_ok=True)
    shutil.copy2(REPO / ".streamlit" / "config.toml", STAGE / ".streamlit" / "config.toml")
    _stage_settings(extraction_only)
    # mutmut copies the package into mutants/ once and later only re-mutates
    # changed Python files: the data files there (the lexicons) would go stale.
    mutated = STAGE / "mutants" / "src" / "strikemap"
    if mutated.is_dir():
        _copy_data(PACKAGE, mutated)


def extraction_only(patterns: list[str]) -> bool:
    """Whether every pattern names (part of) ``strikemap.extraction``."""
    return bool(patterns) and all(p.startswith(EXTRACTION) for p in patterns)


def _stage_settings(extraction_only: bool) -> None:
    """Copy ``pyproject.toml``; for a run of extraction mutants only, select only the
    tests that run the extractor (``EXTRACTION_TESTS``) for mutmut's stats run.

    The other test directories reach the extractor only through these few ingest
    and property tests; without them the stats run spends its time on tests of the
    store, map and exports that no extraction mutant needs. A change of selection
    makes mutmut collect its stats again (and forget earlier results).
    """
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    if extraction_only:
        selection = "".join(f'    "{test}",\n' for test in EXTRACTION_TESTS)
        text, count = re.subn(
            r"(?ms)^pytest_add_cli_args_test_selection = \[\n.*?^\]",
            f"pytest_add_cli_args_test_selection = [\n{selection}]",
            text,
        )
        if count != 1:
            raise SystemExit("pyproject.toml: no pytest_add_cli_args_test_selection to narrow")
    target = STAGE / "pyproject.toml"
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def _copy_data(source: Path, target: Path) -> None:
    """Copy the files of ``source`` that are not Python into ``target`` when they differ."""
    for path in source.rglob("*"):
        if path.is_dir() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
            continue
        destination = target / path.relative_to(source)
        if not destination.exists() or destination.read_bytes() != path.read_bytes():
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)


def _mutmut(*args: str) -> list[str]:
    return [sys.executable, "-m", "mutmut", *args]


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    # The package finds geodata/ two levels above itself; the staged copy does not.
    env["STRIKEMAP_GEODATA"] = str(REPO / "geodata")
    env.setdefault("STRIKEMAP_MUTATION", "1")
    return env


@contextlib.contextmanager
def shared_postgres():
    """One PostgreSQL server for the run, named to the tests by ``$STRIKEMAP_TEST_POSTGRES``."""
    sys.path.insert(0, str(REPO / "tests"))
    from pgserver import PostgresServer

    server = PostgresServer(STAGE / "pg")
    if (server.data / "postmaster.pid").exists():
        # A run that was killed left its server running.
        with contextlib.suppress(RuntimeError):
            server.stop()
    server.start()
    try:
        server.prepare_template()
        yield f"{server.root}:{server.port}"
    finally:
        server.stop()


def run(names: list[str], max_children: int) -> int:
    command = ["nice", "-n", "10", *_mutmut("run", "--max-children", str(max_children), *names)]
    with shared_postgres() as spec:
        env = _environment()
        env["STRIKEMAP_TEST_POSTGRES"] = spec
        return subprocess.call(command, cwd=STAGE, env=env)


def results() -> dict[str, str]:
    """Every mutant's status from ``mutmut results --all true``."""
    out = subprocess.run(
        _mutmut("results", "--all", "true"),
        cwd=STAGE,
        env=_environment(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = {}
    for line in out.splitlines():
        match = _RESULT.match(line)
        if match:
            found[match["name"]] = match["status"].strip()
    return found


def generate() -> None:
    """Write every mutant into ``mutants/`` without testing any (``mutmut run``'s first step)."""
    code = (
        "import os, mutmut.__main__ as m; os.makedirs('mutants', exist_ok=True); "
        "m.copy_src_dir(); m.copy_also_copy_files(); m.setup_source_paths(); "
        "m.store_lines_covered_by_tests(); m.create_mutants(os.cpu_count() or 1)"
    )
    subprocess.run([sys.executable, "-c", code], cwd=STAGE, env=_environment(), check=True)


def sample(names: list[str], per_module: int, seed: int) -> list[str]:
    """At most ``per_module`` mutants of each module, drawn at random with ``seed``."""
    by_module: dict[str, list[str]] = defaultdict(list)
    for name in sorted(names):
        by_module[module_of(name)].append(name)
    draw = random.Random(seed)
    chosen = []
    for module in sorted(by_module):
        group = by_module[module]
        chosen += draw.sample(group, min(per_module, len(group)))
    return chosen


def wilson(killed: int, checked: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a kill rate of ``killed`` out of ``checked``."""
    if not checked:
        return (0.0, 1.0)
    rate = killed / checked
    centre = rate + z * z / (2 * checked)
    margin = z * math.sqrt(rate * (1 - rate) / checked + z * z / (4 * checked * checked))
    scale = 1 + z * z / checked
    return (max(0.0, (centre - margin) / scale), min(1.0, (centre + margin) / scale))


def sample_report(statuses: dict[str, str], sizes: Counter) -> str:
    """Each module's kill rate over its sample, its interval, and the weighted total."""
    per_module = _per_module(statuses)
    lines = [
        "| module | mutants | sampled | killed | survived | not checked "
        "| killed % | 95% interval |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    weighted = weight = 0.0
    for module in sorted(per_module):
        counts = per_module[module]
        checked, killed, rate = _tally(counts)
        low, high = wilson(killed, checked)
        lines.append(
            f"| {module} | {sizes[module]} | {sum(counts.values())} | {killed} "
            f"| {checked - killed} | {counts['not checked']} | {rate} "
            f"| {100 * low:.1f}–{100 * high:.1f} |"
        )
        if checked:
            weighted += sizes[module] * killed / checked
            weight += sizes[module]
    if weight:
        lines.append(f"\nWeighted by module size: {100 * weighted / weight:.1f}% killed.")
    return "\n".join(lines)


def forget(names: list[str]) -> None:
    """Drop the results of ``names`` from mutmut's ``.meta`` files, so that a run
    stopped half way never reports an earlier run's result as this one's."""
    wanted = set(names)
    for meta in (STAGE / "mutants").rglob("*.py.meta"):
        data = json.loads(meta.read_text(encoding="utf-8"))
        codes = data.get("exit_code_by_key", {})
        stale = wanted.intersection(k for k, v in codes.items() if v is not None)
        if stale:
            codes.update(dict.fromkeys(stale))
            meta.write_text(json.dumps(data), encoding="utf-8")


def run_sample(patterns: list[str], per_module: int, seed: int, max_children: int) -> str:
    """Test a sample of the mutants matching ``patterns``; return its report."""
    generate()
    wanted = tuple(p.rstrip("*") for p in (patterns or MODULES))
    everything = {k: v for k, v in results().items() if k.startswith(wanted)}
    chosen = sample(list(everything), per_module, seed)
    forget(chosen)
    code = run(chosen, max_children) if chosen else 0
    if code:
        print(f"mutmut run exited with {code}", file=sys.stderr)
    statuses = results()
    sizes = Counter(module_of(name) for name in everything)
    return sample_report({name: statuses[name] for name in chosen}, sizes)


def _per_module(statuses: dict[str, str]) -> dict[str, Counter]:
    """How many mutants of each module have each status."""
    per_module: dict[str, Counter] = defaultdict(Counter)
    for name, status in statuses.items():
        per_module[module_of(name)][status] += 1
    return per_module


def _tally(counts: Counter) -> tuple[int, int, str]:
    """Mutants checked, mutants killed (timeouts included) and the kill rate as text."""
    checked = sum(counts.values()) - counts["not checked"]
    killed = sum(counts[s] for s in KILLED)
    return checked, killed, f"{100 * killed / checked:.1f}" if checked else "-"


def module_of(mutant: str) -> str:
    """``strikemap.merge.x_combine__mutmut_3`` -> ``strikemap.merge``."""
    parts = mutant.split(".")
    for i, part in enumerate(parts):
        if part.startswith(("x_", "xǁ")):
            return ".".join(parts[:i])
    return mutant.rsplit(".", 1)[0]


def report(statuses: dict[str, str]) -> str:
    """A Markdown table: mutants, killed, survived, not checked and kill rate per module."""
    per_module = _per_module(statuses)
    lines = [
        "| module | mutants | killed | survived | no tests | not checked | killed % |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for module in sorted(per_module):
        counts = per_module[module]
        _checked, killed, rate = _tally(counts)
        lines.append(
            f"| {module} | {sum(counts.values())} | {killed} | {counts['survived']} "
            f"| {counts['no tests']} | {counts['not checked']} | {rate} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("patterns", nargs="*", help="mutmut name patterns (default: all modules)")
    parser.add_argument("--fresh", action="store_true", help="forget earlier results")
    parser.add_argument("--report", action="store_true", help="only print the last results")
    parser.add_argument(
        "--survivors", action="store_true", help="retest the survivors of the last run only"
    )
    parser.add_argument(
        "--unchecked", action="store_true", help="test only the mutants without a result yet"
    )
    parser.add_argument(
        "--sample", type=int, metavar="N", help="test at most N random mutants of each module"
    )
    parser.add_argument("--seed", type=int, default=9, help="the sample's random seed")
    parser.add_argument("--max-children", type=int, default=1)
    args = parser.parse_args(argv)
    patterns = [p if p.endswith("*") else p + "*" for p in args.patterns]
    narrow = extraction_only(patterns)
    if args.sample:
        stage(args.fresh, narrow)
        print(run_sample(patterns, args.sample, args.seed, args.max_children))
        return 0
    if not args.report:
        stage(args.fresh, narrow)
        names = patterns
        if args.survivors or args.unchecked:
            wanted = tuple(p.rstrip("*") for p in (patterns or MODULES))
            again = ("not checked",) if args.unchecked else ("survived", "no tests")
            names = [
                name
                for name, status in results().items()
                if status in again and name.startswith(wanted)
            ]
            if not names:
                print("no mutants to test", file=sys.stderr)
        selective = args.survivors or args.unchecked
        code = run(names, args.max_children) if names or not selective else 0
        if code:
            print(f"mutmut run exited with {code}", file=sys.stderr)
    if not (STAGE / "mutants").is_dir():
        print("no mutation results yet: run without --report first", file=sys.stderr)
        return 1
    statuses = results()
    wanted = tuple(p.rstrip("*") for p in (args.patterns or MODULES))
    print(report({k: v for k, v in statuses.items() if k.startswith(wanted)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
