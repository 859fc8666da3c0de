"""Decide whether a place named in a sentence was struck or only mentioned.

News reports name many places that were not hit: where an official spoke or
is based ("Moscow said", "officials in Kyiv"), titles ("Kharkiv mayor",
"head of the Lviv Regional Military Administration"), launch areas
("launched from the Kursk region"), where drones were shot down ("downed over
the Moscow region"), reference points ("145 km west of Donetsk", "the suburban
villages of Chernihiv") and front-line towns where only ground fighting is
reported.  The rules below look at the words right before and after a place
mention and at the strike vocabulary of its sentence, in every language the
lexicons cover.  They are deliberately about roles, never about particular
places.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Literal

from strikemap.extraction import lexicon, regextrie
from strikemap.extraction.regextrie import alternation
from strikemap.extraction.segment import bullet_length

Role = Literal[
    "struck", "official", "speaker", "launch", "intercept", "reference", "ground", "none"
]


class CueWords:
    """A vocabulary of whole words and word beginnings.

    A word is a maximal run of letters; it is a cue when it is one of the
    whole words or starts with one of the prefixes.  Both lists become one
    trie-shaped pattern (see :mod:`strikemap.extraction.regextrie`), so a
    sentence is scanned once in C, and strike vocabulary is looked up in
    every sentence.
    """

    def __init__(self, words: list[str], prefixes: list[str]) -> None:
        letter_before = r"(?<![^\W\d_])"
        self._pattern = regextrie.compile(
            letter_before
            + r"(?:(?:"
            + (alternation(words) or _NEVER)
            + r")(?![^\W\d_])|(?:"
            + (alternation(prefixes) or _NEVER)
            + r"))"
        )

    def search(self, text: str) -> bool:
        """Whether ``text`` holds a cue word."""
        return self._pattern.search(text.lower()) is not None

    def starts(self, text: str) -> list[int]:
        """Offsets of the cue words of ``text``."""
        return [m.start() for m in self._pattern.finditer(text.lower())]


# The vocabulary below comes from the language files (slots strike_words,
# strike_stems, alert_words, damage_words, ground_words, reaction_words) and
# applies to every text whatever its language: reports quote and borrow.
_NEVER = r"(?!)"


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    strike: CueWords
    #: Phrases whose strike words report no hit (heard_only, negated_strike,
    #: no_damage), and their substring filter.
    void: re.Pattern[str]
    void_filter: lexicon.Filter
    #: "a town just outside the city of": the place after it locates another.
    located_from: re.Pattern[str]
    alert: re.Pattern[str]
    damage: re.Pattern[str]
    ground: re.Pattern[str]
    ground_filter: lexicon.Filter
    reaction: re.Pattern[str]
    reaction_filter: lexicon.Filter


def _words(slot: str, tail: str = r"\b") -> re.Pattern[str]:
    body = lexicon.union(slot) or _NEVER
    return regextrie.compile(r"\b(?:" + body + ")" + tail, re.IGNORECASE)


@lexicon.cached
def _vocabulary() -> _Vocabulary:
    void_slots = ("heard_only", "negated_strike", "no_damage")
    return _Vocabulary(
        CueWords(lexicon.all_words("strike_words"), lexicon.all_words("strike_stems")),
        lexicon.compiled(void_slots),
        lexicon.slot_filter(void_slots),
        lexicon.compiled("located_from", tail=r")\s+$"),
        _words("alert_words"),
        _words("damage_words"),
        _words("ground_words"),
        lexicon.union_filter("ground_words"),
        _words("reaction_words", tail=""),
        lexicon.union_filter("reaction_words"),
    )


# A sentence is looked at whole and then clause by clause: a few are enough.
@lexicon.cached(maxsize=16)
def void_phrases(text: str) -> str:
    """``text`` with the phrases whose strike words report no hit blanked out.

    "Explosions were heard", "Kharkiv was not shelled overnight", "no damage":
    the strike words inside them say nothing was hit, so they count as no
    strike words at all (the text keeps its length and offsets).
    """
    vocabulary = _vocabulary()
    if not vocabulary.void_filter.accepts(text):
        return text
    return vocabulary.void.sub(lambda m: " " * len(m.group(0)), text)


class _StrikeCue:
    """The strike vocabulary of every language file, as :class:`CueWords`.

    A place is only taken as struck when its sentence speaks of a strike,
    its damage or its victims; strike words inside phrases that report no
    hit (:func:`void_phrases`) do not count.
    """

    def search(self, text: str) -> bool:
        """Whether ``text`` holds a strike word."""
        strike = _vocabulary().strike
        if not strike.search(text):
            return False
        voided = void_phrases(text)
        return voided == text or strike.search(voided)

    def starts(self, text: str) -> list[int]:
        """Offsets of the strike words of ``text``."""
        return _vocabulary().strike.starts(void_phrases(text))


STRIKE_CUE = _StrikeCue()


# The rules below are language-neutral structures; their words come from the
# language files (lexicon.template), each ``{slot}`` the slot's patterns in
# every language.  A structure is compiled once per lexicon load.
#
# Words right after a place that make it a title or an institution:
# "Kharkiv mayor", "Kherson Oblast Governor", "Lviv Regional Military
# Administration", "Kharkiv's regional administration", "Sumy RMA".
_TITLE_AFTER = r"^(?:{possessive_marks})?\s*(?:(?:{title_qualifiers})\s+)*(?:{titles_after})\b"
_RIVER_AFTER = r"^(?:\s+|-)(?:{river_after})\b"
# Words right before a place that make it part of a title or institution:
# "head of the Kharkiv ...", "governor of the Dnipropetrovsk region",
# "Procura regionale di Kharkiv", "губернатор Тульской области".
_TITLE_BEFORE = (
    r"(?:\b(?:{title_of_unit}))$|(?:\b(?:{titles_before})(?:\s+(?:{title_links}))?"
    r"(?:\s+(?:{place_articles}))?\s*)$"
)
# Metonymy: a capital or city standing for its government or its people.
# Not after a bare comma: "hit Kursk, the General Staff said" is inverted
# attribution, "Moscow, however, said" and "Kyiv, for its part, said" are
# the city speaking.
_SPEAKER_AFTER = (
    r"^\s*(?:,\s*\w+,)?\s*(?:{speaker_aux})?\s*"
    r"(?:{speaker_hedges})?(?:{speaker_adverbs})?(?:{speaker_verbs})\b"
)
_COMPOUND_AFTER = r"^(?:{speaker_right_after})"
# A capital as the actor of an attack: "Kyiv used Vampire rockets", "Moscow
# launched the invasion" (but "Kyiv hit by missiles" is a target).
_ACTOR_AFTER = (
    r"^\s*(?:{actor_aux})?(?:{actor_verbs})\b(?!\s+(?:{actor_not_after})\b)|"
    r"^(?:{possessive_marks})\s+(?!(?:\w+\s+)?(?:{possessive_target})\b)(?-i:(?![A-ZА-Я]))"
)
_SPEAKER_BEFORE = (
    r"(?:\b(?:{speaker_place_before})\s+(?:\w+\s+)?(?:{speaker_place_links})\s+"
    r"(?:(?:{place_articles})\s+)?|\b(?:{target_of_words})\s+(?:(?:{place_articles})\s+)?)$"
)
# "launched from Russia's Kursk region and occupied Crimea", "злетіли з аеродрому
# «Енгельс»", but not "launched from Belgorod hit Kharkiv".
_LAUNCH_BEFORE = (
    r"(?:\b(?:{launch_verbs})\b[^.;]{{0,60}}?\b(?:{launch_from})\s+(?:(?:{place_articles})\s+)?"
    r"(?:{territory_of})?(?:(?!(?:{launch_stops})\b)[\w'’«»\"„“-]+\s+){{0,5}}[«\"„“]?)$|"
    r"(?:\b(?:{launch_from_alone})\s+(?:(?:{place_articles})\s+)?(?:{territory_of})?)$"
)
_INTERCEPT_BEFORE = (
    r"(?:\b(?:{intercept_verbs})\b[^.;]{{0,80}}?\b(?:{intercept_where})\s+"
    r"(?:(?:{place_articles})\s+)?(?:[\w,]+\s+){{0,6}})$"
)
_CO_INTERCEPT = r"\s*(?:,|{list_joins})\s+(?:{co_intercept_verbs})\b"
_INTERCEPT_AFTER = r"[^.;]{{0,75}}?\b(?P<verb>{downed_after})"
_REFERENCE_BEFORE = (
    r"(?:\b(?:{reference_points})\s+(?:(?:{place_articles})\s+)?(?:{occupied_prefix})?)$"
)
_VISIT_AFTER = r"^[^.;]{{0,25}}?\b(?:{visited_after})\b"
# A place a strike elsewhere left without power: "leaving part of the town of
# Vilniansk without electricity", "deixou sem eletricidade parte de Apostolove".
_OUTAGE_BEFORE = r"(?:{outage_before})\s*$"
_OUTAGE_AFTER = r"^(?:{outage_after})\b"
_PARENTHETICAL = r",\s+(?:{relative_openers})\b[^,;]*,"


def literals(*words: str) -> re.Pattern[str]:
    """One pattern finding any of ``words`` (lower-case literals) in lower-case text.

    A substring gate before a costly pattern: one regular-expression scan in
    C is much faster than a Python loop of ``in`` tests.
    """
    return regextrie.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


#: A comma and a word of contrast opening another clause (", а", ", but").
CONTRAST = r",\s+(?:{contrast_joins})\s"
_CLAUSE_SPLIT = r";|\s[-–—]\s|" + CONTRAST + r"|\s(?:{time_joins})\s(?=\w)"


def _rule(structure: str) -> re.Pattern[str]:
    """A case-insensitive rule structure, compiled with the lexicons' words."""
    return lexicon.template(structure)


