"""Date mentions in news sentences, resolved against the publication date.

Strike reports date events relative to when they were written ("overnight",
"on Tuesday", "yesterday") or with a day and month but no year ("Oct. 17",
"17 agosto", "19 sierpnia").  This module finds such mentions with
precompiled per-language regexes and month/weekday lexicons and resolves
them to calendar dates:

- "today", "this morning", "overnight", "last night" resolve to the
  publication day (annotation convention: a night attack reported the next
  morning is dated the day of the report);
- "yesterday" is the day before publication;
- a weekday is its most recent occurrence on or before publication, and a
  weekday in a future sense ("next Monday", "until Friday") gives nothing;
- a day and month without a year take the year that puts them on or before
  publication (a day of grace allows for time zones);
- "the night of 17 to 18 August" and "the night from Thursday to Friday"
  are dated the morning the night ends;
- "two days ago", "a week earlier" count back from publication.

No date library is called per sentence, which keeps extraction fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

import ahocorasick

from strikemap.extraction import lexicon, regextrie
from strikemap.extraction.numbers import parse_number
from strikemap.extraction.regextrie import alternation

Precision = Literal["day", "month", "year"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a sentence.

    Attributes
    ----------
    date
        The resolved calendar date (first day of the month or year for
        coarser precisions).
    precision
        ``"day"``, ``"month"`` or ``"year"``.
    start, end
        Character offsets of the mention in the sentence.
    relative
        ``True`` when resolved from the publication date ("yesterday", "on
        Tuesday", "overnight"); ``False`` for a written date, even one whose
        year had to be inferred ("Oct. 17").
    text
        The matched text.
    kind
        ``"written"`` (a day and month), ``"weekday"``, ``"relative"``
        (today, overnight, yesterday...), ``"year_ago"`` ("a year ago"),
        ``"month"`` or ``"year"``.
    """

    date: date
    precision: Precision
    start: int
    end: int
    relative: bool
    text: str
    kind: str = "written"


# ---------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------

# The month, weekday and relative-day words, the weekday cues, "N days ago"
# and the month prepositions of each language live in its lexicon file
# (slots months, weekdays, relative_days, weekday_future, weekday_last,
# days_ago, month_prepositions).
_AGO_UNITS = (
    "day",
    "week",
    "дн",
    "день",
    "тиж",
    "недел",
    "неделю",
    "dni",
    "dzień",
    "tydzień",
    "tygodnie",
    "día",
    "semana",
    "giorn",
    "settiman",
    "tag",
    "woche",
    "jour",
    "semaine",
)
_DIGIT = regextrie.compile(r"\d")
_WEEK_UNITS = (
    "week",
    "тиж",
    "недел",
    "тыдз",
    "tydz",
    "tygod",
    "seman",
    "settiman",
    "woch",
    "semaine",
)

_YEAR = r"(?:19|20)\d\d"
_APOSTROPHES = regextrie.compile(r"[’ʼ`´′]")


def _forms_by(lex: lexicon.Lexicon, slot: str, key: str) -> dict[int, tuple[str, ...]]:
    """The literal forms of a months or weekdays slot, by month or weekday."""
    out: dict[int, tuple[str, ...]] = {}
    for entry in lex[slot]:
        number = entry.get(key)
        out[number] = (*out.get(number, ()), *entry.pattern.lower().split("|"))
    return out


def _alt(words) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


def _escaped_alt(words) -> str:
    # Month and weekday forms are literals: a trie scans faster.
    return alternation(words)


