"""Turn per-sentence readings into strike events: one place, one day.

Rules, in the order they apply:

1. **Main date.**  The first date written in the title or lead paragraph,
   else the publication date, is the day the report is about.
2. **Date of a mention.**  A date in the mention's own sentence; else the one
   date the article gives that place elsewhere; else the date of an earlier
   sentence of the same paragraph; else the main date.  An undated mention
   of an evening strike in an "overnight" report is dated the evening before.
3. **Events.**  Struck mentions group by (place, date).  Background mentions
   ("last targeted on Oct. 17", "two weeks ago") make background events.
4. **Figures** attach to the struck place nearest in their clause, else in
   their sentence, else to the place the text is currently about; the
   highest figure of the latest update wins.
5. **Weapons** of a sentence go to its struck places, or to the current
   place for a placeless sentence of the same paragraph; air-defence systems
   never count.  An event with none takes the weapons of the lead.
6. **Precision.**  A region event gives way to a city event in that region on
   the same day (the region named only to locate the city or sum its toll);
   a city event gives way to its districts' events that day, whose evidence,
   figures and weapons it hands over.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta

from strikemap.extraction.analysis import Mention, SentenceReading
from strikemap.gazetteer import Gazetteer, Place
from strikemap.models import Article, Event, Evidence

_LEAD_SENTENCES = 4
_MAX_EVIDENCE = 5
_CATEGORY_ORDER = ("missile", "drone", "glide_bomb", "artillery", "air_strike")


@dataclass(slots=True)
class Draft:
    """An event under construction."""

    place: Place
    date: date | None
    mentions: list[Mention] = field(default_factory=list)
    killed: list = field(default_factory=list)
    injured: list = field(default_factory=list)
    weapons: set[str] = field(default_factory=set)
    models: list[str] = field(default_factory=list)
    debris: bool = False
    primary: bool = False
    first_index: int = 10**9

    @property
    def key(self) -> tuple[str, date | None]:
        return (self.place.id, self.date)


def assemble(
    article: Article, readings: list[SentenceReading], gazetteer: Gazetteer
) -> list[Event]:
    """Build the events of one article from its sentence readings."""
    published = article.published
    main = _main_date(readings, published)
    overnight = any(r.overnight for r in readings[: _LEAD_SENTENCES + 1])
    _date_mentions(readings, main, published, overnight, article.published_from != "text")
    drafts: dict[tuple[str, date | None], Draft] = {}
    focus: Draft | None = None
    focus_paragraph = -1
    for reading in readings:
        struck: list[tuple[Mention, Draft]] = []
        for mention in reading.mentions:
            if mention.role != "struck":
                continue
            key = (mention.place.id, mention.date)
            draft = drafts.get(key)
            if draft is None and mention.background and not mention.date_explicit:
                # An undated aside ("the city has been shelled before") is no
                # event of its own.
                continue
            if draft is None:
                draft = drafts[key] = Draft(mention.place, mention.date)
            draft.mentions.append(mention)
            draft.first_index = min(draft.first_index, reading.sentence.index)
            if not mention.background:
                draft.primary = True
            struck.append((mention, draft))
        anchor = _anchor(reading, drafts, struck, focus, focus_paragraph)
        _attach_figures(reading, struck, anchor)
        _attach_weapons(reading, struck, anchor)
        if struck:
            focus = struck[-1][1]
            focus_paragraph = reading.sentence.paragraph
        elif anchor is not None and anchor is not focus:
            focus = anchor
            focus_paragraph = reading.sentence.paragraph
    lead_weapons = _lead_weapons(readings)
    kept = _refine(list(drafts.values()), gazetteer, readings)
    return [_to_event(article, d, lead_weapons, gazetteer) for d in kept]


def _main_date(readings: list[SentenceReading], published: date | None) -> date | None:
    """The date the report is about: first strike date in title or lead, else publication."""
    lead_paragraphs: set[int] = set()
    for reading in readings:
        if reading.sentence.kind == "body":
            lead_paragraphs.add(reading.sentence.paragraph)
            break
    for reading in readings:
        in_lead = reading.sentence.kind == "title" or reading.sentence.paragraph in lead_paragraphs
        if not in_lead or not reading.strike or reading.background:
            continue
        for mention in reading.dates:
            if mention.precision == "day" and (published is None or mention.date <= published):
                return mention.date
    if published is not None:
        return published
    for reading in readings:
        for mention in reading.dates:
            if mention.precision == "day" and reading.strike:
                return mention.date
    return None


def _date_mentions(
    readings: list[SentenceReading],
    main: date | None,
    published: date | None,
    overnight: bool,
    trust_relative: bool,
) -> None:
    """Give every place mention its date and background flag (rule 2).

    A date in the mention's sentence comes first; a date after a verb of
    speaking ("said on Monday") is weak and yields to a date the article
    gives the place elsewhere.  Without ``trust_relative`` (publication date
    read from the page rather than the metadata), a weekday or "today" yields
    to a written date of the same place.
    """
    own: dict[str, set[date]] = {}
    own_written: dict[str, set[date]] = {}
    weak: dict[str, set[date]] = {}
    for reading in readings:
        for mention in reading.mentions:
            near = _nearest_date(reading.dates, mention)
            if near is not None:
                mention.date = near.date
                mention.date_explicit = True
                if mention.role == "struck":
                    own.setdefault(mention.place.id, set()).add(near.date)
                    if not near.relative:
                        own_written.setdefault(mention.place.id, set()).add(near.date)
            elif mention.role == "struck":
                near = _nearest_date(reading.weak_dates, mention)
                if near is not None:
                    weak.setdefault(mention.place.id, set()).add(near.date)
            month = _month_mention(reading, main)
            mention.background = reading.background or month
    for reading in readings:
        for mention in reading.mentions:
            place_id = mention.place.id
            written = own_written.get(place_id, set())
            if mention.date_explicit:
                if not trust_relative and len(written) == 1 and mention.date not in written:
                    mention.date = next(iter(written))
                continue
            dated = own.get(place_id, set())
            if not trust_relative and len(written) == 1:
                dated = written
            guesses = weak.get(place_id, set())
            if len(dated) == 1:
                mention.date = next(iter(dated))
            elif not dated and len(guesses) == 1:
                mention.date = next(iter(guesses))
                mention.date_explicit = True
            elif reading.evening and overnight and main is not None and main == published:
                # A strike "at 9.45 p.m." in a report of an "overnight" attack
                # published the next morning happened the evening before.
                mention.date = main - timedelta(days=1)
            else:
                mention.date = main


def _month_mention(reading: SentenceReading, main: date | None) -> bool:
    """A month named without a day ("at the end of August") other than the main one."""
    if main is None:
        return False
    return any(
        d.precision == "month" and (d.date.year, d.date.month) != (main.year, main.month)
        for d in reading.dates
    )


def _nearest_date(candidates: list, mention: Mention):
    best = None
    best_gap = None
    for candidate in candidates:
        if candidate.precision != "day":
            continue
        gap = (
            candidate.start - mention.end
            if candidate.start >= mention.end
            else mention.start - candidate.end
        )
        if best_gap is None or gap < best_gap:
            best, best_gap = candidate, gap
    return best


def _anchor(
    reading: SentenceReading,
    drafts: dict[tuple[str, date | None], Draft],
    struck: list[tuple[Mention, Draft]],
    focus: Draft | None,
    focus_paragraph: int,
) -> Draft | None:
    """The event a placeless sentence is about: a place named in another role
    ("the Belgorod governor said...") whose event exists, else the focus."""
    if struck:
        return None
    for mention in reading.mentions:
        for draft in drafts.values():
            if (
                draft.place.id == mention.place.id
                or (
                    draft.place.level == "region"
                    and draft.place.iso_region
                    and draft.place.iso_region == mention.place.iso_region
                )
            ) and (focus is None or draft.date == focus.date):
                return draft
    if reading.mentions:
        return None
    return focus


def _attach_figures(
    reading: SentenceReading, struck: list[tuple[Mention, Draft]], anchor: Draft | None
) -> None:
    """Give each casualty figure of the sentence to one event (rule 4)."""
    text = reading.sentence.text
    for figure in reading.figures:
        if getattr(figure, "scope", "event") != "event":
            continue
        target = None
        if struck:
            from strikemap.extraction.roles import clause_around

            clause = clause_around(text, figure.start, figure.end)
            offset = text.find(clause)
            in_clause = [
                (m, d) for m, d in struck if offset <= m.start and m.end <= offset + len(clause)
            ]
            pool = in_clause or struck
            target = min(pool, key=lambda md: _gap(md[0], figure))[1]
        elif anchor is not None:
            target = anchor
        if target is None:
            continue
        (target.killed if figure.kind == "killed" else target.injured).append(figure)


def _gap(mention: Mention, figure) -> int:
    if mention.start >= figure.end:
        return mention.start - figure.end
    return max(0, figure.start - mention.end)


def _attach_weapons(
    reading: SentenceReading, struck: list[tuple[Mention, Draft]], anchor: Draft | None
) -> None:
    """Give the sentence's weapons to its struck places or its anchor (rule 5)."""
    targets = [d for _, d in struck]
    if not targets and anchor is not None and reading.weapons:
        last = anchor.mentions[-1].sentence.paragraph if anchor.mentions else -1
        if last == reading.sentence.paragraph:
            targets = [anchor]
    for draft in targets:
        for weapon in reading.weapons:
            if weapon.air_defence:
                continue
            if weapon.debris:
                draft.debris = True
                continue
            draft.weapons.add(weapon.category)
            if weapon.model and weapon.model not in draft.models:
                draft.models.append(weapon.model)
        if reading.debris:
            draft.debris = True