def _exact(structure: str) -> re.Pattern[str]:
    """A case-sensitive rule structure, compiled with the lexicons' words."""
    return lexicon.template(structure, 0)


@lexicon.cached
def _gated(structure: str, flags: int = re.IGNORECASE) -> lexicon.Scan:
    """A rule structure matched on the words around a mention, behind the
    literal test of its own literals: the words around most mentions hold
    none of them, and one shared scan of those words answers every rule."""
    return lexicon.Scan(lexicon.template(structure, flags))


# The one who speaks, right after the verb of an inverted sentence: a title
# ("повідомив мер", "poinformował gubernator") or a person's two names.
_SUBJECT_AFTER = r"^,?\s+(?:(?:{titles_before})\b|(?-i:[A-ZА-ЯІЇЄҐ]\w+\s+[A-ZА-ЯІЇЄҐ]\w+))"


def speaks(after: str) -> bool:
    """Whether the words right after a name make it the one who speaks ("…
    said", "заявили в"): "Prosecutors in Ukraine said that …".

    Not when the verb has its own subject after it: in "Про влучання в
    Харкові повідомив мер" and "Удар по Белгороду подтвердил губернатор" the
    mayor and the governor speak, and the city is the one struck.
    """
    if _gated(_COMPOUND_AFTER).match(after):
        # "the Moscow-installed governor", "Moscow's allies": no verb, so no
        # subject of its own after it either.
        return True
    match = _gated(_SPEAKER_AFTER).match(after)
    return match is not None and not _rule(_SUBJECT_AFTER).match(after[match.end() :])


