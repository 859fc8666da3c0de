"""Turn per-sentence readings into strike events: one place, one day.

Rules, in the order they apply:

1. **Main date.**  The latest day the title or lead paragraph names for a
   strike, else the publication date, is the day the report is about.
2. **Date of a mention.**  A date in the mention's own sentence; else the one
   date the article gives that place elsewhere (or, for a city, the one date
   of its district's strike); else a date stated with a verb of speaking
   ("said on Monday"); else the main date.  An undated mention of an evening
   strike in an "overnight" report is dated the evening before.  A date that
   only times a count ("the toll rose to 11 on Saturday") dates nothing.
3. **Events.**  Struck mentions group by (place, date).  Background mentions
   ("last targeted on Oct. 17", "two weeks ago") make background events, and
   only when dated (a month alone gives a background event without a day);
   "the city was last struck on Oct. 17" names the place the text is about;
   an earlier strike told only at the end of a report is background too.  A
   city only the title names gives way to the report's own strike near it
   ("Belgorod shelled" over a story about a town of the Belgorod region).
4. **Figures** attach to the struck place nearest in their clause, else in
   their sentence, else to the place the text is currently about (unless the
   sentence names a country, another date or earlier strikes); figures read
   before any place wait for the main event; a toll after a list of places
   ("Kyiv, Lviv and Dnipro: 14 dead") is none of theirs.  The highest
   current figure wins (tolls rise; superseded reports and "nearly N" do not
   count), and "another body was recovered" adds to it.
5. **Weapons** of a sentence go to its struck places (each to its own clause's
   when several places have clauses of their own), or to the current place
   for a placeless sentence of the same paragraph; air-defence systems never
   count, specific weapons outrank generic wording.  An event with none takes
   those of its wave (same day and country), else of the lead.
6. **Attacker**: the side the event's own sentences name when they agree,
   else the usual attacker of the country struck.
7. **Precision.**  A region event gives way to a city event in that region on
   the same day (the region named only to locate the city or sum its toll);
   a city event gives way to its districts' events that day, handing them its
   evidence, weapons and any figures they lack (all its figures when the
   district is the city's only one in the report), unless it carries a toll
   of its own that no district does and is not merely the city whose one
   district the weapons hit.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Protocol

from strikemap.extraction import (
    attacker,
    casualties,
    dates,
    lexicon,
    name_kinds,
    numbers,
    regextrie,
)
from strikemap.extraction.analysis import (
    ANAPHOR,
    Day,
    Mention,
    SentenceReading,
    anaphor_kind,
    kind_of,
    sets_a_scene,
)
from strikemap.extraction.roles import (
    CONTRAST,
    STRIKE_CUE,
    clause_around,
    clause_bounds,
    speaks,
)
from strikemap.extraction.weapons import WeaponMention, find_weapons, is_interception
from strikemap.gazetteer import Gazetteer, Place
from strikemap.gazetteer.geometry import haversine_km
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
    generic_weapons: set[str] = field(default_factory=set)
    #: Categories of loose words for any attack ("bombardeo", "bombardement"):
    #: the specific weapons of the wave go first.
    loose_weapons: set[str] = field(default_factory=set)
    increments: list[tuple[int, int]] = field(default_factory=list)
    last_killed: int = -1
    models: list[str] = field(default_factory=list)
    debris: bool = False
    primary: bool = False
    first_index: int = 10**9
    #: A region event with a toll of places the text does not name ("five
    #: more wounded elsewhere in the region"): it never yields to its towns.
    own_toll: bool = False

    @property
    def key(self) -> tuple[str, Day | None]:
        return (self.place.id, self.date)

    @property
    def armed(self) -> bool:
        """Whether any weapon word was given to the event."""
        return bool(self.weapons or self.generic_weapons or self.loose_weapons)

    def take_weapons(self, other: Draft) -> None:
        """Add the weapons of ``other`` (a city's to its district, ...)."""
        self.weapons |= other.weapons
        self.generic_weapons |= other.generic_weapons
        self.loose_weapons |= other.loose_weapons


def assemble(
    article: Article, readings: list[SentenceReading], gazetteer: Gazetteer
) -> list[Event]:
    """Build the events of one article from its sentence readings."""
    published = article.published
    _anniversaries(readings)
    _days_later(readings)
    main, stated = _main_date(readings, published)
    overnight = any(r.overnight for r in readings[: _LEAD_SENTENCES + 1])
    _date_mentions(readings, main, published, overnight, article.published_from != "text", stated)
    state = _Assembly(gazetteer)
    for reading in readings:
        _take_sentence(state, reading)
    _late_asides(state.drafts.values(), main, _body_indices(readings))
    _headline_only(state.drafts, gazetteer)
    _headline_reference(state.drafts, readings)
    kept = _refine(list(state.drafts.values()), gazetteer)
    _adopt_orphans(kept, state.orphans, state.wide)
    by_index = {r.sentence.index: r for r in readings}
    return [_to_event(article, d, kept, readings, by_index) for d in kept]


@dataclass(slots=True)
class _Assembly:
    """What assembling one article has built so far, sentence by sentence."""

    gazetteer: Gazetteer
    drafts: dict[tuple[str, date | None], Draft] = field(default_factory=dict)
    #: The place the text is currently about.
    focus: Draft | None = None
    #: Figures met before any place was named, each with the days its sentence gives.
    orphans: list = field(default_factory=list)
    #: (kind, value) of the figures that sum a whole campaign, country or war.
    wide: set[tuple[str, int]] = field(default_factory=set)
    #: The kind of the last figure read: a kindless toll update takes it.
    last_kind: casualties.Kind | None = None
    #: The places of the last sentence that struck several at once.
    last_list: list = field(default_factory=list)
    #: The places each name of the previous sentence may be, in any role.
    previous_names: tuple[tuple[str, ...], ...] = ()
    #: The weapons the sentence before named (what debris may be of).
    previous_weapons: list[WeaponMention] = field(default_factory=list)
    #: The day of an earlier strike the previous sentence told of, aside from
    #: the current event ("On 23 June 2024 missiles were shot down over
    #: Sevastopol"), if it did.
    aside_day: date | None = None
    #: The oblast of the round-up's part the text is in (``sections``).
    section: Place | None = None


def _take_sentence(state: _Assembly, reading: SentenceReading) -> None:
    """Apply the sentence rules, in order, to one sentence."""
    _enter_section(state, reading)
    if reading.figures:
        reading.found_figures, state.last_kind = casualties.resolve_kindless(
            reading.figures, state.last_kind
        )
    if state.focus is not None and reading.strike:
        focus = _named_just_before(state) or state.focus
        _add_anaphor(reading, focus, state.gazetteer)
    struck = _struck_drafts(state.drafts, reading)
    anchor = None if struck else _sentence_anchor(reading, state.drafts, state.focus)
    if anchor is not None and _follows_an_aside(state, reading):
        anchor = None
    if not state.drafts and not reading.background:
        # Figures before any place is named ("at least 3 dead" in a title
        # about "an eastern Ukrainian city") wait for the main event.
        days = frozenset(d.date for d in reading.dates if d.precision == "day")
        state.orphans.extend((f, days) for f in reading.figures if f.scope == "event")
    state.wide.update((f.kind, f.value) for f in reading.figures if f.scope in ("campaign", "war"))
    figures_to = None if anchor is not None and _sum_over_places(reading, state) else anchor
    other_days = _attach_figures(reading, struck, figures_to, state.drafts)
    _zeros_for_the_list(state, reading, struck)
    _attach_elsewhere(state, reading, struck)
    _attach_weapons(
        reading,
        struck + other_days,
        anchor,
        len(state.drafts) == 1,
        state.previous_names,
        state.previous_weapons,
    )
    state.focus = (
        None
        if _sums_a_list(reading, struck)
        else _next_focus(reading.sentence.text, struck, anchor, state.focus)
    )
    state.previous_names = reading.named
    state.previous_weapons = reading.weapons
    state.aside_day = _aside_day(reading, struck, state.focus)


def _enter_section(state: _Assembly, reading: SentenceReading) -> None:
    """A round-up's new oblast heading leaves the place the text was about:
    a toll under "Kharkiv Oblast" is no toll of the last town of the part
    before it."""
    if reading.section_region is state.section:
        return
    state.section = reading.section_region
    state.focus = None
    state.last_list = []


def _follows_an_aside(state: _Assembly, reading: SentenceReading) -> bool:
    """Whether an undated sentence comes right after an aside about an earlier
    strike ("On 23 June 2024 ... Four people died, more than 150 were hurt"):
    its toll is the aside's, not the current event's."""
    return state.aside_day is not None and not reading.dates


def _aside_day(
    reading: SentenceReading, struck: list[tuple[Mention, Draft]], focus: Draft | None
) -> date | None:
    """The day of an earlier strike a sentence tells of without striking a
    place of its own: a written date of another year than the current event's."""
    if struck or focus is None or focus.date is None:
        return None
    for day in reading.dates:
        if day.precision == "day" and day.date.year != focus.date.year and day.kind == "written":
            return day.date
    return None


def _zeros_for_the_list(
    state: _Assembly, reading: SentenceReading, struck: list[tuple[Mention, Draft]]
) -> None:
    """Give "nobody was hurt in the three western regions", told in a sentence
    naming no place after one that struck several places at once, to each of
    them (rule 4).

    Otherwise the zero went to the last place of the list alone, or, when the
    count of regions gave it a campaign's scope, to none.  A zero is true of
    every place of the list; a count would be a sum, so counts are left alone.
    """
    if struck:
        state.last_list = struck if len({id(d) for _, d in struck}) > 1 else []
        return
    for figure in reading.figures if state.last_list else ():
        if figure.scope in ("event", "campaign") and figure.value == 0:
            _zero_to_each(figure, state.last_list, reading.sentence.index)


def _sum_over_places(reading: SentenceReading, state: _Assembly) -> bool:
    """A placeless sentence summing the toll of several places struck: "Загалом
    через російську агресію 1 людина загинула, ще 6 дістали поранення" after a
    list of villages is no toll of the village last named."""
    if not reading.figures:
        return False
    places = {
        d.place.parent_id if d.place.level == "district" else d.place.id
        for d in state.drafts.values()
        if d.primary
    }
    return len(places) > 1 and casualties.sums_strikes(reading.sentence.text, reading.lang)


#: How far after a figure "elsewhere in the region" may name the region.
_ELSEWHERE_REACH = 50


def _attach_elsewhere(
    state: _Assembly, reading: SentenceReading, struck: list[tuple[Mention, Draft]]
) -> None:
    """Give a toll "elsewhere in the region" to the region of the town just told.

    "One person died in Rodynske, and five more were wounded elsewhere in
    the region": the five are no toll of Rodynske's but of its region, an
    event of its own that day (rule 4).
    """
    text = reading.sentence.text
    for figure in reading.figures:
        if not getattr(figure, "elsewhere", False):
            continue
        cue = lexicon.template(ANAPHOR).search(text, figure.end, figure.end + _ELSEWHERE_REACH)
        if cue is None or anaphor_kind(cue) != "region":
            continue
        town = next((d for _, d in reversed(struck) if d.place.level != "region"), state.focus)
        region = _region_of_town(state.gazetteer, town)
        if town is None or region is None:
            continue
        draft = state.drafts.get((region.id, town.date))
        if draft is None:
            draft = state.drafts[(region.id, town.date)] = Draft(region, town.date)
            mention = Mention(
                reading.sentence, region, cue.group(0), cue.start(), cue.end(), "struck", "region"
            )
            mention.date = town.date
            draft.mentions.append(mention)
            draft.first_index = reading.sentence.index
        draft.primary |= town.primary
        draft.own_toll = True
        own = replace(figure, scope="event")
        (draft.killed if figure.kind == "killed" else draft.injured).append(own)


def _region_of_town(gazetteer: Gazetteer, town: Draft | None) -> Place | None:
    """The oblast of a struck town (None for a region or an unknown one)."""
    if town is None or town.place.level == "region":
        return None
    return gazetteer.region_of(town.place)


def _struck_drafts(
    drafts: dict[tuple[str, date | None], Draft], reading: SentenceReading
) -> list[tuple[Mention, Draft]]:
    """Add the sentence's struck mentions to their events (one per place per day).

    Returns the (mention, event) pairs that take the sentence's figures and
    weapons: those of an aside about earlier strikes belong to those
    strikes, not to today's event of the same place.
    """
    struck: list[tuple[Mention, Draft]] = []
    for mention in reading.mentions:
        if mention.role != "struck":
            continue
        draft = _draft_for(drafts, mention, reading)
        if draft is None:
            continue
        draft.mentions.append(mention)
        draft.first_index = min(draft.first_index, reading.sentence.index)
        if not mention.background:
            draft.primary = True
        if not (mention.background and draft.primary):
            struck.append((mention, draft))
    return struck


def _draft_for(
    drafts: dict[tuple[str, date | None], Draft], mention: Mention, reading: SentenceReading
) -> Draft | None:
    """The event of the mention's place and day, opened when the mention earns one."""
    key = (mention.place.id, mention.date)
    draft = drafts.get(key)
    if draft is None and not _no_event_of_its_own(mention, reading):
        draft = drafts[key] = Draft(mention.place, mention.date)
    elif draft is not None and _a_habit(mention, reading):
        # "Bohodukhiv is regularly hit by artillery, drones and glide bombs":
        # the habit gives today's strike neither weapons nor figures.
        return None
    return draft


def _a_habit(mention: Mention, reading: SentenceReading) -> bool:
    """Whether the mention's sentence tells a habit and no day of its own."""
    return reading.habitual and (mention.date is None or not mention.date_explicit)


def _no_event_of_its_own(mention: Mention, reading: SentenceReading) -> bool:
    """An undated aside ("the city has been shelled before"), a habit
    ("Kherson is shelled almost daily") or a remark on the whole war with no
    toll ("Bryansk is one of the regions hit hardest since the start of the
    war") opens no event of its own, nor does a monitors' monthly tally
    ("recorded 31 civilians killed ... in the Kherson region in October")."""
    if mention.background and not mention.date_explicit:
        return True
    if _a_habit(mention, reading):
        return True
    if reading.tally:
        return True
    return not mention.date_explicit and not reading.figures and reading.whole_war


def _sentence_anchor(
    reading: SentenceReading, drafts: dict[tuple[str, date | None], Draft], focus: Draft | None
) -> Draft | None:
    """The event a sentence naming no struck place adds its figures and weapons to.

    Only strike sentences carry figures or weapons to anchor (and "another
    body was recovered" carries one more dead).
    """
    increment = False
    if not reading.strike:
        increment = bool(_increment(reading.sentence.text))
        if not increment and not (not reading.mentions and reading.figures):
            return None
    # The anchor test is cheap; the figures and weapons it needs are
    # read only when there is an event to give them to.
    anchor = _anchor(reading, drafts, focus)
    if anchor is None:
        return None
    if reading.figures or (reading.strike and reading.weapons):
        return anchor
    return anchor if increment or _increment(reading.sentence.text) else None


def _sums_a_list(reading: SentenceReading, struck: list[tuple[Mention, Draft]]) -> bool:
    """A toll told over a list of towns, given to no one of them ("five people were
    killed in the attacks on Kharkiv and Kherson"), leaves the text at none of
    them: a toll after it ("there are also 17 wounded") is theirs together."""
    if not reading.figures:
        return False
    towns = {
        d.place.parent_id if d.place.level == "district" else d.place.id
        for _, d in struck
        if d.place.level in ("city", "district")
    }
    return len(towns) > 1 and all(
        not (d.killed or d.injured) for _, d in struck if d.place.level == "city"
    )


def _next_focus(
    text: str, struck: list[tuple[Mention, Draft]], anchor: Draft | None, focus: Draft | None
) -> Draft | None:
    """The place the text is about after a sentence."""
    if (
        focus is not None
        and any(d is focus for _, d in struck)
        and _one_list(text, struck)
        and (focus.place.level != "region" or focus.place.is_subdivision)
    ):
        # "Explosions in the raion centre and in the Marhanets, Myrove and
        # Pokrovske hromadas" after a report on Marhanets: a list that names
        # the place the text was about again leaves the text there.
        return focus
    if struck:
        # "attacked Okhtyrka in the Sumy region": the text goes on about
        # the town, not the region that locates it.  A raion or hromada away
        # from the towns ("after Odesa they shelled the Izmail raion") is
        # struck in its own right, and the text goes on about it.
        towns = [d.place for _, d in struck if d.place.level != "region"]
        return next(
            (d for _, d in reversed(struck) if not _locates_a_town(d.place, towns)),
            struck[-1][1],
        )
    return anchor if anchor is not None else focus


def _locates_a_town(place: Place, towns: list[Place]) -> bool:
    """Whether a region struck beside ``towns`` may only say where they are:
    an oblast always, a raion or hromada unless every town lies well outside
    its circle (twice its radius, at least :data:`_UNIT_REACH_KM`: the circles
    only approximate the units)."""
    if place.level != "region":
        return False
    if not place.is_subdivision:
        return True
    reach = max(2 * place.radius_km, _UNIT_REACH_KM)
    return any(haversine_km(town.lat, town.lon, place.lat, place.lon) <= reach for town in towns)


#: Below this distance from a raion's or hromada's centre a town may lie inside it.
_UNIT_REACH_KM = 40.0


def _named_just_before(state: _Assembly) -> Draft | None:
    """The event of the one place the sentence before named, in any role, when
    it is not the current one: "Para os moradores de Dnipro, a imagem não é
    nova. A 14 de Janeiro de 2023, um míssil destruiu um bloco na cidade" is
    Dnipro's earlier strike, though the text was last at Odesa."""
    if len(state.previous_names) != 1 or state.focus is None:
        return None
    ids = state.previous_names[0]
    if state.focus.place.id in ids:
        return None
    found = [d for d in state.drafts.values() if d.place.id in ids and d.place.level == "city"]
    return found[-1] if len({d.place.id for d in found}) == 1 else None


def _add_anaphor(reading: SentenceReading, focus: Draft, gazetteer: Gazetteer) -> None:
    """Add a background mention of the current place for an aside that names
    it only by its kind and dates an earlier strike on it (rule 3): "the city
    was last targeted on Oct. 17"."""
    if any(m.role == "struck" for m in reading.mentions):
        return
    if not reading.background and (reading.mentions or not reading.weapons):
        # "У Дніпрі ... влучань у місті не зафіксовано": the kind word is the
        # place the sentence names, not the one the text was about; and a
        # sentence of today's news opens a strike of another day only when it
        # tells the strike (its weapon), not a toll updated overnight.
        return
    text = reading.sentence.text
    match = lexicon.template(ANAPHOR).search(text, reading.skip)
    if match is None or text.startswith(("'", "’"), match.end()):
        return
    # The kind word must be what was struck ("the city was last targeted",
    # "shelled the town"), not the topic of some other clause.
    if not _struck_by_kind(reading, match):
        return
    place = focus.place
    if place.level == "district" and place.parent_id:
        place = gazetteer.get(place.parent_id)
    if anaphor_kind(match) != kind_of(place):
        return
    day = _anaphor_day(reading, match)
    if day is None or day.date == focus.date:
        return
    mention = Mention(
        reading.sentence, place, match.group(0), match.start(), match.end(), "struck", None
    )
    mention.date, mention.date_explicit = day.date, True
    mention.background = reading.background
    reading.mentions.append(mention)
    reading.mentions.sort(key=lambda m: m.start)


def _struck_by_kind(reading: SentenceReading, match: re.Match[str]) -> bool:
    """Whether the place named by its kind is what was struck ("the city was
    last targeted", "shelled the town"), not the topic of some other clause: a
    strike word close by, or, in a sentence of today's strikes, in its clause
    ("дрон атаковал маршрутное такси на въезде в город")."""
    text = reading.sentence.text
    window = text[max(0, match.start() - 25) : match.end() + 40]
    if STRIKE_CUE.search(window):
        return True
    if reading.background:
        return False
    _, clause = clause_around(text, match.start(), match.end())
    return STRIKE_CUE.search(clause) is not None


def _anaphor_day(reading: SentenceReading, match: re.Match[str]):
    """The day a sentence gives the place it names by its kind: the nearest
    one in an aside about earlier strikes, else its one day (a sentence of
    several days, or none, opens no event of its own)."""
    if reading.background:
        return _nearest_date(reading.dates, _Span(match.start(), match.end()))
    return _the_one_day([d for d in reading.dates if d.precision == "day"])


def _the_one_day(days: list):
    """The first of ``days`` when they all give one date, else None."""
    return days[0] if len({d.date for d in days}) == 1 else None


@dataclass(slots=True)
class _Span:
    start: int
    end: int


class _Spanned(Protocol):
    """Anything with a span of its sentence: a :class:`Mention`, a :class:`_Span`."""

    start: int
    end: int


_HEADLINE_KM = 100.0


def _headline_only(drafts: dict[tuple[str, date | None], Draft], gazetteer: Gazetteer) -> None:
    """Drop a city the title alone says was struck when the report's own
    strike that day is a place near it ("Belgorod shelled" over a story about
    a town of the Belgorod region, "strike on Kiev suburb", "удар по
    передмістю Дніпра" over a story about the Dnipro raion)."""
    for key, draft in list(drafts.items()):
        if draft.place.level != "city" or any(m.sentence.kind != "title" for m in draft.mentions):
            continue
        region = _region_id(gazetteer, draft.place)
        # "power plant near Moscow hit": the title only locates the target.
        near_it = any(
            _near_before().search(m.sentence.text[max(0, m.start - 20) : m.start])
            for m in draft.mentions
        )
        # A title that gives no day of its own ("Moscovo denuncia ataque ucraniano em
        # Briansk") tells of the body's strike, whatever day the body gives it.
        dated = any(m.date_explicit for m in draft.mentions)
        for other in drafts.values():
            if (
                other is draft
                or (dated and other.date != draft.date)
                or not (other.place.level in ("city", "district") or other.place.is_subdivision)
                or all(m.sentence.kind == "title" for m in other.mentions)
            ):
                continue
            near = haversine_km(draft.place.lat, draft.place.lon, other.place.lat, other.place.lon)
            if near_it or near < _HEADLINE_KM or _region_id(gazetteer, other.place) == region:
                del drafts[key]
                break


def _headline_reference(
    drafts: dict[tuple[str, date | None], Draft], readings: list[SentenceReading]
) -> None:
    """Drop a city the title alone says was struck when the report names it
    only to locate the target or where the weapons were shot down ("Strike
    near Dnipro kills one" over "a town just outside the city of Dnipro")."""
    body_roles: dict[str, set[str]] = {}
    for reading in readings:
        if reading.sentence.kind == "body":
            for m in reading.mentions:
                body_roles.setdefault(m.place.id, set()).add(m.role)
    for key, draft in list(drafts.items()):
        if any(m.sentence.kind != "title" for m in draft.mentions):
            continue
        roles = body_roles.get(draft.place.id)
        near = any(
            _near_before().search(m.sentence.text[max(0, m.start - 20) : m.start])
            for m in draft.mentions
        )
        if roles and (roles == {"intercept"} or (near and roles <= {"reference", "intercept"})):
            del drafts[key]


def _late_asides(drafts, main: date | None, body: list[int]) -> None:
    """An earlier strike told only in the last quarter of a report's body, away
    from its title and lead ("On Sunday, a similar attack on Reni..."), is
    background.  ``body`` holds the indices of the body's sentences: a page's
    navigation, captions and footer count for nothing."""
    if main is None or not body:
        return
    drafts = list(drafts)
    for draft in drafts:
        if draft.date is None or draft.date >= main:
            continue
        if any(m.in_blog_entry for m in draft.mentions):
            # A newest-first live blog ends with the day before: its own news.
            continue
        first = min(m.sentence.index for m in draft.mentions)
        late = bisect.bisect_left(body, first) >= 0.75 * len(body)
        if late or _told_after_today(draft, first, drafts, main):
            draft.primary = False


def _body_indices(readings: list[SentenceReading]) -> list[int]:
    """Indices of the sentences of the report's body, in order."""
    return [r.sentence.index for r in readings if r.sentence.kind == "body"]


def _told_after_today(draft, first: int, drafts, main: date) -> bool:
    """An earlier strike on a place told after the lead and after the place's
    strike of the report's day ("Напомним, в субботу в Купянске погиб мужчина"
    below Sunday's shelling of Kupiansk) is background."""
    if first <= _LEAD_SENTENCES:
        return False
    return any(
        other.place.id == draft.place.id
        and other.date == main
        and other.primary
        and any(m.sentence.kind == "body" and m.sentence.index < first for m in other.mentions)
        for other in drafts
    )


def _in_lead(reading: SentenceReading) -> bool:
    return reading.sentence.kind == "title" or reading.sentence.index <= _LEAD_SENTENCES


def _adopt_orphans(kept: list[Draft], orphans: list, wide: set[tuple[str, int]]) -> None:
    """Give figures of the title and lead that name no place ("at least 3 dead")
    to the article's main event when it has none of its own.

    A title figure the body gives as a nationwide or campaign toll ("Seven
    killed in Russian strikes" over "attacks across Ukraine killed seven")
    is no one place's, and neither is one the body gives a place of its own
    ("two civilians wounded" over "two residents of a village in the
    Semenivka hromada were wounded").  A figure of a sentence dated another
    day ("17 kwietnia trzy rakiety Iskander-M uderzyły w centrum miasta,
    zabijając 18 osób") is an earlier strike's.
    """
    main = next((d for d in kept if d.primary), None)
    if main is None:
        return
    # "Nobody was hurt" is said of each place alike: no place's own figure.
    told = {(f.kind, f.value) for d in kept for f in (*d.killed, *d.injured) if f.value}
    for kind in ("killed", "injured"):
        if not getattr(main, kind):
            getattr(main, kind).extend(
                f
                for f, days in orphans
                if f.kind == kind
                and (f.kind, f.value) not in wide | told
                and (not days or main.date in days)
            )


#: Body paragraphs the report's main date is looked for in, after the title.
_LEAD_PARAGRAPHS = 2


def _strike_dates(
    readings: list[SentenceReading], published: date | None, paragraphs: set[int]
) -> list[date]:
    """The day dates of the title's and the given paragraphs' strike sentences.

    A strike sentence with no day of its own takes the day of the sentence
    before it in its paragraph ("У ніч на 30 вересня над Дунаєм знову гуло.
    Близько другої години ночі ударні дрони ... атакували порт Рені").
    """
    found: list[date] = []
    previous: SentenceReading | None = None
    for reading in readings:
        in_lead = reading.sentence.kind == "title" or reading.sentence.paragraph in paragraphs
        if in_lead and reading.strike and not reading.background:
            days = _day_dates(reading) or _scene_setting_days(previous, reading)
            found.extend(d for d in days if published is None or d <= published)
        previous = reading
    return found


def _day_dates(reading: SentenceReading) -> list[date]:
    """The days a sentence dates to the day; of a sentence of the aftermath
    ("Thursday, 9 October, was declared a day of mourning"), only the strike's
    and those of a clause without aftermath words."""
    if reading.aftermath:
        days = [*reading.strike_dates, *reading.days_past_the_aftermath]
    else:
        days = reading.dates
    return [m.date for m in days if m.precision == "day"]


def _scene_setting_days(previous: SentenceReading | None, reading: SentenceReading) -> list[date]:
    """The days of a sentence that sets the scene of the strike told right after
    it, in the same paragraph, without telling a strike itself."""
    if previous is None or previous.strike or previous.background:
        return []
    if previous.sentence.paragraph != reading.sentence.paragraph:
        return []
    return _day_dates(previous)


def _anniversaries(readings: list[SentenceReading]) -> None:
    """Give a day written without its year ("обстрела 30 декабря") the year the
    article writes out for that same day ("30 декабря 2023 года"): the article
    marks its anniversary, and the inferred year would be this one."""
    stated: dict[tuple[int, int], set[int]] = {}
    for reading in readings:
        # Most sentences write no year: their dates are not read for this.
        for day in _written_days(reading) if _A_YEAR.search(reading.sentence.text) else ():
            if str(day.date.year) in day.text:
                stated.setdefault((day.date.month, day.date.day), set()).add(day.date.year)
    for reading in readings if stated else ():
        for day in _written_days(reading):
            years = stated.get((day.date.month, day.date.day), set())
            if len(years) == 1 and str(day.date.year) not in day.text:
                year = next(iter(years))
                if year < day.date.year:
                    reading.redate(day, replace(day, date=day.date.replace(year=year)))


def _days_later(readings: list[SentenceReading]) -> None:
    """Count a day on from the day told before ("Через два дні, у ніч на вівторок,
    ударні безпілотники атакували Новокодацький район", after a strike of Sunday
    8 December 2024): the sentence's weekday or relative day is that day, not
    one counted back from the publication."""
    for position, reading in enumerate(readings):
        later = _later_days(reading)
        if later is None:
            continue
        day = _counted_on(readings, position, later)
        if day is None:
            continue
        for mention in list(reading.dates):
            if mention.kind == "relative" or (
                mention.kind == "weekday" and mention.date.weekday() == day.weekday()
            ):
                reading.redate(mention, replace(mention, date=day))


def _later_days(reading: SentenceReading) -> int | None:
    """The days a body sentence counts on from the day told before ("two days
    later": 2, "a week later": 7), else None."""
    if reading.sentence.kind != "body":
        return None
    for slot, unit in (("days_later", 1), ("weeks_later", 7)):
        found = lexicon.scanned(slot).search(reading.sentence.text)
        if found is not None:
            count, _at_least = numbers.parse_number(found.group(0), reading.lang)
            return unit * (count or 1)
    return None


#: The most days a count on from a told day may span ("300 days later"): a
#: larger count ("9999999 days later") dates nothing.
_COUNTED_ON_REACH = 366


def _counted_on(readings: list[SentenceReading], position: int, days: int) -> date | None:
    """The day ``days`` after the one the text last gave before ``position``,
    unless it would fall after publication."""
    stated = _last_stated(readings, position)
    if stated is None or days > _COUNTED_ON_REACH:
        return None
    day = stated[1] + timedelta(days=days)
    published = readings[position].published
    return day if published is None or day <= published else None


# Compiled with its first characters: behind the look-behind the plain engine
# would try every position of every sentence.
_A_YEAR = regextrie.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _written_days(reading: SentenceReading) -> list:
    """The days a sentence writes as a day and a month (with or without a year)."""
    return [
        d
        for d in (*reading.dates, *reading.weak_dates)
        if d.kind == "written" and d.precision == "day"
    ]


def _main_date(readings: list[SentenceReading], published: date | None) -> tuple[date | None, bool]:
    """The date the report is about: first strike date in title or lead, else
    publication; and whether the lead states it.

    The lead is the first body paragraph, or the second when the first dates
    no strike (wire copy often gives the toll first and the day after it:
    "Four people were killed ... - the mayor said. / Russian drones struck
    Kharkiv late on Sunday evening.").
    """
    body_paragraphs: list[int] = []
    for reading in readings:
        paragraph = reading.sentence.paragraph
        if reading.sentence.kind == "body" and paragraph not in body_paragraphs:
            body_paragraphs.append(paragraph)
            if len(body_paragraphs) == _LEAD_PARAGRAPHS:
                break
    lead_dates: list[date] = []
    for count in range(1, _LEAD_PARAGRAPHS + 1):
        lead_dates = _strike_dates(readings, published, set(body_paragraphs[:count]))
        if lead_dates:
            break
    if lead_dates:
        # "A week after the Oct. 10 attack, Russia struck again on Monday":
        # the report is about the latest day its lead names.
        return max(lead_dates), True
    if published is not None:
        return published, False
    for reading in readings:
        if not reading.strike:
            continue
        for mention in reading.dates:
            if mention.precision == "day":
                return mention.date, False
    return None, False


def _date_mentions(
    readings: list[SentenceReading],
    main: date | None,
    published: date | None,
    overnight: bool,
    trust_relative: bool,
    stated: bool = False,
) -> None:
    """Give every place mention its date and background flag (rule 2).

    A date in the mention's sentence comes first; a date after a verb of
    speaking ("said on Monday") is weak and yields to a date the article
    gives the place elsewhere.  Without ``trust_relative`` (publication date
    read from the page rather than the metadata), a weekday or "today" yields
    to a written date of the same place.
    """
    tally = _DateTally(narrated=_narrated_dates(readings), main_stated=stated)
    for position, reading in enumerate(readings):
        for mention in reading.mentions:
            _date_from_sentence(reading, mention, tally, main)
        _oblast_takes_its_towns_day(reading)
        _dated_by_the_next(readings, position, tally, main)
    for reading in readings:
        for mention in reading.mentions:
            if mention.date_explicit:
                _prefer_written(mention, tally, trust_relative)
            else:
                mention.date = _date_from_article(
                    reading, mention, tally, trust_relative, main, published, overnight
                )


def _dated_by_the_next(
    readings: list[SentenceReading], position: int, tally: _DateTally, main: date | None = None
) -> None:
    """Date the place a sentence strikes without a day by the day the next
    sentence tells of that strike ("Die Behörden meldeten Angriffe auf
    Bilopillja. Dort sei am Dienstag eine Frau verletzt worden", "Une femme y
    a été blessée mardi"): the strike's own day, not the report's.  A day a
    month or more before the report's ("Rafineria w Riazaniu była już celem
    ataków. 13 marca 2024 r. drony wywołały tam pożar") is an earlier strike
    recalled."""
    reading = readings[position]
    struck = [m for m in reading.mentions if m.role == "struck" and not m.background]
    if not struck or any(m.date_explicit for m in struck) or reading.dates:
        return
    towns = {m.place.id for m in struck if m.place.level != "region"}
    day = _day_told_next(readings, position) if len(towns) == 1 else None
    if day is None:
        return
    old = _long_before(day.date, main)
    for mention in struck:
        mention.date, mention.date_explicit = day.date, True
        mention.background = mention.background or old
        _note_own(
            tally,
            mention.place,
            day.date,
            not day.relative,
            reading,
            old,
            by_official=mention.official,
        )


def _day_told_next(readings: list[SentenceReading], position: int):
    """The one day the next sentence of the paragraph gives a strike or a toll
    it tells without naming a place of its own, if it does."""
    if position + 1 >= len(readings):
        return None
    reading, after = readings[position], readings[position + 1]
    if (
        reading.sentence.kind != "body"
        or after.sentence.kind != "body"
        or after.sentence.paragraph != reading.sentence.paragraph
        or not (after.strike or after.figures)
        or after.background
        or after.countries
        or any(m.role not in ("none", "official") for m in after.mentions)
    ):
        return None
    days = after.strike_dates if after.aftermath else after.dates
    text = after.sentence.text
    day = _the_one_day([d for d in days if d.precision == "day" and not _toll_day(text, d)])
    published = reading.published
    return day if day is None or published is None or day.date <= published else None


#: How far after a day a toll word makes it the day of a count ("am Dienstag stieg ihre Zahl").
_TOLL_DAY_REACH = 25


def _toll_day(text: str, day) -> bool:
    """Whether a toll word follows the day closely: the day the count was
    raised ("am Dienstag stieg ihre Zahl auf vier"), not the strike's."""
    return bool(lexicon.compiled("toll_words").search(text, day.end, day.end + _TOLL_DAY_REACH))


@dataclass(slots=True)
class _Narrated:
    """The days the text is at, by sentence index (rule 2).

    ``same_day``: sentences that date themselves by the last date the text
    gave ("the same evening", "в тот же вечер").  ``current``: for a strike
    sentence without a date of its own, the day the last dated strike
    sentence of its paragraph is about ("On Monday Russia launched a massive
    missile attack. Missiles hit the centre of Kyiv.").
    """

    same_day: dict[int, date] = field(default_factory=dict)
    #: The current day and the countries of the places struck on it (none:
    #: a wave told without places, whose day any place takes).
    current: dict[int, tuple[date, frozenset[str]]] = field(default_factory=dict)

    def current_for(self, index: int, place: Place) -> date | None:
        """The current day of sentence ``index``, for a place of its country."""
        day, countries = self.current.get(index, (None, frozenset()))
        return day if not countries or place.country in countries else None


def _narrated_dates(readings: list[SentenceReading]) -> _Narrated:
    """Read the anaphoric and the current day of every strike sentence."""
    narrated = _Narrated()
    current: tuple[int, date | None, frozenset[str]] = (-1, None, frozenset())
    # The day of a wave told without a place struck ("Overnight Russia launched
    # 4 missiles and 87 drones"), and the paragraph it was last carried to.
    wave: tuple[int, date | None] | None = None
    last_index = -1
    for position, reading in enumerate(readings):
        if (
            reading.sentence.kind != "body"
            or reading.sentence.index != last_index + 1
            or (wave is not None and reading.section_day not in (None, wave[1]))
        ):
            # A subhead, a caption or a line left unread (a day heading, a
            # link) ends the wave's account.
            wave = None
        last_index = reading.sentence.index
        if reading.sentence.kind != "body":
            continue
        paragraph = reading.sentence.paragraph
        if wave is not None and paragraph != wave[0] and current[0] != paragraph:
            # The paragraphs right after a wave tell where it hit.
            current = (paragraph, wave[1], frozenset())
            wave = (paragraph, wave[1])
        heading = _date_heading(reading)
        if heading is not None:
            # "MONDAY. Russian aircraft dropped two bombs on Beryslav": a day
            # heading a round-up's entry.
            current = (paragraph, heading, frozenset())
            wave = None
            continue
        if not reading.strike:
            day = _scene_day(reading)
            if day is not None:
                # "Ночью над областным центром работала система ПВО. В посёлке
                # Разумное обломки повредили кровлю": the scene's night is the
                # day of the strike told next.
                current = (paragraph, day, frozenset())
            continue
        if current[0] == paragraph and current[1] is not None:
            narrated.current[reading.sentence.index] = (current[1], current[2])
        elif reading.section_day is not None:
            # A live blog's entry under its day's heading.
            narrated.current[reading.sentence.index] = (reading.section_day, frozenset())
        days = [d for d in reading.dates if d.precision == "day"]
        countries = frozenset(m.place.country for m in reading.mentions if m.role == "struck")
        if days:
            # A background aside, or several days in one sentence: no one
            # current day.
            several = len({d.date for d in days}) > 1
            day = None if reading.background or several else days[0].date
            current = (paragraph, day, countries)
            # Only a night or a day the report is written from ("overnight",
            # "this morning"): a written date may be an earlier wave's.
            fresh = day is not None and not countries and all(d.kind == "relative" for d in days)
            wave = (paragraph, day) if fresh else None
        elif reading.mentions and _anaphoric(reading.sentence.text):
            day = _anaphoric_day(readings, position)
            if day is not None:
                narrated.same_day[reading.sentence.index] = day
                current = (paragraph, day, countries)
        elif reading.mentions and (day := _next_day(readings, position)) is not None:
            narrated.same_day[reading.sentence.index] = day
            current = (paragraph, day, countries)
    return narrated


def _scene_day(reading: SentenceReading) -> date | None:
    """The one day a sentence that sets a strike's scene gives (explosions
    heard, air defence at work, an alert), else None."""
    if not sets_a_scene(reading.sentence.text) or reading.background:
        return None
    days = {d.date for d in reading.dates if d.precision == "day"}
    return next(iter(days)) if len(days) == 1 else None


def _next_day(readings: list[SentenceReading], position: int) -> date | None:
    """The day after the last day the text gave, for a sentence that says so ("Am
    Dienstagabend beschoss Artillerie Nikopol. Stunden später, kurz nach
    Mitternacht, traf eine Drohne Synelnykowe": Wednesday), unless that day is an
    overnight one (already the morning after) or a day heading ("SATURDAY."), or
    would fall after publication."""
    reading = readings[position]
    later = _later_days(reading)
    if later is not None:
        return _counted_on(readings, position, later)
    if not lexicon.scanned("next_day").search(reading.sentence.text):
        return None
    stated = _last_stated(readings, position)
    if stated is None:
        return None
    earlier, day = stated
    if earlier.overnight or _date_heading(earlier) is not None:
        # "SATURDAY. Shortly after midnight...": the heading's day itself.
        return None
    day += timedelta(days=1)
    published = reading.published
    return day if published is None or day <= published else None


def _date_heading(reading: SentenceReading) -> date | None:
    """The day a sentence made of a date alone gives ("MONDAY.", "Вівторок,
    14 травня:"), as round-ups head each day's entry."""
    if reading.strike or reading.mentions or len(reading.sentence.text) > 40:
        return None
    return dates.day_alone(reading.sentence.text, reading.dates)


def _anaphoric(text: str) -> bool:
    """Whether a sentence dates itself by a day or a night told before ("the
    same day", "тієї ж ночі")."""
    return bool(_same_day().search(text) or lexicon.scanned("same_night").search(text))


def _anaphoric_day(readings: list[SentenceReading], position: int) -> date | None:
    """The day an anaphoric sentence refers to: for "the same night", the last
    night or place struck told (:func:`_tells_a_night`), else the last day stated."""
    text = readings[position].sentence.text
    if not _same_day().search(text) and lexicon.scanned("same_night").search(text):
        night = _last_stated(readings, position, _tells_a_night)
        if night is not None:
            return night[1]
    return _last_stated_day(readings, position)


def _tells_a_night(reading: SentenceReading) -> bool:
    """Whether a sentence may be the night "the same night" refers to: one that
    tells a place struck or speaks of a night, not a funeral's or an arrival's day
    ("Am Donnerstag wurde der Student beerdigt. In derselben Nacht stürzten
    Trümmer ... in Iwano-Frankiwsk": the night of the strike told before)."""
    struck = reading.strike and any(m.role == "struck" for m in reading.mentions)
    return struck or reading.overnight


def _last_stated_day(readings: list[SentenceReading], position: int) -> date | None:
    """The day the nearest earlier sentence names (the last, if several); a
    day of the aftermath ("mourning was declared for Wednesday") is skipped."""
    stated = _last_stated(readings, position)
    return None if stated is None else stated[1]


def _last_stated(
    readings: list[SentenceReading],
    position: int,
    eligible: Callable[[SentenceReading], bool] | None = None,
) -> tuple[SentenceReading, date] | None:
    """The nearest earlier sentence that names a day, and that day (see
    :func:`_last_stated_day`); with ``eligible``, only a sentence it accepts.
    A paragraph of today's news skips an aside
    about an earlier strike that closed the paragraph before ("Попередня атака
    ... 19 вересня." / "Тієї ж ночі під ударом опинився й Ізмаїл": the night
    of today's strike); within its paragraph "an jenem Tag" is the aside's day."""
    asking = readings[position]
    for reading in reversed(readings[:position]):
        if eligible is not None and not eligible(reading):
            continue
        if (
            reading.background
            and not asking.background
            and reading.sentence.paragraph != asking.sentence.paragraph
        ):
            continue
        days = [
            d
            for d in reading.dates
            if d.precision == "day" and (not reading.aftermath or d in reading.strike_dates)
        ]
        if days:
            return reading, days[-1].date
    return None


def _same_day() -> lexicon.Scan:
    return lexicon.scanned("same_day")


@dataclass(slots=True)
class _DateTally:
    """The dates the article gives each place, by place id."""

    own: dict[str, set[date]] = field(default_factory=dict)
    own_written: dict[str, set[date]] = field(default_factory=dict)
    weak: dict[str, set[date]] = field(default_factory=dict)
    #: Dates of district strikes by city: an undated mention of the city
    #: ("the toll in Kharkiv rose") is about its district's strike.
    by_city: dict[str, set[date]] = field(default_factory=dict)
    #: Dates of strikes on a whole oblast, by its ISO code: an undated town of
    #: it ("Минулої доби, 19 березня, ворог атакував 14 населених пунктів
    #: Харківщини", then "У Куп'янську загинула жінка") was struck that day.
    by_region: dict[str, set[date]] = field(default_factory=dict)
    #: The days the text is at (anaphoric and current dates).
    narrated: _Narrated = field(default_factory=lambda: _Narrated())
    #: The first sentence that gives a place (or a city, through its
    #: district) each day, by (place id, day).
    first_given: dict[tuple[str, date], int] = field(default_factory=dict)
    #: Whether the title or lead states the report's main day.
    main_stated: bool = False
    #: (place id, day) pairs given by a sentence that is no aside about
    #: earlier strikes.
    plain: set[tuple[str, date]] = field(default_factory=set)
    #: The day the body last gave each struck place through its paragraph's
    #: current day, as the mentions are dated in text order.
    narrated_day: dict[str, date] = field(default_factory=dict)


def _date_from_sentence(
    reading: SentenceReading, mention: Mention, tally: _DateTally, main: date | None
) -> None:
    """Date a mention by its own sentence, and note the date for its place."""
    own = [d for d in reading.dates if not _past_another_clause(reading, mention, d)]
    mention.parted_days = tuple(d.date for d in reading.dates if d not in own)
    if reading.aftermath:
        # "Rescuers ended the search in the Sviatoshynskyi district on Friday
        # evening": the day of the aftermath dates no strike.  A day long
        # before the report's is an earlier strike remembered ("вспоминали 30
        # декабря 2023 года, когда при обстреле ... погибли 25 человек").
        own = [d for d in own if d in reading.strike_dates or _long_before(d.date, main)]
    near = _strike_day_before(reading, own, _nearest_date(own, mention), mention)
    place = mention.place
    same_day = tally.narrated.same_day.get(reading.sentence.index)
    if same_day is None and not reading.background:
        # "23:40" below "02:50" on a page of 22 March: the 21st, whatever the
        # article says of the same city on later days.  An aside about an
        # earlier strike in an entry ("last year's deadliest attack hit Lviv")
        # is not of the entry's day.
        same_day = reading.entry_day
        mention.in_blog_entry = same_day is not None
        if same_day is not None:
            # "Six injured in Kharkiv drone strike late on Saturday" in an
            # entry of Sunday's: the day the entry last gave, if it gave one.
            same_day = tally.narrated.current_for(reading.sentence.index, place) or same_day
    given = near.date if near is not None else same_day
    old = given is not None and _long_before(given, main)
    if near is None and same_day is not None:
        # "В тот же вечер в Рыльске...": the day the text last gave.
        mention.date, mention.date_explicit = same_day, True
        if mention.role == "struck":
            _note_own(tally, place, same_day, False, reading, old, mention.official)
    elif near is not None:
        mention.date = _entry_day(near, reading)
        mention.date_explicit = True
        if mention.role == "struck":
            _note_own(tally, place, mention.date, not near.relative, reading, old, mention.official)
    elif mention.role == "struck":
        # A weak date (after a verb of speaking) also keeps a month-only
        # mention dated.
        near = _nearest_date(reading.weak_dates, mention)
        if near is not None:
            tally.weak.setdefault(place.id, set()).add(near.date)
    month = _month_mention(reading, main, mention)
    mention.background = reading.background or month or old
    if month and near is None and mention.role == "struck":
        # "At the end of August the Russians struck Podoly": an
        # earlier strike whose day the text does not give.
        mention.date, mention.date_explicit = None, True


def _oblast_takes_its_towns_day(reading: SentenceReading) -> None:
    """An oblast that only frames its sentence takes the day of the town of it
    the sentence strikes: "In the Belgorod region bordering Ukraine, Governor
    Gladkov said a man had been killed on Monday when Ukrainian forces shelled
    the town of Shebekino" is Monday's, in Shebekino (the region then gives way
    to the town, as on any one day)."""
    towns = [
        m
        for m in reading.mentions
        if m.role == "struck" and m.date_explicit and m.place.level in ("city", "district")
    ]
    for mention in reading.mentions:
        if mention.role != "struck" or mention.date_explicit or not _is_oblast(mention.place):
            continue
        days = {m.date for m in towns if m.place.iso_region == mention.place.iso_region}
        if len(days) == 1:
            mention.date, mention.date_explicit = days.pop(), True


def _strike_day_before(reading: SentenceReading, own: list, near, mention: Mention):
    """The day that qualifies a strike noun, when the date nearest the place is
    a later one: "the body was recovered late on Wednesday, bringing the toll
    from Tuesday's strike on the city to nine" is Tuesday's strike.  An earlier
    nearest date stays ("the deadliest since April 13", a strike recalled)."""
    if near is None:
        return near
    text = reading.sentence.text
    earlier = [
        d
        for d in reading.strike_dates
        if d.date < near.date
        and (d in own or not _names_another_place(reading, mention, d))
        and not _across_a_semicolon(text, d, mention)
    ]
    return _nearest_date(earlier, mention) or near


def _across_a_semicolon(text: str, day, mention: Mention) -> bool:
    """Whether a semicolon parts a day from a place ("вспоминает жертв обстрела
    30 декабря; ночью ВСУ атаковали Брянск"): two reports in one title."""
    if day.end <= mention.start:
        return ";" in text[day.end : mention.start]
    return ";" in text[mention.end : day.start]


#: How far after a date a place it belongs to is named ("Tuesday's strike on Kyiv").
_DATE_PLACE_REACH = 60


def _names_another_place(reading: SentenceReading, mention: Mention, day) -> bool:
    """Whether another place is named right after ``day`` ("a day after
    Tuesday's attack on Kyiv"): the day is that place's."""
    return any(
        other.place is not None
        and other.place.id != mention.place.id
        and day.end <= other.start <= day.end + _DATE_PLACE_REACH
        for other in reading.mentions
    )


def _is_oblast(place: Place) -> bool:
    """Whether the place is a whole oblast (not a raion, hromada or city)."""
    return place.level == "region" and not place.is_subdivision and bool(place.iso_region)


def _oblast_day(mention: Mention, tally: _DateTally) -> date | None:
    """The one day its oblast was struck, for an undated place of that oblast."""
    region = mention.place.iso_region
    days = tally.by_region.get(region, set()) if region and not _is_oblast(mention.place) else ()
    return next(iter(days)) if len(days) == 1 else None


def _note_own(
    tally: _DateTally,
    place: Place,
    day: date,
    written: bool,
    reading: SentenceReading,
    old: bool = False,
    by_official: bool = False,
) -> None:
    """Note a date the article gives a struck place (and its city, for a district);
    a monitors' tally gives none, and a strike a month or more before the
    report's day ("Vor einem Jahr, am 8. Juli 2024") dates no other mention."""
    if reading.tally or old:
        return
    tally.own.setdefault(place.id, set()).add(day)
    ids = [place.id]
    if place.level == "district" and place.parent_id:
        tally.by_city.setdefault(place.parent_id, set()).add(day)
        ids.append(place.parent_id)
    if _is_oblast(place) and not by_official:
        tally.by_region.setdefault(place.iso_region, set()).add(day)
    for place_id in ids:
        tally.first_given.setdefault((place_id, day), reading.sentence.index)
        if not reading.background:
            tally.plain.add((place_id, day))
    if written:
        tally.own_written.setdefault(place.id, set()).add(day)


def _prefer_written(mention: Mention, tally: _DateTally, trust_relative: bool) -> None:
    """Without trusted relative dates, the one written date of a place wins."""
    written = tally.own_written.get(mention.place.id, set())
    if not trust_relative and len(written) == 1 and mention.date not in written:
        mention.date = next(iter(written))


def _date_from_article(
    reading: SentenceReading,
    mention: Mention,
    tally: _DateTally,
    trust_relative: bool,
    main: date | None,
    published: date | None,
    overnight: bool,
) -> date | None:
    """The date of a mention its sentence does not date: its place's, else the main one."""
    place_id = mention.place.id
    written = tally.own_written.get(place_id, set())
    dated = tally.own.get(place_id) or tally.by_city.get(place_id, set())
    dated = _not_told_later(dated, place_id, reading, mention, tally, main)
    if not dated and mention.place.level == "district" and mention.place.parent_id:
        # An undated district takes its city's strike day.
        parent = mention.place.parent_id
        dated = _not_told_later(tally.own.get(parent, set()), parent, reading, mention, tally, main)
    if not trust_relative and len(written) == 1:
        dated = _not_told_later(written, place_id, reading, mention, tally, main)
    guesses = tally.weak.get(place_id, set())
    if len(dated) == 1:
        return next(iter(dated))
    if not dated and len(guesses) == 1 and not _said_after_main(guesses, tally, main):
        mention.date_explicit = True
        return next(iter(guesses))
    current = tally.narrated.current_for(reading.sentence.index, mention.place)
    if not dated and current is not None and current not in mention.parted_days:
        # The day the paragraph's last dated strike sentence is about.
        if mention.role == "struck" and reading.sentence.kind == "body":
            tally.narrated_day[place_id] = current
        return current
    if not dated and place_id in tally.narrated_day:
        # "Під ударом опинилися Нікополь, …" on the day its paragraph tells,
        # then "У Нікополі поранено двох людей" in the next: that strike's day.
        return tally.narrated_day[place_id]
    if reading.evening and overnight and main is not None and main == published:
        # A strike "at 9.45 p.m." in a report of an "overnight" attack
        # published the next morning happened the evening before.
        return main - timedelta(days=1)
    if not dated:
        return _oblast_day(mention, tally) or main
    return main


def _entry_day(near, reading: SentenceReading) -> date:
    """The day a date word gives: "this afternoon" in a live blog's entry under
    "Saturday 4 October" is the 4th, not the day the page was last updated."""
    if near.kind != "relative" or reading.section_day is None or reading.published is None:
        return near.date
    return near.date + (reading.section_day - reading.published)


#: A strike this many days or more before the report's day is an earlier one recalled.
_RECALLED_DAYS = 30


def _long_before(day: date, main: date | None) -> bool:
    """Whether ``day`` lies a month or more before the report's main day."""
    return main is not None and (main - day).days >= _RECALLED_DAYS


def _said_after_main(guesses: set[date], tally: _DateTally, main: date | None) -> bool:
    """A statement's day after the strike day the lead states ("wie Gouverneur
    Fedorow am Montag mitteilte" over "Gleitbomben trafen die Stadt am
    Sonntagabend") is the day it was said, not the day of the strike."""
    return tally.main_stated and main is not None and min(guesses) > main


def _not_told_later(
    days: set[date],
    place_id: str,
    reading: SentenceReading,
    mention: Mention,
    tally: _DateTally,
    main: date | None,
) -> set[date]:
    """The days of a place an undated mention may take: an earlier day than the
    main one the lead states, first given only further on ("El 6 de octubre ... ya
    habían alcanzado ... Zaporiyia" after today's strike on Zaporiyia; "Напомним,
    в субботу в Купянске..."), is an aside about an earlier strike, not the day
    of the mention before it.  A toll update ("Zahl der Toten ... steigt auf
    sechs") is about the strike whose day comes later."""
    if main is None or mention.background or not tally.main_stated:
        return days
    if mention.sentence.kind != "body":
        # A title sums up the report: it takes the day of any strike told
        # below, but an aside's.
        return {day for day in days if day >= main or (place_id, day) in tally.plain}
    if any(figure.update for figure in reading.figures):
        return days
    return {
        day
        for day in days
        if day >= main or tally.first_given.get((place_id, day), -1) <= mention.sentence.index
    }


_MONTH_REACH = 80


def _month_mention(reading: SentenceReading, main: date | None, mention: Mention) -> bool:
    """A month named without a day ("at the end of August") other than the main
    one, near the mention (a month at the far end of a long sentence dates
    something else: "...since Moscow launched the invasion in February 2022")."""
    if main is None:
        return False
    return any(
        d.precision == "month"
        and (d.date.year, d.date.month) != (main.year, main.month)
        and _gap(mention, d) < _MONTH_REACH
        for d in reading.dates
    )


def _past_another_clause(reading: SentenceReading, mention: Mention, day) -> bool:
    """Whether a date after the mention lies in the clause of another struck
    place after it: "у Великописарівській громаді поранено двох, у Сумській -
    чотирьох, а у Білопільській - жінку, яка постраждала від удару 8 жовтня" dates
    the Bilopillia strike only, "Удару зазнав також Павлоград, а напередодні
    ввечері окупанти били по Нікопольщині" the Nikopol one.  A list shares its
    date ("hit Kharkiv, Sumy and Odesa on Tuesday")."""
    if day.start < mention.end:
        return False
    text = reading.sentence.text
    if lexicon.template(CONTRAST).search(text, mention.end, day.start):
        # "Удару зазнав також Павлоград, а напередодні ввечері окупанти били по
        # Нікопольщині": a clause of contrast is another's, struck or not.
        return True
    return any(
        other is not mention
        and other.role == "struck"
        and mention.end <= other.start
        and _clause_gap(text[mention.end : min(other.start, day.start)])
        for other in reading.mentions
    )


def _clause_gap(gap: str) -> bool:
    """Whether a gap between two places parts two clauses: punctuation with
    words besides, not a list ("Kharkiv, Sumy and Odesa") nor one clause
    ("shelling of the Belgorod region killed two in Shebekino")."""
    return any(mark in gap for mark in ",;–—") and not _list_gap().match(gap)


@lexicon.cached
def _list_gap() -> re.Pattern[str]:
    """What parts the members of a list of places: commas and list words."""
    joins = lexicon.union("and_words")
    return regextrie.compile(r"[\s,;]*(?:(?:" + joins + r")[\s,]+)?$", re.IGNORECASE)


def _nearest_date(candidates: list, mention: _Spanned):
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


def _zeros_of_places_named(reading: SentenceReading, focus: Draft) -> bool:
    """Whether the sentence's "nobody was hurt" is said of the places it names
    without a strike, not of the place before: "Вибухи чули й у Черкасах та
    Кропивницькому …, інформації про влучання чи постраждалих немає"."""
    if not reading.named or reading.mentions or not reading.figures:
        return False
    if any(f.value for f in reading.figures):
        return False
    ids = {focus.place.id, focus.place.parent_id}
    return not any(ids & set(names) for names in reading.named)


def _anchor(
    reading: SentenceReading,
    drafts: dict[tuple[str, date | None], Draft],
    focus: Draft | None,
) -> Draft | None:
    """The event a sentence without struck places is about.

    A place named in another role whose event exists ("the Belgorod governor
    said..."); else, when the sentence names no other place or country (nor
    a struck place the gazetteer could not place), gives no other date and is
    no aside about earlier strikes, the event the text was last about.
    """
    if any(m.role == "struck" for m in reading.mentions):
        return None
    named = [
        m
        for m in reading.mentions
        if m.role != "none"
        and not (
            m.role == "reference"
            and name_kinds.names_a_care_town(m.sentence.text, m.start, reading.lang)
        )
    ]
    for mention in named:
        for draft in drafts.values():
            same = draft.place.id == mention.place.id or (
                draft.place.level == "region"
                and draft.place.iso_region
                and draft.place.iso_region == mention.place.iso_region
            )
            if same and (focus is None or draft.date == focus.date):
                return draft
    if focus is not None and named and all(_official_of(m, focus) for m in named):
        # "..., said the governor of the Dnipropetrovsk region": the official
        # of the region the current place lies in tells of that place.
        named = []
    if named or reading.countries or reading.background or reading.stranger or focus is None:
        return None
    if _zeros_of_places_named(reading, focus):
        return None
    if any(
        d.precision == "day"
        and d.date != focus.date
        and not lexicon.compiled("report_day_words", head="(?:", tail=")$").match(d.text)
        for d in reading.dates
    ):
        return None
    if _of_an_unnamed_village(reading, focus) or _general_remark(reading):
        return None
    return focus


def _general_remark(reading: SentenceReading) -> bool:
    """A remark on a habit with no day of its own ("Russian forces regularly
    attack Ukrainian regions with drones, missiles and KABs"): nothing of it
    is the current event's."""
    if any(d.precision == "day" for d in reading.dates):
        return False
    return reading.habitual


def _official_of(mention: Mention, focus: Draft) -> bool:
    """Whether a mention is the title of an official of the region the current
    place lies in ("the governor of the Dnipropetrovsk region")."""
    return (
        mention.role == "official"
        and mention.place.level == "region"
        and bool(focus.place.iso_region)
        and mention.place.iso_region == focus.place.iso_region
    )


def _of_an_unnamed_village(reading: SentenceReading, focus: Draft) -> bool:
    """A sentence about a village it does not name ("a village in the region
    had been shelled") after a report on a town: its figures and weapons are
    that village's, not the town's (a region's village is the region's)."""
    return focus.place.level != "region" and name_kinds.names_unnamed_village(
        reading.sentence.text, reading.lang
    )


def _figure_days(reading: SentenceReading) -> dict[int, date]:
    """The day each figure of a sentence naming several days is told with.

    "Attacks killed one person yesterday and wounded two men overnight",
    "Вчера погиб один человек, а ночью ранены двое": the sentence is cut
    between figures at the last comma or joining word, and a day belongs to
    the figure of its piece.
    """
    days = [d for d in reading.dates if d.precision == "day"]
    figures = sorted(
        (f for f in reading.figures if getattr(f, "scope", "event") == "event"),
        key=lambda f: f.start,
    )
    if len({d.date for d in days}) < 2 or not figures:
        return {}
    text = reading.sentence.text
    cuts = [_last_join(text, a.end, b.start) for a, b in pairwise(figures)]
    pieces: dict[int, list] = {}
    for day in days:
        pieces.setdefault(bisect.bisect_right(cuts, day.start), []).append(day)
    return {id(figures[piece]): _piece_day(told, reading) for piece, told in pieces.items()}


def _piece_day(told: list, reading: SentenceReading) -> date:
    """The day of a figure's piece: its first, unless a day qualifying a strike
    noun comes with later ones only ("the body was recovered late on Wednesday,
    bringing the toll from Tuesday's strike to nine": Tuesday's toll)."""
    qualified = [d for d in told if d in reading.strike_dates]
    if qualified and all(d.date >= qualified[0].date for d in told):
        return qualified[0].date
    return told[0].date


def _last_join(text: str, start: int, end: int) -> int:
    """Where the last comma or joining word between two figures begins."""
    joins = list(_clause_joins().finditer(text, start, end))
    return joins[-1].start() if joins else end


def _clause_joins() -> re.Pattern[str]:
    return lexicon.compiled("clause_joins", head=r",|\b(?:")


def _span_gap(a, b) -> int:
    """Characters between two spans (0 when they overlap)."""
    return max(0, b.start - a.end, a.start - b.end)


def _on_day(drafts: dict[tuple[str, date | None], Draft], draft: Draft, day: date | None) -> Draft:
    """The event of ``draft``'s place on another ``day`` (opened if need be)."""
    if day is None or day == draft.date:
        return draft
    other = drafts.get((draft.place.id, day))
    if other is None:
        other = drafts[(draft.place.id, day)] = Draft(draft.place, day, primary=draft.primary)
        other.mentions.append(draft.mentions[-1])
        other.first_index = draft.first_index
    return other


def _attach_figures(
    reading: SentenceReading,
    struck: list[tuple[Mention, Draft]],
    anchor: Draft | None,
    drafts: dict[tuple[str, date | None], Draft] | None = None,
) -> list[tuple[Mention, Draft]]:
    """Give each casualty figure of the sentence to one event (rule 4).

    In a sentence naming several days, a figure told beside one of them
    goes to the strike of that day on its place; the events so opened are
    returned (they take the sentence's weapons too).
    """
    if not struck and anchor is None:
        return []
    text = reading.sentence.text
    days = _figure_days(reading) if struck and drafts is not None else {}
    other_days: list[tuple[Mention, Draft]] = []
    for figure in reading.figures:
        if getattr(figure, "scope", "event") != "event":
            continue
        # A figure in a place's own "where" clause is that place's.
        target = _where_clause_owner(text, struck, figure)
        if target is not None and _distributive(figure) and _one_list(text, struck):
            # "Attacks on Sumy, Chernihiv and Poltava, where nobody was hurt".
            _zero_to_each(figure, struck, reading.sentence.index)
            continue
        if target is None and struck and _national(text, reading.country_spans, struck, figure):
            continue
        if target is None and struck:
            target = _owner_among_struck(reading, struck, figure)
            if target is None:
                continue
        elif target is None:
            target = anchor
        if target is None:
            continue
        if id(figure) in days and drafts is not None:
            moved = _on_day(drafts, target, days[id(figure)])
            if moved is not target:
                other_days.append((moved.mentions[-1], moved))
            target = moved
        _give_figure(target, figure, text, reading.sentence.index)
    if not reading.figures:
        _attach_increment(reading, struck, anchor)
    return other_days


def _give_figure(target: Draft, figure, text: str, index: int) -> None:
    """Give one figure of sentence ``index`` to its event.

    "Another person died in hospital" (:func:`_one_more`) adds one to the
    toll the event was given before; without one, it is the toll.  One more
    wounded on top of a count is told too loosely to add up, so it is left
    out.
    """
    killed = figure.kind == "killed"
    given = target.killed if killed else target.injured
    if given and _one_more(text, figure):
        if killed:
            target.increments.append((index, figure.value))
        return
    given.append(figure)
    if killed:
        target.last_killed = index


_ONE_MORE = r"(?<!\w)(?:{increment_words})(?!\w)"
#: How far from a figure's first word the word "another" may stand
#: ("eine weitere Person", "Ещё один человек").
_ONE_MORE_REACH = 12


def _one_more(text: str, figure) -> bool:
    """Whether a figure of one victim counts one more than told before
    ("another person was killed", "ещё один человек погиб", "eine weitere
    Person", "kolejna osoba")."""
    if figure.value != 1 or figure.update:
        return False
    lo = max(0, figure.start - _ONE_MORE_REACH)
    hi = min(figure.end, figure.start + _ONE_MORE_REACH)
    return any(
        lo <= m.start() <= hi for m in lexicon.template(_ONE_MORE).finditer(text, lo, figure.end)
    )


def _several(struck: list[tuple[Mention, Draft]]) -> bool:
    """Whether the struck mentions are of several towns (a city and its
    district count once; a region only locates them)."""
    towns = {
        d.place.parent_id if d.place.level == "district" else d.place.id
        for _, d in struck
        if d.place.level != "region"
    }
    return len(towns) > 1


def _distributive(figure) -> bool:
    """A figure that holds for each place it is said of ("nobody was hurt",
    "each had one person wounded")."""
    return figure.value == 0 or bool(getattr(figure, "each", False))


def _zero_to_each(figure, pool: list[tuple[Mention, Draft]], index: int) -> None:
    """Give a figure of each place ("nobody was killed or hurt", "each had one
    person wounded") to every place of a list."""
    if not _distributive(figure):
        return
    for draft in {id(d): d for _, d in pool}.values():
        (draft.killed if figure.kind == "killed" else draft.injured).append(figure)
        if figure.kind == "killed":
            draft.last_killed = index


# A relative clause right after a place, up to the next listed place:
# "Kryvyi Rih, where the dead are ten and the wounded 47, and Dnipro, where...".
_WHERE_CLAUSE = r",?\s+(?:{where_words})\b[^;.]*?(?=(?:{where_ends})|$)"


def _where_clause_owner(text: str, struck: list[tuple[Mention, Draft]], figure) -> Draft | None:
    """The struck place whose "where" clause holds the figure, if any."""
    if not lexicon.slot_filter("where_words").accepts(text):
        return None
    for mention, draft in struck:
        match = lexicon.template(_WHERE_CLAUSE).match(text, mention.end)
        if match and mention.end <= figure.start and figure.end <= match.end():
            return draft
    return None


_LIST_GAP = r"^\s*(?:,\s*(?:{and_words})?|{and_words})\s*$"


def _owner_among_struck(
    reading: SentenceReading, struck: list[tuple[Mention, Draft]], figure
) -> Draft | None:
    """The struck place of the sentence whose figure ``figure`` is; None when it
    sums several of them (a zero is then given to each)."""
    text = reading.sentence.text
    offset, clause = clause_around(text, figure.start, figure.end)
    in_clause = [(m, d) for m, d in struck if offset <= m.start and m.end <= offset + len(clause)]
    pool = _without_regions_of_others(in_clause, figure) or struck
    one_list = _one_list(text, pool)
    if one_list and _counted_place_by_place(reading, pool, figure):
        # "Ocho personas resultaron heridas en Járkov y en Zólochiv otras
        # siete": a count after the list's last place pairs the counts with
        # the places; the first is the first place's.
        return _nearest_bound(text, pool, figure)
    if one_list or (not in_clause and _several(struck)):
        # "Missiles hit Kharkiv's Shevchenkivskyi district and central
        # Zolochiv; four wounded": a toll in a clause of its own after
        # several places sums them.
        # "Raid on Kyiv, Lviv and Dnipro: at least 14 dead" sums
        # several places: it is none of them's own toll; "nobody
        # was hurt" is each one's.
        _zero_to_each(figure, pool, reading.sentence.index)
        return None
    if _a_total_of_parts(text, reading.figures, figure, pool):
        return None
    listed = _list_right_after(text, pool, figure)
    if listed:
        # "a drone hit Saltivka, two people were killed in Kupiansk and
        # Izium": the figure sums the list told right after it.
        _zero_to_each(figure, listed, reading.sentence.index)
        return None
    return _nearest_bound(text, pool, figure)


def _counted_place_by_place(
    reading: SentenceReading, pool: list[tuple[Mention, Draft]], figure
) -> bool:
    """Whether the figures of ``figure``'s kind are one for each place of a
    list, the last told after the list's last place."""
    same = [f for f in reading.figures if f.kind == figure.kind and f.scope == "event"]
    last = max(m.end for m, _ in pool)
    return len(same) == len({id(d) for _, d in pool}) > 1 and max(f.start for f in same) > last


def _without_regions_of_others(
    struck: list[tuple[Mention, Draft]], figure
) -> list[tuple[Mention, Draft]]:
    """The struck places of a figure's clause but an oblast named before a town
    of its own, itself before the figure: "In Donetsk Oblast, Kramatorsk was
    shelled and two people were injured" names the oblast only as where
    Kramatorsk is, so the toll is Kramatorsk's alone.  A figure told of the
    oblast keeps it ("drones wound ten in the Kursk region, setting Rylsk
    blocks on fire")."""
    return [
        (m, d)
        for m, d in struck
        if not (
            d.place.level == "region"
            and d.place.unit is None
            and any(
                other.place.level != "region"
                and other.place.iso_region == d.place.iso_region
                and m.start < town.start < figure.start
                for town, other in struck
            )
        )
    ]


#: How far after a figure the list of places it sums may begin ("two people
#: were killed in Kupiansk and Izium").
_LIST_REACH = 30


def _list_right_after(
    text: str, struck: list[tuple[Mention, Draft]], figure
) -> list[tuple[Mention, Draft]]:
    """The struck places named as one list right after ``figure``, when there
    are several of them (else an empty list)."""
    after = sorted(
        ((m, d) for m, d in struck if m.start >= figure.end), key=lambda pair: pair[0].start
    )
    if not after or after[0][0].start - figure.end > _LIST_REACH:
        return []
    gap = lexicon.template(_LIST_GAP)
    run = after[:1]
    for pair in after[1:]:
        if not gap.match(text[run[-1][0].end : pair[0].start]):
            break
        run.append(pair)
    return run if len({id(d) for _, d in run}) > 1 else []


def _one_list(text: str, struck: list[tuple[Mention, Draft]]) -> bool:
    """Whether the struck places of a sentence are several, named in one
    list ("Kyiv, Lviv and Dnipro")."""
    if len({id(d) for _, d in struck}) < 2:
        return False
    mentions = sorted((m for m, _ in struck), key=lambda m: m.start)
    gap = lexicon.template(_LIST_GAP)
    return all(gap.match(text[a.end : b.start]) for a, b in pairwise(mentions))


# "Rescuers later recovered another body": one more dead on top of the toll
# given so far (unless the sentence restates a toll).
_INCREMENT = r"\b(?:{increment_words}|(?P<count>\w+) (?:{increment_more}))\s+(?:{body_words})\b"


def _increment(text: str) -> re.Match[str] | None:
    if not lexicon.slot_filter("body_words").accepts(text):
        return None
    return lexicon.template(_INCREMENT).search(text)


def _attach_increment(
    reading: SentenceReading, struck: list[tuple[Mention, Draft]], anchor: Draft | None
) -> None:
    text = reading.sentence.text
    match = _increment(text)
    if match is None or lexicon.compiled("toll_words").search(text):
        return
    target = struck[0][1] if struck else anchor
    if target is None or not target.killed:
        return
    count = 1
    if match.group("count"):
        count = numbers.parse_number(match.group("count"), reading.lang)[0] or 0
    if count:
        target.increments.append((reading.sentence.index, count))


#: At most this far before a place, a country is the place's ("Russia's Kursk").
_OWNER_GAP = 4
#: One word alone between a country and a place: the country's place ("in Ukraine
#: against Kharkiv", "in Ucraina contro Kharkiv").
_ONE_WORD_GAP = regextrie.compile(r"\s+[^\W\d_]+\s+")


def _owned_by_country(text: str, country_end: int, mention: Mention) -> bool:
    gap = mention.start - country_end
    if gap < 0:
        return False
    return (
        gap <= _OWNER_GAP or _ONE_WORD_GAP.fullmatch(text, country_end, mention.start) is not None
    )


#: How far after a country the verb making it where the speakers are may stand.
_SPEAKER_REACH = 60


def _national(
    text: str, countries: list[tuple[int, int]], pool: list[tuple[Mention, Draft]], figure
) -> bool:
    """A figure told for the whole country ("Four people were killed and nine
    wounded overnight in Ukraine, three of them in Odesa"): the country is
    nearer to it than any place no punctuation parts from it."""
    bound = [_gap(m, figure) for m, _ in pool if not _parted(text, m, figure)]
    nearest = min(bound, default=None)
    for start, end in countries:
        if any(_owned_by_country(text, end, m) for m, _ in pool):
            # "drones struck Russia's Kursk Region", "un attacco ... in Ucraina
            # contro Kharkiv": the country owns the place.
            continue
        if speaks(text[end : end + _SPEAKER_REACH]):
            # "Prosecutors in Ukraine said that a woman was killed in Odesa":
            # the country is where the speakers are, not the toll.
            continue
        country = _Span(start, end)
        if not _parted(text, country, figure) and (
            nearest is None or _gap(country, figure) < nearest
        ):
            return True
    return False


def _a_total_of_parts(text: str, figures: list, figure, pool: list[tuple[Mention, Draft]]) -> bool:
    """A toll no place is bound to, whose parts the sentence counts in places
    after it ("killed seven people, including three in Odesa and two in
    Kharkiv"): the sum is none of them's own."""
    if any(not _parted(text, m, figure) for m, _ in pool):
        return False
    return any(
        other.kind == figure.kind
        and other.start > figure.end
        and any(not _parted(text, m, other) for m, _ in pool)
        for other in figures
    )


def _nearest_bound(text: str, pool: list[tuple[Mention, Draft]], figure) -> Draft:
    """The event of the nearest place no comma or semicolon parts from the
    figure, else of the nearest place.

    "due morti nella regione di Sumy, un morto e due feriti nella regione di
    Kherson, un morto nella regione di Odessa": each figure is the place's
    after it, although the place before it is as near.
    """
    bound = [md for md in pool if not _parted(text, md[0], figure)]
    return min(bound or pool, key=lambda md: _gap(md[0], figure))[1]


def _parted(text: str, mention: _Spanned, figure) -> bool:
    """Whether punctuation, or a word joining list items, stands between a
    place and a figure ("27 feriti nella regione di Kharkiv e cinque feriti
    nella regione di Dnipropetrovsk": "e" opens the next item)."""
    if mention.start >= figure.end:
        between = text[figure.end : mention.start]
    else:
        between = text[mention.end : figure.start]
    if any(mark in between for mark in ",;:()"):
        return True
    return bool(lexicon.compiled("and_words", head="(?:", tail=")$").match(between.strip()))


def _gap(mention: _Spanned, figure) -> int:
    if mention.start >= figure.end:
        return mention.start - figure.end
    return max(0, figure.start - mention.end)


def _attach_weapons(
    reading: SentenceReading,
    struck: list[tuple[Mention, Draft]],
    anchor: Draft | None,
    alone: bool = False,
    previous: tuple[tuple[str, ...], ...] = (),
    previous_weapons: list[WeaponMention] | None = None,
) -> None:
    """Give the sentence's weapons to its struck places or its anchor (rule 5).

    ``alone``: the anchor is the one place struck so far; ``previous``: the
    places each name of the sentence before may be (:func:`_names_by_its_kind`);
    ``previous_weapons``: the weapons it named, which debris naming none is of
    ("Air defences shot down drones over Dnipro. Debris of one of them fell in
    the Samarskyi district").
    """
    if struck and reading.debris and not reading.weapons and previous_weapons:
        _debris_of(struck, previous_weapons)
    if not struck and anchor is not None and reading.debris:
        # "Über Kursk schoss die Flugabwehr Drohnen ab. Trümmerteile trafen
        # das Dach eines Wohnhauses": the debris fell where the text is.
        anchor.debris = True
    # Each place once, however often the sentence names it.
    targets = list({id(d): d for _, d in struck}.values())
    if not targets and anchor is not None and reading.weapons:
        reach = _weapons_reach(anchor, reading, alone) or _names_by_its_kind(
            reading, anchor, previous
        )
        targets = [anchor] if reach else []
    own = _clause_weapons(reading, struck)
    # Weapons another place's clause names are that place's: "Missiles hit
    # Kirovograd; Marganets shelled" gives Marganets no missile.
    claimed = {id(w) for ws in own.values() for w in ws}
    unclaimed = [w for w in reading.weapons if id(w) not in claimed]
    for draft in targets:
        for weapon in own.get(id(draft), unclaimed):
            if weapon.air_defence:
                continue
            if weapon.debris:
                draft.debris = True
            _weapon_set(draft, weapon).add(weapon.category)
            if weapon.model and weapon.model not in draft.models:
                draft.models.append(weapon.model)
        if reading.debris:
            draft.debris = True


def _weapon_set(draft: Draft, weapon: WeaponMention) -> set[str]:
    """The set of ``draft`` a weapon word adds its category to."""
    if weapon.loose:
        return draft.loose_weapons
    return draft.generic_weapons if weapon.generic else draft.weapons


def _debris_of(struck: list[tuple[Mention, Draft]], weapons: list[WeaponMention]) -> None:
    """Give the places debris fell on the weapons it was of."""
    for _, draft in struck:
        draft.debris = True
        for weapon in weapons:
            if not weapon.air_defence and not weapon.generic:
                draft.weapons.add(weapon.category)


def _weapons_reach(anchor: Draft, reading: SentenceReading, alone: bool) -> bool:
    """Whether a sentence naming no place tells the weapon of the current place.

    It does within the paragraph that last named the place, and in the lead
    when only the title named it, and named no other place ("Air strikes on
    Dnipro" then "A drone hit a house"; never the weapons of a wave over a
    title listing several cities).
    """
    if not anchor.mentions:
        return False
    last = anchor.mentions[-1].sentence
    if last.paragraph == reading.sentence.paragraph:
        return True
    # What air defence shot down is no weapon that hit the place.
    return (
        alone
        and last.kind == "title"
        and _in_lead(reading)
        and not is_interception(reading.sentence.text, reading.lang)
    )


def _names_by_its_kind(
    reading: SentenceReading, anchor: Draft, previous: tuple[tuple[str, ...], ...]
) -> bool:
    """Whether the sentence names the current place by its kind as what was
    struck ("a strike on the city with guided bombs", "the region was attacked
    by drones"), whatever paragraph it is in: right after a sentence that named
    no other place, and not to say what air defence shot down."""
    if not reading.weapons or any(anchor.place.id not in ids for ids in previous):
        return False
    text = reading.sentence.text
    match = lexicon.template(ANAPHOR).search(text, reading.skip)
    if match is None:
        return False
    if anaphor_kind(match) != kind_of(anchor.place):
        return False
    window = text[max(0, match.start() - 25) : match.end() + 40]
    return STRIKE_CUE.search(window) is not None and not is_interception(text, reading.lang)


def _clause_weapons(reading: SentenceReading, struck: list[tuple[Mention, Draft]]) -> dict:
    """Weapons of each struck place's own clause, when a sentence names
    several places in clauses of their own ("Drones hit Belgorod; a missile
    hit Kharkiv").  Places whose clause names no weapon take the sentence's."""
    if len({id(d) for _, d in struck}) < 2 or not reading.weapons:
        return {}
    text = reading.sentence.text
    segments = _segment_weapons(text, struck, reading.weapons)
    if segments is not None:
        return segments
    own: dict[int, dict[int, WeaponMention]] = {}
    for mention, draft in struck:
        left, right = clause_bounds(text, mention.start, mention.end)
        for weapon in reading.weapons:
            if left <= weapon.start and weapon.end <= right and not weapon.air_defence:
                own.setdefault(id(draft), {})[id(weapon)] = weapon
    return {key: list(weapons.values()) for key, weapons in own.items()}


#: Where a sentence's stretches between commas, semicolons and dashes end.
_SEGMENT_CUT = regextrie.compile(r"[,;:](?!\d)|\s[—–-]\s")


def _segment_weapons(
    text: str, struck: list[tuple[Mention, Draft]], weapons: list[WeaponMention]
) -> dict | None:
    """Weapons of each struck place by the stretch between commas it stands in,
    when places of different stretches have weapons of their own ("drones hit
    Kharkiv and Izmail, guided bomb kills two in Bilopillia").

    A place whose stretch names no weapon takes those of the nearest stretch
    that does (:func:`_armed_stretch`).  None when all places take the same
    stretch's weapons: the clauses decide.
    """
    cuts = [m.end() for m in _SEGMENT_CUT.finditer(text)]
    by_stretch: dict[int, list[WeaponMention]] = {}
    for weapon in weapons:
        if not weapon.air_defence:
            by_stretch.setdefault(bisect.bisect_right(cuts, weapon.start), []).append(weapon)
    if len(by_stretch) < 2:
        return None
    bounds = [0, *cuts, len(text)]
    chosen: dict[int, int] = {}
    for mention, draft in struck:
        if id(draft) not in chosen:
            stretch = bisect.bisect_right(cuts, mention.start)
            own = text[bounds[stretch] : bounds[stretch + 1]]
            chosen[id(draft)] = _armed_stretch(stretch, sorted(by_stretch), own)
    if len(set(chosen.values())) < 2:
        return None
    return {key: by_stretch[stretch] for key, stretch in chosen.items()}


def _armed_stretch(stretch: int, armed: list[int], text: str) -> int:
    """The stretch whose weapons a place in ``stretch`` takes: its own if it
    names any; for a bare place before a comma ("In Kharkiv, drones hit a
    house") the next that does; else the nearest before ("Drones hit Kyiv, Lviv
    and Odesa"), or after."""
    if stretch in armed:
        return stretch
    before = [s for s in armed if s < stretch]
    after = [s for s in armed if s > stretch]
    if after and (not before or not STRIKE_CUE.search(text)):
        return after[0]
    return before[-1]


def _article_weapons(readings: list[SentenceReading], lead_only: bool) -> set[str]:
    """Specific weapon categories of the title and lead, or of the whole report."""
    found: set[str] = set()
    for reading in readings:
        if lead_only and not _in_lead(reading):
            break
        if reading.background or _general_remark(reading):
            continue
        # "24 Shaheds were launched at the region" names the wave's weapon
        # even without a strike word.
        named = (
            reading.weapons if reading.strike else find_weapons(reading.sentence.text, reading.lang)
        )
        found.update(w.category for w in named if not w.air_defence and not w.generic)
    return found


def _refine(drafts: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    """Apply the precision rules (7): regions yield to cities, cities to districts."""
    by_day: dict[date | None, list[Draft]] = {}
    for draft in drafts:
        by_day.setdefault(draft.date, []).append(draft)
    survivors = [
        d
        for d in drafts
        # A summary first: it hands none of its toll to the one town of its day.
        if not _summary_region(d, drafts, gazetteer)
        and not _region_yields(d, by_day[d.date], gazetteer)
    ]
    kept = [d for d in survivors if not _city_yields(d, by_day[d.date], drafts)]
    kept.sort(key=lambda d: d.first_index)
    return kept


def _summary_region(draft: Draft, drafts: list[Draft], gazetteer: Gazetteer) -> bool:
    """A region named without a day of its own, over towns of it struck on days
    the text gives ("a day-by-day account of the attacks on the Kherson region"
    over Monday's Beryslav and Friday's Tiahynka), only sums them up; so does
    one whose toll those towns' tolls cover ("im Gebiet Sumy ... ein Mensch
    getötet, vier weitere verletzt" over Friday's dead in Krasnopillia and
    Saturday's injured in Konotop and Sumy)."""
    if draft.place.level != "region" or draft.place.is_subdivision:
        return False
    if any(m.date_explicit for m in draft.mentions):
        return False
    towns = [
        other
        for other in drafts
        if other.primary
        and other.place.level in ("city", "district")
        and gazetteer.in_region(other.place, draft.place)
    ]
    if not any(town.date not in (None, draft.date) for town in towns):
        return False
    return _covered_by_towns(draft, towns)


def _covered_by_towns(region: Draft, towns: list[Draft]) -> bool:
    """Whether the towns' tolls together reach each figure of the region's."""
    for kind in ("killed", "injured"):
        value = _best_figure(getattr(region, kind))[0]
        if value and value > sum(_best_figure(getattr(t, kind))[0] or 0 for t in towns):
            return False
    return True


def _region_yields(draft: Draft, same_day: list[Draft], gazetteer: Gazetteer) -> bool:
    """A region event gives way to the towns of the region struck that day.

    The towns take the region's weapons where they name none ("The enemy
    attacked the Sumy region with drones. In Shostka a facility was
    damaged"), and a single town takes the region's toll.
    """
    if draft.place.level != "region":
        return False
    if draft.place.is_subdivision:
        return _subdivision_yields(draft, same_day, gazetteer)
    units = _region_units(draft, same_day, gazetteer)
    if not units:
        return False
    for other in same_day:
        if (
            other.place.level in ("city", "district")
            and gazetteer.in_region(other.place, draft.place)
            and not other.armed
        ):
            other.take_weapons(draft)
    if len(units) < _SUMMARY_TOWNS and _own_regional_toll(draft, list(units.values())):
        return False
    if len(units) == 1:
        # The region's toll is then the one city's toll.
        city = next(iter(units.values()))
        for kind in ("killed", "injured"):
            if not getattr(city, kind):
                getattr(city, kind).extend(getattr(draft, kind))
    return True


#: A region's toll of a day on which the text tells this many of its towns
#: struck is the day's summary of them ("Херсонщина: за добу загинув чоловік,
#: шестеро поранених" over Bilozerka, Stanislav, Tiahynka ...), not a strike of
#: its own, even when the towns' own tolls do not add up to it.
_SUMMARY_TOWNS = 3


def _own_regional_toll(region: Draft, towns: list[Draft]) -> bool:
    """Whether a region's toll is its own, beside the towns struck in it.

    "In Kherson Oblast the number of people hurt reached seven" over two
    towns hit without casualties, "attacks injured 20 people in Kharkiv
    Oblast, four of them in the city": a regional toll larger than its towns'
    tolls together sums places the text does not name, and stays a region
    event.  A single town told without a figure of that kind takes the region's.
    """
    if region.own_toll:
        return True
    if not (region.killed or region.injured):
        return False
    for kind in ("killed", "injured"):
        value = _best_figure(getattr(region, kind))[0]
        told = [_best_figure(getattr(town, kind))[0] for town in towns]
        if len(towns) == 1 and told[0] is None:
            # The one town's gap of this kind is filled by the region's figure.
            continue
        if value is not None and value > sum(t or 0 for t in told):
            return True
    return False


def _region_units(draft: Draft, same_day: list[Draft], gazetteer: Gazetteer) -> dict[str, Draft]:
    """The region's primary towns struck that day, a city's districts counted
    once; for a region's earlier strike, its towns struck that day ("A região
    de Sumy continua marcada pelo ataque de 13 de abril de 2025, quando dois
    mísseis mataram 35 pessoas no centro da cidade de Sumy")."""
    units: dict[str, Draft] = {}
    for other in same_day:
        if (
            (other.place.level in ("city", "district") or other.place.is_subdivision)
            and (other.primary or not draft.primary)
            and gazetteer.in_region(other.place, draft.place)
        ):
            unit = other.place.parent_id if other.place.level == "district" else None
            units.setdefault(unit or other.place.id, other)
    return units


def _smaller_unit(place: Place, unit: Place) -> bool:
    """Whether ``place`` can lie inside ``unit``: a town or district, or a hromada
    inside a raion ("Обстріли Нікопольщини" over a report on Marhanetska hromada)."""
    return place.level in ("city", "district") or (unit.unit == "raion" and place.unit == "hromada")


def _subdivision_yields(draft: Draft, same_day: list[Draft], gazetteer: Gazetteer) -> bool:
    """A raion or hromada gives way to the towns inside it struck that day
    ("in the Nikopol district, in Marhanets a house was hit"), handing them its
    weapons where they name none, and its toll to a single town.  A unit that
    stands for a village the text does not name ("shelled a village in the
    Semenivka hromada") is a strike of its own.
    """
    if any(m.unnamed_village for m in draft.mentions):
        return False
    inside = [
        other
        for other in same_day
        if _smaller_unit(other.place, draft.place)
        and other.primary
        and _region_id(gazetteer, other.place) == _region_id(gazetteer, draft.place)
        and _lies_in(other.place, draft.place, gazetteer)
    ]
    if not inside or _other_weapons(draft, inside):
        return False
    for town in inside:
        if not town.armed:
            town.take_weapons(draft)
    if len({o.place.parent_id if o.place.level == "district" else o.place.id for o in inside}) == 1:
        for kind in ("killed", "injured"):
            if not getattr(inside[0], kind):
                getattr(inside[0], kind).extend(getattr(draft, kind))
    return True


def _other_weapons(unit: Draft, towns: list[Draft]) -> bool:
    """Whether a unit was struck by other weapons than every town inside it:
    "a drone hit a train at Vorozhba" and "a glide bomb damaged a building in
    the Bilopilska hromada" are two strikes, though Vorozhba lies in it."""
    return bool(unit.weapons) and all(
        town.weapons and not (town.weapons & unit.weapons) for town in towns
    )


def _lies_in(place: Place, unit: Place, gazetteer: Gazetteer) -> bool:
    """Whether ``place`` may lie inside the raion or hromada ``unit``: within its
    radius and, for a raion, nearer its centre than any other raion's of the
    region (Dnipro lies 38 km from Synelnykove, inside that raion's 75 km
    radius, but is the centre of a raion of its own)."""
    if haversine_km(place.lat, place.lon, unit.lat, unit.lon) > max(unit.radius_km, 10.0):
        return False
    if unit.unit != "raion":
        return True
    raions = _raions_by_region(gazetteer).get(unit.iso_region, [unit])
    nearest = min(raions, key=lambda r: haversine_km(place.lat, place.lon, r.lat, r.lon))
    return nearest.id == unit.id


_RAION_CACHE: dict[int, tuple[Gazetteer, dict[str | None, list[Place]]]] = {}


def _raions_by_region(gazetteer: Gazetteer) -> dict[str | None, list[Place]]:
    """The raions of each region (ISO code), read once per gazetteer."""
    cached = _RAION_CACHE.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        table: dict[str | None, list[Place]] = {}
        for place in gazetteer.subdivisions():
            if place.unit == "raion":
                table.setdefault(place.iso_region, []).append(place)
        cached = _RAION_CACHE[id(gazetteer)] = (gazetteer, table)
    return cached[1]


def _keeps_own_toll(city: Draft, districts: list[Draft]) -> bool:
    """The city's toll is its own: no district carries one, and there are several
    districts or the one district has no weapon of its own (only damaged): "at
    least 10 injured in Kyiv ... gas pipelines damaged in Kyiv's Pecherskyi
    district" (seed 000, whose gold keeps the toll on the city)."""
    if not (city.killed or city.injured) or any(d.killed or d.injured for d in districts):
        return False
    return len(districts) != 1 or not districts[0].armed


def _city_yields(draft: Draft, same_day: list[Draft], drafts: list[Draft]) -> bool:
    """A city event gives way to its districts struck that day (and hands them its details).

    When the one district named is where the weapons landed ("three dead in
    Kharkiv ... drones hit the Saltivskyi district"), the city's toll is that
    district's; a toll none of several districts carries, or beside a
    district only said to be damaged, may be the city's own.
    """
    if draft.place.level != "city":
        return False
    districts = [
        d for d in same_day if d.place.level == "district" and d.place.parent_id == draft.place.id
    ]
    if not districts:
        return False
    if _keeps_own_toll(draft, districts):
        return False
    # The city's only district in the whole report takes its toll as its
    # own; a city toll beside districts struck on other days may sum them all.
    only = {
        d.place.id
        for d in drafts
        if d.place.level == "district" and d.place.parent_id == draft.place.id
    } == {districts[0].place.id}
    _hand_over(draft, districts, only)
    return not _sums_its_districts(draft, districts)


def _sums_its_districts(city: Draft, districts: list[Draft]) -> bool:
    """Whether the city's toll is larger than any one of its districts' that day
    ("19 injured in Saltivskyi, five in Kyivskyi ... the number of injured in
    Kharkiv rose to 27"): a city-wide total, kept on the city's own event."""
    if len(districts) < 2:
        return False
    for kind in ("killed", "injured"):
        own, _ = _best_figure(getattr(city, kind))
        if own is None:
            continue
        parts = [_best_figure(getattr(d, kind))[0] for d in districts]
        if all(part is None or part < own for part in parts):
            return True
    return False


def _region_id(gazetteer: Gazetteer, place: Place) -> str | None:
    region = gazetteer.region_of(place)
    return region.id if region is not None else None


def _hand_over(city: Draft, districts: list[Draft], only: bool) -> None:
    """Move a city event's details onto its districts' events of the same day."""
    first = min(districts, key=lambda d: d.first_index)
    # A city-wide toll may sum several districts: it only fills a gap.  With
    # one district it is that district's toll, told another time.
    for kind in ("killed", "injured"):
        if only or not getattr(first, kind):
            getattr(first, kind).extend(getattr(city, kind))
    for district in districts:
        district.take_weapons(city)
        for model in city.models:
            if model not in district.models:
                district.models.append(model)
        district.primary |= city.primary
        district.debris |= city.debris
    first.mentions.extend(city.mentions)


def _best_figure(figures: list) -> tuple[int | None, bool]:
    """The figure that stands: the highest current one (tolls rise as counts firm up).

    Figures the text presents as superseded ("earlier, ten were reported") and
    upper bounds ("nearly 70") do not count; a corrected toll ("revised down to
    nine") replaces the figures of its kind.
    """
    usable = [
        f for f in figures if not lexicon.compiled("approximate_words", head="^(?:").match(f.text)
    ]
    current = _exact_first(_current(usable))
    if not current:
        return None, False
    corrected = [f for f in current if getattr(f, "corrected", False)]
    # "The death toll was later corrected to nine": the latest correction
    # stands even when lower (figures are in text order).
    best = corrected[-1] if corrected else max(current, key=lambda f: (f.value, not f.at_least))
    return best.value, bool(best.at_least)


def _exact_first(figures: list) -> list:
    """The exact figures when there are any, else the round estimates.

    "Cerca de 50 feridos" in a lead and "48 feridos" in the body: the body's
    count stands, though lower.
    """
    exact = [f for f in figures if not getattr(f, "approximate", False)]
    return exact or figures


def _current(figures: list) -> list:
    """The figures that are not superseded.

    A victim told alone ("A pensioner was seriously hurt") describes one of
    those counted before, even in an earlier report ("Earlier reports said
    eight people were injured"): it supersedes no count.
    """
    counts = [f for f in figures if not getattr(f, "person", False)]
    fresh = [f for f in counts if not getattr(f, "superseded", False)]
    if fresh or counts:
        people = [f for f in figures if f not in counts and not getattr(f, "superseded", False)]
        return (fresh or counts) + people
    return [f for f in figures if not getattr(f, "superseded", False)] or figures


def _weapons_of(draft: Draft, kept: list[Draft], readings: list[SentenceReading]) -> list[str]:
    """Weapon categories of an event (rule 5).

    Specific mentions ("missile", "Shahed") outrank generic wording ("air
    strikes", "shelling", "rockets"), which counts only when nothing specific
    is said.  An event without any takes those of the other events of the
    same wave (same day and attacker), else of the lead, else of the report.
    """
    found = set(draft.weapons)
    if not found:
        found = set(draft.generic_weapons)
        if "artillery" in found:
            # "rockets" next to shelling are artillery rockets.
            found.discard("missile")
    if not found:
        found = _listed_with_weapons(draft, kept)
    if not found:
        found = _city_weapons(draft, kept)
    if not found:
        for other in kept:
            if (
                other is not draft
                and other.date == draft.date
                and other.primary
                and (other.place.country == draft.place.country)
            ):
                found |= other.weapons
    if not found:
        # "los bombardeos que sufrieron las regiones de Odesa y Dnipro" on a
        # day of drones: the loose word yields to the wave's weapons.
        found = set(draft.loose_weapons)
    if not found:
        found = _article_weapons(readings, lead_only=True) or _article_weapons(
            readings, lead_only=False
        )
    if not found:
        found = _wave_words(draft, kept)
    return [c for c in _CATEGORY_ORDER if c in found] or ["unknown"]


def _listed_with_weapons(draft: Draft, kept: list[Draft]) -> set[str]:
    """The weapons of the places struck in the same sentence and day ("сам
    Нікополь, Покровська, Марганецька громади. Ворог гатив FPV-дронами"): a
    list member told without any shares its list's, before the whole wave's."""
    sentences = {id(m.sentence) for m in draft.mentions if m.role == "struck"}
    found: set[str] = set()
    for other in kept:
        if (
            other is not draft
            and other.date == draft.date
            and any(id(m.sentence) in sentences for m in other.mentions if m.role == "struck")
        ):
            found |= other.weapons
    return found


def _city_weapons(draft: Draft, kept: list[Draft]) -> set[str]:
    """The weapons of a district's city struck the same day ("drones hit
    Kharkiv ... struck its Shevchenkivskyi and Saltivskyi districts"): a
    district told without any shares its city's, before the whole wave's."""
    if draft.place.level != "district":
        return set()
    found: set[str] = set()
    for other in kept:
        if other.place.id == draft.place.parent_id and other.date == draft.date:
            found |= other.weapons
    return found


def _wave_words(draft: Draft, kept: list[Draft]) -> set[str]:
    """The generic weapons ("shelling", "обстріл") of the other places struck
    the same day, for a place of that wave told without any."""
    found: set[str] = set()
    for other in kept:
        if other is not draft and other.date == draft.date and other.primary:
            found |= other.generic_weapons | other.loose_weapons
    return found


def _increments_added(draft: Draft, toll: int) -> int:
    """The dead to add to ``toll`` for "another person died" and "another body
    was found" told after it.

    A report that also tells the earlier count whose sum with them is the
    toll ("three dead; the death of another person was confirmed; earlier two
    men were reported killed") is telling how the toll grew to what it gave:
    nothing is added.
    """
    added = sum(n for index, n in draft.increments if index > draft.last_killed)
    earlier = {f.value for f in draft.killed if f.superseded}
    return 0 if any(value + added == toll for value in earlier) else added


def _to_event(
    article: Article,
    draft: Draft,
    kept: list[Draft],
    readings: list[SentenceReading],
    by_index: dict[int, SentenceReading],
) -> Event:
    place = draft.place
    killed, killed_least = _best_figure(draft.killed)
    if killed is not None:
        killed += _increments_added(draft, killed)
    injured, injured_least = _best_figure(draft.injured)
    weapons = _weapons_of(draft, kept, readings)
    side = _attacker_of(draft, by_index)
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
        models=_specific_models(draft.models),
        killed=killed,
        killed_at_least=killed_least,
        injured=injured,
        injured_at_least=injured_least,
        attacker=side,
        primary=draft.primary,
        interception_debris=draft.debris,
        confidence=_confidence(draft),
        evidence=evidence[:_MAX_EVIDENCE],
        sources=[article.as_source()],
    )


def _attacker_of(draft: Draft, by_index: dict[int, SentenceReading]) -> attacker.Side:
    """Who launched the strike: the side the event's own sentences name
    ("Ukrainian drones hit occupied Donetsk") when they agree, else the usual
    attacker of the country struck."""
    votes: set[attacker.Side] = set()
    # Each sentence once, however often it names the place.
    sentences = {m.sentence.index: m.sentence for m in draft.mentions}
    for index, sentence in sentences.items():
        reading = by_index.get(index)
        if reading is None or not _one_country_struck(reading):
            continue
        side = attacker.find_attacker(sentence.text, reading.lang)
        if side:
            votes.add(side)
    if len(votes) == 1:
        return next(iter(votes))
    if any(
        _occupied_before().search(m.sentence.text[max(0, m.start - 30) : m.start])
        for m in draft.mentions
    ):
        # "occupied Melitopol": struck by the side that does not hold it.
        return "UA"
    town = draft.place.parent_id if draft.place.level == "district" else draft.place.id
    return attacker.target_country_default(
        draft.place.country, draft.place.iso_region, town, draft.date
    )


def _one_country_struck(reading: SentenceReading) -> bool:
    """Whether the sentence strikes places of one country only: the side it
    names struck them all ("Ukrainian drones attacked Crimea, setting a depot
    in Feodosia ablaze"), where a sentence striking both countries may name
    each side for its own target."""
    countries = {m.place.country for m in reading.mentions if m.role == "struck"}
    return len(countries) == 1


def _specific_models(models: list[str]) -> list[str]:
    """Drop a model family when a variant of it is named ("Iskander" beside "Iskander-M")."""
    return [m for m in models if not any(o != m and o.startswith(m + "-") for o in models)]


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


def _near_before() -> re.Pattern[str]:
    """ "near", "outside" right before a place: it only locates the target."""
    return lexicon.compiled("near_words", tail=r")\s+$")


def _occupied_before() -> re.Pattern[str]:
    """ "occupied", "Russian-held" before a place: struck by the side that does not hold it."""
    return lexicon.compiled("occupied_words", tail=r")\s+(?:\w+\s+)?$")
