"""Killed and injured figures in news sentences.

A figure is a number linked to a casualty word: "five people were killed",
"14 killed, 108 injured", "killing at least ten", "the death toll rose to
four", "загинули семеро людей", "zginęło siedem osób", "si contano 16
morti", "murieron tres personas".  The module finds them in three steps:

1. every number span is found (:mod:`strikemap.extraction.numbers`) and
   replaced by a placeholder token, except numbers that are part of a date,
   an age ("a 61-year-old", "aged 4 and 7") or a weapon model;
2. per-language patterns over that masked text link placeholders to
   casualty words (number first, casualty word first, or a toll phrase);
3. subsets ("three of them children", "including two children") are
   dropped, so that "seven killed, three of them children" gives 7.

Lexicons cover English, Ukrainian, Russian, Polish, Italian, Spanish, German
and French; other languages use English.  A cheap stem test skips sentences
without any casualty word before a pattern runs.

Each figure carries a scope: ``"event"`` normally, ``"war"`` or
``"campaign"`` when the sentence speaks of the whole war or a whole campaign
("since the start of the invasion", "so far this year"), ``"other"`` for
claims about soldiers ("killed over 200 reservists") and for tolls of places
the text does not name ("wounded elsewhere in the region").  Only event figures
belong to a strike event.  Revised tolls ("the toll rose to four") carry
``update``; figures the text presents as an earlier report ("Earlier, the
president reported ten dead") carry ``superseded``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Literal

from strikemap.extraction import dates as _dates
from strikemap.extraction import lexicon, regextrie
from strikemap.extraction.language import lexicon_language
from strikemap.extraction.numbers import NumberSpan, find_numbers

Kind = Literal["killed", "injured"]
Scope = Literal["event", "war", "campaign", "other"]


@dataclass(frozen=True, slots=True)
class Figure:
    """A casualty figure found in a sentence.

    Attributes
    ----------
    kind
        ``"killed"`` or ``"injured"``.
    value
        The number of people (0 for "nobody was hurt").
    at_least
        The text gives a lower bound ("at least", "more than").
    start, end
        Character offsets of the whole phrase in the sentence.
    update
        The figure is a revised toll ("the death toll rose to four").
    scope
        ``"event"``, ``"war"``, ``"campaign"`` or ``"other"`` (see module
        docstring).
    text
        The matched phrase.
    superseded
        The sentence presents the figure as an earlier report ("Earlier,
        the president reported ten dead"), so a later figure in the text
        should win even if it comes first.
    each
        The figure holds for each place of a list ("Chasiv Yar and
        Ocheretyne each had one person wounded").
    corrected
        A toll corrected or revised ("the death toll was later corrected to
        nine"): it replaces the earlier figures of its kind, even if lower.
    elsewhere
        The figure is of places the text does not name ("five more wounded
        elsewhere in the region"); its scope is ``other``.
    person
        The figure counts people told one by one ("a pensioner was seriously
        hurt", "a man and a woman were killed"), not a number.
    kindless
        A revised toll that does not say its kind ("the number had risen to
        eight"): it updates the figure told just before it and takes that
        figure's kind (:func:`resolve_kindless`); ``kind`` is a placeholder.
    approximate
        The number is hedged as a round estimate ("about 50", "cerca de 50",
        "близько 50"): an exact figure of the same kind is preferred to it.
    """

    kind: Kind
    value: int
    at_least: bool
    start: int
    end: int
    update: bool
    scope: Scope
    text: str
    superseded: bool = False
    corrected: bool = False
    each: bool = False
    elsewhere: bool = False
    person: bool = False
    kindless: bool = False
    approximate: bool = False


# ---------------------------------------------------------------------------
# The words live in the language files (lexicons/*.yaml, section
# "casualties", parts listed in lexicon.SECTIONS); this module only puts
# them together.  Parts of one language:
#   killed / injured: casualty words after a number ("five killed") and, in
#     languages where the verb comes first, before it ("загинули п'ятеро").
#   killed_first / injured_first: words that take the number after them
#     ("killing five", "injuring 14", "zabiło siedem osób").
#   people, aux: words allowed between number and casualty word.
#   toll_*: "death toll"-type nouns and the verbs that give the new value.
#   zero_*: phrases meaning nobody was killed / hurt.
#   subset_before / subset_after: markers of a part of a total.
#   military: nouns making a figure a claim about soldiers.
#   war / campaign / wide: sentence cues for figures beyond one strike.
# Parts that apply whatever the text's language (superset_before, negation,
# total, year_old, age_apposition, earlier, reported, time_units) are read across
# all language files.
# ---------------------------------------------------------------------------

_PLACEHOLDER = "\u2039{0}\u203a"  # ‹k›
_N = r"\u2039(?P<n{0}>\d+)\u203a"
#: An alternation that never matches (a part a language leaves empty).
_NEVER = r"(?!x)x"
#: Parts every figure needs one word of: their literals make the cheap test
#: that rules most sentences out before any pattern runs.
_GATE_PARTS = (
    "killed", "injured", "killed_first", "injured_first", "toll_killed", "toll_injured",
    "zero_both", "zero_killed", "zero_injured", "toll_bare",
)  # fmt: skip
#: Parts read across every language file.
_SHARED_PARTS = (
    "superset_before", "negation", "total", "year_old", "age_apposition", "earlier", "reported",
    "time_units",
)  # fmt: skip


def _compile(body: str) -> re.Pattern[str]:
    """Compile one pattern assembled from lexicon parts (case-insensitive)."""
    return regextrie.compile(body, re.IGNORECASE)


def _parts(lex: lexicon.Lexicon) -> dict[str, str]:
    """Each casualty part of a language as one alternation (never-matching when
    empty), the shared parts as the alternation of every language's."""
    section = lex.sections["casualties"]
    parts = {name: "|".join(f"(?:{e.pattern})" for e in items) for name, items in section.items()}
    for name in _SHARED_PARTS:
        parts[name] = lexicon.section_union("casualties", name)
    return {name: body or _NEVER for name, body in parts.items()}


def _casualty_language(lang: str | None) -> str:
    """The language file to read a text's figures with: its own when it has a
    casualty section, else the closest one's (Portuguese copy: Spanish)."""
    own = lexicon.languages().get(lang or "")
    if own is not None and "casualties" in own.sections:
        return own.code
    return lexicon_language(lang)


@lexicon.cached
def _patterns(code: str) -> _Patterns:
    """The compiled patterns of one language file's casualty section."""
    lex = lexicon.section_for("casualties", code)
    parts = _parts(lex)
    joins = "|".join(f"(?:{e.pattern})" for e in lex.slots.get("and_words", ()))
    parts["and_words"] = joins or _NEVER
    return _Patterns(parts, lex.sections["casualties"])


def spans_the_war(sentence: str, lang: str) -> bool:
    """Whether ``sentence`` speaks of the whole war ("one of the regions hit
    hardest since the start of the war"), with the cues that give a figure
    the war's scope."""
    pats = _patterns(_casualty_language(lang))
    return pats.scope_gate.accepts(sentence) and bool(pats.war.search(sentence))


class _Patterns:
    """Compiled casualty patterns for one language."""

    def __init__(self, lex: dict[str, str], section: dict[str, tuple]) -> None:
        self.gate = lexicon.Filter(
            [(e.pattern, re.IGNORECASE) for part in _GATE_PARTS for e in section[part]]
        )
        # An elided article joins its noun: "un'altra persona", "l'autre".
        noun = r"(?:(?:\s+|['\u2019])(?:" + lex["people"] + r"))"
        # "two railway workers", "трое сотрудников": one or two words the
        # list lacks may stand before the people it names.
        modifier = r"(?:\s+(?-i:[^\W\d_A-ZА-ЯЁІЇЄҐ])[^\W\d_]{2,})"
        # "three people of the same family", "two passengers in the car": a
        # phrase after the people saying whose or where they were.
        group = r"(?:\s+(?:" + lex["group_of"] + r"))?"
        people = (
            r"(?:(?:" + modifier + r"{1,2}?" + noun + r"{1,3}|" + noun + r"{1,4})" + group + r")?"
        )
        # "two other people — a man of 44 and a woman of 39 — were injured"
        aside = r"(?:\s*,[^,;:]{1,100},|\s*\([^()]{1,80}\)|\s+[—–]\s[^—–;:]{1,100}\s[—–])?"
        aux_word = r"\s+(?:" + lex["aux"] + r")"
        aux = r"(?:" + aux_word + r"){0,6}"
        # "a man of 76", "un uomo di 76 anni", "мужчина в возрасте 76 лет": an age
        # after the person, never a count.
        age = r"(?:" + lex["age_apposition"] + r")?"
        # "two dockers were injured", "zwei Hafenarbeiter wurden verletzt": one
        # word the people list lacks, when an auxiliary makes the casualty word a
        # passive said of people ("два дома пострадали" has none).
        unlisted = (
            r"\s+(?!(?:" + lex["time_units"] + r")(?!\w))(?P<unl>[^\W\d_]{2,})"
            r"(?:" + aux_word + r"){1,6}"
        )
        self.direct = _compile(
            _N.format("")
            + r"(?:"
            + people
            + age
            + aside
            + aux
            + r"|"
            + unlisted
            + r")"
            + r"\s*(?P<kw>(?P<k>"
            + lex["killed"]
            + r")|(?P<i>"
            + lex["injured"]
            + r"))(?!\w)"
        )
        self.first = _compile(
            r"(?<!\w)(?P<kw>(?P<k>"
            + lex["killed_first"]
            + r")|(?P<i>"
            + lex["injured_first"]
            + r"))"
            + aux
            # "zabił w czwartek trzy osoby", "убил в четверг трех человек",
            # "a tué jeudi trois personnes": a day or a place between the verb
            # and its count.
            + r"(?P<gap>(?:\s+(?!(?:"
            + lexicon.union("list_joins")
            + r")(?!\w))[^\W\d_]{1,12}){1,3}?)?"
            # "Загиблих — 3", "killed: 5"
            + r"(?:\s*[:—–]\s*|\s+|(?<=['’]))(?:(?:a|an)\s+)?"
            + _N.format("")
            # After words between, the count must be of people: "zabił w
            # czwartek trzy osoby", never "загинули – чоловік 48 років".
            + r"(?(gap)(?=\s+(?:"
            + lex["people"]
            + r")(?!\w)))"
        )
        kw = r"(?P<kw>(?P<k>" + lex["toll_killed"] + r")|(?P<i>" + lex["toll_injured"] + r"))"
        # "the death toll rose overnight to 25", "кількість загиблих зросла до
        # 14"; never "climbed from the 22 first reported".
        verb_then_to = (
            r"[^.;!?\u2039]{0,120}?(?<!\w)(?:"
            + lex["toll_verb"]
            + r")(?:\s+(?!from\b|з\b|с\b|od\b|da\b"
            r"|desde\b)[^\s\u2039]+){0,2}?\s+(?:(?:" + lex["toll_to"] + r")\s+)?"
        )
        # "the number of injured in the Kyivskyi district at five": where, between.
        where = (
            r"(?:\s+(?:"
            + lex["elided_where"]
            + r")\s+(?:[^\s\u2039,.;]+\s+){0,3}?[^\s\u2039,.;]+)?"
        )
        self.toll = _compile(
            r"(?<!\w)"
            + kw
            + where
            + r"(?:\s+(?:"
            + lex["toll_link"]
            + r")\s+|"
            + verb_then_to
            + r")"
            + _N.format("")
        )
        # "raising the total number of deaths caused by the drones to eight"
        self.toll_pre = _compile(
            r"(?<!\w)(?:"
            + lex["toll_pre"]
            + r")\s+(?:the\s+)?(?:total\s+|overall\s+)?"
            + kw
            + r"[^.;!?\u2039]{0,100}?\s(?:"
            + lex["toll_to"]
            + r")\s+"
            + _N.format("")
        )
        # Italian and Spanish put the number first: "sale a 21 il bilancio
        # dei morti", "asciende a 14 el número de muertos".
        self.toll_reverse = _compile(
            r"(?<!\w)(?:"
            + lex["toll_verb"]
            + r")\s+(?:"
            + lex["toll_to"]
            + r")\s+"
            + _N.format("")
            + r"\s+(?:(?:il|el|la|lo)\s+)?"
            + kw
        )
        # Slavic word order puts the new figure first: "Do ośmiu wzrosła liczba
        # ofiar", "До восьми выросло число погибших" (the mask may take "do" into
        # the number: "up to"); German puts the verb last:
        # "die Zahl der Toten ist auf acht gestiegen".
        self.toll_fronted = _compile(
            r"(?:(?<!\w)(?:"
            + lex["toll_to"]
            + r")\s+)?"
            + _N.format("")
            + r"\s+(?:"
            + lex["toll_verb"]
            + r")\s+"
            + kw
        )
        self.toll_verb_last = _compile(
            r"(?<!\w)"
            + kw
            + r"[^.;!?\u2039]{0,120}?\s(?:"
            + lex["toll_to"]
            + r")\s+"
            + _N.format("")
            + r"\s+(?:"
            + lex["toll_verb"]
            + r")(?!\w)"
        )
        # "the number had risen to eight": a toll update without its kind.
        self.toll_bare = _compile(
            r"(?<!\w)(?:"
            + lex["toll_bare"]
            + r")"
            + aux
            + r"\s+(?:"
            + lex["toll_verb"]
            + r")(?:\s+(?:"
            + lex["toll_to"]
            + r"))?\s+"
            + _N.format("")
        )
        self.zero: list[tuple[re.Pattern[str], tuple[Kind, ...]]] = [
            (
                _compile(r"(?<!\w)(?:" + lex["zero_both"] + r")(?!\w)"),
                ("killed", "injured"),
            ),
            (_compile(r"(?<!\w)(?:" + lex["zero_killed"] + r")(?!\w)"), ("killed",)),
            (_compile(r"(?<!\w)(?:" + lex["zero_injured"] + r")(?!\w)"), ("injured",)),
        ]
        # The couple first: "another man and woman" is two, not "another man".
        one = r"(?:(?P<couple>" + lex["couple"] + r")|" + lex["one_person"] + r")"
        # "a man and a woman were killed": each further person adds one;
        # "55-річний чоловік, 55-річна та 75-річна жінки": a comma lists them
        # too before an age (before a word it may end a clause: "Загинув
        # чоловік, поранено жінку").
        joins = lexicon.union("and_words")
        further = (
            r"(?:(?:\s*,\s*(?:(?:"
            + joins
            + r")\s+|(?=\d))|\s+(?:"
            + joins
            + r")\s+)(?:"
            + lex["one_person"]
            + r"))"
        )
        # Words for victims that no number masking may split: "a married
        # couple", "eine Frau und ihr Sohn" (whose article reads as a one).
        # Only a list with no comma: "Загинула одна жінка, та ще одна жителька
        # дістала поранень" has two clauses.
        self.person_words = _compile(
            r"(?<!\w)(?:(?:"
            + lex["couple"]
            + r")|(?:"
            + lex["one_person"]
            + r")\s+(?:"
            + joins
            + r")\s+(?:"
            + lex["one_person"]
            + r"))(?!\w)"
        )
        one = r"(?P<who>" + one + further + r"*)"
        self.person = _compile(r"(?<!\w)(?:" + lex["one_person"] + r")")
        # What may follow a toll's number: people, or the casualty word itself.
        self.counted_after = _compile(
            r"(?:(?:\s+|['\u2019])(?:\w+\s+)?(?:"
            + lex["people"]
            + r"|"
            + lex["killed"]
            + r"|"
            + lex["injured"]
            + r"))(?!\w)"
        )

        # "two men and a woman", "a mother and her two children": groups of
        # victims joined by "and", one at least counted by a number.
        def victim_item(named: bool) -> str:
            def group(name: str) -> str:
                return f"(?P<{name}>" if named else "(?:"

            counted = (
                r"(?:(?:"
                + lex["possessives"]
                + r")\s+)?\u2039"
                + group("k")
                + r"\d+)\u203a(?:(?:\s+|['\u2019])(?:"
                + lex["people"]
                + r")){1,3}"
            )
            return (
                r"(?:"
                + group("counted")
                + counted
                + r")|"
                + group("pair")
                + lex["couple"]
                + r")|"
                + group("one")
                + lex["one_person"]
                + r"))"
            )

        self.victim_item = _compile(r"(?<!\w)" + victim_item(True) + r"(?!\w)")
        plain = victim_item(False)
        # "three were killed in Kharkiv and two in Kherson": the second count
        # leaves out its casualty word.
        self.elided = _compile(
            r"(?<!\w)(?:"
            + joins
            + r")\s+\u2039(?P<n>\d+)\u203a(?:(?:\s+|['\u2019])(?:"
            + lex["people"]
            + r")){0,2}\s+(?:[\w'\u2019]+\s+){0,3}?(?:"
            + lex["elided_where"]
            + r")\s"
        )
        # "eight hurt in Kharkiv, in Zolochiv another seven", "у Золочеві ще
        # сімох": the place first, then the count without its casualty word.
        self.elided_first = _compile(
            r"(?:[,;]\s+(?:(?:"
            + joins
            + r")\s+)?|\s(?:"
            + joins
            + r")\s+)(?:"
            + lex["elided_where"]
            + r")\s+(?:[\w'\u2019-]+\s+){1,4}?(?P<fig>(?:"
            + lex["elided_more"]
            + r")\s+\u2039(?P<n>\d+)\u203a(?:\s+(?:"
            + lex["people"]
            + r"))?)(?=\s*(?:[.,;:)]|$))"
        )
        self.list_verb_after = _compile(
            age
            + aside
            + aux
            + r"\s+(?:(?P<k>"
            + lex["killed"]
            + r")|(?P<i>"
            + lex["injured"]
            + r"))(?!\w)"
        )
        self.victim_list = _compile(
            r"(?<!\w)" + plain + r"(?:\s+(?:" + joins + r")\s+" + plain + r")+(?!\w)"
        )
        # Each one-person pattern needs a word for a person ("a man", "a
        # couple") or, after its verb, a bare victim word.
        self.one_gates = (
            _filter(section, ("one_person", "couple")),
            _filter(section, ("one_person", "couple", "bare_victim")),
        )
        self.one_direct = _compile(
            r"(?<!\w)"
            + one
            + age
            + aside
            + aux
            + r"\s+(?P<kw>(?P<k>"
            + lex["killed"]
            + r")|(?P<i>"
            + lex["injured"]
            + r"))(?!\w)"
        )
        self.one_first = _compile(
            r"(?<!\w)(?P<kw>(?P<k>"
            + lex["killed_first"]
            + r")|(?P<i>"
            + lex["injured_first"]
            + r"))"
            # "la mort d'un civil": no space after an elided word.
            r"(?:\s+|(?<=['’]))(?:" + one + r"|" + lex["bare_victim"] + r")(?!\w)"
        )
        self.each = _compile(r"(?<!\w)(?:" + lex["each"] + r")(?!\w)")
        self.elsewhere = _compile(r"(?<!\w)(?:" + lex["elsewhere"] + r")(?!\w)")
        self.correct = _compile(r"(?<!\w)(?:" + lex["toll_correct"] + r")")
        # "another wounded person died": a wounded victim's death, no count.
        self.died_after = _compile(
            r"(?:\s+(?!(?:and|but|і|та|й|а|и|но|i|oraz|a|y|e|et|und|ma|pero|mais|aber)(?!\w))"
            r"[^\s,;:.\u2039]+){0,3}?\s+(?:" + lex["died"] + r")(?!\w)"
        )
        # "A woman wounded when glide bombs hit Sumy on Monday has died": a
        # participle straight after its person opens a reduced relative clause,
        # so the death may come many words later, before the clause ends.
        self.died_later = _compile(
            r"(?:\s+(?!(?:" + lex["and_words"] + r")(?!\w))"
            r"[^\s,;:.\u2039]+){0,24}?\s+(?:" + lex["died"] + r")(?!\w)"
        )
        # The auxiliaries' list holds words that may stand between a count and
        # its verb ("two people were killed"); the people are no auxiliary.
        self.aux_before_end = _compile(
            r"(?<!\w)(?!(?:" + lex["people"] + r")(?!\w))(?:" + lex["aux"] + r")"
            r"\s+\S+(?:\s+\S+){0,3}\Z"
        )
        self.subset_before = _compile(lex["subset_before"])
        self.subset_after = _compile(lex["subset_after"])
        # Whole words only: "damaged a house and injured one" is no age.
        self.age = _compile(r"(?<!\w)(?:" + lex["age"] + r")")
        self.military = _compile(lex["military"])
        self.animals = _compile(lex["animals"])
        self.war = _compile(r"(?<!\w)(?:" + lex["war"] + r")")
        self.campaign = _compile(r"(?<!\w)(?:" + lex["campaign"] + r")")
        self.wide = _compile(r"(?<!\w)(?:" + lex["wide"] + r")")
        # Most sentences have no scope cue: their literals rule them out.
        self.scope_gate = _filter(section, ("war", "campaign", "wide"))
        self.total = _compile(r"(?<!\w)(?:" + lex["total"] + r")(?!\w)")
        self.superset_before = _compile(r"(?<!\w)(?:" + lex["superset_before"] + r")\s*$")
        # "no one", "not one": a negation, not a count of one.
        self.negated = _compile(r"(?<!\w)(?:" + lex["negation"] + r")\s*$")
        self.year_old = _compile(lex["year_old"])
        self.age_apposition = _compile(lex["age_apposition"])
        # The person may be "‹1› uomo" where the article is read as the number one.
        self.person_age = _compile(
            r"(?<!\w)(?:(?:"
            + lex["one_person"]
            + r")|\u2039\d+\u203a(?:\s+(?:"
            + lex["people"]
            + r")){1,4})(?P<age>"
            + lex["age_apposition"]
            + r")"
        )
        # An earlier report of a toll: "Earlier, the president reported ten dead".
        self.earlier = _compile(r"(?<!\w)(?:" + lex["earlier"] + r")(?!\w)")
        self.reported = _compile(r"(?<!\w)(?:" + lex["reported"] + r")(?!\w)")
        self.reported_before = _compile(r"(?<!\w)(?:" + lex["reported"] + r")(?:\s+\w+)?\s+$")
        self.rather_than = _compile(r"[,;(]\s*(?:" + lex["rather_than"] + r")(?!\w)")
        # Scanned over the whole (masked) sentence, each behind its own
        # literals: most sentences with a casualty word tell no toll update,
        # no zero and no elided count.
        tolls = (self.toll_pre, self.toll, self.toll_reverse, self.toll_fronted)
        self.toll_scans = tuple(lexicon.Scan(p) for p in (*tolls, self.toll_verb_last))
        self.plain_scans = (lexicon.Scan(self.direct), lexicon.Scan(self.first))
        self.toll_bare_scan = lexicon.Scan(self.toll_bare)
        self.elided_scans = (lexicon.Scan(self.elided), lexicon.Scan(self.elided_first))
        self.zero_scans = tuple((lexicon.Scan(p), kinds) for p, kinds in self.zero)
        self.earlier_scan = lexicon.Scan(self.earlier)


def _filter(section: dict[str, tuple], parts: tuple[str, ...]) -> lexicon.Filter:
    """The literal test of the entries of some parts of a casualty section."""
    return lexicon.Filter([(e.pattern, re.IGNORECASE) for part in parts for e in section[part]])


#: Figures this large are never one strike's toll.
_WAR_SIZED = 2000
#: Any fixed date works for finding date spans; the year is irrelevant here.
_SPAN_ONLY_DATE = date(2000, 12, 31)


@dataclass(slots=True)
class _Masked:
    """Sentence text with number spans replaced by ``‹k›`` placeholders."""

    text: str
    numbers: list[NumberSpan]
    # (masked_start, masked_end, original_start, original_end) per placeholder
    spans: list[tuple[int, int, int, int]]

    def original(self, index: int) -> int:
        """Map an offset of the masked text back to the sentence."""
        shift = 0
        for m_start, m_end, o_start, o_end in self.spans:
            if m_end <= index:
                shift += (o_end - o_start) - (m_end - m_start)
            elif m_start < index:
                return o_end if index >= m_end else o_start
        return index + shift


def _a_year(number: NumberSpan) -> bool:
    """Four digits from 1900 to 2099 are a year ("a woman born in 1935"),
    never one strike's toll."""
    return (
        number.value is not None
        and number.text.isdigit()
        and len(number.text) == 4
        and 1900 <= number.value <= 2099
    )


def _superseded_in_an_update(
    sentence: str, number: NumberSpan, following: list[NumberSpan]
) -> int | None:
    """Where "from N" starts when ``number`` is the old figure of a toll update
    ("rose from four to six", "passé de quatre à six", "з чотирьох до шести"),
    else None."""
    if not following or following[0].value is None:
        return None
    between = sentence[number.end : following[0].number_start]
    if not lexicon.compiled("update_to", head=r"^\s+(?:", tail=r")\s+$").match(between):
        return None
    before = lexicon.compiled("update_from", tail=r")\s+$").search(
        sentence, max(0, number.start - 12), number.start
    )
    return before.start() if before else None


def _mask(sentence: str, lang: str, pats: _Patterns) -> _Masked:
    numbers_found = find_numbers(sentence, lang)
    date_spans: list[tuple[int, int]] = []
    if any(ch.isdigit() for n in numbers_found for ch in n.text) and _dates.mentions_month(
        sentence, lang
    ):
        # Only digits next to a month name can belong to a written date
        # ("17 August"); numeric dates are never number spans.
        date_spans = [
            (m.start, m.end)
            for m in _dates.find_dates(sentence, _SPAN_ONLY_DATE, lang)
            if m.kind == "written"
        ]
    date_spans += _person_word_spans(sentence, pats)
    pieces: list[str] = []
    numbers: list[NumberSpan] = []
    spans: list[tuple[int, int, int, int]] = []
    cursor = 0
    length = 0
    for i, number in enumerate(numbers_found):
        if number.value is None:
            continue
        old = _superseded_in_an_update(sentence, number, numbers_found[i + 1 : i + 2])
        if old is not None:
            # "rose from four to six": the old figure is blanked, so that
            # "rose ... to six" reads as the toll it is.
            chunk = sentence[cursor:old]
            pieces.append(chunk + " " * (number.end - old))
            length += len(chunk) + number.end - old
            cursor = number.end
            continue
        if any(s <= number.number_start < e for s, e in date_spans):
            continue
        before = sentence[max(0, number.start - 60) : number.start]
        after = sentence[number.end : number.end + 20]
        if pats.year_old.match(after) or pats.age.search(before) or pats.negated.search(before):
            continue
        if _a_year(number):
            continue
        chunk = sentence[cursor : number.start]
        pieces.append(chunk)
        length += len(chunk)
        token = _PLACEHOLDER.format(len(numbers))
        spans.append((length, length + len(token), number.start, number.end))
        pieces.append(token)
        length += len(token)
        numbers.append(number)
        cursor = number.end
    pieces.append(sentence[cursor:])
    return _Masked("".join(pieces), numbers, spans)


def _person_word_spans(sentence: str, pats: _Patterns) -> list[tuple[int, int]]:
    """Where words for victims stand ("a married couple", "une femme et son
    fils"): their number words ("couple", "une") are read by the one-person
    rule, which counts the persons listed, not masked as a count."""
    if not pats.one_gates[0].accepts(sentence):
        return []
    return [m.span() for m in pats.person_words.finditer(sentence)]


def _kind(match: re.Match[str]) -> Kind:
    return "killed" if match.group("k") else "injured"


def _scope(sentence: str, pats: _Patterns, start: int, end: int) -> Scope:
    """Scope of the figure at ``start:end`` from war and campaign cues.

    A time cue ("in the conflict", "in recent weeks") applies to the figure
    of its own clause: nothing but words between cue and figure, or the cue
    opens the sentence ("Since the start of the war, ...").  A cue that a
    figure spans the whole country ("across Ukraine") applies to figures
    after it and to the figure of its own clause.
    """
    war, campaign, wide = _scope_cues(sentence, pats)
    timed: tuple[tuple[Scope, _Spans], ...] = (("war", war), ("campaign", campaign))
    for scope, cues in timed:
        for cue_start, cue_end in cues:
            if _opens_the_sentence(sentence, cue_start):
                return scope
            gap = sentence[cue_end:start] if cue_end <= start else sentence[end:cue_start]
            if (cue_start < end and cue_end > start) or not _CLAUSE_BREAK.search(gap):
                return scope
    for cue_start, _cue_end in wide:
        # "attacks across Ukraine, killing at least six": the figure sums a
        # nationwide wave.  A wide cue after the figure's clause ("four were
        # killed in Kyiv, the centre of attacks in different regions") is not.
        gap = sentence[end:cue_start] if cue_start >= end else ""
        if cue_start < end or not _CLAUSE_BREAK.search(gap):
            return "campaign"
    return "event"


_Spans = tuple[tuple[int, int], ...]

#: Words a cue may stand after and still open its sentence ("Загалом за сім днів").
_OPENING_WORDS = 2


def _opens_the_sentence(sentence: str, start: int) -> bool:
    """Whether a cue at ``start`` opens its sentence: at most a word or two
    before it ("In total over the week, ..."), with no clause break."""
    head = sentence[:start]
    return len(head.split()) <= _OPENING_WORDS and not _CLAUSE_BREAK.search(head)


# Every figure of a sentence is judged against the same cues: a few
# sentences are enough.
@lru_cache(maxsize=8)
def _scope_cues(sentence: str, pats: _Patterns) -> tuple[_Spans, _Spans, _Spans]:
    """The spans of the war, campaign and nationwide cues of ``sentence``."""
    if not pats.scope_gate.accepts(sentence):
        return (), (), ()
    return tuple(
        tuple(m.span() for m in pattern.finditer(sentence))
        for pattern in (pats.war, pats.campaign, pats.wide)
    )  # type: ignore[return-value]


_CLAUSE_BREAK = regextrie.compile(r"[,;:()\u2013\u2014]|\s-\s")


def reported_right_before(text: str, at: int, lang: str | None) -> bool:
    """Whether a verb of reporting stands right before ``at`` ("jak podawano
    wcześniej", "as reported earlier"): the "earlier" there is a report's."""
    pats = _patterns(_casualty_language(lang))
    return pats.reported_before.search(text, max(0, at - 40), at) is not None


def sums_strikes(sentence: str, lang: str | None) -> bool:
    """Whether ``sentence`` gives a sum over several strikes ("in total",
    "загалом", "insgesamt"): its figures are no one place's."""
    return _patterns(_casualty_language(lang)).total.search(sentence) is not None


def find_figures(sentence: str, lang: str | None) -> list[Figure]:
    """Find the killed and injured figures of ``sentence``.

    Parameters
    ----------
    sentence
        One sentence (a short paragraph also works).
    lang
        Language code; languages without a casualty lexicon use English.

    Returns
    -------
    list[Figure]
        In order of appearance, at most one figure per number.  Subsets
        ("three of them children") and ages are never figures; "nobody was
        hurt" gives a 0 for both kinds.
    """
    code = _casualty_language(lang)
    pats = _patterns(code)
    if not pats.gate.accepts(sentence):
        return []
    masked = _mask(sentence, code, pats)
    found: dict[int, Figure] = {}
    claimed: list[tuple[int, int]] = []
    ages = _person_ages(masked, pats)

    def add(kind: Kind, index: int, m_start: int, m_end: int, update: bool) -> None:
        if index in found or index in ages:
            return
        if kind == "injured" and _wounded_then_died(masked.text, m_start, m_end, pats):
            return
        number = masked.numbers[index]
        m_num_start, m_num_end = masked.spans[index][0], masked.spans[index][1]
        if pats.animals.match(masked.text[m_num_end : m_num_end + 40]):
            # "Там погибли 12 коров": livestock, no victims.
            return
        if _is_subset(masked.text, m_num_start, m_num_end, pats):
            return
        start, end = masked.original(m_start), masked.original(m_end)
        figure_scope = _scope(sentence, pats, start, end)
        if pats.military.search(masked.text[m_num_end : m_num_end + 60]):
            figure_scope = "other"
        elif figure_scope == "event" and (number.value or 0) >= _WAR_SIZED:
            # No single strike of this war has killed or wounded thousands;
            # such a figure sums the war or a campaign.
            figure_scope = "war"
        found[index] = Figure(
            kind,
            int(number.value or 0),
            number.at_least,
            start,
            end,
            update,
            figure_scope,
            sentence[start:end],
            approximate=number.approximate and not update,
        )
        claimed.append((m_start, m_end))

    # Toll, number-first and word-first patterns all need a placeholder.
    tolls = pats.toll_scans if masked.numbers else ()
    toll_matches = [
        m
        for scan in tolls
        for m in scan.finditer(masked.text)
        if not _an_article(masked, pats, int(m.group("n")))
    ]
    for match in toll_matches:
        update = True
        if pats.total.search(match.group()) and _earlier_killed(masked, pats, match.start()):
            # "four more were killed in Sumy, raising the total to eight":
            # a sum over several strikes, not this one's toll.
            index = int(match.group("n"))
            add(_kind(match), index, match.start(), match.end(), update)
            if index in found:
                found[index] = _with_scope(found[index], "campaign")
            continue
        add(_kind(match), int(match.group("n")), match.start(), match.end(), update)
    _mark_corrections(found, toll_matches, pats)
    # "il bilancio è salito a sei morti": a count with its kind is no kindless update.
    _add_plain(masked, pats, add)
    _add_kindless(masked, pats, found, add)

    figures = list(found.values())
    figures.extend(_placed_subsets(sentence, masked, pats, found))
    figures.extend(_one_person_figures(sentence, masked, pats, claimed))
    figures.extend(_zero_figures(sentence, pats))
    figures = _summed_lists(sentence, masked, pats, figures)
    figures.extend(_elided_counts(sentence, masked, pats, figures, found))
    figures.sort(key=lambda f: (f.start, f.kind))
    figures = _mark_superseded(sentence, figures, pats)
    return _mark_elsewhere(sentence, _mark_each(sentence, figures, pats), pats)


def _add_plain(masked: _Masked, pats: _Patterns, add) -> None:
    """Number-first and word-first figures ("three were killed", "killed: 5")."""
    for scan in pats.plain_scans if masked.numbers else ():
        if not scan.gate.accepts(masked.text):
            continue
        for match in _overlapping(scan.pattern, masked.text):
            if not _an_article_past_words(match, masked):
                add(_kind(match), int(match.group("n")), match.start(), match.end(), False)


def _an_article_past_words(match: re.Match[str], masked: _Masked) -> bool:
    """A "one" reached past words after the verb is an article ("è morto in un
    altro attacco"), not a count; so is a "one" before a word the people lists
    lack ("quatre ouvriers qui déchargeaient un camion ont été blessés")."""
    groups = match.groupdict()
    gap = groups.get("gap") or groups.get("unl")
    return bool(gap) and (masked.numbers[int(match.group("n"))].value or 0) < 2


#: After a subset's number, the place it was counted in: "(of them) in the
#: southern port of Odesa", "dans le port d'Odessa", "en Járkov".
_PLACED = regextrie.compile(
    r"[^,.;:\u2039]{0,45}?(?:(?<![^\W\d_])[^\W\d_]{1,4}\s+|[^\W\d_][''’])"
    r"[A-ZА-ЯЁІЇЄ][^\W\d_]{2,}"
)


def _elided_counts(
    sentence: str,
    masked: _Masked,
    pats: _Patterns,
    figures: list[Figure],
    found: dict[int, Figure],
) -> list[Figure]:
    """A count after "and" that leaves out its casualty word takes the kind of
    the figure told before it: "three people were killed in Kharkiv and two in
    Kherson", "tre persone sono morte a Kharkiv e due in un attacco a Kherson";
    also after its place: "acht Verletzte in Charkiw, in Solotschiw weitere
    sieben"."""
    added: list[Figure] = []
    matches = (
        [m for scan in pats.elided_scans for m in scan.finditer(masked.text)]
        if masked.numbers
        else []
    )
    for match in matches:
        index = int(match.group("n"))
        if index in found:
            continue
        start = masked.original(match.start("fig" if "fig" in match.re.groupindex else 0))
        before = [f for f in figures if f.end <= start and f.value and f.scope == "event"]
        if not before:
            continue
        kind = max(before, key=lambda f: f.end).kind
        number = masked.numbers[index]
        end = masked.original(match.end())
        added.append(
            Figure(
                kind,
                int(number.value or 0),
                number.at_least,
                start,
                end,
                False,
                "event",
                sentence[start:end],
            )
        )
    return added


def _an_article(masked: _Masked, pats: _Patterns, index: int) -> bool:
    """A one written as a word before a noun that counts nobody ("il bilancio di
    un attacco", "the toll of an attack"): an article, no toll."""
    number = masked.numbers[index]
    if number.value != 1 or not number.text.strip().isalpha():
        return False
    after = masked.text[masked.spans[index][1] : masked.spans[index][1] + 40]
    return bool(_NEXT_WORD.match(after)) and not pats.counted_after.match(after)


_NEXT_WORD = regextrie.compile(r"\s+[^\W\d_]")


def _summed_lists(
    sentence: str, masked: _Masked, pats: _Patterns, figures: list[Figure]
) -> list[Figure]:
    """One figure for a list of victim groups with a number among them: "zwei
    Männer und eine Frau ums Leben gekommen" is three killed, "two men and
    three women were killed" five, "a mother and her two children" three."""
    if not masked.numbers:
        return figures
    summed: list[tuple[int, int]] = []
    for match in pats.victim_list.finditer(masked.text):
        if "\u2039" not in match.group():
            continue
        start, end = masked.original(match.start()), masked.original(match.end())
        if any(s <= start < e for s, e in summed):
            # "a boy of nine and a girl of 13" inside the list summed before.
            continue
        inside = [f for f in figures if f.start < end and start < f.end and f.value]
        if not inside:
            told = _list_figure(sentence, masked, pats, match)
            if told:
                # An apposition inside it ("a boy of nine and a girl of 13") is
                # no figure of its own.
                figures = [f for f in figures if not told[0].start <= f.start < told[0].end]
                figures = figures + told
                summed.append((told[0].start, told[0].end))
            continue
        if len({f.kind for f in inside}) != 1:
            continue
        total = sum(_group_size(item, masked) for item in pats.victim_item.finditer(match.group()))
        first = min(inside, key=lambda f: f.start)
        merged = replace(first, value=total, start=min(start, first.start))
        figures = [f for f in figures if f not in inside] + [merged]
        summed.append((merged.start, merged.end))
    return figures


def _list_figure(
    sentence: str, masked: _Masked, pats: _Patterns, match: re.Match[str]
) -> list[Figure]:
    """The figure of a list of victim groups its verb follows ("a mother and her
    two children were wounded")."""
    verb = pats.list_verb_after.match(masked.text, match.end())
    if verb is None:
        return []
    start, end = masked.original(match.start()), masked.original(verb.end())
    total = sum(_group_size(item, masked) for item in pats.victim_item.finditer(match.group()))
    scope = _scope(sentence, pats, start, end)
    return [Figure(_kind(verb), total, False, start, end, False, scope, sentence[start:end])]


def _group_size(item: re.Match[str], masked: _Masked) -> int:
    if item.group("counted"):
        return int(masked.numbers[int(item.group("k"))].value or 0)
    return 2 if item.group("pair") else 1


def _list_join() -> re.Pattern[str]:
    """A comma or a word joining list items ("and", "і", "oraz"), from the lexicons."""
    return lexicon.compiled("and_words", head=r"\s*(?:,|,?\s*(?:", tail=r"))\s*")


def _placed_subsets(
    sentence: str, masked: _Masked, pats: _Patterns, found: dict[int, Figure]
) -> list[Figure]:
    """Parts of a toll counted in a place ("Four people were killed across
    Ukraine, three of them in Odesa", "dont trois dans le port d'Odessa"):
    each part is a figure of the toll's kind, when the sentence tells one kind."""
    # The toll may be the country's ("across Ukraine"): its parts are places'.
    kinds = {f.kind for f in found.values() if f.value}
    if len(kinds) != 1:
        return []
    kind = kinds.pop()
    parts = []
    last = -1
    for index, number in enumerate(masked.numbers):
        if index in found or not number.value:
            continue
        m_start, m_end = masked.spans[index][0], masked.spans[index][1]
        # "including three in Odesa and two in Kharkiv": the list goes on.
        listed = last >= 0 and _list_join().fullmatch(masked.text, last, m_start)
        if not (listed or _is_subset(masked.text, m_start, m_end, pats)):
            continue
        placed = _PLACED.match(masked.text, m_end)
        if placed is None:
            continue
        last = placed.end()
        start, end = masked.original(m_start), masked.original(placed.end())
        parts.append(
            Figure(
                kind,
                int(number.value),
                number.at_least,
                start,
                end,
                False,
                "event",
                sentence[start:end],
            )
        )
    return parts


def _person_ages(masked: _Masked, pats: _Patterns) -> set[int]:
    """The numbers that give a person's age ("a man of 76 was killed", "un uomo
    di 76 anni", "чоловік віком 76 років"): no count of victims."""
    if not masked.numbers or not pats.one_gates[0].accepts(masked.text):
        return set()
    return {
        int(n)
        for match in pats.person_age.finditer(masked.text)
        for n in _PLACEHOLDER_NUMBER.findall(match.group("age"))
    }


_PLACEHOLDER_NUMBER = regextrie.compile(r"\u2039(\d+)\u203a")


def _add_kindless(masked: _Masked, pats: _Patterns, found: dict[int, Figure], add) -> None:
    """Add the toll updates that do not say their kind ("the number had risen
    to eight"), marked ``kindless``, for numbers no other pattern claimed."""
    for match in pats.toll_bare_scan.finditer(masked.text) if masked.numbers else ():
        index = int(match.group("n"))
        if index not in found:
            add("injured", index, match.start(), match.end(), True)
            if index in found:
                found[index] = replace(found[index], kindless=True)


def resolve_kindless(figures: list[Figure], last_kind: Kind | None) -> tuple[list, Kind | None]:
    """Give each kindless toll update the kind of the figure told just before it.

    "Initially, five people were reported injured. Later the number had risen
    to eight": the eight are injured.  ``last_kind`` is the kind of the last
    figure of the sentences before; a kindless update with no figure before
    it updates nothing and is dropped.  Returns the figures and the kind of
    the sentence's last figure (``last_kind`` when it has none).
    """
    resolved: list[Figure] = []
    for figure in figures:
        if figure.kindless:
            if last_kind is None:
                continue
            figure = replace(figure, kind=last_kind, kindless=False)
        elif figure.value == 0 and not figure.person:
            # "nobody was hurt" tells no kind a later update could revise.
            resolved.append(figure)
            continue
        resolved.append(figure)
        last_kind = figure.kind
    return resolved, last_kind


def _mark_elsewhere(sentence: str, figures: list[Figure], pats: _Patterns) -> list[Figure]:
    """A figure of places the text does not name ("five more wounded elsewhere
    in the region") belongs to none of the places it names: scope ``other``."""
    return [
        replace(f, scope="other", elsewhere=True)
        if f.scope == "event" and _of_other_places(sentence, f, pats)
        else f
        for f in figures
    ]


def _of_other_places(sentence: str, figure: Figure, pats: _Patterns) -> bool:
    """Whether words for other places go with ``figure``: after it ("four killed
    elsewhere"), or before it in its clause as a phrase naming those places ("In
    anderen Landesteilen starben vier Menschen", "В інших регіонах загинули").
    The adverb alone before a figure opens a new story ("Elsewhere, a strike
    killed two in Kupiansk"), whose place is named."""
    if pats.elsewhere.search(sentence, figure.end, figure.end + _EACH_REACH):
        return True
    lo = max(0, figure.start - _EACH_REACH)
    clause = _CLAUSE_BREAK.split(sentence[lo : figure.start])[-1]
    return any(" " in m.group().strip() for m in pats.elsewhere.finditer(clause))


#: How far around a figure a word like "each" belongs to it.
_EACH_REACH = 40


def _mark_each(sentence: str, figures: list[Figure], pats: _Patterns) -> list[Figure]:
    """Mark figures said of each place of a list ("each had one wounded")."""
    return [
        replace(f, each=True)
        if pats.each.search(sentence, max(0, f.start - _EACH_REACH), f.end + _EACH_REACH)
        else f
        for f in figures
    ]


def _mark_superseded(sentence: str, figures: list[Figure], pats: _Patterns) -> list[Figure]:
    """Mark every figure of a sentence that tells an earlier report ("first reported
    12"); in "seven were killed, not five as reported earlier" only the figures
    after the contrast are the earlier report's."""
    if not (pats.earlier_scan.search(sentence) and pats.reported.search(sentence)):
        return figures
    contrast = pats.rather_than.search(sentence)
    since = contrast.start() if contrast else 0
    return [replace(f, superseded=True) if f.start >= since else f for f in figures]


def _mark_corrections(
    found: dict[int, Figure], tolls: list[re.Match[str]], pats: _Patterns
) -> None:
    """Mark the figures of tolls that a correction word introduces ("revised to nine")."""
    for match in tolls:
        index = int(match.group("n"))
        if index in found and pats.correct.search(match.group()):
            found[index] = replace(found[index], corrected=True)


def _overlapping(pattern: re.Pattern[str], text: str):
    """Matches starting at every placeholder or keyword, overlapping allowed.

    "killed 14 people and injured 108 more" needs both "killed ‹0›" and
    "injured ‹1›" even when a longer first match could span both.
    """
    position = 0
    while True:
        match = pattern.search(text, position)
        if match is None:
            return
        yield match
        position = match.start() + 1


def _is_subset(text: str, num_start: int, num_end: int, pats: _Patterns) -> bool:
    before = text[max(0, num_start - 40) : num_start]
    if pats.superset_before.search(before):
        # "three of the 11 wounded": the number after "of the" is the total.
        return False
    after = text[num_end : num_end + 40]
    return bool(pats.subset_before.search(before) or pats.subset_after.search(after))


def _earlier_killed(masked: _Masked, pats: _Patterns, position: int) -> bool:
    head = masked.text[:position]
    return any(m.group("k") for m in pats.direct.finditer(head)) or any(
        m.group("k") for m in pats.first.finditer(head)
    )


def _with_scope(figure: Figure, scope: Scope) -> Figure:
    return replace(figure, scope=scope)


def _persons_listed(match: re.Match[str], pats: _Patterns) -> int:
    """How many victims a one-person match lists: "a man and a woman" is two,
    "another man and woman" (a couple, first of the list) two, "a couple and a
    boy" three."""
    who = match.group("who") or ""
    couple = match.group("couple")
    if couple:
        # The couple opens the list: only the persons after it add one each.
        return 2 + len(pats.person.findall(who[len(couple) :]))
    return len(pats.person.findall(who)) or 1


def _wounded_then_died(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """Whether the wounded of ``text[start:end]`` died later in the clause.

    "another wounded person died" and "A woman wounded when bombs hit Sumy
    on Monday has died" tell a death, not a count of injured: the death word
    follows within a few words, or, when the participle stands straight after
    its person with no auxiliary (a reduced relative clause), anywhere before
    the clause ends.
    """
    if pats.died_after.match(text, end):
        return True
    if pats.aux_before_end.search(text, start, end):
        return False
    return pats.died_later.match(text, end) is not None


def _one_person_figures(
    sentence: str, masked: _Masked, pats: _Patterns, claimed: list[tuple[int, int]]
) -> list[Figure]:
    """ "A man was killed", "killing a woman", "a married couple was killed"."""
    figures: list[Figure] = []
    seen: set[int] = set()
    for pattern, gate in zip((pats.one_direct, pats.one_first), pats.one_gates, strict=True):
        if not gate.accepts(masked.text):
            continue
        for match in pattern.finditer(masked.text):
            if (
                any(s < match.end() and match.start() < e for s, e in claimed)
                or match.start() in seen
            ):
                continue
            if "\u2039" in pats.age_apposition.sub("", match.group()):
                continue
            if match.group("i") and _wounded_then_died(
                masked.text, match.start(), match.end(), pats
            ):
                continue
            seen.add(match.start())
            value = _persons_listed(match, pats)
            start, end = masked.original(match.start()), masked.original(match.end())
            figures.append(
                Figure(
                    _kind(match),
                    value,
                    False,
                    start,
                    end,
                    False,
                    _scope(sentence, pats, start, end),
                    sentence[start:end],
                    person=True,
                )
            )
    return figures


def _zero_figures(sentence: str, pats: _Patterns) -> list[Figure]:
    figures: list[Figure] = []
    kinds_done: set[Kind] = set()
    for scan, kinds in pats.zero_scans:
        for match in scan.finditer(sentence):
            for kind in kinds:
                if kind in kinds_done:
                    continue
                kinds_done.add(kind)
                figures.append(
                    Figure(
                        kind,
                        0,
                        False,
                        match.start(),
                        match.end(),
                        False,
                        _scope(sentence, pats, match.start(), match.end()),
                        match.group(),
                    )
                )
    return figures