def classify(sentence: str, start: int, end: int, located: bool = False) -> Role:
    """Return the role of the place spelled ``sentence[start:end]``.

    Parameters
    ----------
    sentence
        The whole sentence.
    start, end
        Offsets of the place mention in ``sentence``.
    located
        Whether a locative preposition stands right before the mention ("In
        Kramatorsk hat die Armee … angegriffen"): a place so introduced is
        where something happened, never the capital that acts.

    Returns
    -------
    Role
        ``"struck"`` when the sentence reports a strike and the mention has no
        other role; otherwise the role that rules it out (``"none"`` when the
        sentence has no strike vocabulary at all).
    """
    window = _Window.around(sentence, start, end, located)
    for rule in _WINDOW_RULES:
        role = rule(window)
        if role is not None:
            return role
    return _clause_role(sentence, start, end)


@dataclass(frozen=True, slots=True)
class _Window:
    """The words around a mention that the window rules look at.

    Patterns anchored at the end of the left context are tried at every
    position of it, so each gets the shortest window it needs.
    """

    before: str
    near: str
    after: str
    #: A locative preposition right before the mention (see :func:`classify`).
    located: bool = False

    @classmethod
    def around(cls, sentence: str, start: int, end: int, located: bool = False) -> _Window:
        before = sentence[max(0, start - 120) : start]
        near = before[-70:]
        return cls(before, near, sentence[end : end + 120], located)


def _official_rule(w: _Window) -> Role | None:
    """A title or institution: "Kharkiv mayor", "governor of the Sumy region"."""
    if _gated(_TITLE_AFTER).match(w.after) or (
        lexicon.slot_filter(("title_of_unit", "titles_before")).accepts(w.near)
        and _rule(_TITLE_BEFORE).search(w.near)
    ):
        return "official"
    return None


def _river_rule(w: _Window) -> Role | None:
    """ "the Dnipro hydroelectric plant", "the Dnipro river": named after a river."""
    return "reference" if _gated(_RIVER_AFTER).match(w.after) else None


