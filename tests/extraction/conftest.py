"""Fixtures for the extraction tests: the bundled gazetteer and an article factory."""

from __future__ import annotations

import os
from datetime import date

import pytest
from strikemap.gazetteer import Gazetteer
from strikemap.models import Article


@pytest.fixture(autouse=True, scope="session")
def _cached_builders_attributed_in_mutmut_stats():
    """In mutmut's stats run (``make mutation``), every test that reads a cached
    value is credited with the functions that built it.

    mutmut tests a mutant only against the tests that ran its function in that
    run. A cached builder (a language's compiled cues) runs once, inside
    whichever test first needed it, so its mutants would be tested against that
    one test. Rather than rebuild the caches in every test module (run 7: two
    hours of stats), each cache of ``strikemap.extraction`` is wrapped, for the
    stats run only, by :func:`mutation_stats.record_builders`, which notes the
    mutated functions each cache entry's build ran and adds them to the hits of
    every later test that reads that entry. Outside mutmut this does nothing.
    """
    if os.environ.get("MUTANT_UNDER_TEST") == "stats":
        from mutation_stats import record_builders

        record_builders("strikemap.extraction")
    yield


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture
def make_article():
    """Build an article from text written for the test (first line is the title)."""

    def make(text: str, published: date | None = date(2024, 3, 5), **extra) -> Article:
        return Article(
            id=extra.pop("id", "t1"),
            text=text,
            title=text.splitlines()[0],
            published=published,
            published_from="metadata" if published else "unknown",
            source="Test Wire",
            **extra,
        )

    return make


@pytest.fixture
def extract(gazetteer, make_article):
    """Extract the events of a test article, keyed by place name."""
    from strikemap.extraction import extract_article

    def run(text: str, **kwargs):
        return extract_article(make_article(text, **kwargs), gazetteer)

    return run
