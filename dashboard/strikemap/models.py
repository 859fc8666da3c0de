"""Typed records that flow through every stage: articles in, strike events out.

The field meanings follow ``ANNOTATION.md`` of the shared corpus (ACLED-style
geo and date precision, weapon categories, casualty figures with an
"at least" flag, attacker and primary/background).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any, Literal

Level = Literal["district", "city", "region", "country"]
DatePrecision = Literal["day", "month", "year"]
Attacker = Literal["RU", "UA"]

LEVELS: tuple[str, ...] = ("district", "city", "region", "country")
WEAPON_CATEGORIES: tuple[str, ...] = (
    "missile",
    "drone",
    "glide_bomb",
    "artillery",
    "air_strike",
    "unknown",
)
ATTACKERS: tuple[str, ...] = ("RU", "UA")

#: The earliest plausible strike date: the war began with the occupation of Crimea in 2014.
EARLIEST_PLAUSIBLE = date(2014, 1, 1)
#: Why an event's date is implausible (:func:`date_flag`); such events are hidden by default.
DATE_FLAGS: dict[str, str] = {
    "before_2014": "dated before 2014, before the war",
    "after_publication": "dated after every report of it was published",
}


def date_flag(day: date | None, published: list[date | None]) -> str | None:
    """Return why a strike date is implausible, or ``None`` when it is not.

    Parameters
    ----------
    day
        The event's date.
    published
        Publication dates of the reports of the event (unknown ones ``None``).

    Returns
    -------
    str or None
        ``"before_2014"`` for a date before :data:`EARLIEST_PLAUSIBLE` (a
        historical mention such as 22 June 1944), ``"after_publication"`` for a
        date after the latest known publication (a threat, "next Tuesday", or a
        misread date); ``None`` otherwise or when the date is unknown.
    """
    if day is None:
        return None
    if day < EARLIEST_PLAUSIBLE:
        return "before_2014"
    known = [p for p in published if p is not None]
    if known and day > max(known):
        return "after_publication"
    return None


def content_hash(text: str) -> str:
    """Return a stable 16-hex-digit id for an article body.

    Whitespace is folded so that the same article saved with other line
    endings or indentation gets the same id.
    """
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Source:
    """Bibliographic record of one article that reports an event."""

    article_id: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: date | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "publisher": self.publisher,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Source:
        return cls(
            article_id=str(record["article_id"]),
            title=record.get("title"),
            publisher=record.get("publisher"),
            url=record.get("url"),
            published=_date_or_none(record.get("published")),
        )


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, as read from a file, a corpus line or the upload form.

    Parameters
    ----------
    id
        Corpus id when the input gives one, else :func:`content_hash` of the text.
    published
        Publication date from metadata or stated in the text; ``None`` when
        unknown (never today's date).
    published_from
        Where ``published`` came from: ``"metadata"``, ``"text"`` or ``"unknown"``.
    warnings
        Remarks made while reading it (NUL bytes removed, a malformed or future
        publication date); shown to the user, not stored, not compared.
    """

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    path: str | None = None
    published_from: str = "unknown"
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def as_source(self) -> Source:
        return Source(
            article_id=self.id,
            title=self.title,
            publisher=self.source,
            url=self.url,
            published=self.published,
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quoted sentence of an article that supports an event."""

    article_id: str
    sentence: str

    def to_record(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "sentence": self.sentence}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Evidence:
        return cls(article_id=str(record["article_id"]), sentence=str(record["sentence"]))


@dataclass(slots=True)
class Event:
    """One place struck on one day.

    ``article_ids``, ``evidence`` and ``sources`` grow when reports of the same
    strike from several articles are merged; ``disputed`` names the fields on
    which those sources disagree.
    """

    event_id: str
    article_ids: list[str]
    place: str
    level: Level
    country: str | None
    lat: float | None
    lon: float | None
    date: date | None
    as_written: str | None = None
    place_id: str | None = None
    parent: str | None = None
    iso_region: str | None = None
    date_precision: DatePrecision | None = None
    weapons: list[str] = field(default_factory=lambda: ["unknown"])
    models: list[str] = field(default_factory=list)
    killed: int | None = None
    killed_at_least: bool = False
    injured: int | None = None
    injured_at_least: bool = False
    attacker: Attacker | None = None
    primary: bool = True
    interception_debris: bool = False
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    disputed: list[str] = field(default_factory=list)

    @property
    def date_flag(self) -> str | None:
        """Why the date is implausible (a key of :data:`DATE_FLAGS`), or ``None``."""
        return date_flag(self.date, [s.published for s in self.sources])

    @property
    def casualties(self) -> int | None:
        """Killed plus injured, or ``None`` when neither figure is known."""
        if self.killed is None and self.injured is None:
            return None
        return (self.killed or 0) + (self.injured or 0)

    def to_record(self, per_article: bool = False) -> dict[str, Any]:
        """Return the JSON-ready record printed by ``strikemap extract``.

        With ``per_article`` the record carries a single ``article_id`` (the
        scorer's format) besides ``article_ids``.
        """
        record: dict[str, Any] = {}
        for name in _EVENT_FIELD_ORDER:
            value = getattr(self, name)
            if name == "date":
                value = value.isoformat() if value else None
            elif name in ("evidence", "sources"):
                value = [item.to_record() for item in value]
            elif isinstance(value, list):
                value = list(value)
            record[name] = value
        record["date_flag"] = self.date_flag
        if per_article:
            record = {"article_id": self.article_ids[0] if self.article_ids else None, **record}
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Event:
        """Rebuild an event from :meth:`to_record` output (unknown keys ignored)."""
        values = {k: v for k, v in record.items() if k in _EVENT_FIELDS}
        if "article_ids" not in values and record.get("article_id") is not None:
            values["article_ids"] = [str(record["article_id"])]
        values["date"] = _date_or_none(values.get("date"))
        values["evidence"] = [Evidence.from_record(e) for e in values.get("evidence") or []]
        values["sources"] = [Source.from_record(s) for s in values.get("sources") or []]
        return cls(**values)

    def copy(self, **changes: Any) -> Event:
        return replace(self, **changes)


# Computed once: dataclasses.fields() is slow enough to show when loading 100k events.
_EVENT_FIELD_ORDER = tuple(f.name for f in fields(Event))
_EVENT_FIELDS = frozenset(_EVENT_FIELD_ORDER)


def _date_or_none(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