def _speaker_rule(w: _Window) -> Role | None:
    """A capital standing for its government, where someone spoke or is based."""
    if (
        speaks(w.after)
        or (not w.located and _acts(w.after))
        or (
            lexicon.slot_filter(("speaker_place_before", "target_of_words")).accepts(w.near)
            and _rule(_SPEAKER_BEFORE).search(w.near)
        )
        or _gated(_VISIT_AFTER, 0).match(w.after)
        or (
            lexicon.slot_filter("speaker_before").accepts(w.near)
            and lexicon.compiled("speaker_before", tail=r")\s+$").search(w.near)
        )
    ):
        return "speaker"
    return None


def _acts(after: str) -> bool:
    """Whether the words after a capital make it the one that acts ("Moscow has
    launched", "Kiew hat … abgefeuert")."""
    return bool(
        _gated(_ACTOR_AFTER).match(after)
        or lexicon.compiled("actor_after", head=r"^\s*(?:", tail=r")\b(?!\s+by\b)").match(after)
    )


def _launch_rule(w: _Window) -> Role | None:
    """Where the weapons were launched from: "launched from the Kursk region"."""
    if _gated(_LAUNCH_BEFORE).search(w.before):
        return "launch"
    return None


def _downed_over_rule(w: _Window) -> Role | None:
    """ "...shot down over Kyiv" is an interception; "debris of a downed drone
    damaged a house in Chornomorsk" is a hit."""
    if not lexicon.slot_filter("intercept_verbs").accepts(w.before):
        return None
    downed = _rule(_INTERCEPT_BEFORE).search(w.before)
    if downed is None:
        return None
    after_verb = w.before.find(" ", downed.start() + 1)
    if after_verb > 0:
        # "intercepted and destroyed 158 drones over ...": the second verb
        # is the interception again, not damage.
        both = _rule(_CO_INTERCEPT).match(w.before, after_verb)
        after_verb = both.end() if both else after_verb
    if after_verb > 0 and _vocabulary().damage.search(w.before, after_verb):
        return None
    if _debris_of_the_downed(w, downed.start()) or _debris_hit_after(w.after):
        return None
    if _damage_in_own_clause(w, downed.start()):
        return None
    return "intercept"


#: The end of a clause in the words after a place.
_CLAUSE_END = regextrie.compile(r"[,;.:]")


def _damage_in_own_clause(w: _Window, downed_at: int) -> bool:
    """A clause of its own, past a comma from the downing verb, tells of damage
    at the place: "збили десять дронів, у Харкові пошкоджено будинок"."""
    if not _CLAUSE_END.search(w.before, downed_at):
        return False
    end = _CLAUSE_END.search(w.after)
    clause = w.after[: end.start()] if end else w.after
    return bool(_vocabulary().damage.search(void_phrases(clause)))


#: How far after the place its debris clause may begin ("..., and its debris").
_DEBRIS_REACH = 40


def _debris_hit_after(after: str) -> bool:
    """The next clause tells that the debris of the weapon downed over the
    place did harm: "shot down over Kyiv, and its debris hit a house", "Über
    Kiew abgeschossen, ihre Trümmer fielen auf ein Wohnhaus": a hit on the place."""
    debris = lexicon.compiled("debris_words").search(after, 0, _DEBRIS_REACH)
    if debris is None:
        return False
    return bool(_vocabulary().damage.search(void_phrases(after[debris.end() :])))


def _debris_of_the_downed(w: _Window, downed_at: int) -> bool:
    """The sentence's subject is the debris of the weapon downed over the
    place, and the debris did harm: "Debris from a drone shot down over
    Belgorod fell on homes", "Обломки беспилотника, сбитого над Белгородом,
    упали на дома": the debris fell there, a hit on the place."""
    clause = w.before[:downed_at]
    if not lexicon.compiled("debris_words").search(clause[-60:]):
        return False
    return bool(_vocabulary().damage.search(void_phrases(w.after)))


def _downed_in_rule(w: _Window) -> Role | None:
    """ "In the Bryansk region two drones were shot down" (and nothing hit)."""
    intercepted = _gated(_INTERCEPT_AFTER).match(w.after)
    if intercepted is None:
        return None
    # "In Kharkiv a house was hit, and ten drones were shot down": a hit
    # before the downing verb, or after it, is the place's own.
    before_verb = w.after[: intercepted.start("verb")]
    damage = _vocabulary().damage
    # "..., in Charkiw wurde ein Haus beschädigt": damage told of the next
    # place is that place's, not this one's.
    rest = w.after[intercepted.end() :]
    next_place = _exact(_NEXT_PLACE).search(rest)
    rest = rest[: next_place.start()] if next_place else rest
    if damage.search(void_phrases(before_verb)) or damage.search(rest):
        return None
    if _debris_hit_after(rest.lstrip(" ,;")):
        return None
    return "intercept"