class _Lexicon:
    """Compiled patterns and lookup tables for one language."""

    def __init__(self, lang: str) -> None:
        lex = lexicon.languages()[lang]
        english = lexicon.languages()["en"]
        months = _forms_by(lex, "months", "month")
        if lang != "en":
            # English dates appear in quoted tweets and datelines of any text.
            for number, forms in _forms_by(english, "months", "month").items():
                months[number] = (*months.get(number, ()), *forms)
        self.month_of = {form: m for m, forms in months.items() for form in forms}
        month_rx = r"(?P<{name}>" + _escaped_alt(self.month_of) + r")\.?"
        weekdays = _forms_by(lex, "weekdays", "weekday")
        self.weekday_of = {form: d for d, forms in weekdays.items() for form in forms}
        weekday = _escaped_alt(self.weekday_of) or r"(?!)"
        relative_forms = [entry.pattern for entry in lex["relative_days"]]
        self.relative_of = _offset_table(lex["relative_days"])
        self.year_offset_of = _offset_table(lex["relative_years"])
        # "26 August last year", "w marcu ubiegłego roku": the year from the
        # publication year (group ry_* after the date).
        relative_year = (
            r"(?:,?\s+(?P<{name}>" + (lex.alternation("relative_years") or r"(?!)") + "))?"
        )
        ordinal = r"(?:st|nd|rd|th|-?го|-?е|-?я|\.|º|°)?"
        day_rx = r"(?P<{name}>[0-3]?\d)" + ordinal
        # "17 to 18 August", "17-18 серпня", "z 17 na 18 sierpnia": a night
        # range is dated by the day it ends, when the attack is reported.
        range_join = r"\s*(?:-|–|—|to|into|and|на|на|na|al|a|e|y|au|bis)\s*"
        parts = [
            # ISO 2024-01-02
            r"(?P<iso>(?P<iso_y>" + _YEAR + r")-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d))(?!\d)",
            # 02.01.2024, 29-08-2022, 12/30/2023
            r"(?P<num>(?P<num_a>[0-3]?\d)(?P<num_sep>[./-])(?P<num_b>[0-3]?\d)(?P=num_sep)"
            r"(?P<num_y>" + _YEAR + r"))(?!\d)",
            # 17 August 2024, 17 de agosto de 2024, 19 sierpnia, 17-18 серпня
            r"(?P<dm>(?:"
            + day_rx.format(name="dm_d0")
            + range_join
            + r")?"
            + day_rx.format(name="dm_d")
            + r"(?:\s+of|\s+de|\s+del)?\s+"
            + month_rx.format(name="dm_m")
            + r"(?:,?\s+(?:de\s+|del\s+)?(?P<dm_y>"
            + _YEAR
            + r")(?:\s*(?:р\.|г\.|року|года|roku))?)?"
            + relative_year.format(name="dm_ry")
            + r")",
            # Oct. 17, December 29, 2022, Jan 2
            r"(?P<md>"
            + month_rx.format(name="md_m")
            + r"\s+(?P<md_d0>[0-3]?\d(?:st|nd|rd|th)?\s*(?:-|–|—|to|into)\s*)?"
            # "the night of March 3-4": dated, like "3 to 4 March", by its end.
            + r"(?P<md_d>[0-3]?\d)(?:st|nd|rd|th)?"
            + r"(?:,?\s+(?P<md_y>"
            + _YEAR
            + r"))?"
            + relative_year.format(name="md_ry")
            + r")",
            # August 2024, серпня 2023 (month precision)
            r"(?P<my>" + month_rx.format(name="my_m") + r",?\s+(?P<my_y>" + _YEAR + r"))",
            # "in August", "w sierpniu", "в августе" (month precision, year from context)
            r"(?P<inm>(?:"
            + (lex.alternation("month_prepositions") or r"(?!)")
            # "mid-March", "à la mi-mars": a hyphen joins the month.
            + r")(?:\s+|(?<=-))"
            + month_rx.format(name="inm_m")
            + r")(?!,?\s+"
            + _YEAR
            + r")(?!\.?\s+[0-3]?\d(?!\d))"
            + relative_year.format(name="inm_ry"),
            # "two days ago", "a week earlier", "три дні тому", "hace dos días"
            r"(?P<ago>" + (lex.alternation("days_ago") or r"(?!)") + r")",
            # "a year ago", "a year since", "vor genau einem Jahr": this day last year
            r"(?P<yago>" + (lex.alternation("year_ago") or r"(?!)") + r")",
            # weekday (optionally qualified)
            # "segunda-feira (22)": a weekday with its day of the month.
            r"(?P<wd>(?P<wd_name>" + weekday + r")(?:'s)?(?:\s*\((?P<wd_d>[0-3]?\d)º?\))?)",
            # relative day words
            r"(?P<rel>" + (_alt(relative_forms) or r"(?!)") + r")",
            # a bare year: "in 2022"
            r"(?P<yr>(?:in|since|в|у|w|od|en|nel|desde|dal|im|seit)\s+(?P<yr_y>"
            + _YEAR
            + r"))(?!\d)",
        ]
        self.pattern = regextrie.compile(
            r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE
        )
        future = lex.alternation("weekday_future") or r"(?!)"
        last = lex.alternation("weekday_last") or r"(?!)"
        # Cue words are read from the text just before a weekday.
        self.future_cue = regextrie.compile(r"(?<!\w)(?:" + future + r")\s+$", re.IGNORECASE)
        self.last_cue = regextrie.compile(r"(?<!\w)(?:" + last + r")\s+$", re.IGNORECASE)
        # "a segunda maior cidade": a weekday form that is also an ordinal.
        other = lex.alternation("weekday_not_before") or r"(?!)"
        self.other_word = regextrie.compile(r"\s+(?:" + other + r")(?!\w)", re.IGNORECASE)
        self.lang = lang
        # Every match contains a digit or one of these lower-case words, so a
        # sentence without either is skipped without running the pattern.
        stems = {*self.month_of, *self.weekday_of, *_AGO_UNITS}
        stems.update(re.split(r"[\\(\[]", form, maxsplit=1)[0] for form in relative_forms)
        self.gate = _automaton(stems)
        # The "ago" patterns span words: their stems are of folded text
        # (:func:`lexicon.fold`, no spaces), as a lexicon filter reads it.
        folded: set[str] = set()
        for entry in (*lex["days_ago"], *lex["year_ago"]):
            folded.update(lexicon.literal_prefixes(entry.pattern, re.IGNORECASE) or ())
        self.folded_gate = _automaton(folded)
        self.month_gate = ahocorasick.Automaton()
        for form in self.month_of:
            self.month_gate.add_word(form, form)
        self.month_gate.make_automaton()

    def may_match(self, text: str) -> bool:
        """Cheap test that ``text`` could contain a date mention."""
        lowered = text.lower()
        gate = self.gate
        if _DIGIT.search(lowered) or (gate is not None and next(gate.iter(lowered), None)):
            return True
        folded = self.folded_gate
        return folded is not None and next(folded.iter(lexicon.fold(text)), None) is not None


