"""Per-article time and size budgets stop one input without stopping the run."""

from __future__ import annotations

import threading
import time

import pytest
from strikemap.budget import BudgetExceeded, budgeted, within_time
from strikemap.models import Article


def _spin(seconds: float) -> str:
    """Pure-Python busy work for ``seconds`` (what a runaway extraction looks like)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return "done"


def test_fast_work_returns_its_result():
    assert within_time(5, "work", _spin, 0.01) == "done"


def test_runaway_work_is_stopped_with_a_clear_message():
    start = time.monotonic()
    with pytest.raises(BudgetExceeded, match=r"ran over the time budget of 0\.3 s per article"):
        within_time(0.3, "extraction", _spin, 30)
    assert time.monotonic() - start < 10


def test_budget_works_in_a_streamlit_like_worker_thread():
    outcome = {}

    def worker():
        try:
            within_time(0.3, "extraction", _spin, 30)
        except BudgetExceeded as exc:
            outcome["error"] = str(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(20)
    assert "time budget of 0.3 s per article" in outcome["error"]


def test_nothing_fires_after_the_work_is_done():
    within_time(0.2, "work", _spin, 0.0)
    assert _spin(0.5) == "done"  # the timer was cancelled: no stray exception here


def _swallow_stops(seconds: float, swallow: int) -> str:
    """Busy work swallowing the first ``swallow`` stops, as a garbage-collection callback does."""
    end = time.monotonic() + seconds
    swallowed = 0
    while time.monotonic() < end:
        try:
            _spin(end - time.monotonic())
        except BaseException:  # the "unraisable" path of a GC callback
            swallowed += 1
            if swallowed > swallow:
                raise
    return "done"


def test_a_swallowed_stop_is_delivered_again():
    start = time.monotonic()
    with pytest.raises(BudgetExceeded, match=r"time budget of 0\.2 s"):
        within_time(0.2, "extraction", _swallow_stops, 30, 1)
    assert time.monotonic() - start < 10


def test_work_that_swallows_every_stop_is_still_refused_when_it_ends():
    with pytest.raises(BudgetExceeded, match=r"time budget of 0\.2 s"):
        within_time(0.2, "extraction", _swallow_stops, 0.6, 10_000)


def test_size_budget_refuses_before_extracting():
    calls = []
    extract = budgeted(lambda a: calls.append(a) or [], seconds=5, max_chars=10)
    with pytest.raises(BudgetExceeded, match="over the size budget of 10"):
        extract(Article(id="a", text="x" * 11))
    assert calls == []
    assert extract(Article(id="b", text="short")) == []


def test_budget_exceeded_reads_as_one_line_even_in_repr():
    assert repr(BudgetExceeded("a: over budget")) == "a: over budget"


def test_default_budget_grows_with_the_text():
    from strikemap.budget import default_seconds

    assert default_seconds(Article(id="s", text="Kyiv was hit.")) == 60
    assert default_seconds(Article(id="l", text="x" * 6_000_000)) == 720


def test_a_fixed_budget_from_the_environment(monkeypatch):
    from strikemap.budget import configured_seconds

    assert configured_seconds() is None
    monkeypatch.setenv("STRIKEMAP_ARTICLE_SECONDS", "5")
    assert configured_seconds() == 5
    monkeypatch.setenv("STRIKEMAP_ARTICLE_SECONDS", "-1")
    with pytest.raises(ValueError, match="not a positive number"):
        configured_seconds()


def test_the_first_article_of_each_language_has_time_to_compile_its_patterns(monkeypatch):
    # Compiling a language's patterns happens inside its first article: on a
    # loaded machine that took over a minute, so the first article of each
    # language gets two more minutes than the 60 s default; later ones do not.
    import strikemap.budget as budget

    monkeypatch.delenv(budget.ARTICLE_SECONDS_ENV, raising=False)
    seen = []
    monkeypatch.setattr(
        budget, "within_time", lambda seconds, what, work, arg: seen.append(seconds)
    )
    extract = budgeted(lambda article: [])
    for language in ("uk", "uk", "de", None, "uk", None):
        extract(Article(id=f"a-{language}", text="Kyiv was hit.", language=language))
    assert seen == [180, 60, 180, 180, 60, 60]


def test_a_fixed_budget_has_no_warm_up_time(monkeypatch):
    import strikemap.budget as budget

    seen = []
    monkeypatch.setattr(
        budget, "within_time", lambda seconds, what, work, arg: seen.append(seconds)
    )
    extract = budgeted(lambda article: [], seconds=5)
    extract(Article(id="a", text="Kyiv was hit.", language="uk"))
    assert seen == [5]