#: A later clause opening on another place: ", in Kharkiv", "; у Харкові".
_NEXT_PLACE = r"(?:[,;]|\s(?:{list_joins}))\s+[^\W\d_]{{1,3}}\s+[A-ZА-ЯЁІЇЄŁŚŻ][^\W\d_]"


def _reference_rule(w: _Window) -> Role | None:
    """A reference point: "145 km west of Donetsk", "residents who fled Mariupol"."""
    if lexicon.slot_filter("reference_points").accepts(w.near) and _rule(_REFERENCE_BEFORE).search(
        w.near
    ):
        return "reference"
    return None


def _outage_rule(w: _Window) -> Role | None:
    """A place only left without power or water ("part of Pidhorodne was without
    light for hours"): the strike that did it hit somewhere else."""
    if lexicon.slot_filter("outage_after").accepts(w.after[:60]) and _rule(_OUTAGE_AFTER).match(
        w.after
    ):
        return "reference"
    if lexicon.slot_filter("outage_before").accepts(w.near) and _rule(_OUTAGE_BEFORE).search(
        w.near
    ):
        return "reference"
    return None


def _located_from_rule(w: _Window) -> Role | None:
    """A place that locates an unnamed settlement: "a town just outside the city
    of Dnipro", "в селе под Харьковом" (the settlement was struck, not it)."""
    if not lexicon.slot_filter("located_from").accepts(w.near):
        return None
    return "reference" if _vocabulary().located_from.search(w.near) else None


def _denied_rule(w: _Window) -> Role | None:
    """A place its own clause says was not struck, before the words that say
    so, with no strike word between: "в самих Харкові, Сумах і Дніпрі ударів
    по залізниці не було: затримки спричинені пошкодженням на Полтавщині",
    "no strikes on the city itself were reported".  Not "Kharkiv, which had
    not been attacked since May": a denial of a time before."""
    if not lexicon.slot_filter("negated_strike").accepts(w.after):
        return None
    denial = lexicon.compiled("negated_strike").search(w.after)
    if denial is None:
        return None
    # "not attacked since May", "das seit Mai nicht beschossen worden war".
    between = w.after[: denial.start()]
    if lexicon.compiled("denied_since", head=r"\s+(?:").match(
        w.after, denial.end()
    ) or lexicon.compiled("denied_since").search(between):
        return None
    if _SENTENCE_BREAK.search(between) or STRIKE_CUE.search(between):
        return None
    return "none"


_SENTENCE_BREAK = regextrie.compile(r"[.;:!?]")


#: The rules on the words around a mention, in the order they are tried.
_WINDOW_RULES = (
    _official_rule,
    _river_rule,
    _speaker_rule,
    _launch_rule,
    _downed_over_rule,
    _downed_in_rule,
    _reference_rule,
    _outage_rule,
    _located_from_rule,
    _denied_rule,
)


def _clause_role(sentence: str, start: int, end: int) -> Role:
    """The role the mention's clause gives it: struck, ground fighting, a
    reaction, an alert, or nothing (no strike words at all)."""
    layout, left, right = _clause_layout(sentence, start, end)
    strike = _nearest(layout.cues, left, right, start)
    if strike is None and len(layout.masked[left:start].split()) <= _APPOSITION_WORDS:
        left, right = _around_a_dash_aside(layout, left, right)
        strike = _nearest(layout.cues, left, right, start)
    ground = _nearest(layout.grounds, left, right, start)
    if strike is None:
        return "ground" if _sentence_index(sentence).has_ground else "none"
    if ground is not None and ground < strike:
        return "ground"
    if _within(layout.reactions, left, right) and not _within(layout.damages, left, right):
        # "Scholz condemned the attack in Berlin", "the Kremlin, in Moscow,
        # denounced an attack": where a reaction came from, not a target.
        return "speaker"
    if alert_only(sentence):
        return "none"
    return "struck"


def reports_damage(text: str) -> bool:
    """Whether ``text`` reports an actual hit, damage or victims (negated
    and heard-only phrases do not count)."""
    return bool(_vocabulary().damage.search(void_phrases(text)))


