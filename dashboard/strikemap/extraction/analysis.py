"""Per-sentence reading of an article: places with their roles, dates, figures, weapons.

This is the first half of extraction.  Each report sentence is scanned once
for place mentions (resolved against the gazetteer in the article's
context), date mentions, casualty figures and weapon mentions; the second
half (:mod:`strikemap.extraction.assembly`) turns those readings into events.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from strikemap.extraction import (
    blog_entries,
    casualties,
    dates,
    lexicon,
    name_kinds,
    regextrie,
    sections,
    weapons,
)
from strikemap.extraction.dates import DateMention
from strikemap.extraction.placematch import PlaceMatcher, PlaceMention, district_keys
from strikemap.extraction.roles import (
    STRIKE_CUE,
    Role,
    alert_only,
    classify,
    clause_around,
    reports_damage,
    speaks,
)
from strikemap.extraction.segment import Sentence, bullet_length, dateline_end, starts_with_bullet
from strikemap.gazetteer import Gazetteer, Place, normalize
from strikemap.gazetteer.geometry import haversine_km
from strikemap.gazetteer.names import is_cyrillic, stem_candidates, transliterate

# The structures below are language-neutral; their words come from the
# language files (lexicon.template: each ``{slot}`` is the slot's patterns in
# every language).
#
# A region right after a comma locates the place named before it; so does a
# region after "the village of Hroza in", "Kupiansk District of" or an
# apposition ("Kostiantynivka, a front-line town in Ukraine's").
#: The date type by a name no class field hides (``Mention.date`` does, in its class body).
Day = date
_NAME = r"[A-ZА-ЯЁІЇЄ][\w'’-]+"
_LOCATOR = (
    # After a name (or a bracket) and a comma: "Hroza, Kharkiv region"; not
    # "Further north, in the Kharkiv region", where the region is the place.
    r"(?:(?<![\w'’-])(?-i:[A-ZА-ЯЁІЇЄҐ])[\w'’-]*|[.)])\s*,\s*"
    r"(?:{locator_preps})?(?:(?:{locator_regions})\s+(?:{locator_links})?)?$|"
    r"\b(?:{locator_units})\s+(?:(?:{locator_of})\s+)?" + _NAME + r"(?:[ -]" + _NAME + r")?,?\s+"
    r"(?:{locator_in})\s+(?:(?:{place_articles})\s+)?$|"
    + _NAME
    + r"\s+(?:{locator_units_after})\s+(?:{locator_of})\s+(?:(?:{place_articles})\s+)?$|"
    # An apposition: "Kostiantynivka, a front-line town in Ukraine's".
    + _NAME
    + r"\s*,\s+(?:[\w'’-]+\s+){{0,3}}?(?:{locator_units})\s+(?:{locator_in})\s+"
    r"(?:(?:{place_articles})\s+)?(?:[\w'’-]+['’]s\s+)?$"
)
# Sentences about earlier strikes, mentioned as background ("Earlier the
# same day" is today's news, not background).
# "Earlier it was reported that...": an earlier report of today's toll, no
# earlier strike.
_BACKGROUND = (
    r"\b(?:{background_words}|{commemoration_words}"
    r"|(?:{background_earlier})\b(?!\s+(?:{background_same_day}))"
    r"(?!,?\s+(?:\w+\s+){{0,6}}(?:{background_earlier_report})))\b"
)
_BACKGROUND_SLOTS = ("background_words", "commemoration_words", "background_earlier")
# A commemoration's day is, like a funeral's, the aftermath's, not the strike's.
_AFTERMATH_SLOTS = ("aftermath_words", "commemoration_words")

_NEXT_WORD = regextrie.compile(r"[ \t]+([A-ZА-ЯЁІЇЄ][a-zа-яёіїє]+)")
_PREV_WORD = regextrie.compile(r"([A-ZА-ЯЁІЇЄ][a-zа-яёіїє]+)[ \t]+$")
_NATIONALITY = r"^(?:{nationality_words})$"
# Capitalised words that may stand before a place name, from the language files;
# a weekday, a month or a day word is no given name either ("am Montag Berislaw",
# "Вночі Суми опинилися під обстрілом").
_LEAD_WORD = r"^(?:{lead_words}|{weekdays}|{months}|{relative_days}|{overnight_words})$"
_PLACE_WORDS = frozenset(
    {
        "oblast", "region", "regional", "krai", "raion", "district", "city", "mayor", "governor",
        "province", "state", "military", "council", "administration", "metro", "airport",
        "область", "край", "район", "obwód",
    }
)  # fmt: skip


def _passes(needles: re.Pattern[str] | lexicon.Filter, text: str) -> bool:
    """Whether ``text`` passes a substring gate (a literal pattern or a filter)."""
    if isinstance(needles, lexicon.Filter):
        return needles.accepts(text)
    return needles.search(text.lower()) is not None


@lexicon.cached
def _speech_before() -> re.Pattern[str]:
    """A verb of speaking right before a date ("said on Monday", "a annoncé
    mercredi", "заявив у четвер"): the date of the statement, not of the
    strike.  The verbs are the ``speech_verbs`` of every language and those
    the name kinds read after a speaker's name."""
    verbs = "|".join(
        v for v in (lexicon.union("speech_verbs"), name_kinds.all_languages("speech_after")) if v
    )
    return regextrie.compile(r"\b(?:" + verbs + r")\s+(?P<gap>(?:\w+\s+){0,4})$", re.IGNORECASE)


def _speech_after() -> re.Pattern[str]:
    """A verb of speaking a few words after a date, its subject between them
    ("wie der Katastrophenschutz in der Nacht zum Mittwoch mitteilte", "W
    piątek rano szef administracji Andrij Rajkowicz przekazał", "On Friday
    morning the head of the administration said")."""
    return lexicon.compiled(
        "speech_after_date",
        head=r",?\s+(?P<gap>(?:[\w'’.-]+,?\s+){0,12}?)(?:",
        tail=r")\b",
    )


def _statement_after(before: str, after: str) -> bool:
    """A date a verb of speaking follows with only its subject between them:
    no strike word, no figure and no clause of its own ("On Monday, three
    people were killed, the governor said" dates the deaths).  A comma parts
    the date from the verb unless the date opens the sentence ("killed 12
    people on Friday, officials said": the deaths' day)."""
    found = _speech_after().match(after)
    if found is None:
        return False
    gap = after[: found.start("gap")] + found.group("gap")
    commas = gap.count(",")
    if commas > (1 if len(before.split()) <= 1 else 0):
        return False
    return not (STRIKE_CUE.search(gap) or any(c.isdigit() for c in gap))


def _statement_date(before: str) -> bool:
    """A date a verb of speaking stands before, with at most a few words and
    no strike word between them ("said on Telegram on Monday morning", "wrote in
    a statement on Monday"; not "said drones hit the city on Monday")."""
    found = _speech_before().search(before)
    return found is not None and not STRIKE_CUE.search(found.group("gap"))


def _locative() -> re.Pattern[str]:
    """Words before a country named as where something happened ("killed two
    people in Russia", "the largest attack on Ukraine")."""
    return lexicon.compiled("locative_before", tail=r")\s+(?:the\s+)?(?:\w+\s+)?$")


@dataclass(slots=True)
class Mention:
    """A resolved place mention in one sentence."""

    sentence: Sentence
    place: Place
    as_written: str
    start: int
    end: int
    role: Role
    level_hint: str | None
    date: date | None = None
    date_explicit: bool = False
    background: bool = False
    #: A hromada or raion standing for a village the text does not name ("shelled
    #: a village in the Semenivka hromada"): it never gives way to its towns.
    unnamed_village: bool = False
    #: Days of its sentence that belong to another place's clause (see
    #: ``assembly._past_another_clause``): never this mention's.
    parted_days: tuple[Day, ...] = ()
    #: Dated by the entry of a live blog it is in (``assembly._date_from_sentence``):
    #: the blog's own news, not an aside, whatever day it is on.
    in_blog_entry: bool = False
    #: Struck only as the place of an official who speaks of a strike
    #: (:func:`_promote_official`): the day they spoke dates none of its towns.
    official: bool = False


@dataclass(slots=True)
class SentenceReading:
    """Everything extraction reads from one sentence."""

    sentence: Sentence
    mentions: list[Mention] = field(default_factory=list)
    lang: str = "en"
    published: date | None = None
    skip: int = 0
    strike: bool = False
    countries: set[str] = field(default_factory=set)
    #: Where the sentence names a country as a location ("in Ukraine").
    country_spans: list[tuple[int, int]] = field(default_factory=list)
    found_dates: tuple[list, list] | None = None
    found_strike_dates: list | None = None
    found_figures: list | None = None
    found_weapons: list | None = None
    flags: dict[str, bool] = field(default_factory=dict)
    #: A place struck in the sentence is a stranger the gazetteer could not
    #: place (:func:`_far_stranger`): its figures are nobody else's.
    stranger: bool = False
    #: The day of the last day heading on a line of its own above the
    #: sentence ("Dienstag, 8. Juli" in a live blog), if any.
    section_day: date | None = None
    #: The day of the live-blog entry the sentence is in, when the blog heads
    #: its entries with times across a midnight (:mod:`blog_entries`).
    entry_day: date | None = None
    #: The oblast of the round-up's heading above the sentence
    #: (:func:`sections.region_headings`), if any.
    section_region: Place | None = None
    #: Its only strike words are weapons brought down (:func:`_only_downings`):
    #: no place of it is struck, not even an official's.
    downings_only: bool = False
    #: The gazetteer places each name of the sentence may be, in any role
    #: (persons' names aside), strike sentence or not.
    named: tuple[tuple[str, ...], ...] = ()

    def _flag(
        self,
        name: str,
        pattern: re.Pattern[str],
        needles: re.Pattern[str] | lexicon.Filter | None = None,
    ) -> bool:
        value = self.flags.get(name)
        if value is None:
            text = self.sentence.text
            # A substring test in C rules most sentences out before the
            # (much slower) case-insensitive alternation runs.
            if needles is not None and not _passes(needles, text):
                value = False
            else:
                value = bool(pattern.search(text, self.skip))
            self.flags[name] = value
        return value

    @property
    def background(self) -> bool:
        """The sentence tells of earlier strikes ("was last targeted", "two weeks ago")."""
        if "background" not in self.flags:
            found = self._flag(
                "background", lexicon.template(_BACKGROUND), lexicon.slot_filter(_BACKGROUND_SLOTS)
            )
            # "seven were killed, not five as reported earlier": the earlier report's.
            self.flags["background"] = found and not _an_earlier_report(
                self.sentence.text, self.lang
            )
        return self.flags["background"]

    @property
    def habitual(self) -> bool:
        """The sentence speaks of a habit ("almost daily", "regularly")."""
        return self._flag(
            "habitual", lexicon.compiled("habitual_words"), lexicon.slot_filter("habitual_words")
        )

    @property
    def tally(self) -> bool:
        """A monitors' count of victims over a month or longer ("the mission
        recorded 31 civilians killed and 112 injured in the Kherson region in
        October"): no strike on the places it names."""
        value = self.flags.get("tally_count")
        if value is None:
            # The verb test is cheap and rules most sentences out first.
            value = self.flags["tally_count"] = (
                self._flag(
                    "tally", lexicon.compiled("tally_verbs"), lexicon.slot_filter("tally_verbs")
                )
                and bool(self.figures)
                and (
                    any(d.precision == "month" for d in (*self.dates, *self.weak_dates))
                    or any(f.scope != "event" for f in self.figures)
                )
            )
        return value

    @property
    def whole_war(self) -> bool:
        """The sentence speaks of the whole war ("since the start of the war")."""
        value = self.flags.get("whole_war")
        if value is None:
            value = self.flags["whole_war"] = casualties.spans_the_war(
                self.sentence.text, self.lang
            )
        return value

    @property
    def debris(self) -> bool:
        """The sentence speaks of interception debris."""
        return self._flag(
            "debris", lexicon.compiled("debris_mention"), lexicon.slot_filter("debris_mention")
        )

    @property
    def aftermath(self) -> bool:
        """The sentence tells of the aftermath (the search over, bodies recovered,
        days of mourning): its days are not the strike's."""
        return self._flag(
            "aftermath", lexicon.compiled(_AFTERMATH_SLOTS), lexicon.slot_filter(_AFTERMATH_SLOTS)
        )

    @property
    def evening(self) -> bool:
        """The sentence gives an evening time ("at 9.45 p.m.")."""
        return self._flag(
            "evening",
            lexicon.compiled("evening_words", tail=")"),
            lexicon.slot_filter("evening_words"),
        )

    @property
    def overnight(self) -> bool:
        """The sentence speaks of an overnight attack."""
        return self._flag(
            "overnight", lexicon.compiled("overnight_words"), lexicon.slot_filter("overnight_words")
        )

    @property
    def dates(self) -> list[DateMention]:
        """Dates of the sentence that may date a strike, read on first use."""
        return self._dates()[0]

    @property
    def weak_dates(self) -> list[DateMention]:
        """Dates right after a verb of speaking ("said on Monday"): the date of
        the statement, which often but not always is that of the strike."""
        return self._dates()[1]

    @property
    def strike_dates(self) -> list[DateMention]:
        """Dates that qualify a strike noun ("Tuesday's strike", "niedzielnego
        ataku", "l'attacco di domenica"): the strike's own day, whatever else the
        sentence dates (a body recovered, the toll raised)."""
        if self.found_strike_dates is None:
            text = self.sentence.text
            found = [d for d in self.dates if _qualifies_a_strike(text, d.start, d.end)]
            if self.aftermath:
                # "mourning for those killed in the overnight attack", written
                # days later: a night counted from the report day is no day of
                # the strike's, unless told in a clause of its own.
                past = self.days_past_the_aftermath
                found = [d for d in found if d.kind != "relative" or d in past]
                found += [d for d in _before_the_aftermath(self.dates) if d not in found]
            self.found_strike_dates = found
        return self.found_strike_dates

    @property
    def days_past_the_aftermath(self) -> list[DateMention]:
        """Of an aftermath sentence, the days in a clause of their own with no
        aftermath word ("Белгород вспоминает жертв обстрела 30 декабря; ночью
        ВСУ атаковали Брянск": the night after the semicolon)."""
        text = self.sentence.text
        words = lexicon.compiled(_AFTERMATH_SLOTS)
        return [d for d in self.dates if not words.search(clause_around(text, d.start, d.end)[1])]

    def redate(self, old: DateMention, new: DateMention) -> None:
        """Put ``new`` in the place of the date mention ``old``."""
        for found in (*self._dates(), self.found_strike_dates or []):
            for i, day in enumerate(found):
                if day is old:
                    found[i] = new

    def _dates(self) -> tuple[list, list]:
        if self.found_dates is None:
            text = self.sentence.text
            strong: list = []
            weak: list = []
            for mention in dates.find_dates(text, self.published, self.lang):
                before = text[max(0, mention.start - 60) : mention.start]
                if mention.start < self.skip or _report_time().search(before):
                    continue
                if _in_a_time_zone_aside(text, mention.start, mention.end):
                    continue
                after = text[mention.end : mention.end + 140]
                statement = _statement_date(before) or _statement_after(before, after)
                (weak if statement else strong).append(mention)
            if len(strong) > 1 or (strong and not self.named):
                # "Eine am Dienstagabend verletzte Frau sei am Mittwochmorgen
                # gestorben": the day of a later death dates no strike; nor
                # does it in a sentence naming no place ("Am Freitag starb ein
                # weiterer Mann im Krankenhaus").
                deaths = [d for d in strong if _day_of_a_death(text, d)]
                joined = _coordinated_days(text, strong)
                strong = [d for d in strong if d not in deaths and d not in joined]
                weak += deaths + joined
            if strong and not self.named and self._updates_only():
                # "В воскресенье за медпомощью обратились ещё два человека, и
                # число пострадавших выросло до семи": the day a toll rose.
                weak, strong = weak + strong, []
            self.found_dates = (strong, weak)
        return self.found_dates

    def _updates_only(self) -> bool:
        """Whether the sentence updates a toll ("two more people sought medical
        help, and the number of injured rose to seven") and tells no strike of
        its own (no weapon)."""
        return any(f.update for f in self.figures) and not self.weapons

    @property
    def figures(self) -> list:
        """Casualty figures of the sentence, read on first use.

        Most sentences never need them, and the lexicon scan is the costly
        part of extraction.
        """
        if self.found_figures is None:
            self.found_figures = (
                [
                    f
                    for f in casualties.find_figures(self.sentence.text, self.lang)
                    if f.start >= self.skip
                ]
                # A sentence naming no place may give the toll of the strike
                # just told without a strike word ("148 people were treated").
                if self.strike or not self.mentions
                else []
            )
        return self.found_figures

    @property
    def weapons(self) -> list:
        """Weapon mentions of the sentence, read on first use."""
        if self.found_weapons is None:
            self.found_weapons = (
                [
                    w
                    for w in weapons.find_weapons(self.sentence.text, self.lang)
                    if w.start >= self.skip
                ]
                if self.strike
                else []
            )
        return self.found_weapons


def read_sentences(
    sentences: list[Sentence],
    matcher: PlaceMatcher,
    gazetteer: Gazetteer,
    published: date | None,
    lang: str,
    text: str | None = None,
) -> list[SentenceReading]:
    """Read places, dates, figures and weapons from every report sentence.

    Links, captions and footers are skipped: places there belong to other
    stories or pictures.  With the article ``text`` the sentences were cut
    from, places are matched in one pass over it (faster than sentence by
    sentence).
    """
    by_sentence = _mentions_by_sentence(sentences, matcher, lang, text)
    kinds = name_kinds.by_mention(sentences, by_sentence, text, lang) if text else {}
    raw = _report_sentences(sentences, by_sentence, matcher, lang)
    _raion_centres(raw, gazetteer)
    context = _article_context(raw, gazetteer, kinds)
    context.text = text or " ".join(s.text for s, _, _ in raw)
    region_heads = sections.region_headings(sentences, by_sentence, gazetteer)
    _anchor_headings(context, region_heads)
    reader = _Reader(lang, published, gazetteer, context, kinds)
    _raions_named_with_region(raw, reader)
    _villages_named(raw, reader)
    headings = _day_headings(sentences, by_sentence, published, lang)
    # A live blog's entries headed by times alone, across a midnight.
    entries = blog_entries.entry_headings(sentences, text, published, lang) if text else []
    if headings:
        entries = _entries_under_headings(entries, headings)
    readings: list[SentenceReading] = []
    heads: list[int] = []
    for position, (sentence, found, skip) in enumerate(raw):
        in_list = bool(readings) and _struck_list_item(readings[-1], sentence)
        following = raw[position + 1] if position + 1 < len(raw) else None
        heading = _heads_its_paragraph(sentence, found, following)
        reading = reader.read(sentence, found, skip, in_list or heading)
        reading.entry_day = sections.last_above(entries, sentence.index)
        reading.section_day = reading.entry_day or sections.last_above(headings, sentence.index)
        _official_of_next(raw, readings, reading, position, gazetteer)
        if _scene_of_next(raw, readings, reading, reader, position):
            before, found_before, skip_before = raw[position - 1]
            scene = reader.read(before, found_before, skip_before, scene=True)
            scene.entry_day, scene.section_day = readings[-1].entry_day, readings[-1].section_day
            readings[-1] = scene
        readings.append(reading)
        if heading:
            heads.append(position)
    for position in heads:
        _heading_over_downings(readings[position], readings[position + 1])
    _region_sections(readings, region_heads)
    _dateline_scene(raw, readings, reader)
    _agencies_are_no_places(raw, readings)
    for reading in readings:
        _correction_strikes_nothing(reading)
    return readings


def _correction_strikes_nothing(reading: SentenceReading) -> None:
    """A correction notice names the place an earlier version got wrong ("In
    einer früheren Version dieses Artikels hieß es, der getötete Mann stamme aus
    Romny"), and the toll it restates is no one's."""
    if not lexicon.scanned("correction_words").search(reading.sentence.text):
        return
    reading.found_figures = []
    for mention in reading.mentions:
        if mention.role == "struck":
            mention.role = "none"


def _placeless_strike(raw: list, reading: SentenceReading, position: int) -> bool:
    """Whether ``reading`` tells a strike of today, names no place and has a
    sentence before it: what the sentence before may give its place to.  The
    cheap tests come first (most sentences name a place or tell no strike)."""
    return position > 0 and not raw[position][1] and bool(reading.strike) and not reading.background


def _official_of_next(
    raw: list,
    readings: list[SentenceReading],
    reading: SentenceReading,
    position: int,
    gazetteer: Gazetteer,
) -> None:
    """An official's own town or region, or the town drones were downed over,
    struck by the next sentence's hit.

    "Mikhail Razvozhayev, the governor of Sevastopol, said air defence fought
    off a drone raid overnight. Fragments damaged two private houses", "Über
    Kursk schoss die Flugabwehr mehrere Drohnen ab. Trümmerteile trafen das
    Dach eines Wohnhauses": the first sentence tells an interception and
    strikes no place, the next one tells the damage and names none.
    """
    if not _placeless_strike(raw, reading, position):
        return
    previous = readings[-1]
    if previous.sentence.paragraph != reading.sentence.paragraph or not previous.strike:
        return
    if any(m.role == "struck" for m in previous.mentions):
        return
    # Drones downed over a list of regions ("over Chernihiv, Poltava and Sumy
    # oblasts") give the next sentence's hits no one scene.
    downed_over = [m for m in previous.mentions if m.role == "intercept"]
    officials = [m for m in previous.mentions if m.role == "official"] or [
        m for m in downed_over if len(downed_over) == 1 and _downed_right_over(m)
    ]
    if len(officials) == 1:
        officials[0].role = "struck"
        officials[0].official = True
        officials[0].place = _city_of_a_city_region(officials[0].place, gazetteer)


def _downed_right_over(mention: Mention) -> bool:
    """Whether weapons were downed right over the mention ("Über Kursk", "над
    Белгородом"), not on their way to it ("летевший к Москве")."""
    before = mention.sentence.text[max(0, mention.start - 30) : mention.start]
    return lexicon.template(_RIGHT_OVER).search(before) is not None


_RIGHT_OVER = r"(?<!\w)(?:{intercept_where})\s+(?:(?:{place_articles})\s+)?$"


#: Words that set a scene without telling a hit: explosions heard, air
#: defence at work, an alert ("Explosions were heard in Lutsk overnight.").
_SCENE_SLOTS = ("heard_only", "interception", "alert_words")


#: What joins two days of one span: "on Saturday and Sunday", "w sobotę i w
#: niedzielę", "в субботу и воскресенье".
_DAYS_JOINED = r"^\s*,?\s*(?:{and_words})\s+(?:[^\W\d_]{{1,3}}\s+)?$"


def _coordinated_days(text: str, days: list[DateMention]) -> list[DateMention]:
    """The days of ``days`` said together of several strikes.

    "Co najmniej trzy osoby zginęły w wyniku rosyjskich ataków na Zaporoże,
    Odessę i Charków w sobotę i niedzielę": the lead spans the weekend, and
    which town was struck on which day only the body tells.  Such days date
    no place of the sentence (they stay weak dates, a guess).
    """
    joined: list[DateMention] = []
    joins = lexicon.template(_DAYS_JOINED)
    for first, second in pairwise(days):
        if first.date == second.date or first.precision != "day" or second.precision != "day":
            continue
        if joins.match(text[first.end : second.start]):
            joined += [d for d in (first, second) if d not in joined]
    return joined


def _entries_under_headings(
    entries: list[tuple[int, date | None]], headings: list[tuple[int, date]]
) -> list[tuple[int, date | None]]:
    """The days of a live blog's time entries on a page with day headings.

    The times only date the entries above the first heading ("10:35 Uhr" …
    "00:45 Uhr" over "Samstag, 9. August" in a ticker read newest first); an
    entry under a heading is of the heading's day ("23:47" under "7
    листопада, п'ятниця").  Each heading ends the entry above it.
    """
    first = headings[0][0]
    out = [(at, day) for at, day in entries if at < first]
    out += [(at, None) for at, _day in headings]
    out += [(at, sections.last_above(headings, at)) for at, _day in entries if at > first]
    return sorted(out, key=lambda entry: entry[0])


def sets_a_scene(text: str) -> bool:
    """Whether ``text`` tells explosions heard, air defence at work or an alert."""
    return lexicon.scanned(_SCENE_SLOTS, r"(?<!\w)(?:", r")").search(text) is not None


def _scene_of_next(
    raw: list, readings: list[SentenceReading], reading: SentenceReading, reader, position: int
) -> bool:
    """Whether the sentence before ``reading`` is the scene of its strike.

    "Explosions were heard in Lutsk overnight. A drone hit an apartment
    building, injuring two.", "Ночью в Белгороде над городом работала система
    ПВО. Обломки сбитого БПЛА упали на парковку": the strike sentence names no
    place, and the sentence before it, of the same paragraph and with no
    strike of its own, heard explosions, saw air defence at work or an alert
    in one place, after a locative preposition.  The paragraph has told of no
    other struck place before.
    """
    if not _placeless_strike(raw, reading, position):
        return False
    before, found, _skip = raw[position - 1]
    previous = readings[-1]
    if previous.strike or before.paragraph != reading.sentence.paragraph:
        return False
    places = [m for m in found if reader.is_place(before, m)]
    if len(places) != 1 or not reader.located(before.text, places[0]):
        return False
    if not sets_a_scene(before.text) or _tells_only_downings(reading):
        # "Des habitants d'Odessa ont fait état d'explosions. ... la défense
        # antiaérienne avait abattu plusieurs drones": no hit to place.
        return False
    return not any(
        m.role == "struck"
        for r in readings
        if r.sentence.paragraph == before.paragraph
        for m in r.mentions
    )


#: A news agency in brackets in a dateline ("Kiev, 13 dez 2025 (Lusa) -").
_AGENCY = regextrie.compile(r"\(([^\W\d_][\w .-]{1,30})\)")


def _agencies_are_no_places(raw: list, readings: list[SentenceReading]) -> None:
    """The agency a dateline names is the agency wherever the article names it
    ("contou à Lusa por telefone" is no town of Luza)."""
    agencies = {
        match.group(1).strip()
        for sentence, _, skip in raw
        if skip
        for match in _AGENCY.finditer(sentence.text, 0, skip)
    }
    if not agencies:
        return
    for reading in readings:
        for mention in reading.mentions:
            if mention.as_written in agencies:
                mention.role = "none"


#: How many body sentences after its dateline a lead may tell its strike in: a
#: reportage sets its scene first (the funeral, the sirens, the church).
_SCENE_REACH = 5


def _dateline_scene(raw: list, readings: list[SentenceReading], reader: _Reader) -> None:
    """The town of a feature's dateline is where its lead's strike happened.

    "LOZOVA, Kharkiv Oblast — ... where a Shahed-type drone came down late on
    Tuesday" under a title about Lozova: the lead tells the strike without
    naming the town, which the dateline and the title already did.  A wire
    bureau's dateline ("KYIV (AP) — ... In Odesa, ...") is not the scene unless
    the title names it too, nor is it once the lead names a struck place.
    """
    found = _dateline_place(raw, readings, reader)
    if found is None:
        return
    position, place, written = found
    for reading in readings[position : position + _SCENE_REACH]:
        if reading.mentions:
            return
        if reading.strike and not reading.background:
            mention = Mention(reading.sentence, place, written, 0, 0, "struck", None)
            reading.mentions.append(mention)
            return


def _dateline_place(
    raw: list, readings: list[SentenceReading], reader: _Reader
) -> tuple[int, Place, str] | None:
    """The position of the dateline's sentence, its town and its spelling, when
    the title names that town and no other place."""
    title = next((r for r in readings if r.sentence.kind == "title"), None)
    if title is None:
        return None
    for position, (sentence, found, skip) in enumerate(raw):
        if not skip or sentence.kind != "body":
            continue
        mention = next((m for m in found if m.start < skip), None)
        if mention is None:
            return None
        place = reader.place(sentence.text, mention, "struck")
        if place is None or place.level != "city":
            return None
        if len(title.named) != 1 or place.id not in title.named[0]:
            # A title about several towns ("Missile barrage hits Kiev, Kharkov,
            # Odessa") over a bureau's dateline tells no one scene.
            return None
        return position, place, mention.as_written
    return None


def _anchor_headings(context: _Context, headings: list) -> None:
    """A round-up's oblast headings anchor the article in their oblasts, as
    the oblasts named in its sentences do: "Dobropillia" under "Donetsk
    Oblast" is the Donetsk town, even when no sentence names the oblast."""
    for _, region in headings:
        context.regions[region.id] = context.regions.get(region.id, 0) + 1
        context.named_regions.add(region.id)


def _region_sections(readings: list[SentenceReading], headings: list) -> None:
    """Give each sentence under a round-up's oblast heading that oblast, and
    its "the oblast" the oblast's strike (:func:`_name_the_section`)."""
    if not headings:
        return
    for reading in readings:
        region = sections.last_above(headings, reading.sentence.index)
        reading.section_region = region
        if region is not None:
            _name_the_section(reading, region)


def _name_the_section(reading: SentenceReading, region: Place) -> None:
    """Make "the oblast" of a sentence under a heading the heading's oblast, struck.

    Only a sentence of strike news that names no struck place of its own
    takes it, and not a toll "elsewhere in the oblast", which the town just
    told locates (``assembly._attach_elsewhere``).
    """
    if any(m.role == "struck" for m in reading.mentions) or reading.background:
        return
    if not (reading.strike or reading.figures):
        return
    if any(getattr(f, "elsewhere", False) for f in reading.figures):
        return
    text = reading.sentence.text
    match = lexicon.template(ANAPHOR).search(text, reading.skip)
    if match is None or anaphor_kind(match) != "region":
        return
    mention = Mention(
        reading.sentence, region, match.group(0), match.start(), match.end(), "struck", "region"
    )
    reading.mentions.append(mention)
    reading.mentions.sort(key=lambda m: m.start)


def _heading_over_downings(heading: SentenceReading, following: SentenceReading) -> None:
    """A place heading a paragraph that only tells of drones downed over it
    ("Валуйский городской округ. Над округом сбиты два беспилотника,
    последствий нет") was not struck: the downings were over it."""
    if following.downings_only or _tells_only_downings(following):
        for mention in heading.mentions:
            if mention.role == "struck":
                mention.role = "intercept"


def _heads_its_paragraph(
    sentence: Sentence,
    found: list[PlaceMention],
    following: tuple[Sentence, list[PlaceMention], int] | None,
) -> bool:
    """Whether the sentence is a place alone heading a paragraph of strike
    news that names no place of its own ("Белгород. Беспилотник атаковал
    припаркованный автомобиль", "▪️ Комишани. Обстріл з «Градів», загинув
    чоловік"), as daily summaries go through their towns: the place is
    struck like a list item's."""
    if len(found) != 1 or following is None:
        return False
    after, after_found, _ = following
    if after.paragraph != sentence.paragraph or after.kind != "body":
        return False
    if after_found and not _region_of_the_city_named(after.text, after_found):
        return False
    if not sections.names_alone(sentence.text, found[0]):
        return False
    # "Kiev. O alerta aéreo prolongou-se por três horas, sem impactos
    # reportados": an alert with no hit strikes nothing.
    told = lexicon.template(_NEGATED_CUE).sub(" ", after.text)
    return bool(STRIKE_CUE.search(told)) and not alert_only(after.text)


def _region_of_the_city_named(text: str, found: list[PlaceMention]) -> bool:
    """Whether the places a paragraph names only give the region of the town
    its heading named, which it calls by its kind ("Pavlohrad. Un missile a
    frappé une zone industrielle de cette ville de la région de
    Dnipropetrovsk")."""
    if not all(m.level_hint == "region" for m in found):
        return False
    return any(
        anaphor_kind(match) == "city" and match.end() <= found[0].start
        for match in lexicon.template(ANAPHOR).finditer(text)
    )


#: A day heading is a short line of its own.
_HEADING_CHARS = 40
#: ... and a heading line with its title ("Lundi 13 juillet : missiles sur Dnipro").
_HEADING_LINE_CHARS = 100


def _day_headings(
    sentences: list[Sentence],
    by_sentence: dict[int, list[PlaceMention]],
    published: date | None,
    lang: str,
) -> list[tuple[int, date]]:
    """Lines that give a day and nothing else ("Dienstag, 8. Juli", "Monday 25
    November"), as live blogs head each day's entries, by sentence index.

    Only lines below the report's first sentence count: a date line in a page's
    header is the site's or the byline's."""
    headings = []
    begun = False
    for sentence in sentences:
        begun = begun or sentence.kind == "body"
        if not begun or sentence.kind != "caption" or len(sentence.text) > 2 * _HEADING_LINE_CHARS:
            continue
        text = _without_places(sentence.text, by_sentence.get(sentence.index, ())).strip()
        if len(text) > _HEADING_LINE_CHARS:
            continue
        if not _digits_and_letters(text) and not lexicon.template(_NIGHT_NOUN).match(text):
            # A weekday or a month by name, with a day ("07/09/2023" is a
            # byline's), or a night by its two days ("Nuit de mardi à mercredi").
            continue
        day = _heading_day(text, published, lang) or _heading_day(
            sentence.text.strip(), published, lang
        )
        if day is not None:
            headings.append((sentence.index, day))
    return headings


#: The title after a heading's day: "Lundi 13 juillet : missiles sur Dnipro".
_HEADING_TITLE = regextrie.compile(r"\s*(?:\s[-–—]\s|:\s).*$", re.DOTALL)


def _heading_day(text: str, published: date | None, lang: str) -> date | None:
    """The day a heading line gives, alone or before a title of its own
    ("Lundi 13 juillet : missiles sur Dnipro", "Nuit de mardi à mercredi :
    Kiev sous les drones"); None for any other line."""
    head = _HEADING_TITLE.sub("", text)
    # "Sabato 13 settembre, dall'altra parte del confine": a title after a comma.
    for candidate in dict.fromkeys((text, head, head.rsplit(", ", 1)[0])):
        candidate = lexicon.template(_NIGHT_NOUN).sub("", candidate)
        if len(candidate) > _HEADING_CHARS:
            continue
        day = dates.day_alone(candidate, dates.find_dates(candidate, published, lang))
        if day is not None:
            return day
    return None


#: "Nuit de", "Night of": the night whose days the heading then names.
_NIGHT_NOUN = r"^\s*(?:{night_nouns})\s+"


def _without_places(text: str, mentions) -> str:
    """``text`` with its place names and the dashes or colons that set them
    off blanked: "Monday, April 6 — Kharkiv" heads a round-up's day as
    "Monday, April 6" would."""
    if not mentions:
        return text
    chars = list(text)
    for mention in mentions:
        chars[mention.start : mention.end] = " " * (mention.end - mention.start)
    return _HEADING_SEPARATOR.sub(" ", "".join(chars))


#: What sets a heading's place off its day: a dash, a colon, a comma.
_HEADING_SEPARATOR = regextrie.compile(r"\s[-–—:|]\s|\s[-–—:|]?\s*$|,\s*$")


def _digits_and_letters(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text)


def _tells_a_toll(reading: SentenceReading) -> bool:
    """Whether a sentence without strike words tells people killed or hurt
    ("In Kharkiv two people lost their lives", "dwie osoby straciły życie"):
    the casualty phrasings of the language data are strike words too."""
    return any(_a_toll(f) for f in reading.figures)


#: A dash or colon after a list item's heading, past at most the unit it lies
#: in ("- Shostka — a man was wounded", "🔴 смт Борова Ізюмського району — …").
_ITEM_DASH = regextrie.compile(r"(?:[ \t]+[^\s,;:.()–—-]+){0,3}?\s*[-–—:]\s")
#: A short word in small letters for a kind of settlement before the heading's
#: name ("м.", "с.", "смт", "г.").
_SETTLEMENT_ABBREVIATION = regextrie.compile(r"^[^\W\d_A-ZА-ЯЁІЇЄҐ]{1,4}\.?$")


#: A list item this short tells of its place alone ("• Білозерка — пошкоджено
#: три приватні будинки"); a longer one may be a sentence of other news.
_SHORT_ITEM = 90


def _item_place(text: str, mention: PlaceMention) -> bool:
    """Whether a list item without strike words of its own tells of the place:
    the item heads with it ("- Holosiivskyi district: fragments landed") or is
    short.  "• Volodymyr Zelenskyy is in Berlin, where he is expected to ask
    Friedrich Merz for additional Patriot launchers" under a struck item of a
    "Key events" box is other news."""
    return len(text) <= _SHORT_ITEM or _heads_an_item(text, mention)


def _heads_an_item(text: str, mention: PlaceMention) -> bool:
    """Whether the place is the heading of a bulleted list item, what follows
    its dash being said of it ("- Шостка — ранен 53-летний мужчина", "🔴 с.
    Петропавлівка Куп'янського району — артилерійський обстріл")."""
    head = text[: mention.start].lstrip()
    bullet = bullet_length(head)
    if not bullet:
        return False
    rest = head[bullet:].strip()
    if rest and not _SETTLEMENT_ABBREVIATION.match(rest):
        return False
    return bool(_ITEM_DASH.match(text, mention.end))


def _locating_an_unknown_place(
    text: str, found: list[PlaceMention], roles: list[Role]
) -> list[Role]:
    """Roles of regions that locate a place the gazetteer does not know ("a
    Bilogorodska, nella regione di Kiev", "in Hroza-Nova, Kharkiv region"):
    with no known place before it to stand for, the region is read as any
    place is (the strike's best-known place)."""
    out = list(roles)
    for i, mention in enumerate(found):
        if roles[i] != "reference" or mention.level_hint != "region":
            continue
        if any(0 <= mention.start - m.end < _LOCATED_GAP for m in found[:i]):
            continue
        if not _NAME_AND_COMMA.search(text[max(0, mention.start - _LOCATED_GAP) : mention.start]):
            continue
        out[i] = classify(text, mention.start, mention.end)
    return out


#: How far before a region the place it locates ends ("Kremenchuk, Poltava oblast").
_LOCATED_GAP = 60
#: A name and a comma right before the region's words ("Bilogorodska, nella regione di ").
_NAME_AND_COMMA = regextrie.compile(_NAME + r"\s*,\s*[^,.;:]{0,40}$")


def _a_toll(figure) -> bool:
    """A figure of people killed or hurt in the strike told (not zero)."""
    return bool(figure.value) and getattr(figure, "scope", "event") == "event"


def _raion_centres(
    raw: list[tuple[Sentence, list[PlaceMention], int]], gazetteer: Gazetteer
) -> None:
    """Add the town a "raion centre" stands for ("Вибухи гриміли в районному
    центрі", "explosions in the raion centre"): the town the last raion the
    article named is called after."""
    raion: Place | None = None
    for sentence, found, _ in raw:
        centre = _raion_centre(raion, gazetteer) if raion is not None else None
        if centre is not None:
            for match in _raion_centre_words().finditer(sentence.text):
                _insert_mention(found, match, centre)
        for mention in found:
            units = [gazetteer.get(i) for i in mention.place_ids]
            if mention.level_hint == "district":
                # "the Nikopol district", "distrito de Nikopol": the raion.
                units = _raions_of(units, mention, gazetteer)
            if units and all(p is not None and p.unit == "raion" for p in units):
                raion = units[0]


def _raion_centre_words() -> re.Pattern[str]:
    return lexicon.compiled("raion_centre_words")


def _raion_centre(raion: Place, gazetteer: Gazetteer) -> Place | None:
    """The town a raion is called after (Nikopol of Nikopol Raion), if any."""
    name = re.sub(r"\s+raion$", "", raion.name, flags=re.IGNORECASE)
    towns = [
        p
        for p in gazetteer.candidates(name)
        if p.level == "city" and p.iso_region == raion.iso_region and p.iso_region
    ]
    return max(towns, key=lambda p: p.population, default=None)


def _insert_mention(found: list[PlaceMention], match: re.Match[str], place: Place) -> None:
    """Insert a mention of ``place`` at ``match`` among a sentence's mentions."""
    if any(m.start < match.end() and match.start() < m.end for m in found):
        return
    position = bisect.bisect_left([m.start for m in found], match.start())
    for mention in found[position:]:
        if mention.list_head >= position:
            mention.list_head += 1
    found.insert(
        position,
        PlaceMention(
            match.start(),
            match.end(),
            match.group(),
            normalize(place.name),
            (place.id,),
            list_head=position,
        ),
    )


def _villages_named(raw: list[tuple[Sentence, list[PlaceMention], int]], reader: _Reader) -> None:
    """Resolve first the names the article gives after a word for a village
    ("в селе Муром"): one whose only match is a town is a village the
    gazetteer lacks, also where the article names it alone."""
    for sentence, found, _ in raw:
        text = sentence.text
        for mention in found:
            if name_kinds.after_village_word(
                text[max(0, mention.start - 40) : mention.start], reader.lang
            ):
                reader.place(text, mention, "struck")


def _raions_named_with_region(
    raw: list[tuple[Sentence, list[PlaceMention], int]], reader: _Reader
) -> None:
    """Resolve first the districts the article names with their region
    ("у Дніпровському районі Дніпропетровської області"): they are raions,
    and so is the same district named alone anywhere in the article, the
    title included."""
    for sentence, found, _ in raw:
        for i, mention in enumerate(found):
            if _district_of_a_region(sentence.text, found, i, reader.gazetteer):
                reader.place(sentence.text, mention, "struck", in_region=True)


def _is_list_item(sentence: Sentence) -> bool:
    """A sentence opening a bulleted line ("- Darnytskyi: a warehouse ...")."""
    return starts_with_bullet(sentence.text.lstrip())


def _struck_list_item(previous: SentenceReading, sentence: Sentence) -> bool:
    """A list item right after a struck item of the same list, or after the
    struck sentence introducing the list ("fragments came down in four
    districts:"): it tells of the same attack even without strike words of its
    own ("- Holosiivskyi district: fragments landed on a roadway")."""
    opens = _is_list_item(previous.sentence) or previous.sentence.text.rstrip().endswith(":")
    return (
        _is_list_item(sentence)
        and opens
        and bool(previous.strike)
        and sentence.paragraph - previous.sentence.paragraph <= 1
    )


def _report_sentences(
    sentences: list[Sentence],
    by_sentence: dict[int, list[PlaceMention]],
    matcher: PlaceMatcher,
    lang: str,
) -> list[tuple[Sentence, list[PlaceMention], int]]:
    """The title and body sentences, each with its place mentions and dateline length."""
    raw: list[tuple[Sentence, list[PlaceMention], int]] = []
    for sentence in sentences:
        if sentence.kind not in ("title", "body"):
            continue
        opens_line = sections.opens_its_line(sentences, sentence)
        skip = dateline_end(sentence.text) if opens_line and sentence.index < 12 else 0
        found = by_sentence.get(sentence.index)
        if found is None:
            found = matcher.find(sentence.text, lang)
        raw.append((sentence, found, skip))
    return raw


#: How far before a place its locative preposition is looked for ("In", "im Gebiet").
_LOCATIVE_REACH = 30


@dataclass(slots=True)
class _Reader:
    """Reads one sentence after another of an article, in named steps."""

    lang: str
    published: date | None
    gazetteer: Gazetteer
    context: _Context
    #: What the article-level pass decided each name is (name_kinds).
    kinds: dict

    def read(
        self,
        sentence: Sentence,
        found: list[PlaceMention],
        skip: int,
        in_list: bool = False,
        scene: bool = False,
    ) -> SentenceReading:
        """The reading of one sentence: its struck and mentioned places, in order.

        ``in_list`` marks an item of a bulleted list of struck places: it is
        read as a strike sentence like the items before it.  ``scene`` marks
        the scene of the next sentence's strike (see :func:`_scene_of_next`):
        its located place is struck.
        """
        text = sentence.text
        reading = SentenceReading(sentence=sentence, lang=self.lang, skip=skip)
        reading.strike = in_list or scene or STRIKE_CUE.search(text[skip:] if skip else text)
        reading.published = self.published
        toll = not reading.strike and bool(found) and _tells_a_toll(reading)
        reading.strike = reading.strike or toll
        reading.named = tuple(m.place_ids for m in found if self.is_place(sentence, m))
        if not reading.strike:
            # Without strike words no place of the sentence is struck, and
            # nothing is attached to it: its places matter only as context.
            return reading
        title_case = sentence.kind == "title" and _title_case(text)
        roles: list[Role] = [self.role(sentence, i, m, title_case) for i, m in enumerate(found)]
        roles = self.struck_by_toll(sentence, found, roles, reading)
        roles = _locating_an_unknown_place(text, found, roles)
        if in_list and not STRIKE_CUE.search(text):
            # Without strike words of its own, the item's place is struck
            # like those of the items before it.
            roles = [
                "struck"
                if role == "none" and self.is_place(sentence, m) and _item_place(text, m)
                else role
                for m, role in zip(found, roles, strict=True)
            ]
        roles = self.listed_after_unit(sentence, found, roles)
        roles = self.struck_there(sentence, found, roles)
        if scene:
            roles = [
                "struck" if role in ("none", "intercept") and self.located(text, m) else role
                for m, role in zip(found, roles, strict=True)
            ]
        places: list[Place | None] = []
        for i, (m, role) in enumerate(zip(found, roles, strict=True)):
            place = self.place(
                text,
                m,
                role,
                _district_of_a_region(text, found, i, self.gazetteer),
                listed=_listed(m, found),
            )
            places.append(place)
            if role == "struck" and place is not None and place.level == "city":
                # "À Kherson, … le quartier de Dnipro": a district named after
                # its city in the same sentence is that city's.
                self.context.current_city = place.id
        _namesakes_in_the_region_after(text, found, places, self.gazetteer)
        _drop_namesakes_outside_their_unit(text, found, places)
        locating = [
            _locates_the_place_before(text, found, places, i, self.gazetteer)
            for i in range(len(found))
        ]
        roles = [
            "reference" if locates else role for locates, role in zip(locating, roles, strict=True)
        ]
        _lists_past_locators(found, locating)
        _add_mentions(reading, found, roles, places)
        _note_current_city(reading, self.context)
        reading.stranger = any(
            place is None and role == "struck" and m.key in self.context.strangers
            for m, role, place in zip(found, roles, places, strict=True)
        )
        _add_capital(reading, self.gazetteer, self.context)
        _add_surrounding(reading, self.gazetteer)
        _intercepted_on_approach(reading)
        _downed_over(reading)
        _promote_official(reading, self.gazetteer, self.context.current_city)
        return reading

    def struck_by_toll(
        self,
        sentence: Sentence,
        found: list[PlaceMention],
        roles: list[Role],
        reading: SentenceReading,
    ) -> list[Role]:
        """Roles of places whose clause tells people killed or hurt with no
        strike word ("A Donetsk, altre tre persone hanno perso la vita", "w
        Charkowie dwie osoby straciły życie"): the toll strikes the place."""
        if "none" not in roles:
            return roles
        tolls = [f.start for f in reading.figures if _a_toll(f)]
        if not tolls:
            return roles
        out = list(roles)
        text = sentence.text
        for i, mention in enumerate(found):
            if roles[i] != "none" or not self.is_place(sentence, mention):
                continue
            # "In Kharkiv", "W Charkowie", "A Donetsk", "Im Kreis Obuchiw": a
            # place, not the namesake of a given name ("Vladimir Putin said 25
            # were killed").
            placed = (
                mention.level_hint or self.located(text, mention) or _heads_an_item(text, mention)
            )
            if not placed or _NEXT_WORD.match(text, mention.end):
                # ... nor a given name before its surname ("of Volodymyr Zelensky").
                continue
            offset, clause = clause_around(text, mention.start, mention.end)
            if any(offset <= start < offset + len(clause) for start in tolls):
                out[i] = "struck"
        return out

    def listed_after_unit(
        self, sentence: Sentence, found: list[PlaceMention], roles: list[Role]
    ) -> list[Role]:
        """Roles of the places a dash or colon lists after a struck unit.

        "Обстрілів зазнали села Семенівської громади — Миколаївка,
        Карповичі...", "shelling hit villages of the Velykyi Burluk
        community: Hrafske, Zemlianky": the listed places are the ones
        struck (though no strike word is in their clause), and the unit only
        groups them.
        """
        text = sentence.text
        for i, mention in enumerate(found):
            if roles[i] != "struck" or not self.names_a_unit(mention):
                continue
            dash = _LIST_DASH.match(text, mention.end)
            later = [j for j in range(i + 1, len(found)) if found[j].start >= mention.end]
            if dash is None or not later or found[later[0]].start > dash.end() + _LIST_GAP:
                continue
            listed = [j for j in later if roles[j] == "none" and self.is_place(sentence, found[j])]
            if not listed:
                continue
            roles = list(roles)
            for j in listed:
                roles[j] = "struck"
            roles[i] = "reference"
            return roles
        return roles

    def struck_there(
        self, sentence: Sentence, found: list[PlaceMention], roles: list[Role]
    ) -> list[Role]:
        """Roles of places the next clause strikes as "there".

        "Найважче довелося Краснопільській громаді – туди за день прилетіло
        близько сотні снарядів", "The worst hit was Kupiansk: there, a bomb
        destroyed a school": the clause opening with "there" is about the
        place of the clause before it.
        """
        text = sentence.text
        out = list(roles)
        for i, mention in enumerate(found):
            if roles[i] != "none" or not self.is_place(sentence, mention):
                continue
            if any(
                other.start > mention.end and other.start < _next_cut(text, mention.end)
                for other in found[i + 1 :]
            ):
                continue
            cut = _next_cut(text, mention.end)
            there = _there().match(text, cut)
            if there and STRIKE_CUE.search(text[there.end() : there.end() + _THERE_REACH]):
                out[i] = "struck"
        return out

    def names_a_unit(self, mention: PlaceMention) -> bool:
        """Whether a mention names a region, raion or hromada (by its level word
        or by every place it may be)."""
        places = [self.gazetteer.get(i) for i in mention.place_ids]
        if mention.level_hint:
            return True
        return bool(places) and all(p is not None and p.level == "region" for p in places)

    def is_place(self, sentence: Sentence, mention: PlaceMention) -> bool:
        """Whether the article-level pass left the mention a place (or a reference)."""
        kind = self.kinds.get((sentence.index, mention.start))
        return kind is None or kind.kind not in ("person", "organisation", "government", "street")

    def role(self, sentence: Sentence, i: int, mention: PlaceMention, title_case: bool) -> Role:
        """The first role of a mention, before lists and villages are considered."""
        kind = self.kinds.get((sentence.index, mention.start))
        if kind is not None and kind.kind in name_kinds.ROLE_OF:
            return name_kinds.ROLE_OF[kind.kind]
        text = sentence.text
        named = (
            not title_case
            and not _names_its_unit(mention, self.gazetteer)
            and not (kind is not None and kind.reason == name_kinds.BEFORE_ITS_UNIT)
            and _person_or_name(text, mention, self.context)
        )
        if named or _sentence_initial_stranger(text, mention, self.context, self.gazetteer):
            return "none"
        if (
            mention.level_hint == "region"
            and mention.list_head == i
            and lexicon.template(_LOCATOR).search(text[max(0, mention.start - 60) : mention.start])
        ):
            # "Kremenchuk, Poltava oblast", "Hroza, Kupiansk District, Kharkiv
            # Region": the region only locates the place before it.
            return "reference"
        return classify(text, mention.start, mention.end, located=self.located(text, mention))

    def located(self, text: str, mention: PlaceMention) -> bool:
        """Whether a locative preposition stands right before the mention ("In
        Kharkiv", "W Charkowie", "Im Kreis Obuchiw")."""
        before = text[max(0, mention.start - _LOCATIVE_REACH) : mention.start]
        return name_kinds.rules(self.lang).locative_before.search(before) is not None

    def place(
        self,
        text: str,
        mention: PlaceMention,
        role: str,
        in_region: bool = False,
        listed: bool = False,
    ) -> Place | None:
        """The gazetteer place a mention stands for (chosen once per article).

        ``in_region``: a district named with the region it lies in ("у
        Дніпровському районі Дніпропетровської області") is a raion.
        ``listed``: a member of a list of places, where a far namesake is no
        match either ("атакували Запоріжжя, Червонодніпровку, Плавні").
        """
        official_region = role == "official" and bool(
            lexicon.compiled("regional_titles").search(text[mention.end : mention.end + 40])
            or lexicon.compiled("regional_titles").search(
                text[max(0, mention.start - 40) : mention.start]
            )
        )
        village = name_kinds.after_village_word(
            text[max(0, mention.start - 40) : mention.start], self.lang
        )
        # Only a name with namesakes in several countries needs its country.
        several = len({self.gazetteer.get(i).country for i in mention.place_ids}) > 1
        country = _country_named_before(text, mention) if several else None
        key = (
            mention.place_ids,
            mention.level_hint,
            official_region,
            mention.as_written,
            village,
            in_region,
            listed,
            country,
        )
        if mention.place_ids in self.context.unknown_villages:
            # "в селе Муром ... В Муроме": the village the gazetteer lacks,
            # wherever the article names it.
            self.context.strangers.add(mention.key)
            return None
        chosen = self.context.chosen
        raion = next(
            (self.context.raions[i] for i in mention.place_ids if i in self.context.raions), None
        )
        if mention.level_hint == "district" and raion is not None:
            # "у Дніпровському районі Дніпропетровської області ... Дніпровський
            # район": once named with its region, the district is that raion.
            return raion
        if key not in chosen:
            found = _choose(
                mention,
                self.gazetteer,
                self.context,
                official_region,
                village,
                in_region,
                listed,
                country,
            )
            chosen[key] = found
            if in_region and found is not None and found.unit == "raion":
                for place_id in (found.id, *mention.place_ids):
                    self.context.raions[place_id] = found
        return chosen[key]


#: How far before a name its country adjective and settlement noun may start.
_COUNTRY_UNIT_REACH = 50


def _country_named_before(text: str, mention: PlaceMention) -> str | None:
    """The country a settlement noun with its country adjective right before a
    name puts the place in ("the Russian town of Liski", "la ville russe de
    Liski", "у російському місті Лиски"), else None."""
    before = text[max(0, mention.start - _COUNTRY_UNIT_REACH) : mention.start]
    # The literal test rules out almost every name before a pattern runs.
    if not lexicon.slot_filter("country_unit_before").accepts(before):
        return None
    for country in ("RU", "UA"):
        if _country_unit(country).search(before):
            return country
    return None


@lexicon.cached
def _country_unit(country: str) -> re.Pattern[str]:
    return lexicon.compiled(
        "country_unit_before", r"(?<!\w)(?:", r")\s*$", where=("country", country)
    )


#: How far after "there" the strike word of its clause may be.
_THERE_REACH = 80
#: Where the clause after a place starts: a dash, colon, semicolon or comma.
_CLAUSE_CUT = regextrie.compile(r"[\u2013\u2014:;,]|\s-\s")


def _next_cut(text: str, position: int) -> int:
    """The end of the punctuation that closes the clause after ``position``
    (the end of the text when none does)."""
    cut = _CLAUSE_CUT.search(text, position)
    return cut.end() if cut else len(text)


def _there() -> re.Pattern[str]:
    """ "there" opening a clause (any language's words)."""
    return lexicon.compiled("there_words", head=r"\s*(?:", tail=r")(?!\w)")


#: A dash or colon opening a list right after a unit ("громади — ", "community: ").
_LIST_DASH = regextrie.compile(r"[\s\w]{0,12}?\s*[\u2014\u2013:]|\s+-\s")
#: How far after the dash the first listed place starts.
_LIST_GAP = 8


# What may stand between a district and the region after it: "Dniprovskyi
# district of Dnipropetrovsk Oblast", "Дніпровського району Дніпропетровської
# області", "rejonie dniprowskim, obwód dniepropetrowski".
_DISTRICT_REGION_GAP = regextrie.compile(
    r"^\s*(?:район\w*|rejon\w*|district|raion)?[\s,(]*"
    r"(?:(?:of|in)\s+(?:the\s+)?|im\s+|in\s+der\s+|des\s+|dans\s+l['’]\s*|"
    r"dans\s+la\s+|de\s+l['’]\s*|en\s+la\s+|en\s+el\s+|del\s+|w\s+|в\s+|у\s+)?"
    r"(?:(?:oblast|région|region|región|regione|gebiet)\s+(?:de\s+|di\s+|of\s+)?)?$",
    re.IGNORECASE,
)


def _district_of_a_region(
    text: str, found: list[PlaceMention], i: int, gazetteer: Gazetteer
) -> bool:
    """Whether mention ``i`` is a district named with the region it lies in
    (the region right after it): a raion, never a city's district."""
    if found[i].level_hint != "district" or i + 1 >= len(found):
        return False
    nxt = found[i + 1]
    is_region = nxt.level_hint == "region" or all(
        gazetteer.get(p).level == "region" for p in nxt.place_ids
    )
    return is_region and bool(_DISTRICT_REGION_GAP.match(text[found[i].end : nxt.start]))


def _note_current_city(reading: SentenceReading, context: _Context) -> None:
    """Note the city the text is now at: the last city (or city of a district)
    a strike sentence names as struck.  A district named later without its
    city ("the missiles hit Shevchenkivskyi district") is that city's before
    a namesake in another city the article names."""
    for mention in reading.mentions:
        if mention.role != "struck":
            continue
        if mention.place.level == "city":
            context.current_city = mention.place.id
        elif mention.place.level == "district" and mention.place.parent_id:
            context.current_city = mention.place.parent_id


def _add_mentions(
    reading: SentenceReading,
    found: list[PlaceMention],
    roles: list[Role],
    places: list[Place | None],
) -> None:
    """Add the resolved mentions to the reading, with their final roles.

    A list takes the role of its head; countries are only noted.
    """
    text = reading.sentence.text
    skipped = _unknown_lists(found, places)
    for i, mention in enumerate(found):
        place = places[i]
        if mention.start < reading.skip or place is None or mention.list_head in skipped:
            continue
        if place.level == "country":
            if _locative().search(text[max(0, mention.start - 30) : mention.start]):
                reading.countries.add(place.country)
                reading.country_spans.append((mention.start, mention.end))
            continue
        role = _final_role(text, i, found, roles, place)
        reading.mentions.append(
            Mention(
                reading.sentence,
                place,
                mention.as_written,
                mention.start,
                mention.end,
                role,
                mention.level_hint,
                unnamed_village=place.is_subdivision
                and name_kinds.unnamed_village_before(
                    text[max(0, mention.start - 40) : mention.start], reading.lang
                ),
            )
        )


def _unknown_lists(found: list[PlaceMention], places: list[Place | None]) -> set:
    """Lists of districts that name neighbourhoods, not districts.

    "the Oleksiivka, Saltivka and Pavlove Pole districts": when some names
    of a district list are no district of the gazetteer, the list names
    neighbourhoods, not the administrative districts the others match.
    """
    return {
        m.list_head
        for m, p in zip(found, places, strict=True)
        if m.level_hint == "district" and (p is None or m.unknown_list)
    }


def _final_role(
    text: str, i: int, found: list[PlaceMention], roles: list[Role], place: Place
) -> Role:
    """A struck mention in a list takes its head's role; villages "of" a city locate."""
    mention, role = found[i], roles[i]
    if role == "struck" and _villages_of_a_city(text, mention, place, found):
        role = "reference"
    head = mention.list_head
    if head != i and role == "struck":
        role = roles[head]
    return role


def _mentions_by_sentence(
    sentences: list[Sentence], matcher: PlaceMatcher, lang: str, text: str | None
) -> dict[int, list[PlaceMention]]:
    """Match places over the whole text once and hand each sentence its own,
    with offsets relative to the sentence (empty without ``text``)."""
    if text is None or not sentences:
        return {}
    starts = [s.start for s in sentences]
    out: dict[int, list[PlaceMention]] = {s.index: [] for s in sentences}
    first_of: dict[int, int] = {}
    for mention in matcher.find(text, lang):
        i = bisect.bisect_right(starts, mention.start) - 1
        if i < 0 or mention.end > sentences[i].end:
            continue
        sentence = sentences[i]
        found = out[sentence.index]
        offset = first_of.setdefault(sentence.index, mention.list_head)
        mention.start -= sentence.start
        mention.end -= sentence.start
        mention.list_head = max(0, mention.list_head - offset)
        found.append(mention)
    return out


def _villages_of_a_city(
    text: str, mention: PlaceMention, place: Place, found: list[PlaceMention]
) -> bool:
    """ "The villages of Chernihiv": villages belonging to a city, not the city.

    "The villages of Beryslav and Tiahynka" names the villages themselves; a
    single big town after the phrase is the one they belong to.
    """
    if not lexicon.compiled("villages_of", tail=")$").search(
        text[max(0, mention.start - 40) : mention.start]
    ):
        return False
    return place.level == "city" and place.population >= 50_000 and not _listed(mention, found)


# A hit negated ("no damage"), an interception ("shot down") and a hit
# ("damaged") in the words after an official's place.
_NEGATED_CUE = r"\b(?:{negated_cues})\b"
_INTERCEPTED = r"\b(?:{intercepted_words})"
_HIT = r"\b(?:{hit_words})"


def _intercepted_on_approach(reading: SentenceReading) -> None:
    """A place targeted whose attackers were shot down on the way, and nothing hit.

    "Kyiv was also targeted, but all drones heading for the capital were shot
    down": when a sentence reporting no damage names a place both as a target
    and where the weapons were intercepted, the place was not struck.
    """
    intercepted = {m.place.id for m in reading.mentions if m.role == "intercept"}
    if not intercepted or not any(
        m.role == "struck" and m.place.id in intercepted for m in reading.mentions
    ):
        return
    if reports_damage(reading.sentence.text[reading.skip :]):
        return
    for mention in reading.mentions:
        if mention.role == "struck" and mention.place.id in intercepted:
            mention.role = "intercept"


def _downed_over(reading: SentenceReading) -> None:
    """Places weapons were brought down over, in a sentence reporting no hit.

    "Its forces brought down four drones: two over Rostov, one over the
    Belgorod region and one over Kursk", "zniszczyła cztery drony nad
    Woskriesienskiem i Kołomną": however far the verb, "over" a place in a
    sentence of interceptions without damage is no strike there.  A sentence
    whose only strike words are its downings strikes none of its places
    (:func:`_only_downings`).
    """
    text = reading.sentence.text
    found = _downings(reading) if reading.mentions else None
    if found is None:
        return
    downing, blanked = found
    if _only_downings(reading, blanked, downing):
        reading.downings_only = True
        for mention in reading.mentions:
            if mention.role == "struck":
                mention.role = "intercept"
        return
    if not any(m.role == "struck" for m in reading.mentions):
        return
    # "over Voskresensk and Kolomna": the later places of the list too.
    listed = r"(?:[^\s,;.]+(?:\s+[^\s,;.]+)?\s*(?:,|\s(?:" + lexicon.union("clause_joins") + r")))"
    # "zestrzelenie 82 dronów w obwodach charkowskim, ...": a lower-case noun
    # may stand before the list.
    noun = r"(?:(?-i:[^\W\d_A-ZА-ЯЁІЇЄ])\S*\s+)?"
    over = lexicon.compiled(
        "over_words", tail=r")\s+(?:the\s+)?" + noun + r"(?:" + listed + r"\s+){0,14}$"
    )
    downed_at = downing.search(text, reading.skip).end()
    for mention in reading.mentions:
        before = text[max(0, mention.start - 240) : mention.start]
        if mention.role == "struck" and (
            over.search(before) or _region_downed_in(mention, text, downed_at)
        ):
            mention.role = "intercept"


def _tells_only_downings(reading: SentenceReading) -> bool:
    """Whether the sentence's only strike words are weapons brought down."""
    found = _downings(reading)
    return found is not None and _only_downings(reading, found[1], found[0])


def _downings(reading: SentenceReading) -> tuple[re.Pattern[str], str] | None:
    """The downing pattern and the sentence with its downings blanked, when the
    sentence brings weapons down and reports no damage besides."""
    text = reading.sentence.text
    if not lexicon.slot_filter("downing_words").accepts(text):
        return None
    downing = lexicon.compiled("downing_words")
    if not downing.search(text, reading.skip):
        return None
    # "zniszczyła cztery drony": the downing verb itself reports no damage.
    blanked = downing.sub(lambda m: " " * len(m.group(0)), text)
    if reports_damage(blanked[reading.skip :]):
        return None
    return downing, blanked


def _only_downings(reading: SentenceReading, blanked: str, downing: re.Pattern[str]) -> bool:
    """Whether the sentence's only strike words are its downings and weapons:
    "the explosions residents heard overnight in Voronezh were air defences
    destroying drones over the city", "air defences repelled a massive attack
    on the Kamensky district" strike nothing, wherever their places stand.
    What was downed must be a weapon or an attack: "distrutto un deposito di
    munizioni a Rodynske" is a strike."""
    text = reading.sentence.text
    if not reading.weapons and not any(
        _downs_an_attack(m.group()) for m in downing.finditer(text, reading.skip)
    ):
        return False
    for weapon in reading.weapons:
        width = weapon.end - weapon.start
        blanked = blanked[: weapon.start] + " " * width + blanked[weapon.end :]
    return not STRIKE_CUE.search(blanked[reading.skip :])


def _downs_an_attack(phrase: str) -> bool:
    """Whether a downing phrase names what it brought down as an attack
    ("repelled a massive attack", "отразили атаку"): a strike word after its
    verb ("distrutto" alone downs nothing named)."""
    _verb, _, rest = phrase.partition(" ")
    return bool(rest) and STRIKE_CUE.search(rest)


def _region_downed_in(mention: Mention, text: str, downed_at: int) -> bool:
    """A region named after a downing verb, with no hit between them and no
    strike word in its own clause: "another drone was shot down on Sunday in the
    Ryazan region", "intercepté 54 drones dont 24 dans la région de Briansk"."""
    place = mention.place
    if place is None or place.level != "region" or mention.start < downed_at:
        return False
    # "…shot down 20 drones, and the Sumy region was attacked": its own clause strikes it.
    clause_end = min((i for i in map(text.find, ",;.", [mention.end] * 3) if i >= 0), default=None)
    own_clause = text[mention.end : clause_end]
    hit = lexicon.template(_HIT).search(text[downed_at : mention.start])
    return not hit and not STRIKE_CUE.search(own_clause)


#: A place named by its kind, standing for the place just named: "the city",
#: "the region", "місто", "la ville".
ANAPHOR = (
    r"\b(?:{anaphor_articles}) (?:(?P<r>{anaphor_region_nouns})|{anaphor_place_nouns})\b|"
    r"\b(?:{anaphor_bare})\b|\b(?:(?P<r2>{anaphor_bare_regions}))\b"
)


#: Roles of a place the strike words after it may turn into "struck".
_PROMOTED = ("official", "speaker", "none")
#: How far after a place the verb saying its office spoke may stand.
_SPEECH_REACH = 60


def _promote_official(
    reading: SentenceReading, gazetteer: Gazetteer, current_city: str | None = None
) -> None:
    """An official speaking of a strike on their own city or region.

    "The mayor of Kharkiv said drones had hit civilian infrastructure there":
    when no place of the sentence is struck and the strike words follow the
    official's place, that place is the one struck.  So is the place where
    someone speaks, or that names their office, when the strike words name it
    by its kind ("Police in Kharkiv said drones hit the city", "У поліції
    Харкова повідомили, що дрони атакували місто"), and an official's region is its
    city of the same name when they say "the city" ("Odesa governor Oleh
    Kiper said a woman was killed in an attack on the city").
    """
    if reading.downings_only or any(m.role == "struck" for m in reading.mentions):
        return
    # "The Belgorod governor said there was no damage": a negated strike word
    # says nothing was struck.
    text = lexicon.template(_NEGATED_CUE).sub(" ", reading.sentence.text)
    for mention in reading.mentions:
        rest = text[mention.end :]
        if lexicon.template(_INTERCEPTED).search(rest) and not lexicon.template(_HIT).search(rest):
            # "The Moscow mayor said two drones flying toward the capital
            # were shot down": an interception, nothing hit.
            continue
        if mention.role not in _PROMOTED or not STRIKE_CUE.search(rest):
            continue
        if mention.role == "none" and not speaks(rest[:_SPEECH_REACH]):
            # Only an office that speaks ("У поліції Харкова повідомили"), not
            # any name a place is part of.
            continue
        kind = _kind_named(rest)
        if mention.role != "official" and kind != kind_of(mention.place):
            continue
        if kind == "city" and mention.place.level == "region":
            namesake = _city_named_like(mention, gazetteer)
            if _at_another_town(mention.place, namesake, current_city, gazetteer):
                # "the head of the Khmelnytskyi regional administration said
                # missiles hit the city" after a report on Starokostiantyniv:
                # the city is the one the text is at, not the regional capital.
                continue
            mention.place = namesake or mention.place
        mention.role = "struck"
        mention.official = True
        mention.place = _city_of_a_city_region(mention.place, gazetteer)
        return


def _city_of_a_city_region(place: Place, gazetteer: Gazetteer) -> Place:
    """The city a region of one city is ("the governor of Sevastopol" heads
    Sevastopol City, whose strikes are the city's); any other place as it is."""
    suffix = " City"
    if place.level != "region" or not place.name.endswith(suffix):
        return place
    for city in gazetteer.candidates(place.name[: -len(suffix)]):
        if city.level == "city" and city.parent_id == place.id:
            return city
    return place


def _at_another_town(
    region: Place, namesake: Place | None, current_city: str | None, gazetteer: Gazetteer
) -> bool:
    """Whether the text is at a town of ``region`` other than its namesake city."""
    if current_city is None or (namesake is not None and namesake.id == current_city):
        return False
    return gazetteer.in_region(gazetteer.get(current_city), region)


def _kind_named(text: str) -> str | None:
    """Whether ``text`` names a place by its kind: "city" ("the city", "місто"),
    "region" ("the region", "область") or neither (None)."""
    match = lexicon.template(ANAPHOR).search(text)
    return None if match is None else anaphor_kind(match)


def anaphor_kind(match: re.Match[str]) -> str:
    """The kind of place an :data:`ANAPHOR` match names: "region" or "city"."""
    return "region" if match.group("r") or match.group("r2") else "city"


def kind_of(place: Place) -> str:
    """A place's kind as a text names it: an oblast, raion or hromada is a
    region, a town or a city district a city."""
    return "region" if place.level == "region" else "city"


def _city_named_like(mention: Mention, gazetteer: Gazetteer) -> Place | None:
    """The city of the region a mention names that bears its name (Odesa in
    Odesa Oblast), if there is one: by the name as written ("Odesa governor"),
    else by the region's own name without its unit word ("Херсонщина",
    "the Kherson region": Kherson Oblast, Kherson)."""
    region = mention.place
    names = (mention.as_written, region.name.rsplit(" ", 1)[0])
    return max(
        (
            place
            for name in names
            for place in gazetteer.candidates(name)
            if place.level == "city" and gazetteer.in_region(place, region)
        ),
        key=lambda place: place.population or 0,
        default=None,
    )


def _names_its_unit(mention: PlaceMention, gazetteer: Gazetteer) -> bool:
    """A raion or hromada spelled with its unit noun ("Марганецькій громаді",
    "Kupiansk district"): never part of a person's or an organisation's name."""
    return " " in mention.key and all(gazetteer.get(i).is_subdivision for i in mention.place_ids)


#: How far from the centre of the raion named right after it a village may lie.
_RAION_REACH_KM = 70


def _namesakes_in_the_region_after(
    text: str, found: list[PlaceMention], places: list[Place | None], gazetteer: Gazetteer
) -> None:
    """A town followed by the region it lies in is the town's namesake in that
    region: "Hvardiiske in occupied Crimea" in a report on Odesa is the Crimean
    Hvardiiske, not Odesa Oblast's."""
    for i in range(1, len(places)):
        region, before = places[i], places[i - 1]
        if region is None or before is None or region.level != "region" or region.unit:
            continue
        if before.level != "city" or before.iso_region == region.iso_region:
            continue
        gap = text[found[i - 1].end : found[i].start]
        if gap.strip(" ,(") and not (_located_in().match(gap) or _located_in_bare().match(gap)):
            continue
        inside = [
            place
            for place in map(gazetteer.get, found[i - 1].place_ids)
            if place.level == "city" and place.iso_region == region.iso_region
        ]
        if inside:
            places[i - 1] = max(inside, key=lambda place: place.population)


def _drop_namesakes_outside_their_unit(
    text: str, found: list[PlaceMention], places: list[Place | None]
) -> None:
    """A village followed by its raion that the gazetteer only knows elsewhere:
    "селом Локоть Рыльского района" is a village of the Rylsky District, not
    the Lokot of Bryansk Oblast.  The namesake is dropped, and the raion, no
    longer locating anything, stands for the village."""
    for i in range(1, len(places)):
        unit, before = places[i], places[i - 1]
        if unit is None or before is None or unit.unit != "raion" or before.level != "city":
            continue
        if text[found[i - 1].end : found[i].start].strip(" ,("):
            continue
        elsewhere = before.iso_region != unit.iso_region or (
            haversine_km(before.lat, before.lon, unit.lat, unit.lon) > _RAION_REACH_KM
        )
        if elsewhere:
            places[i - 1] = None


def _locates_the_place_before(
    text: str,
    found: list[PlaceMention],
    places: list[Place | None],
    i: int,
    gazetteer: Gazetteer,
) -> bool:
    """A raion or region right after a smaller place only locates it:
    "у Марганецькій громаді Нікопольського району", "Hroza, Kupiansk District",
    "Hvardiiske in occupied Crimea", "Sevastopol in occupied Crimea" (a city
    of its own on the peninsula), "Sysran, ebenfalls im Gebiet Samara" (a
    region the place lies in)."""
    place, before = places[i], places[i - 1] if i else None
    if place is None or before is None or place.level != "region":
        return False
    inside = place.iso_region == before.iso_region or (
        before.id != place.id and gazetteer.in_region(before, place)
    )
    if _rank(place) <= _rank(before) and (before.iso_region == place.iso_region or not inside):
        # A list of units of one kind ("в Чугуевском, Изюмском районах").
        return False
    gap = text[found[i - 1].end : found[i].start]
    adjacent = not gap.strip(" ,(") or (
        inside
        and (_located_in().match(gap) is not None or _located_in_bare().match(gap) is not None)
    )
    return adjacent and not _units_listed_on(found, places, i)


def _lists_past_locators(found: list[PlaceMention], locating: list[bool]) -> None:
    """A list goes on past the raion locating its first member: in "Кочеток
    Чугуевского района, Великий Бурлук и Двуречная" the towns after the raion
    are listed with Kochetok, not with the raion."""
    for i, mention in enumerate(found):
        head = mention.list_head
        if head != i and head > 0 and locating[head]:
            mention.list_head = found[head - 1].list_head


@lexicon.cached
def _located_in_bare() -> re.Pattern[str]:
    """A locative word alone between a place and the region it lies in, with an
    article or "occupied" ("Hvardiiske in occupied Crimea", "Rylsk in the Kursk
    region")."""
    return regextrie.compile(
        r"\s+(?:" + name_kinds.all_languages("locative_before") + r")\s+(?:[\w'’-]+\s+)?$",
        re.IGNORECASE,
    )


@lexicon.cached
def _located_in() -> re.Pattern[str]:
    """A comma and a locative word between a place and the region it lies in,
    with an adverb, an article or the region's noun ("Sysran, ebenfalls im Gebiet
    Samara", "en Syzran, también en la región de Samara"); never a list word
    ("Kharkiv, and in the ...")."""
    words = r"[\w'’-]+\s+"
    return regextrie.compile(
        r"\s*,\s*(?!(?:"
        + lexicon.union("and_words")
        + r")\s)(?:"
        + words
        + r"){0,2}?(?:"
        + name_kinds.all_languages("locative_before")
        + r")\s+(?:"
        + words
        + r"){0,3}$",
        re.IGNORECASE,
    )


def _units_listed_on(found: list[PlaceMention], places: list[Place | None], i: int) -> bool:
    """The unit opens a list of units of its kind that goes on after it ("сам
    Нікополь, Покровська, Марганецька, Мирівська громади"): a list member, no
    locator of the place before it."""
    place = places[i]
    after = places[i + 1] if i + 1 < len(places) else None
    return (
        place is not None
        and after is not None
        and after.level == "region"
        and _rank(after) == _rank(place)
        and found[i + 1].list_head == found[i].list_head
    )


#: How large a unit is: a town or district 0, a hromada 1, a raion 2, a region 3.
_UNIT_RANK = {"hromada": 1, "raion": 2}


def _rank(place: Place) -> int:
    if place.unit is not None:
        return _UNIT_RANK.get(place.unit, 2)
    return 3 if place.level in ("region", "country") else 0


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) > 0.6