def _automaton(stems: set[str]) -> ahocorasick.Automaton | None:
    """An Aho-Corasick automaton of the non-empty ``stems`` (None without any)."""
    automaton = ahocorasick.Automaton()
    for stem in stems:
        if stem:
            automaton.add_word(stem, stem)
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


@lexicon.cached
def _lexicon(lang: str | None) -> _Lexicon:
    """The compiled date lexicon a text in ``lang`` is read with."""
    return _Lexicon(lexicon.lexicon_for(lang).code)


def _year_for(month: int, day: int, published: date | None) -> int | None:
    """Year that puts ``month``/``day`` on or before ``published`` (±1 day)."""
    if published is None:
        return None
    year = published.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return None
    if candidate > published + timedelta(days=1):
        year -= 1
    return year


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve(match: re.Match[str], lex: _Lexicon, published: date | None):
    """Turn one match into ``(date, precision, relative, kind)`` or ``None``."""
    for group, resolver in _RESOLVERS:
        if match.group(group):
            return resolver(match, lex, published)
    return None


def _iso_date(match: re.Match[str], lex: _Lexicon, published: date | None):
    """ "2024-03-05"."""
    g = match.group
    d = _safe_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
    return (d, "day", False, "written") if d else None


def _numeric_date(match: re.Match[str], lex: _Lexicon, published: date | None):
    """ "05.03.2024", "3/5/2024": slash dates in English are month/day;
    dots and dashes are day-month."""
    g = match.group
    a, b, year = int(g("num_a")), int(g("num_b")), int(g("num_y"))
    if g("num_sep") == "/" and lex.lang == "en" and a <= 12:
        d = _safe_date(year, a, b) or _safe_date(year, b, a)
    else:
        d = _safe_date(year, b, a)
    return (d, "day", False, "written") if d else None


def _year_offset(words: str | None, lex: _Lexicon) -> int | None:
    """The years from publication that ``words`` name ("last year": -1)."""
    return _offset_in(lex.year_offset_of, words) if words else None