def _lead_weapons(readings: list[SentenceReading]) -> list[str]:
    """Weapon categories of the title and first report sentences."""
    found: list[str] = []
    body = 0
    for reading in readings:
        if reading.sentence.kind == "body":
            body += 1
            if body > _LEAD_SENTENCES:
                break
        for weapon in reading.weapons:
            if not weapon.air_defence and not weapon.debris and weapon.category not in found:
                found.append(weapon.category)
    return found


def _refine(
    drafts: list[Draft], gazetteer: Gazetteer, readings: list[SentenceReading]
) -> list[Draft]:
    """Apply the precision rules (6): regions yield to cities, cities to districts."""
    kept: list[Draft] = []
    by_day: dict[date | None, list[Draft]] = {}
    for draft in drafts:
        by_day.setdefault(draft.date, []).append(draft)
    for draft in drafts:
        same_day = by_day[draft.date]
        if draft.place.level == "region":
            inside = [
                d
                for d in same_day
                if d.place.level in ("city", "district")
                and d.primary
                and _region_id(gazetteer, d.place) == draft.place.id
            ]
            if inside:
                if len({d.place.id for d in inside}) == 1:
                    # The region's toll is then the one city's toll.
                    for kind in ("killed", "injured"):
                        if not getattr(inside[0], kind):
                            getattr(inside[0], kind).extend(getattr(draft, kind))
                continue
        if draft.place.level == "city":
            districts = [
                d
                for d in same_day
                if d.place.level == "district" and d.place.parent_id == draft.place.id
            ]
            if districts:
                _hand_over(draft, districts)
                continue
        kept.append(draft)
    kept.sort(key=lambda d: d.first_index)
    return kept


