"""Strike-event extraction from news articles.

``extract_article(article, gazetteer=None)`` is the entry point: it splits the
article into sentences (:mod:`.segment`), reads places, roles, dates, figures
and weapons from each (:mod:`.analysis`, :mod:`.roles`, :mod:`.placematch` and
the lexicon modules) and assembles one event per place struck per day
(:mod:`.assembly`).
"""

from __future__ import annotations

from strikemap.extraction.extractor import extract_article

__all__ = ["extract_article"]