def _offset_table(entries) -> list[tuple[re.Pattern[str], int]]:
    """Each entry of an offset slot (relative_days, relative_years) as a
    whole-text pattern with its offset."""
    return [
        (regextrie.compile(entry.pattern + r"$", re.IGNORECASE), entry.get("offset"))
        for entry in entries
    ]


def _offset_in(table: list[tuple[re.Pattern[str], int]], words: str) -> int | None:
    """The offset of the first entry of ``table`` that ``words`` match."""
    for pattern, offset in table:
        if pattern.match(words):
            return offset
    return None


def _day_then_month(match: re.Match[str], lex: _Lexicon, published: date | None):
    """ "5 March", "5 березня 2024", "5 March last year"; "10-16 March" (a span)."""
    g = match.group
    found = _day_month(
        int(g("dm_d")), g("dm_m"), g("dm_y"), lex, published, _year_offset(g("dm_ry"), lex)
    )
    return _as_month(found) if _a_span_of_days(g("dm_d0"), int(g("dm_d"))) else found


def _month_then_day(match: re.Match[str], lex: _Lexicon, published: date | None):
    """ "March 5"; not the modal verb ("may 20 people"); "March 10-16" (a span)."""
    g = match.group
    if lex.lang == "en" and g("md_m") == "may":
        return None
    found = _day_month(
        int(g("md_d")), g("md_m"), g("md_y"), lex, published, _year_offset(g("md_ry"), lex)
    )
    return _as_month(found) if _a_span_of_days(g("md_d0"), int(g("md_d"))) else found


_DIGITS = regextrie.compile(r"\d+")


def _a_span_of_days(first: str | None, last: int) -> bool:
    """Whether "first-last" spans more than one night: "17-18 August" is the
    night that ends on the 18th, "30 to 1 March" one across the month's end,
    but "10-16 March" (a week's review) or "between 3 and 5 May" gives no one day."""
    if not first:
        return False
    start = int(_DIGITS.search(first).group())
    return last != start + 1 and not (last == 1 and start >= 28)


def _as_month(found):
    """A day resolved as its month: what a span of days says of when."""
    if found is None:
        return None
    return found[0].replace(day=1), "month", False, "month"


def _month_year(match: re.Match[str], lex: _Lexicon, published: date | None):
    """ "March 2024"."""
    g = match.group
    if g("my_m") == "may":
        return None
    month = lex.month_of[g("my_m").lower()]
    return date(int(g("my_y")), month, 1), "month", False, "month"


def _in_month(match: re.Match[str], lex: _Lexicon, published: date | None):
    """ "in March": the last such month up to publication."""
    name = match.group("inm_m")
    if len(name) <= 3 or name == "may" or published is None:
        # Abbreviations alone ("in Mar") are too ambiguous.
        return None
    month = lex.month_of[name.lower()]
    year = published.year if month <= published.month else published.year - 1
    offset = _year_offset(match.group("inm_ry"), lex)
    if offset is not None:
        # "in March last year": the year is named, whatever the month.
        year = published.year + offset
    return date(year, month, 1), "month", True, "month"


def _relative_day(match: re.Match[str], lex: _Lexicon, published: date | None):
    """ "yesterday", "вчора", "wczoraj"."""
    if published is None:
        return None
    text = _APOSTROPHES.sub("'", match.group("rel")).lower()
    offset = _offset_in(lex.relative_of, text)
    if offset is None:
        return None
    return published + timedelta(days=offset), "day", True, "relative"


def _year_only(match: re.Match[str], lex: _Lexicon, published: date | None):
    """ "in 2022"."""
    return date(int(match.group("yr_y")), 1, 1), "year", False, "year"


def _day_month(
    day: int, month_name: str, year_text: str | None, lex, published, offset: int | None = None
):
    month = lex.month_of[month_name.lower()]
    year: int | None
    if year_text:
        year = int(year_text)
    elif offset is not None and published is not None:
        year = published.year + offset
    else:
        year = _year_for(month, day, published)
    d = _safe_date(year, month, day)
    return (d, "day", False, "written") if d else None


