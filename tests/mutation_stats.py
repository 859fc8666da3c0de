"""mutmut's stats run with caches: credit each reader of a cached value with its builders.

mutmut (``make mutation``) first runs every selected test once with each mutated
function noting, in ``mutmut.state.state()._stats``, that it ran; the names noted
during a test are that test's, and a mutant is later tested against the tests
that ran its function only. A function behind a ``functools`` cache runs once,
in whichever test first asks for that entry, so a mutant of it (or of anything it
calls, such as a language's pattern compiler) would be tested against that one test.

:func:`record_builders` wraps every cache of a package, for the stats run only:
while an entry is built, the names noted go to a set of the entry's own (and to
the test building it); each later call that reads the entry adds that set to the
reading test's names. Each test is thus credited as if it had built every cached
value it reads, without rebuilding anything. This module is imported only in
mutmut's stats run (``MUTANT_UNDER_TEST == "stats"``).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import sys


def _recording(cached, state):
    """``cached`` (an ``lru_cache`` wrapper) that credits its readers with its builders;
    ``state()`` is the object whose ``_stats`` set collects the current test's names."""
    built: dict = {}

    @functools.wraps(cached)
    def call(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        misses = cached.cache_info().misses
        outer = state()._stats
        state()._stats = inner = set()
        try:
            return cached(*args, **kwargs)
        finally:
            state()._stats = outer
            if cached.cache_info().misses != misses:
                if inner:
                    built[key] = frozenset(inner)
                else:
                    built.pop(key, None)
            outer |= built.get(key, inner)

    call.cache_info = cached.cache_info
    call.cache_clear = cached.cache_clear
    return call


def record_builders(package: str) -> int:
    """Wrap every cache defined in ``package``'s modules, wherever it is bound.

    The caches are emptied once, so that every entry is built under the wrapper;
    a name bound elsewhere (``from strikemap.extraction.lexicon import fold``,
    a test module's import) is rebound too. Returns how many caches were wrapped.
    """
    from mutmut.state import state

    root = importlib.import_module(package)
    for info in pkgutil.walk_packages(root.__path__, package + "."):
        importlib.import_module(info.name)
    wrappers = {}
    for name, module in list(sys.modules.items()):
        if name == package or name.startswith(package + "."):
            for value in vars(module).values():
                if (
                    isinstance(value, functools._lru_cache_wrapper)
                    and getattr(value, "__module__", None) == name
                    and id(value) not in wrappers
                ):
                    value.cache_clear()
                    wrappers[id(value)] = (value, _recording(value, state))
    for module in list(sys.modules.values()):
        namespace = getattr(module, "__dict__", None)
        if not namespace or not _ours(module, package):
            continue
        for attribute, value in list(namespace.items()):
            wrapped = wrappers.get(id(value))
            if wrapped is not None and wrapped[0] is value:
                setattr(module, attribute, wrapped[1])
    return len(wrappers)


def _ours(module, package: str) -> bool:
    """The package's own modules and the test modules (which import its functions)."""
    name = getattr(module, "__name__", "") or ""
    path = getattr(module, "__file__", "") or ""
    return name.startswith(package.split(".")[0]) or "/tests/" in path