def _region_id(gazetteer: Gazetteer, place: Place) -> str | None:
    region = gazetteer.region_of(place)
    return region.id if region is not None else None


def _hand_over(city: Draft, districts: list[Draft]) -> None:
    """Move a city event's details onto its districts' events of the same day."""
    first = min(districts, key=lambda d: d.first_index)
    first.killed.extend(city.killed)
    first.injured.extend(city.injured)
    for district in districts:
        district.weapons |= city.weapons
        for model in city.models:
            if model not in district.models:
                district.models.append(model)
        district.primary |= city.primary
        district.debris |= city.debris
    first.mentions.extend(city.mentions)


def _best_figure(figures: list) -> tuple[int | None, bool]:
    """The figure that stands: the highest one (tolls only rise as counts firm up)."""
    if not figures:
        return None, False
    best = max(figures, key=lambda f: (f.value, not f.at_least))
    return best.value, bool(best.at_least)


def _to_event(article: Article, draft: Draft, lead_weapons: list[str], gazetteer) -> Event:
    place = draft.place
    killed, killed_least = _best_figure(draft.killed)
    injured, injured_least = _best_figure(draft.injured)
    weapons = [c for c in _CATEGORY_ORDER if c in draft.weapons]
    if not weapons:
        weapons = list(lead_weapons) or ["unknown"]
    if place.country == "UA":
        attacker = "RU"
    elif place.country == "RU":
        attacker = "UA"
    else:
        attacker = None
    evidence: list[Evidence] = []
    seen: set[int] = set()
    for mention in sorted(draft.mentions, key=lambda m: m.sentence.index):
        if mention.sentence.index in seen:
            continue
        seen.add(mention.sentence.index)
        evidence.append(Evidence(article.id, mention.sentence.text.strip()))
    as_written = draft.mentions[0].as_written if draft.mentions else place.name
    return Event(
        event_id=_event_id(article.id, place.id, draft.date),
        article_ids=[article.id],
        place=place.name,
        level=place.level,
        country=place.country,
        lat=round(place.lat, 4),
        lon=round(place.lon, 4),
        date=draft.date,
        as_written=as_written,
        place_id=place.id,
        parent=place.parent,
        iso_region=place.iso_region,
        date_precision="day" if draft.date else None,
        weapons=weapons,
        models=list(draft.models),
        killed=killed,
        killed_at_least=killed_least,
        injured=injured,
        injured_at_least=injured_least,
        attacker=attacker,
        primary=draft.primary,
        interception_debris=draft.debris,
        confidence=_confidence(draft),
        evidence=evidence[:_MAX_EVIDENCE],
        sources=[article.as_source()],
    )


def _confidence(draft: Draft) -> float:
    """Confidence in [0, 1]: more struck mentions, a title mention, figures and weapons help."""
    score = 0.35
    score += min(len(draft.mentions), 4) * 0.08
    if any(m.sentence.kind == "title" for m in draft.mentions):
        score += 0.12
    if draft.killed or draft.injured:
        score += 0.08
    if draft.weapons:
        score += 0.05
    if not draft.primary:
        score -= 0.15
    return round(max(0.05, min(score, 0.99)), 2)


def _event_id(article_id: str, place_id: str, day: date | None) -> str:
    raw = f"{article_id}|{place_id}|{day.isoformat() if day else '-'}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]