def _ago(match: re.Match[str], lex: _Lexicon, published: date | None):
    if published is None:
        return None
    count_text = _leading_count(match)
    if count_text is None:
        word = _WORD_BEFORE.search(match.string, 0, match.start())
        count_text = word.group(1) if word else None
    count: int | None = 1
    if count_text and count_text.lower() not in ("a", "an"):
        count, _at_least = parse_number(count_text, lex.lang)
    if count is None:
        # "неделю назад", "tydzień temu": a singular unit needs no count.
        if not match.group("ago_unit").lower().endswith(_SINGULAR_UNIT_ENDINGS):
            return None
        count = 1
    unit = match.group("ago_unit").lower()
    days = count * 7 if unit.startswith(_WEEK_UNITS) else count
    if days > 31:
        return None
    return published - timedelta(days=days), "day", True, "relative"


def _year_ago(match: re.Match[str], lex: _Lexicon, published: date | None):
    """This day a year before publication ("a year since", "год назад")."""
    if published is None:
        return None
    if published.month == 2 and published.day == 29:
        return date(published.year - 1, 2, 28), "day", True, "year_ago"
    return published.replace(year=published.year - 1), "day", True, "year_ago"


def _ago_start(match: re.Match[str]) -> int:
    """Start of an "ago" mention, including the count word before it."""
    if _leading_count(match) is not None:
        return match.start()
    word = _WORD_BEFORE.search(match.string, 0, match.start())
    return word.start(1) if word else match.start()


def _leading_count(match: re.Match[str]) -> str | None:
    """The count word of "hace dos días"-style patterns (absent elsewhere)."""
    return match.group("ago_n") if "ago_n" in match.re.groupindex else None


_WORD_BEFORE = regextrie.compile(r"(\w+)\s+$")
_SINGULAR_UNIT_ENDINGS = (
    "day",
    "week",
    "день",
    "тиждень",
    "неделю",
    "dzień",
    "tydzień",
    "giorno",
    "settimana",
)


def _weekday(match: re.Match[str], lex: _Lexicon, published: date | None):
    if published is None:
        return None
    weekday = lex.weekday_of[_APOSTROPHES.sub("'", match.group("wd_name")).lower()]
    before = match.string[max(0, match.start() - 30) : match.start()]
    if lex.future_cue.search(before) or lex.other_word.match(match.string, match.end()):
        return None
    back = (published.weekday() - weekday) % 7
    if back == 0 and lex.last_cue.search(before):
        back = 7
    day = match.group("wd_d")
    if day is not None:
        # "segunda-feira (22)", as Brazilian copy writes a day: the day of the
        # month on or before publication (a day ahead at most), whatever the
        # weekday says.
        found = _day_of_month(int(day), published)
        return None if found is None else (found, "day", True, "weekday")
    return published - timedelta(days=back), "day", True, "weekday"


def _day_of_month(day: int, published: date) -> date | None:
    """The last date with day of the month ``day`` on or before the day after ``published``."""
    month, year = published.month, published.year
    for _ in range(3):
        found = _safe_date(year, month, day)
        if found is not None and found <= published + timedelta(days=1):
            return found
        month, year = (month - 1, year) if month > 1 else (12, year - 1)
    return None


def mentions_month(sentence: str, lang: str | None) -> bool:
    """Whether ``sentence`` contains a month name (a cheap test).

    Every written day-and-month date contains one, so callers that only
    care about such dates (e.g. to keep "17 August" from being read as a
    count) can skip :func:`find_dates` without it.
    """
    lex = _lexicon(lang)
    return any(True for _ in lex.month_gate.iter(sentence.lower()))


