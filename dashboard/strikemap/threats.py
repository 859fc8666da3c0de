"""Threatened or announced strikes are not strikes: "Russia threatened to hit Kyiv next Tuesday".

The cue phrases live in ``threat_cues.json`` (per language: ``threat`` cues, and
``done`` cues that report a strike that happened). A sentence *threatens* when
it holds a threat cue and no done cue; an event whose every evidence sentence
threatens is dropped by :func:`without_threats`, which wraps an extractor.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from strikemap.models import Article, Event

CUES_FILE = Path(__file__).with_name("threat_cues.json")


@dataclass(frozen=True)
class ThreatCues:
    """Compiled cue patterns of every language."""

    threat: re.Pattern[str]
    done: re.Pattern[str]


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def load_cues(path: Path = CUES_FILE) -> ThreatCues:
    """Load and compile the cue file.

    Raises
    ------
    ValueError
        When the file does not follow its schema (``{lang: {threat: [...], done: [...]}}``).
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    threat: list[str] = []
    done: list[str] = []
    for lang, entry in data.items():
        if lang.startswith("_"):
            continue
        if not isinstance(entry, dict) or set(entry) != {"threat", "done"}:
            raise ValueError(f"{path}: {lang!r} must hold exactly 'threat' and 'done' lists")
        for key, target in (("threat", threat), ("done", done)):
            if not all(isinstance(p, str) for p in entry[key]):
                raise ValueError(f"{path}: {lang}.{key} must be a list of regular expressions")
            target.extend(entry[key])
    return ThreatCues(_alternation(threat), _alternation(done))


def threatens(sentence: str, cues: ThreatCues | None = None) -> bool:
    """Whether ``sentence`` threatens or announces a strike without reporting one."""
    cues = cues or load_cues()
    return bool(cues.threat.search(sentence)) and not cues.done.search(sentence)


def threatened_only(event: Event, cues: ThreatCues | None = None) -> bool:
    """Whether every evidence sentence of ``event`` only threatens (no evidence: ``False``)."""
    return bool(event.evidence) and all(threatens(e.sentence, cues) for e in event.evidence)


def without_threats(
    extractor: Callable[[Article], list[Event]],
) -> Callable[[Article], list[Event]]:
    """Wrap ``extractor`` so that events only threatened in the text are dropped."""
    cues = load_cues()

    def extract(article: Article) -> list[Event]:
        return [e for e in extractor(article) if not threatened_only(e, cues)]

    return extract