def _sentence_initial_stranger(
    text: str, mention: PlaceMention, context: _Context, gazetteer: Gazetteer
) -> bool:
    """A small place matched only by a capitalised sentence opening ("Just",
    "Police") is an ordinary word, unless the article names it elsewhere."""
    if text[: mention.start].strip(" \"'“‘(«-–—"):
        return False
    places = [gazetteer.get(i) for i in mention.place_ids]
    if any(p.population >= 100_000 or p.level == "region" for p in places):
        return False
    if any(p.level == "district" and p.parent_id in context.cities for p in places):
        # "- Sviatoshynskyi: a drone hit...": a district of the article's city.
        return False
    if lexicon.compiled("passive_strike", head="(?:", tail=")").match(text, mention.end):
        # "Bilozerka was shelled", "Reni came under fire": a place all the same.
        return False
    return context.keys.get(mention.key, 0) <= 1


@dataclass(slots=True)
class _Context:
    """Regions and cities the article is anchored in, for disambiguation."""

    regions: dict[str, int] = field(default_factory=dict)
    #: Regions the article names as regions ("Donetsk Oblast").
    named_regions: set[str] = field(default_factory=set)
    points: list[tuple[float, float]] = field(default_factory=list)
    countries: dict[str, int] = field(default_factory=dict)
    capitals: set[str] = field(default_factory=set)
    cities: list[str] = field(default_factory=list)
    #: Hromadas and raions the article names (any of a name's namesakes): a
    #: village of one of them beats its namesakes elsewhere.
    units: set[str] = field(default_factory=set)
    #: The city the text is at when a mention is resolved (:func:`_note_current_city`).
    current_city: str | None = None
    keys: dict[str, int] = field(default_factory=dict)
    #: Raions named with their region, by id.
    raions: dict[str, Place] = field(default_factory=dict)
    #: Place ids of names a word for a village stands before that match only
    #: towns: villages the gazetteer lacks.
    unknown_villages: set[tuple] = field(default_factory=set)
    #: Names matched only to a far namesake (:func:`_far_stranger`).
    strangers: set[str] = field(default_factory=set)
    # Resolutions already made in this article: a place named again with the
    # same spelling and level word resolves the same way.
    chosen: dict[tuple, Place | None] = field(default_factory=dict)
    #: The article text, for :meth:`writes_in_lower_case`.
    text: str = ""
    _lower_words: frozenset[str] | None = None

    def writes_in_lower_case(self, word: str) -> bool:
        """Whether the article writes ``word`` in lower case somewhere (no given
        name); the words are collected on the first question only."""
        if self._lower_words is None:
            self._lower_words = lower_case_words(self.text)
        return word.lower() in self._lower_words


