"""Outcome of resolving one place name in context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from strikemap.gazetteer.place import Place


@dataclass(frozen=True, slots=True)
class Rejected:
    """A candidate the resolver did not pick, and why."""

    place: Place
    reason: str

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.place.id,
            "name": self.place.name,
            "level": self.place.level,
            "parent": self.place.parent,
            "country": self.place.country,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate with its context-free score (population, name, country)."""

    place: Place
    score: float

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.place.id,
            "name": self.place.name,
            "level": self.place.level,
            "parent": self.place.parent,
            "country": self.place.country,
            "lat": self.place.lat,
            "lon": self.place.lon,
            "score": self.score,
        }


@dataclass(frozen=True, slots=True)
class Resolution:
    """The place a name refers to, or ``None`` when the evidence is too weak.

    Attributes
    ----------
    query
        The name as asked.
    place
        The chosen place, or ``None`` when the resolver declines.
    confidence
        In [0, 1]; low when declining or when the choice rests on population
        alone.
    rejected
        Candidates set aside, each with a reason.
    reason
        Why the place was chosen or why the resolver declined.
    scores
        The candidates left after the context rules, best first, with the
        scores the choice between them rested on.
    """

    query: str
    place: Place | None
    confidence: float
    rejected: tuple[Rejected, ...] = field(default_factory=tuple)
    reason: str = ""
    scores: tuple[Scored, ...] = field(default_factory=tuple)

    def close_candidates(self, within: float = 0.5) -> tuple[Scored, ...]:
        """The candidates scoring within ``within`` of the best one, best first."""
        if not self.scores:
            return ()
        best = self.scores[0].score
        return tuple(s for s in self.scores if best - s.score <= within)

    def to_record(self) -> dict[str, Any]:
        place = self.place
        return {
            "query": self.query,
            "place": place.name if place else None,
            "id": place.id if place else None,
            "level": place.level if place else None,
            "parent": place.parent if place else None,
            "country": place.country if place else None,
            "iso_region": place.iso_region if place else None,
            "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            "unit": place.unit if place else None,
            "radius_km": place.radius_km if place else None,
            "confidence": round(self.confidence, 3),
            "reason": self.reason,
            "rejected": [r.to_record() for r in self.rejected],
        }