def find_dates(sentence: str, published: date | None, lang: str | None) -> list[DateMention]:
    """Find and resolve every date mention in ``sentence``.

    Parameters
    ----------
    sentence
        Text to scan (a sentence or a short paragraph).
    published
        Publication date of the article; without it relative mentions and
        dates lacking a year cannot be resolved and are skipped.
    lang
        Language code; English month names are recognised in every language.

    Returns
    -------
    list[DateMention]
        In order of appearance.  A weekday directly followed by a written
        date ("Monday, 28 February", "Tuesday (Jan 2)") yields only the
        written date, whose span then covers both.
    """
    lex = _lexicon(lang)
    text = _APOSTROPHES.sub("'", sentence)
    mentions: list[DateMention] = []
    if not lex.may_match(text):
        return mentions
    for match in lex.pattern.finditer(text):
        start = _ago_start(match) if match.group("ago") else match.start()
        resolved = _resolve(match, lex, published)
        if resolved is None or resolved[0] is None:
            continue
        when, precision, relative, kind = resolved
        end = match.end()
        mention = DateMention(when, precision, start, end, relative, sentence[start:end], kind)
        if mentions and (
            _weekday_then_date(mentions[-1], mention, text)
            or _night_between_weekdays(mentions[-1], mention, text)
        ):
            first = mentions.pop()
            span = sentence[first.start : end]
            mention = DateMention(when, precision, first.start, end, relative, span, kind)
        mentions.append(mention)
    counted = _written_day_over_counted(_written_year_first(mentions), published)
    return _weekday_a_year_ago(_nights_with_their_days(counted, sentence), text)


def _written_year_first(mentions: list[DateMention]) -> list[DateMention]:
    """Drop "a year since" beside a day written out ("a passagem de um ano desde
    ...: a 17 de novembro de 2024"): the written day is the one meant."""
    if any(m.kind == "written" and m.precision == "day" for m in mentions):
        return [m for m in mentions if m.kind != "year_ago"]
    return mentions


#: How far from "a year ago" the weekday named with it may lie (half a week).
_YEAR_AGO_SLACK = 3
#: What may part "a year ago" from its weekday: a comma, a short word ("on", "el").
_YEAR_AGO_GAP = regextrie.compile(r"[\s,]*(?:\w{1,3}\s+)?$")


def _weekday_a_year_ago(mentions: list[DateMention], text: str) -> list[DateMention]:
    """Date a weekday right after "a year ago" ("Dokładnie rok temu, w nocy z
    niedzieli na poniedziałek, ... pocisk trafił") by that year's week: the
    Monday nearest the day a year before, not this week's Monday.  A weekday
    elsewhere in the sentence is today's ("hat die Ukraine am Mittwoch an den
    Angriff vor genau einem Jahr erinnert")."""
    ago = next((m for m in mentions if m.kind == "year_ago"), None)
    if ago is None or not any(m.kind == "weekday" for m in mentions):
        return mentions
    kept: list[DateMention] = []
    redated = False
    for mention in mentions:
        if mention.kind == "weekday" and _YEAR_AGO_GAP.match(text, ago.end, mention.start):
            delta = (mention.date.weekday() - ago.date.weekday() + _YEAR_AGO_SLACK) % 7
            mention = replace(mention, date=ago.date + timedelta(days=delta - _YEAR_AGO_SLACK))
            redated = True
        kept.append(mention)
    return [m for m in kept if not (redated and m is ago)]


#: How far apart a counted day ("eleven days ago") and a written one may be
#: for the written one to be the day meant.
_COUNTED_SLACK = timedelta(days=7)
#: A counted day lies at least this far back ("yesterday", "overnight" do not).
_COUNTED_MIN = timedelta(days=3)


def _written_day_over_counted(
    mentions: list[DateMention], published: date | None
) -> list[DateMention]:
    """Drop a counted day ("одинадцять днів тому") beside a written day a few
    days from it ("— 19 вересня дрон влучив"): the written day is the one
    meant; the count may run from another day than publication."""
    written = [m.date for m in mentions if m.kind == "written" and m.precision == "day"]
    if not written:
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.kind == "relative"
            and m.precision == "day"
            and published is not None
            and published - m.date >= _COUNTED_MIN
            and all(w != m.date for w in written)
            and any(abs(w - m.date) <= _COUNTED_SLACK for w in written)
        )
    ]


def _nights_with_their_days(mentions: list[DateMention], sentence: str) -> list[DateMention]:
    """Each night word heading the days that date it, made one mention with them."""
    kept: list[DateMention] = []
    for mention in mentions:
        if kept and _night_then_its_days(kept[-1], mention, sentence):
            first = kept.pop()
            mention = replace(mention, start=first.start, text=sentence[first.start : mention.end])
        kept.append(mention)
    return kept