def _article_context(
    raw: list[tuple[Sentence, list[PlaceMention], int]],
    gazetteer: Gazetteer,
    kinds: dict | None = None,
) -> _Context:
    """Collect the regions of unambiguous mentions (one candidate, or a big city).

    Names the article-level pass found to be no place ("Kyiv tried to hit",
    "Pokrovskyi wrote") anchor nothing.
    """
    context = _Context()
    kinds = kinds or {}
    for sentence, found, _ in raw:
        for mention in found:
            context.keys[mention.key] = context.keys.get(mention.key, 0) + 1
            kind = kinds.get((sentence.index, mention.start))
            if kind is not None and kind.kind in ("person", "organisation", "government"):
                continue
            places = [gazetteer.get(i) for i in mention.place_ids]
            if not places:
                continue
            context.units.update(p.id for p in places if p.is_subdivision)
            best = _safe_anchor(places, mention, gazetteer)
            if best is None:
                continue
            region = gazetteer.region_of(best)
            if region is not None:
                context.regions[region.id] = context.regions.get(region.id, 0) + 1
                if best.level == "region":
                    context.named_regions.add(region.id)
            context.countries[best.country] = context.countries.get(best.country, 0) + 1
            if best.level == "city":
                context.points.append((best.lat, best.lon))
                if best.id not in context.cities:
                    context.cities.append(best.id)
                if best.name in ("Kyiv", "Moscow"):
                    context.capitals.add(best.id)
    return context