@lexicon.cached(maxsize=256)
def alert_only(sentence: str) -> bool:
    """The sentence speaks of alerts or threats and of no actual hit."""
    return (
        lexicon.slot_filter("alert_words").accepts(sentence)
        and bool(_vocabulary().alert.search(sentence))
        and not reports_damage(sentence)
    )


def _describes(parenthetical: re.Match[str], start: int, end: int) -> bool:
    """The parenthetical holds the span, or is a "where" clause right after it.

    "In Poltava, where a missile strike killed 51 people, residents laid
    flowers": the strike of the "where" clause is the named place's own.
    """
    if parenthetical.start() <= start < parenthetical.end():
        return True
    opener = parenthetical.group(0)[1:].lstrip()
    return parenthetical.start() == end and bool(lexicon.compiled("where_words").match(opener))


@dataclass(frozen=True, slots=True)
class _Layout:
    """One masking of a sentence: its clause cuts and the cue words of each kind.

    Every list holds offsets in the (masked) sentence, sorted, so the clause
    around a mention and the cues inside it are found by bisection: the
    cost per mention does not grow with the length of the sentence.
    """

    masked: str
    cut_starts: list[int]
    cut_ends: list[int]
    cues: list[int]
    grounds: list[int]
    reactions: list[int]
    damages: list[int]