def _weekday_then_date(first: DateMention, second: DateMention, text: str) -> bool:
    """A weekday immediately followed by a written date."""
    if first.kind != "weekday" or second.kind != "written":
        return False
    between = text[first.end : second.start]
    return len(between) <= 4 and not re.search(r"\w", between)


#: Words joining the two days of a night: "from Thursday to Friday",
#: "з четверга на п'ятницю", "z czwartku na piątek", "de jueves a viernes".
_NIGHT_JOIN = r"^\s*(?:(?:{night_words})\s+)?(?:{night_to})\s+(?:(?:{night_early})\s+)?$"
# "between Saturday and Sunday", "tra sabato e domenica": a night only when
# "between" comes first.
_BETWEEN = r"(?:{between_words})\s+$"
_AND = r"^\s*(?:{between_and})\s+$"


def _night_between_weekdays(first: DateMention, second: DateMention, text: str) -> bool:
    """Two weekdays naming one night, which is dated by the day it ends."""
    if first.kind != "weekday" or second.kind != "weekday":
        return False
    between = text[first.end : second.start]
    if lexicon.template(_NIGHT_JOIN).match(between):
        return True
    return bool(
        lexicon.template(_AND).match(between)
        and lexicon.template(_BETWEEN).search(text[max(0, first.start - 12) : first.start])
    )


#: A word for a night or a day part and the day it names, with at most a short
#: word between: "overnight from Friday to Saturday", "dans la nuit de vendredi à
#: samedi", "w nocy z piątku na sobotę", "in der Nacht zu Samstag"; an elided
#: article joins its day ("nella notte dell'8 ottobre", "nella notte dell’11").
_NIGHT_HEAD = r"^\s*(?:\w{1,4}(?:\s+|['’]))?$"


def _night_then_its_days(first: DateMention, second: DateMention, text: str) -> bool:
    """A relative word ("overnight") heading the days that date it: one mention,
    dated by the days."""
    if first.kind != "relative" or second.kind not in ("weekday", "written"):
        return False
    between = text[first.end : second.start]
    # "yesterday and Sunday" are two days.
    return bool(re.match(_NIGHT_HEAD, between)) and not lexicon.template(_AND).match(between)


#: Preference among mentions of one sentence: a written day beats a weekday,
#: which beats "today"/"overnight" words (often just a time of day, as in
#: "вранці 17 серпня"), which beat coarser precisions.
_KIND_RANK = {"written": 4, "weekday": 3, "relative": 2, "year_ago": 2, "month": 1, "year": 0}


def day_alone(text: str, mentions: list[DateMention]) -> date | None:
    """The day ``text`` gives when it is one day and nothing else ("MONDAY.",
    "Dienstag, 8. Juli", "Вівторок, 14 травня:", "Overnight into Wednesday,
    April 8"), else None."""
    days = [d for d in mentions if d.precision == "day"]
    # "Overnight into Wednesday, April 8": two mentions of one day.
    if not days or any(d.date != days[0].date for d in days):
        return None
    rest = list(text)
    for day in days:
        rest[day.start : day.end] = " " * (day.end - day.start)
    return None if any(ch.isalnum() for ch in rest) else days[0].date


def resolve_date(sentence: str, published: date | None, lang: str | None) -> DateMention | None:
    """Return the most informative date mention of ``sentence``.

    A written day and month beats a weekday, which beats relative words such
    as "overnight", which beat month or year mentions; ties go to the first.
    ``None`` when the sentence has no resolvable date.
    """
    best: DateMention | None = None
    for mention in find_dates(sentence, published, lang):
        if best is None or _KIND_RANK[mention.kind] > _KIND_RANK[best.kind]:
            best = mention
    return best


#: The kinds of date expression, by the group that matched, in the order tried.
_RESOLVERS = (
    ("iso", _iso_date),
    ("num", _numeric_date),
    ("dm", _day_then_month),
    ("md", _month_then_day),
    ("my", _month_year),
    ("inm", _in_month),
    ("wd", _weekday),
    ("ago", _ago),
    ("yago", _year_ago),
    ("rel", _relative_day),
    ("yr", _year_only),
)