_WORD = regextrie.compile(r"[^\W\d_]+")


def lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case somewhere ("auch", "також").

    A capitalised word opening a sentence before a place ("Auch Charkiw wurde
    angegriffen") is a given name only if the article never writes it in
    lower case: given names are always capitalised.
    """
    return frozenset(w for w in _WORD.findall(text) if w[0].islower())


def _person_or_name(text: str, mention: PlaceMention, context: _Context) -> bool:
    """Whether a place name is part of a person's or an organisation's name.

    "Vladimir Putin" (followed by another capitalised word that is no place
    word), "Ukrainska Pravda", "Yuriy Sobolevskyi", "National Police"
    (preceded by a capitalised word that is no nationality or title).  "the
    Bryansk Chemical Plant" keeps its place: a facility, named with "the".
    """
    before = text[: mention.start]
    if mention.level_hint and not _bare_title().search(before[-40:]):
        return False
    nxt = _NEXT_WORD.match(text, mention.end)
    if (
        nxt
        and nxt.group(1).lower() not in _PLACE_WORDS
        and not nxt.group(1).isupper()
        and not lexicon.compiled("region_nouns", head=r"\s+(?:", tail=")").match(text, nxt.end())
    ):
        named_again = context.keys.get(mention.key, 0) > 1
        if not (named_again and re.search(r"\bthe\s+$", before, re.IGNORECASE)):
            return True
    prev = _PREV_WORD.search(before)
    if prev:
        word = prev.group(1)
        return not _lead_word(word) and not context.writes_in_lower_case(word)
    return False


@lexicon.cached
def _bare_title() -> re.Pattern[str]:
    """A title right before a name, with no "of" between ("governador Volodymyr
    Artiukh"): what it gives the name is no region's level ("governador de
    Sumy" is)."""
    return regextrie.compile(
        r"(?<!\w)(?:" + name_kinds.all_languages("titles_before") + r")[ \t]+$", re.IGNORECASE
    )


def _lead_word(word: str) -> bool:
    """Whether a capitalised ``word`` may stand before a place name in running
    text: a preposition or title opening a sentence, a nationality, a weekday
    or a month ("Am Montag Berislaw"), unlike a given name ("Yuriy Sobolevskyi")."""
    return (
        lexicon.template(_LEAD_WORD).match(word) is not None
        or lexicon.template(_NATIONALITY, 0).match(word) is not None
    )


def _safe_anchor(places: list[Place], mention: PlaceMention, gazetteer: Gazetteer) -> Place | None:
    """The place a name stands for beyond doubt, if any: its one place (with
    no namesake the matcher leaves out, such as a village placed at its
    hromada's centre), an oblast (not one of several same-named raions or
    hromadas), or a city that dwarfs its namesakes (Kharkiv), unless the name
    is the villages' own and only another name of the city ("Олександрівка",
    which GeoNames lists for Donetsk)."""
    ranked = sorted(
        places, key=lambda p: (p.level in ("city", "region"), p.population), reverse=True
    )
    best = ranked[0]
    if best.level == "country":
        return None
    if best.level == "region" and best.unit is None:
        return best
    if len(places) == 1:
        # A town owns its name; a village may share it with villages the
        # matcher leaves out.
        if best.population >= _VILLAGE_POPULATION or all(
            len(gazetteer.candidates(key)) <= 1 for key in (mention.key, normalize(best.name))
        ):
            return best
        return None
    dwarfs = (
        best.population >= 100_000
        and best.population >= 10 * ranked[1].population
        # Curated city districts have no population: Kyiv's Dniprovskyi
        # does not dwarf Kherson's namesake.
        and ranked[1].level != "district"
    )
    if not dwarfs:
        return None
    if gazetteer.is_primary_name(best, mention.key) or not any(
        gazetteer.is_primary_name(p, mention.key) for p in ranked[1:]
    ):
        return best
    return None


def _choose(
    mention: PlaceMention,
    gazetteer: Gazetteer,
    context: _Context,
    regional: bool = False,
    village: bool = False,
    in_region: bool = False,
    listed: bool = False,
    country: str | None = None,
) -> Place | None:
    """Pick the place a mention stands for, given its level hint and the article.

    ``regional`` marks a place named in a regional title ("Belgorod
    governor", "head of the Kharkiv Regional Military Administration"): it
    stands for the region.  ``village`` marks a name right after a word for
    a village ("в селе", "the village of"): a far namesake is no match.
    ``in_region`` marks a district named with its region: a raion before a
    city district.  ``listed`` marks a member of a list of places: a far
    namesake, the name's one match, is no match either.  ``country``: the
    country the text puts the place in ("the Russian town of"), whose places
    win over namesakes elsewhere.
    """
    places = [gazetteer.get(i) for i in mention.place_ids] + _villages_of_named_units(
        mention, gazetteer, context
    )
    if not places:
        return None
    if country is not None:
        places = [p for p in places if p.country == country] or places
    hint = "region" if regional and not mention.level_hint else mention.level_hint
    if hint == "region":
        places = _regions_of(places, mention, gazetteer)
    elif hint == "district" and in_region:
        places = (
            _raions_of(places, mention, gazetteer)
            or _raions_like(places, gazetteer)
            or _districts_of(places, mention, gazetteer, context)
        )
        if not places:
            return None
    elif hint == "district":
        districts = _districts_of(places, mention, gazetteer, context)
        if districts and not any(d.parent_id in context.cities for d in districts):
            # "У Покровському районі" in a report on Donetsk Oblast: Kryvyi Rih's
            # Pokrovskyi district shares the Pokrovsk raion's name.  With no city
            # of the article to hold the district, a raion of the article's
            # regions competes.
            districts += [
                p for p in places if p.unit == "raion" and _in_regions(p, gazetteer, context)
            ]
        places = districts or _raions_of(places, mention, gazetteer)
        if not places:
            # An unknown neighbourhood: better no marker than the city's.
            return None
    else:
        places = (
            _region_by_its_own_name(places)
            or _district_here(places, gazetteer, context)
            or _city_in_a_case_form(places, mention, gazetteer)
            or _own_names_here(
                [p for p in places if p.level == "city"], mention, gazetteer, context
            )
            or places
        )
    if village:
        places = [p for p in places if p.level != "city" or p.population < _TOWN_SIZE]
        if not places:
            # "в селе Муром": a village, not the town of 130,000 the name matches.
            context.strangers.add(mention.key)
            context.unknown_villages.add(mention.place_ids)
            return None
    best = max(places, key=lambda place: _score(place, mention, gazetteer, context))
    if len(places) > 1 and _lone_namesake(best, gazetteer, context):
        # Most likely a village the gazetteer lacks: its figures are no one else's.
        context.strangers.add(mention.key)
        return None
    far = len(places) == 1 and _far_stranger(best, mention, gazetteer, context)
    if (village and far) or (listed and _stray_list_member(best, mention, gazetteer, context)):
        context.strangers.add(mention.key)
        return None
    return best


def _region_by_its_own_name(places: list[Place]) -> list[Place]:
    """A region known by a name of its own ("Krim", "Крым", "Kuban") rather
    than the villages sharing it (Krym, 4,000 people in Rostov Oblast): no town
    of the name is big enough to be meant instead."""
    regions = [p for p in places if p.level == "region" and p.unit is None]
    if regions and all(p.level != "city" or p.population < _TOWN_SIZE for p in places):
        return regions
    return []


def _in_regions(place: Place, gazetteer: Gazetteer, context: _Context) -> bool:
    """Whether ``place`` lies in one of the regions the article is anchored in."""
    region = gazetteer.region_of(place)
    return region is not None and region.id in context.regions


def _listed(mention: PlaceMention, found: list[PlaceMention]) -> bool:
    """Whether ``mention`` is one member of a list of places in its sentence."""
    return any(m is not mention and m.list_head == mention.list_head for m in found)


def _villages_of_named_units(
    mention: PlaceMention, gazetteer: Gazetteer, context: _Context
) -> list[Place]:
    """Villages of a hromada, raion or oblast the article names that the
    matcher left out (a village placed at its hromada's centre whose name is
    also a common word, or that many villages share): "villages of the
    Semenivka hromada — Mykolaivka, ...", "село Гаврилівка Бериславського
    району", Kherson's daily list of villages shelled in the oblast."""
    if mention.level_hint or not (context.units or context.named_regions):
        return []
    known = set(mention.place_ids)
    missing = [
        p
        for key in _namesake_keys(mention, gazetteer)
        for p in gazetteer.candidates(key)
        if p.id not in known and p.level == "city"
    ]
    if not missing:
        return []
    in_units = [p for p in missing if _in_named_unit(p, gazetteer, context)]
    if in_units or not _small_stranger(mention, gazetteer, context):
        return in_units
    return [p for p in missing if _region_id_of(p, gazetteer) in context.named_regions]


def _namesake_keys(mention: PlaceMention, gazetteer: Gazetteer) -> list[str]:
    """The name as written and the names of the villages it matched: "Hawryliwka"
    and "Гавриловка" find the Havrylivkas the gazetteer spells only in Ukrainian."""
    keys = [mention.key]
    for place_id in mention.place_ids:
        place = gazetteer.get(place_id)
        if place.level == "city" and place.population < _VILLAGE_POPULATION:
            name = normalize(place.name)
            if name not in keys:
                keys.append(name)
    return keys


def _in_named_unit(place: Place, gazetteer: Gazetteer, context: _Context) -> bool:
    """Whether a village lies in a hromada the article names, or in a raion it
    names (the village's hromada lies in it)."""
    if place.parent_id in context.units:
        return True
    parent = gazetteer.get(place.parent_id) if place.parent_id else None
    return parent is not None and parent.is_subdivision and parent.parent_id in context.units


def _small_stranger(mention: PlaceMention, gazetteer: Gazetteer, context: _Context) -> bool:
    """Whether every place the matcher gave a name, under its own name, is a
    village outside the regions the article names (a namesake elsewhere)."""
    for place_id in mention.place_ids:
        place = gazetteer.get(place_id)
        if not gazetteer.is_primary_name(place, mention.key):
            continue
        if place.population >= _TOWN_SIZE or (
            _region_id_of(place, gazetteer) in context.named_regions
        ):
            return False
    return True


def _region_id_of(place: Place, gazetteer: Gazetteer) -> str | None:
    region = gazetteer.region_of(place)
    return region.id if region is not None else None


def _own_names_here(
    places: list[Place], mention: PlaceMention, gazetteer: Gazetteer, context: _Context
) -> list[Place]:
    """The places called by the name itself, when one of them lies in the
    article's regions: "Олександрівка" in a list of Kherson villages is a
    Kherson village, not Donetsk, which GeoNames lists the name for."""
    own = [p for p in places if gazetteer.is_primary_name(p, mention.key)]
    if len(own) == len(places):
        return places
    if any(_in_regions(p, gazetteer, context) for p in own):
        return own
    return places


def _district_here(places: list[Place], gazetteer: Gazetteer, context: _Context) -> list[Place]:
    """A district of a city the article names, before small namesake villages:
    "the missile came down in Shevchenkivskyi" in a report on Zaporizhzhia, "le
    quartier Dniprovskyi" in a report on Kherson (not Kyiv's namesake)."""
    districts = [p for p in places if p.level == "district"]
    districts += _namesake_districts(districts, gazetteer, context)
    here = [p for p in districts if p.parent_id in context.cities]
    if not here or any(p.level == "city" and p.population >= 100_000 for p in places):
        return []
    return here


#: A one-word name whose places are all smaller than this may be a city's case form.
_VILLAGE_POPULATION = 10_000
#: How much larger than those villages the city must be, and at least how large.
_CITY_FACTOR, _CITY_POPULATION = 10, 50_000
#: Letters only Ukrainian writes: a word with one is no Russian case form.
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
#: Ukrainian neuter adjectives that name villages (Покровське, Курське), not case forms.
_VILLAGE_ENDINGS = ("ське", "цьке", "зьке")


def _city_in_a_case_form(
    places: list[Place], mention: PlaceMention, gazetteer: Gazetteer
) -> list[Place]:
    """A city named in a Russian case form that is also a Ukrainian village's own
    name: "во Львове" is Lviv in the locative, not the village of Lvove.

    Only a one-word Cyrillic name whose places are all villages, written with
    no letter only Ukrainian has and no Ukrainian village ending, and only a
    city ten times larger (and of 50,000 people or more) called so today that
    the word's Russian case rules lead to.
    """
    word = mention.as_written
    if " " in mention.key or not places or not _russian_case_form(word):
        return []
    largest = max(p.population for p in places)
    if largest >= _VILLAGE_POPULATION:
        return []
    floor = max(_CITY_POPULATION, _CITY_FACTOR * largest)
    for key in stem_candidates(word, "ru")[1:]:
        cities = [
            p
            for p in gazetteer.candidates(key)
            if p.level == "city" and p.population >= floor and not gazetteer.is_former_name(p, key)
        ]
        if cities:
            return cities
    return []


def _russian_case_form(word: str) -> bool:
    """Whether a word may be a Russian case form (Cyrillic, no Ukrainian letter or ending)."""
    return (
        is_cyrillic(word)
        and not _UKRAINIAN_LETTERS.intersection(word)
        and not word.lower().endswith(_VILLAGE_ENDINGS)
    )


def _regions_of(places: list[Place], mention: PlaceMention, gazetteer: Gazetteer) -> list[Place]:
    """The regions a mention with a region word may be ("the Kyiv region" is Kyiv Oblast)."""
    regions = [p for p in places if p.level == "region"]
    if not regions:
        # "the Kyiv region" is Kyiv Oblast, not the capital's own unit.
        region = gazetteer.find_region(mention.key)
        regions = [region] if region is not None else []
    return regions or places


def _raions_of(places: list[Place], mention: PlaceMention, gazetteer: Gazetteer) -> list[Place]:
    """The raions a mention with a district word may be, when no city district
    is meant: "the Kupiansk district", "distretto di Izmail", "No distrito de
    Nikopol" name the raion around the town."""
    raions = [p for p in places if p.unit == "raion"]
    if raions:
        return raions
    if is_cyrillic(mention.as_written) and " " not in mention.key:
        # "в районе Донецка" is "in the area of Donetsk", "у Ворошиловському
        # районі Донецька" its district: a raion is named by its adjective.
        return []
    names = {p.name for p in places if p.level == "city"}
    return [p for name in names for p in gazetteer.candidates(f"{name} raion") if p.unit == "raion"]


def _raions_like(places: list[Place], gazetteer: Gazetteer) -> list[Place]:
    """Raions whose name shares the stem of a district name ("Dniprowskyj",
    "Днепровскому": the Dnipro raion), for a district named with its region."""
    stems = {_district_stem(p.name) for p in places if p.level == "district"}
    by_stem = _raions_by_stem(gazetteer)
    return [raion for stem in stems if len(stem) >= 4 for raion in by_stem.get(stem, ())]


_RAION_CACHE: dict[int, tuple[Gazetteer, dict[str, list[Place]]]] = {}


def _raions_by_stem(gazetteer: Gazetteer) -> dict[str, list[Place]]:
    cached = _RAION_CACHE.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        table: dict[str, list[Place]] = {}
        for place in gazetteer:
            if place.unit == "raion":
                table.setdefault(_district_stem(place.name), []).append(place)
        cached = (gazetteer, table)
        _RAION_CACHE[id(gazetteer)] = cached
    return cached[1]


def _districts_of(
    places: list[Place], mention: PlaceMention, gazetteer: Gazetteer, context: _Context
) -> list[Place]:
    """The city districts a mention with a district word may be."""
    districts = [p for p in places if p.level == "district"]
    # Many cities have a Shevchenkivskyi district: the article's own
    # cities' namesakes compete with the one the spelling matched.
    districts += _namesake_districts(districts, gazetteer, context)
    if not districts:
        districts = _districts_like(mention.as_written, gazetteer, context)
    # "Missiles hit Dnipro. ... They struck Shevchenkivskyi district": the
    # district of the city the text is at, not a larger city's namesake.
    here = [d for d in districts if d.parent_id == context.current_city]
    return here or districts


def _score(place: Place, mention: PlaceMention, gazetteer: Gazetteer, context: _Context) -> float:
    """How likely the article means ``place``: size, name, its regions, countries and places."""
    value = math.log10(max(place.population, 1) + 10)
    if gazetteer.is_primary_name(place, mention.key):
        # "Pokrovsk" is today's Pokrovsk before it is Engels' old name.
        value += 1.0
    region = gazetteer.region_of(place)
    if region is not None and region.id in context.regions:
        value += 3.5 + 0.2 * min(context.regions[region.id], 5)
    if place.country in ("UA", "RU"):
        value += 1.0
    if place.country in context.countries:
        value += 0.5
    if place.level == "city" and place.parent_id in context.units:
        # "villages of the Semenivka hromada — Mykolaivka, ...": the
        # Mykolaivka of that hromada, not one of its 90 namesakes.
        value += 3.0
    if place.level == "district" and place.parent_id in context.cities:
        # A district of a city the article names beats a namesake elsewhere.
        value += 3.0
    if context.points and place.level in ("city", "district"):
        near = any(haversine_km(place.lat, place.lon, lat, lon) < 60 for lat, lon in context.points)
        value += 1.5 if near else 0.0
    return value


def _lone_namesake(best: Place, gazetteer: Gazetteer, context: _Context) -> bool:
    """A small place with namesakes, none of them in the article's regions or
    near its other places: better no marker than a wrong one."""
    if best.level != "city" or best.population >= 50_000 or not context.regions:
        return False
    region = gazetteer.region_of(best)
    near = any(haversine_km(best.lat, best.lon, lat, lon) < 100 for lat, lon in context.points)
    return (region is None or region.id not in context.regions) and not near


#: A place a word for a village stands before is smaller than this.
_TOWN_SIZE = 50_000
#: How close another place of the article keeps a small stranger in.
_STRANGER_KM = 40.0


def _far_stranger(
    place: Place, mention: PlaceMention, gazetteer: Gazetteer, context: _Context
) -> bool:
    """A small place that is the one match of a village's name, far from
    everything else the article is about: most likely a village the gazetteer lacks,
    matched to a namesake elsewhere ("в селе Безлюдовка" in a report on the
    Belgorod region is no village near Kharkiv).

    It is a stranger when no other name of the article anchors its country
    or its region, and no other place of the article lies within 40 km of it
    (a town of the same country struck far from the others is no stranger).
    """
    if place.level != "city" or place.population >= 50_000 or not context.regions:
        return False
    own = context.keys.get(mention.key, 0)
    if context.countries.get(place.country, 0) > own:
        return False
    region = gazetteer.region_of(place)
    if region is not None and context.regions.get(region.id, 0) > own:
        return False
    others = (count for rid, count in context.regions.items() if region is None or rid != region.id)
    if not any(others):
        return False
    return not _near_another_place(place, context)


def _near_another_place(place: Place, context: _Context) -> bool:
    """Whether another place of the article lies within :data:`_STRANGER_KM` of ``place``."""
    return any(
        0.5 < haversine_km(place.lat, place.lon, lat, lon) < _STRANGER_KM
        for lat, lon in context.points
    )


def _stray_list_member(
    place: Place, mention: PlaceMention, gazetteer: Gazetteer, context: _Context
) -> bool:
    """A small place of a list ("атакували Запоріжжя, Червонодніпровку, Плавні")
    in a region nothing else of the article anchors, far from every place of
    it: a village of the list's own region the gazetteer lacks, matched to a
    namesake elsewhere (Plavni in the Odesa region, in a Zaporizhzhia tally).
    Unlike :func:`_far_stranger`, its own country is no anchor: such lists sum
    one region's villages.
    """
    if place.level != "city" or place.population >= _TOWN_SIZE:
        return False
    own = context.keys.get(mention.key, 0)
    region = gazetteer.region_of(place)
    if region is None or region.id in context.named_regions:
        return False
    if context.regions.get(region.id, 0) > own:
        return False
    if not any(count > own for rid, count in context.regions.items() if rid != region.id):
        return False
    return not _near_another_place(place, context)


_ADJECTIVE_END = regextrie.compile(r"(?:[io]v)?(?:s?k(?:yi|iy|ij|yy|ii|y|i)|s?kogo|o|a|e|yi|iy)$")


def _district_stem(name: str) -> str:
    """Stem of a district name shared by its spellings: Shevchenko,
    Shevchenkivskyi and Shevchenkovsky all give "shevchenk"."""
    key = normalize(name).split(" ")[0].replace("y", "i")
    return _ADJECTIVE_END.sub("", key.replace("i", "y")).replace("y", "i")


def _districts_like(written: str, gazetteer: Gazetteer, context: _Context) -> list[Place]:
    """City districts of the article's cities whose name shares ``written``'s stem."""
    if is_cyrillic(written):
        # "у Київському районі": the Latin nominative of the adjective.
        latin = transliterate(written.split()[0], "uk" if _UK_LETTERS.search(written) else "ru")
        key = _LATIN_ADJECTIVE_CASE.sub(r"\1yi", normalize(latin))
        by_city = _districts_by_city(gazetteer)
        return [
            district
            for city_id in context.cities
            for district in by_city.get(city_id, ())
            if normalize(district.name) == key
        ]
    by_city = _districts_by_city(gazetteer)
    # "Schewtschenkiwskyj", "Hołosijiwskiej": the Ukrainian-Latin nominative.
    latin = district_keys(written.split()[0])[1]
    found = [
        district
        for city_id in context.cities
        for district in by_city.get(city_id, ())
        if normalize(district.name) == latin
    ]
    if found:
        return found
    stem = _district_stem(written)
    if len(stem) < 4:
        return []
    for city_id in context.cities:
        for district in by_city.get(city_id, ()):
            if _district_stem(district.name) == stem:
                found.append(district)
    return found


_UK_LETTERS = regextrie.compile("[іїєґІЇЄҐ]")
# Oblique cases of a transliterated adjective ("kyivskomu", "industrialnomu").
_LATIN_ADJECTIVE_CASE = regextrie.compile(r"(sk|tsk|n)(?:omu|oho|ogo|om|ym|im|ii|iy|yi|ii)$")


def _namesake_districts(
    districts: list[Place], gazetteer: Gazetteer, context: _Context
) -> list[Place]:
    """Districts of the article's cities named like one of ``districts``."""
    names = {d.name for d in districts}
    if not names:
        return []
    by_city = _districts_by_city(gazetteer)
    return [
        district
        for city_id in context.cities
        for district in by_city.get(city_id, ())
        if district.name in names and district not in districts
    ]


_DISTRICT_CACHE: dict[int, tuple[Gazetteer, dict[str, list[Place]]]] = {}


def _administrative(district: Place) -> bool:
    """Whether a city district is one of the city's administrative districts
    (the curated table's ``district:`` ids), not a GeoNames neighbourhood."""
    return district.id.startswith("district:")


def _districts_by_city(gazetteer: Gazetteer) -> dict[str, list[Place]]:
    """Each city's administrative districts (``geodata/curated/districts.csv``):
    what "the X district" names.  A neighbourhood ("Vyshhorodskyi Masyv" in Kyiv)
    is named by its own name, and "the Vyshhorod district" is a raion."""
    cached = _DISTRICT_CACHE.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        table: dict[str, list[Place]] = {}
        for place in gazetteer:
            if place.level == "district" and place.parent_id and _administrative(place):
                table.setdefault(place.parent_id, []).append(place)
        cached = (gazetteer, table)
        _DISTRICT_CACHE[id(gazetteer)] = cached
    return cached[1]


def _add_surrounding(reading: SentenceReading, gazetteer: Gazetteer) -> None:
    """Add the region of a city for "the surrounding region" after it."""
    text = reading.sentence.text
    if not lexicon.slot_filter("surrounding_region").accepts(text):
        return
    for match in lexicon.compiled("surrounding_region").finditer(text, reading.skip):
        city = next(
            (
                m
                for m in reversed(reading.mentions)
                if m.end <= match.start() and m.place.level == "city"
            ),
            None,
        )
        if city is None or match.start() - city.end > 40:
            continue
        region = gazetteer.find_region(city.place.name)
        if region is None or any(m.place.id == region.id for m in reading.mentions):
            continue
        reading.mentions.append(
            Mention(
                reading.sentence,
                region,
                match.group(0),
                match.start(),
                match.end(),
                city.role,
                "region",
            )
        )
    reading.mentions.sort(key=lambda m: m.start)


def _an_earlier_report(text: str, lang: str) -> bool:
    """Whether every cue of an earlier strike in ``text`` is an earlier *report*
    ("jak podawano wcześniej", "как сообщалось ранее")."""
    return all(
        casualties.reported_right_before(text, m.start(), lang)
        for m in lexicon.template(_BACKGROUND).finditer(text)
    )


def _qualifies_a_strike(text: str, start: int, end: int) -> bool:
    """Whether the date ``text[start:end]`` qualifies a strike noun: right before
    it, adjectives between ("Tuesday's Russian missile strike", "воскресного
    обстрела"), or right after it and a short link ("the attack on Sunday",
    "l'attacco di domenica", "des Angriffs vom Sonntag")."""
    after = lexicon.compiled("strike_nouns", head=r"(?:['’]s)?\s+(?:[^\W\d_]+\s+){0,3}?(?:").match(
        text, end
    )
    return after is not None or bool(
        lexicon.compiled("strike_nouns", tail=r")\s+(?:[^\W\d_]{1,4}\s+){0,2}$").search(
            text[max(0, start - 40) : start]
        )
    )


def _in_a_time_zone_aside(text: str, start: int, end: int) -> bool:
    """Whether the span is inside brackets that convert a time to another zone
    ("shortly before 2am on Monday (11pm GMT on Sunday)")."""
    opening = text.rfind("(", 0, start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    closing = text.find(")", end)
    if closing < 0:
        return False
    zone = lexicon.compiled("time_zone_words", r"(?<!\w)(?:", r")(?!\w)")
    return bool(zone.search(text, opening, closing))


def _before_the_aftermath(days: list[DateMention]) -> list[DateMention]:
    """The days of an aftermath sentence before its last one, the aftermath's
    own: "Si sono svolti oggi i funerali delle tre persone uccise lunedì" gives
    Monday, the strike's day."""
    dated = [d for d in days if d.precision == "day"]
    last = max((d.date for d in dated), default=None)
    return [d for d in dated if d.date != last]


def _day_of_a_death(text: str, day) -> bool:
    """Whether a verb of a later death stands right next to the date ("died in
    hospital on Wednesday", "am Mittwochmorgen im Krankenhaus gestorben")."""
    before = text[max(0, day.start - 40) : day.start]
    after = text[day.end : day.end + 50]
    return bool(_death_before().search(before) or _death_after().match(after))


@lexicon.cached
def _death_before() -> re.Pattern[str]:
    died = lexicon.section_union("casualties", "died")
    return regextrie.compile(rf"(?<!\w)(?:{died})\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE)


@lexicon.cached
def _death_after() -> re.Pattern[str]:
    died = lexicon.section_union("casualties", "died")
    return regextrie.compile(rf"^\s*(?:[\w'’-]+\s+){{0,3}}(?:{died})(?!\w)", re.IGNORECASE)


def _report_time() -> re.Pattern[str]:
    """Words right before a date that make it the time of a report or a count
    ("as of Wednesday", "the toll rose to eleven on Saturday", "станом на ранок
    вівторка"): such a date never dates a strike."""
    return lexicon.compiled("report_time", tail=r")\s+(?:\w+\s+){0,2}$")


#: The capital each country code of ``capital_words`` names.
_CAPITAL_OF = {"UA": "Kyiv", "RU": "Moscow"}
_CAPITAL_TITLE = r"^\s*(?:{capital_title_units})?\s*(?:{capital_titles})"


def _add_regional_capitals(reading: SentenceReading, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Add each "regional capital" phrase as a mention of the city that bears
    the name of the region the sentence named before it ("En la vecina región
    de Jersón, las tropas rusas bombardearon la capital regional": Kherson).
    Returns the spans of all such phrases, found a city or not."""
    text = reading.sentence.text
    if not lexicon.slot_filter("regional_capital_words").accepts(text):
        return []
    spans: list[tuple[int, int]] = []
    for match in lexicon.compiled("regional_capital_words").finditer(text):
        spans.append((match.start(), match.end()))
        region = next(
            (
                m
                for m in reversed(reading.mentions)
                if m.end <= match.start() and m.place.level == "region"
            ),
            None,
        )
        city = _city_named_like(region, gazetteer) if region is not None else None
        if city is None:
            continue
        role = classify(text, match.start(), match.end())
        reading.mentions.append(
            Mention(reading.sentence, city, match.group(0), match.start(), match.end(), role, None)
        )
    return spans


def _capital_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The capital words of every language by country, qualified ones first."""
    return [
        (country, lexicon.compiled("capital_words", where=("country", country)))
        for country in (*_CAPITAL_OF, "any")
    ]


def _capital_matches(text: str) -> list[tuple[str, re.Match[str]]]:
    """ "The capital" phrases of ``text`` with the country each names ("any"
    for a bare one), a qualified phrase winning over the bare word inside it."""
    if not lexicon.slot_filter("capital_words").accepts(text):
        return []
    found: list[tuple[str, re.Match[str]]] = []
    for country, pattern in _capital_patterns():
        for match in pattern.finditer(text):
            if not any(m.start() < match.end() and match.start() < m.end() for _, m in found):
                found.append((country, match))
    return sorted(found, key=lambda cm: cm[1].start())


def _capital_place(country: str, gazetteer: Gazetteer, context: _Context) -> Place | None:
    """The capital a phrase names: a qualified one always, a bare one only
    when the article names that capital itself."""
    names = [_CAPITAL_OF[country]] if country in _CAPITAL_OF else list(_CAPITAL_OF.values())
    for name in names:
        places = [p for p in gazetteer.candidates(name) if p.level == "city"]
        if places and (country in _CAPITAL_OF or places[0].id in context.capitals):
            return places[0]
    return None


def _add_capital(reading: SentenceReading, gazetteer: Gazetteer, context: _Context) -> None:
    """Add "the capital" as a mention of the capital it stands for, and "the
    regional capital" as one of the capital of the region named before it."""
    text = reading.sentence.text
    regional = _add_regional_capitals(reading, gazetteer)
    for country, match in _capital_matches(text):
        if any(m.start <= match.start() < m.end + 3 for m in reading.mentions) or any(
            start <= match.start() < end for start, end in regional
        ):
            continue
        place = _capital_place(country, gazetteer, context)
        if place is None:
            continue
        if any(m.start >= match.end() and m.start - match.end() < 3 for m in reading.mentions):
            continue
        role = classify(text, match.start(), match.end())
        if lexicon.template(_CAPITAL_TITLE).match(text, match.end()):
            role = "official"
        reading.mentions.append(
            Mention(reading.sentence, place, match.group(0), match.start(), match.end(), role, None)
        )
    reading.mentions.sort(key=lambda m: m.start)
