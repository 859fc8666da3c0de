"""Per-article time and size budgets for extraction, so no one input can hang a run.

:func:`budgeted` wraps an extractor (article to events). An article over the
size budget is refused before extraction starts; one whose extraction runs over
the time budget is stopped and refused. Either way the caller gets
:class:`BudgetExceeded` with a one-line message, and the rest of the batch goes on.

The time budget works in any thread (the command line's main thread and
Streamlit's script threads alike): a watchdog timer raises
:class:`BudgetExceeded` asynchronously inside the extracting thread
(``PyThreadState_SetAsyncExc``), which Python delivers between bytecodes. A
single long call into C (one regular-expression search) finishes before the
exception arrives.
"""

from __future__ import annotations

import ctypes
import logging
import os
import threading
from collections.abc import Callable
from typing import TypeVar

from strikemap.models import Article, Event

T = TypeVar("T")

log = logging.getLogger(__name__)

#: Default time budget for extracting one article, in seconds: at least this, or
#: :data:`SECONDS_PER_MB` for each megabyte of text (extraction of a 6 MB live-blog
#: archive takes about 5 minutes on the loaded 2-core development machine).
ARTICLE_SECONDS = 60.0
SECONDS_PER_MB = 120.0
#: Environment variable setting a fixed budget instead of the default.
ARTICLE_SECONDS_ENV = "STRIKEMAP_ARTICLE_SECONDS"
#: Extra default time for the first article of each language an extractor
#: meets: it pays for compiling that language's patterns once, which took over
#: a minute on the 2-core machine with a dozen other jobs running.
WARM_UP_SECONDS = 120.0
#: Interval at which the watchdog delivers the stop again while the work goes on.
_REFIRE_SECONDS = 0.05


def default_seconds(article: Article) -> float:
    """The default time budget of ``article``: :data:`ARTICLE_SECONDS`, more for long texts."""
    megabytes = len(article.text.encode("utf-8", errors="replace")) / 1_000_000
    return max(ARTICLE_SECONDS, SECONDS_PER_MB * megabytes)


def _default_budget(article: Article, warmed: set[str | None]) -> float:
    """:func:`default_seconds`, with :data:`WARM_UP_SECONDS` more for the first
    article of its language (``warmed`` records the languages met)."""
    budget = default_seconds(article)
    if article.language not in warmed:
        warmed.add(article.language)
        budget += WARM_UP_SECONDS
    return budget


class InputRejected(Exception):
    """An input refused with a one-line reason (its ``repr`` is the reason too)."""

    def __repr__(self) -> str:
        return str(self)


class BudgetExceeded(InputRejected):
    """An article over its size budget, or whose extraction ran over its time budget."""


class _TimeUp(BaseException):
    """Raised asynchronously by the watchdog; a BaseException so no ``except Exception`` eats it."""


def configured_seconds() -> float | None:
    """Return the fixed budget of ``$STRIKEMAP_ARTICLE_SECONDS``, or ``None`` for the default.

    Raises
    ------
    ValueError
        When the variable is set but is not a positive number.
    """
    raw = os.environ.get(ARTICLE_SECONDS_ENV, "").strip()
    if not raw:
        return None
    try:
        seconds = float(raw)
    except ValueError:
        seconds = 0.0
    if not seconds > 0:
        raise ValueError(f"{ARTICLE_SECONDS_ENV}={raw!r} is not a positive number of seconds")
    return seconds


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


def within_time(seconds: float, what: str, fn: Callable[..., T], *args: object) -> T:
    """Return ``fn(*args)``, or raise :class:`BudgetExceeded` once ``seconds`` have passed.

    Parameters
    ----------
    seconds
        The budget; the call is stopped at the next bytecode after it runs out.
    what
        Names the work in the debug log, e.g. ``"extraction of a.txt"``.
    """
    thread_id = threading.get_ident()
    lock = threading.Lock()
    done = threading.Event()
    state = {"fired": False}

    def watch() -> None:
        # Fire, and fire again while the work goes on: an asynchronous exception that
        # lands in a garbage-collection callback is swallowed there ("unraisable").
        if done.wait(seconds):
            return
        while True:
            with lock:
                if done.is_set():
                    return
                state["fired"] = True
                _set_async_exc(thread_id, _TimeUp)
            if done.wait(_REFIRE_SECONDS):
                return

    watchdog = threading.Thread(target=watch, name="strikemap-budget", daemon=True)
    try:
        watchdog.start()
        try:
            result = fn(*args)
        finally:
            with lock:
                done.set()
                if state["fired"]:
                    _set_async_exc(thread_id, None)  # clear it if it is still pending
        if state["fired"]:  # every delivery was swallowed: the work still ran over
            raise _TimeUp
        return result
    except _TimeUp:
        log.debug("%s stopped after %g s", what, seconds)
        raise BudgetExceeded(
            f"ran over the time budget of {seconds:g} s per article ({ARTICLE_SECONDS_ENV}); "
            "not stored"
        ) from None


def budgeted(
    extractor: Callable[[Article], list[Event]],
    *,
    seconds: float | None = None,
    max_chars: int | None = None,
) -> Callable[[Article], list[Event]]:
    """Wrap ``extractor`` with a per-article time budget and size budget.

    Parameters
    ----------
    extractor
        Article to events, e.g. :func:`strikemap.extraction.extract_article`
        bound to a gazetteer.
    seconds
        Fixed time budget per article; by default :func:`configured_seconds`, and
        when that is unset :func:`default_seconds` of each article.
    max_chars
        Size budget in characters; by default the article size limit of
        :func:`strikemap.articles.configured_max_bytes`.
    """
    from strikemap.articles import configured_max_bytes

    fixed = configured_seconds() if seconds is None else seconds
    size = configured_max_bytes() if max_chars is None else max_chars
    warmed: set[str | None] = set()

    def extract(article: Article) -> list[Event]:
        if len(article.text) > size:
            raise BudgetExceeded(
                f"article has {len(article.text):,} characters, over the size budget of "
                f"{size:,}; not stored"
            )
        budget = fixed if fixed is not None else _default_budget(article, warmed)
        return within_time(budget, "extraction", extractor, article)

    return extract