class _SentenceIndex:
    """What every place mention of one sentence is judged against, built once."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.parentheticals = (
            list(_exact(_PARENTHETICAL).finditer(sentence))
            if lexicon.slot_filter("relative_openers").accepts(sentence)
            else []
        )
        self.paren_starts = [m.start() for m in self.parentheticals]
        self.has_ground = bool(_ground_starts(sentence))
        self._layouts: dict[tuple[int, ...], _Layout] = {}

    def kept(self, start: int, end: int) -> tuple[int, ...]:
        """Parentheticals that describe the span and so stay unmasked."""
        found: list[int] = []
        at = bisect_right(self.paren_starts, start) - 1
        if at >= 0 and _describes(self.parentheticals[at], start, end):
            found.append(at)
        after = bisect_left(self.paren_starts, end)
        if (
            after < len(self.parentheticals)
            and after not in found
            and _describes(self.parentheticals[after], start, end)
        ):
            found.append(after)
        return tuple(found)

    def layout(self, kept: tuple[int, ...]) -> _Layout:
        """The sentence with every parenthetical blanked but ``kept``."""
        cached = self._layouts.get(kept)
        if cached is None:
            cached = self._layouts[kept] = _layout(self._masked(kept))
        return cached

    def _masked(self, kept: tuple[int, ...]) -> str:
        if not self.parentheticals:
            return self.sentence
        pieces: list[str] = []
        last = 0
        for index, match in enumerate(self.parentheticals):
            pieces.append(self.sentence[last : match.start()])
            text = match.group(0)
            pieces.append(text if index in kept else " " * len(text))
            last = match.end()
        pieces.append(self.sentence[last:])
        return "".join(pieces)


def _layout(masked: str) -> _Layout:
    vocabulary = _vocabulary()
    cues = vocabulary.strike.starts(void_phrases(masked))
    cuts: list[re.Match[str]] = []
    for cut in _exact(_CLAUSE_SPLIT).finditer(masked):
        if _item_head(masked, cut) or _name_pair(masked, cut) or _gapped(masked, cut):
            continue
        left = cuts[-1].end() if cuts else 0
        if _after_a_bare_place(masked, left, cut) or _harm_after_a_strike(masked, left, cut, cues):
            continue
        cuts.append(cut)
    reactions = (
        [m.start() for m in vocabulary.reaction.finditer(masked)]
        if vocabulary.reaction_filter.accepts(masked)
        else []
    )
    return _Layout(
        masked,
        [m.start() for m in cuts],
        [m.end() for m in cuts],
        cues,
        _ground_starts(masked),
        reactions,
        # Damage words only matter beside a reaction word (see _clause_role).
        [m.start() for m in vocabulary.damage.finditer(masked)] if reactions else [],
    )


#: A place and a dash right after a word of contrast: a clause whose verb is
#: the one before ("поранено двох, а в Тростянці – жінку").
_GAPPED = regextrie.compile(r"[^,;.!?–—]{1,40}?\s[–—-]\s")


def _gapped(masked: str, cut: re.Match[str]) -> bool:
    """Whether a contrast ``cut`` opens a clause that leaves out its verb ("В
    Охтирці поранено двох, а в Тростянецькій громаді – жінку"): the verb
    before is its own, so the word cuts no clause."""
    return cut.group(0).startswith(",") and _GAPPED.match(masked, cut.end()) is not None


#: Words of a clause that only says where ("In Valuyki,", "В Харькове").
_BARE_PLACE_WORDS = 4
#: The longest word of such a clause that is not a name ("in", "у", "w").
_BARE_WORD_LETTERS = 3


def _after_a_bare_place(masked: str, left: int, cut: re.Match[str]) -> bool:
    """Whether ``cut`` opens a temporal clause right after a clause that only
    names a place ("In Valuyki, after a drone attack, a warehouse was
    damaged", "В Харькове после атаки дрона поврежден склад"): the place is
    where the main clause after it happened, so the word cuts no clause.  An
    aside before the place ("По данным местных властей, в Одессе после
    прилета загорелся объект") is not part of it.
    """
    if not _time_joint(cut):
        return False
    words = masked[left : cut.start()].rstrip(" ,").rsplit(",", 1)[-1].split()
    if not words or len(words) > _BARE_PLACE_WORDS:
        return False
    named = [w for w in words if w[0].isupper() and len(w) > _BARE_WORD_LETTERS]
    return bool(named) and all(w in named or len(w) <= _BARE_WORD_LETTERS for w in words)


#: How far after "after" the strike noun of a phrase like "after a drone attack" starts.
_PHRASE_OPENING = 20
#: What ends such a phrase.
_PHRASE_END = regextrie.compile(r"[,;:.!?()]")
#: A capitalised word: a name, unless it is a nationality ("a Russian attack").
_CAPITALISED = regextrie.compile(r"(?<![\w'’-])[A-ZА-ЯЁІЇЄҐ][\w'’-]*")


def _harm_after_a_strike(masked: str, left: int, cut: re.Match[str], cues: list[int]) -> bool:
    """Whether ``cut`` opens a phrase that only names the strike the clause before
    it suffered ("Rescuers in Sumy pulled two bodies from the rubble after a
    missile strike", "nella regione di Kharkiv sono stati recuperati i corpi di
    due persone dopo un attacco con un drone"): the clause's place was struck,
    so the word cuts no clause.  A phrase naming a place of its own ("after a
    strike on Kharkiv") or a clause with a subject keeps the cut, and so does a
    clause before it that tells of no harm ("flights were suspended after a
    drone attack")."""
    if not _time_joint(cut):
        return False
    at = bisect_left(cues, cut.end())
    if at == len(cues) or cues[at] - cut.end() > _PHRASE_OPENING:
        return False
    end = _PHRASE_END.search(masked, cut.end())
    phrase = masked[cut.end() : end.start() if end else len(masked)]
    nationality = lexicon.template(r"^(?:{nationality_words})$", 0)
    if any(not nationality.match(w.group(0)) for w in _CAPITALISED.finditer(phrase)):
        return False
    return _harm_words().search(masked, left, cut.start()) is not None


def _time_joint(cut: re.Match[str]) -> bool:
    """Whether a clause cut is a temporal word ("after", "dopo"), not a dash or a
    semicolon."""
    joint = cut.group(0)
    return joint[0].isspace() and joint.strip() not in ("-", "–", "—")


@lexicon.cached
def _harm_words() -> re.Pattern[str]:
    """Words telling of harm done: damage, victims' bodies, the aftermath of a strike."""
    return lexicon.compiled(("damage_words", "body_words", "aftermath_words"))


#: Words before the dash of a list item's heading ("- Buryn hromada — a man was wounded").
_ITEM_HEAD_WORDS = 4


def _item_head(masked: str, cut: re.Match[str]) -> bool:
    """Whether ``cut`` is the dash after the heading of a bulleted list item.

    "- Тростянецька громада — поранено 56-річну жінку": what follows the
    dash is said of the place before it, so the dash cuts no clause.
    """
    head = masked[: cut.start()].lstrip()
    bullet = bullet_length(head)
    if cut.group(0) == ";" or not bullet:
        return False
    words = head[bullet:].split()
    return 0 < len(words) <= _ITEM_HEAD_WORDS and not any("," in w for w in words)


#: A capitalised word right before a dash (not the sentence's first: "Moscow —
#: Russian forces shelled…" is a dateline) and one right after it.
_WORD_BEFORE = regextrie.compile(r"\S\s+[A-ZА-ЯЁІЇЄҐ][\w'’-]*$")
_WORD_AFTER = regextrie.compile(r"[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]")


def _name_pair(masked: str, cut: re.Match[str]) -> bool:
    """Whether ``cut`` is the dash of a pair of names ("поїзд сполученням Суми —
    Ворожба", "the Nikopol – Pokrov road"): a route's name, not two clauses."""
    if cut.group(0).strip() not in ("-", "–", "—"):
        return False
    return bool(
        _WORD_BEFORE.search(masked, 0, cut.start()) and _WORD_AFTER.match(masked, cut.end())
    )


# The places of one sentence share its index; a few sentences are enough.
@lexicon.cached(maxsize=8)
def _sentence_index(sentence: str) -> _SentenceIndex:
    return _SentenceIndex(sentence)


def _ground_starts(text: str) -> list[int]:
    vocabulary = _vocabulary()
    if not vocabulary.ground_filter.accepts(text):
        return []
    return [m.start() for m in vocabulary.ground.finditer(text)]


def _clause_layout(sentence: str, start: int, end: int) -> tuple[_Layout, int, int]:
    """The layout the span is read in, and its clause's bounds in it."""
    index = _sentence_index(sentence)
    layout = index.layout(index.kept(start, end))
    # The last cut ending before the span, the first starting after it.
    before = bisect_right(layout.cut_ends, start)
    left = layout.cut_ends[before - 1] if before else 0
    after = bisect_left(layout.cut_starts, end)
    right = layout.cut_starts[after] if after < len(layout.cut_starts) else len(layout.masked)
    return layout, left, right


_DASHES = ("\u2014", "\u2013")
#: Words an aside may open with before its place ("— посёлке Разумное —"): more
#: make it a remark ("– nicht zu verwechseln mit der Großstadt Mykolajiw –").
_APPOSITION_WORDS = 2


def _around_a_dash_aside(layout: _Layout, left: int, right: int) -> tuple[int, int]:
    """The clauses on both sides of an aside set between dashes ("в одном
    населённом пункте — посёлке Разумное Белгородского района — на частный дом
    рухнули фрагменты"): the aside names where the sentence's strike fell.
    Any other clause keeps its bounds; so does a remark set between dashes."""
    at_left = bisect_left(layout.cut_ends, left)
    at_right = bisect_left(layout.cut_starts, right)
    if at_left >= len(layout.cut_ends) or layout.cut_ends[at_left] != left:
        return left, right
    if at_right >= len(layout.cut_starts) or layout.cut_starts[at_right] != right:
        return left, right
    cuts = (
        layout.masked[layout.cut_starts[at_left] : left],
        layout.masked[right : layout.cut_ends[at_right]],
    )
    if not all(any(dash in cut for dash in _DASHES) for cut in cuts):
        return left, right
    outer_left = layout.cut_ends[at_left - 1] if at_left else 0
    following = at_right + 1
    outer_right = (
        layout.cut_starts[following] if following < len(layout.cut_starts) else len(layout.masked)
    )
    return outer_left, outer_right


def _nearest(starts: list[int], left: int, right: int, at: int) -> int | None:
    """Distance from ``at`` to the nearest of ``starts`` inside ``left:right``."""
    i = bisect_left(starts, at)
    best: int | None = None
    if i > 0 and starts[i - 1] >= left:
        best = at - starts[i - 1]
    if i < len(starts) and starts[i] < right:
        best = starts[i] - at if best is None else min(best, starts[i] - at)
    return best


def _within(starts: list[int], left: int, right: int) -> bool:
    """Whether one of ``starts`` lies inside ``left:right``."""
    i = bisect_left(starts, left)
    return i < len(starts) and starts[i] < right


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding ``sentence[start:end]`` starts and ends.

    Clauses are cut at semicolons, dashes and at commas that open a
    contrasting or temporal clause, so that a strike word in one clause does
    not mark a place in another.  The cost does not grow with the length of
    the sentence (see :func:`clause_around`).
    """
    _, left, right = _clause_layout(sentence, start, end)
    return left, right


def clause_around(sentence: str, start: int, end: int) -> tuple[int, str]:
    """Return the clause of ``sentence`` holding the span ``start:end``.

    Clauses are cut at semicolons, dashes and at commas that open a
    contrasting or temporal clause, so that a strike word in one clause does
    not mark a place in another.  A relative clause set off by commas
    ("Kyinka, which lies near Chernihiv, and Pavlivka") is blanked out of the
    clause around it.

    Returns
    -------
    offset, clause
        Where the clause starts in ``sentence``, and its text (the same
        length as in ``sentence``, with blanked parentheticals).
    """
    layout, left, right = _clause_layout(sentence, start, end)
    return left, layout.masked[left:right]
