"""The extraction knowledge, read from data files with a fixed schema.

Everything the extractor knows about words lives in
``extraction/lexicons/``:

- one file per language (``en.yaml``, ``uk.yaml``, …), each with the same
  named slots (:data:`LANGUAGE_SLOTS`): strike and weapon words, interception
  and debris words, and so on;
- one language-neutral ``weapons.yaml``: every weapon model with its
  category, its spellings (Latin and Cyrillic) and whether it is air defence.

A pattern in these files is a regular expression with at least one example
that it must match.  The loader validates every file and fails loudly (one
:class:`LexiconError` naming the file and the slot) on a missing, misspelled or
malformed slot; it compiles each pattern once; and it derives the cheap
substring filters that let most sentences skip the patterns from the patterns
themselves (:func:`literal_prefixes`), so no word list is ever typed twice.

Extra lexicon folders (a new language, a new weapon model) can be added
without editing Python: set ``STRIKEMAP_LEXICONS`` to a list of folders
(separated by ``os.pathsep``), or call :func:`use_folders`.  A language file
in an extra folder adds a language or replaces one; a ``weapons.yaml`` there
adds models after the bundled ones.
"""

from __future__ import annotations

import os
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick
import yaml

from strikemap.extraction import regextrie

#: The bundled lexicon folder.
BUNDLED = Path(__file__).with_name("lexicons")

#: Weapon categories, in the order events list them.
CATEGORIES: tuple[str, ...] = ("missile", "drone", "glide_bomb", "artillery", "air_strike")

#: Slots every language file must have, with what each holds.
LANGUAGE_SLOTS: dict[str, str] = {
    "weapon_words": "generic weapon words: pattern, category, generic, loose, air_defence, threat"
    " (a warning such as 'missile danger', no weapon used), examples",
    "interception": "words saying something was shot down or intercepted",
    "debris_words": "words for the debris or wreckage of a downed weapon",
    "debris_cues": "words showing that debris fell or came from an interception",
    "strike_words": "strike vocabulary, whole lower-case words (a plain list)",
    "strike_stems": "strike vocabulary, lower-case word beginnings (a plain list)",
    "alert_words": "air-raid alerts, sirens and threats: no hit",
    "damage_words": "words that report an actual hit, damage or victims",
    "ground_words": "ground fighting: front-line towns, no strike",
    "reaction_words": "verbs of reacting to an attack or discussing it",
    "heard_only": "explosions only heard: the strike words inside report no hit",
    "negated_strike": "a strike verb negated ('was not shelled'): no hit",
    "denied_since": "words that date a denied strike from a time before ('not attacked since "
    "May'): the denial is no present one",
    "no_damage": "phrases saying nothing was damaged ('no damage', 'повреждений нет')",
    "located_from": "a settlement located from a place ('a town just outside'): the place after "
    "it is a reference point",
    "report_time": "words before a date that make it the time of a report or a count "
    "('as of', 'станом на', 'rose to nine by')",
    "capital_words": "'the capital' and its qualified forms; country: UA, RU or any",
    "time_zone_words": "a time zone ('GMT', 'Kyiv time', 'heure de Paris'): a day in brackets"
    " with one converts a time, it is no second date",
    "country_unit_before": "a country adjective and a settlement noun right before a name ('the"
    " Russian town of', 'la ville russe de'); country: RU or UA, the country the place is in",
    "regional_capital_words": "the capital of the region just named ('the regional capital', "
    "'обласний центр', 'le chef-lieu')",
    "same_day": "anaphoric dates: the day of the last date the text gave ('the same evening')",
    "same_night": "anaphoric nights: the night of the last night or strike the text told ('the"
    " same night', 'тієї ж ночі')",
    "days_later": "days counted on from the day the text last gave ('two days later',"
    " 'через два дні'): the count is the first number of the match, else one",
    "weeks_later": "weeks counted on from the day the text last gave ('a week later',"
    " 'через тиждень'), counted as days_later",
    "correction_words": "words of a correction notice ('an earlier version of this article',"
    " 'в первоначальной версии новости'): the places it names were not struck as it says",
    "next_day": "anaphoric dates a day after the last date the text gave ('the next morning',"
    " 'shortly after midnight' after an evening)",
    "raion_centre_words": "'the raion centre' ('районний центр', 'райцентр'): the town of the"
    " raion just named",
    "there_words": "'there' opening a clause: the place of the clause before it ('туди', 'there')",
    "clause_joins": "words joining two clauses of one sentence ('and', 'while', 'а')",
    "debris_mention": "words saying interception debris is what fell",
    "evening_words": "an evening time of day ('at 9.45 p.m.', 'ввечері')",
    "overnight_words": "an overnight attack ('overnight', 'вночі', 'w nocy')",
    "speech_verbs": "verbs of speaking: a date right after one dates the statement "
    "('said on Monday')",
    "regional_titles": "words of a regional title ('Belgorod governor', 'Kharkiv Regional "
    "Military Administration')",
    "locative_before": "words before a country named as where something happened "
    "('in Russia', 'struck Ukraine')",
    "villages_of": "'the villages of': a single big city after it is the one they belong to",
    "passive_strike": "a passive strike right after a place ('Bilozerka was shelled', "
    "'Reni came under')",
    "region_nouns": "region nouns after a place ('Шебекино Белгородской области')",
    "surrounding_region": "the region around a city just named ('Kyiv and the surrounding region')",
    "habitual_words": "words of a habit ('almost daily'): an undated strike opens no event",
    "tally_verbs": "verbs of monitors counting victims over a month ('recorded', 'documented'): "
    "a monthly tally strikes no place",
    "near_words": "words right before a place that only locate the target ('near Moscow')",
    "strike_nouns": "nouns of one strike that a date can qualify ('Tuesday's strike', "
    "'niedzielnego ataku', 'l'attacco di domenica')",
    "toll_words": "words restating a toll ('the toll rose'): no increment on top of it",
    "update_from": "words before the old figure of a toll update ('from' in 'rose from 4 to 6')",
    "update_to": "words between the old and the new figure of a toll update ('to')",
    "occupied_words": "words before a place held by the other side ('occupied Melitopol')",
    "aftermath_words": "words of the aftermath (search over, bodies recovered, mourning): "
    "their day is no strike's",
    "report_day_words": "a time of the report day ('overnight', 'today'): when a count was updated",
    "approximate_words": "words making a figure an upper bound ('nearly 70'): it does not count",
    "months": "month names and their case forms (month: 1-12)",
    "weekdays": "weekday names and their case forms (weekday: 0 = Monday)",
    "relative_days": "day words counted from the publication day (offset: -1 for yesterday)",
    "relative_years": "words right after a date naming its year from the publication year "
    "('26 August last year': offset -1)",
    "weekday_future": "words before a weekday that make it future ('next', 'until')",
    "weekday_last": "words before a weekday meaning the previous one ('last')",
    "weekday_not_before": "words right after a weekday form that make it another word "
    "('segunda maior': the second largest)",
    "days_ago": "'N days ago': groups ago_unit (and ago_n where the count follows a word)",
    "year_ago": "this day a year before ('a year ago', 'a year since', 'vor einem Jahr')",
    "speech_after_date": "verbs of speaking that close a clause a few words after its date "
    "('wie der Gouverneur am Mittwoch mitteilte'): the statement's date",
    "month_prepositions": "prepositions that introduce a bare month ('in August')",
    "over_words": "words right before a place the weapons flew over ('over', 'над')",
    "downing_words": "words saying weapons were brought down ('destroyed four drones over')",
    "speaker_before": "words before a place standing for where officials speak ('authorities in')",
    "actor_after": "verbs after a capital acting as the attacker ('Moscou « a lancé')",
    # ---- slots of the language-neutral structures (lexicon.template)
    "place_articles": "articles between a cue word and a place ('the')",
    "title_qualifiers": "words before a title after a place ('Kharkiv regional governor')",
    "titles_after": "titles right after a place: the place names an office ('Kharkiv mayor')",
    "river_after": "words after a name that make it a river's or a dam's ('the Dnipro river')",
    "title_of_unit": "a title of the unit a place is in, before the place ('head of the city of')",
    "titles_before": "titles and offices right before a place ('governor of', 'мэр')",
    "title_links": "words linking a title to its place ('of', 'di', 'obwodu')",
    "speaker_right_after": "right after a capital: its government's ('Kyiv-backed')",
    "speaker_aux": "auxiliaries between a capital and its verb of speaking ('Moscow has said')",
    "speaker_hedges": "asides between a capital and its verb of speaking (', however,')",
    "speaker_adverbs": "adverbs before a verb of speaking after a capital ('also', 'long')",
    "speaker_verbs": "verbs of a capital speaking for its state ('Moscow denied')",
    "actor_verbs": "verbs after a capital acting as the attacker ('Kyiv launched')",
    "actor_aux": "auxiliaries between a capital and its act ('Moscow has launched')",
    "actor_not_after": "words after an acting verb that make the capital a target ('hit by')",
    "possessive_target": "nouns after a possessive that keep it a place ('Kyiv's suburbs')",
    "possessive_marks": "the possessive ending after a name ('’s')",
    "speaker_place_before": "words before a place where someone spoke or is based ('officials in')",
    "speaker_place_links": "prepositions after those words ('officials in', 'arrived at')",
    "target_of_words": "words before a state blamed or pressed, not a target ('sanctions on')",
    "launch_verbs": "verbs of launching before 'from' a place ('launched from')",
    "launch_from": "'from' before a launch area ('from', 'z', 'із')",
    "territory_of": "'the territory of' between 'from' and a launch area",
    "launch_stops": "words that end a launch area: the place after them is a target ('at', 'hit')",
    "launch_from_alone": "'from' right before a place: a launch area even without a verb",
    "intercept_verbs": "verbs of shooting down before where it happened ('shot down over')",
    "intercept_where": "prepositions of where weapons were shot down ('over', 'над')",
    "list_joins": "words joining two verbs or names of a list ('and', 'і', 'y')",
    "co_intercept_verbs": "a second verb of shooting down ('intercepted and destroyed')",
    "downed_after": "words after a place saying weapons were shot down there",
    "reference_points": "words before a place that only locate another ('20 km from', 'fled')",
    "occupied_prefix": "'occupied' before a reference point ('east of occupied')",
    "outage_before": "words right before a place left without power or water by a strike"
    " ('sem eletricidade parte de', 'без світла залишалася частина')",
    "outage_after": "words right after a place left without power or water by a strike"
    " (' without electricity', ' blieb ohne Strom')",
    "visited_after": "a relative clause after a place saying someone visited it",
    "relative_openers": "words opening a relative clause set off by commas ('which', 'where')",
    "contrast_joins": "words after a comma opening a contrasting clause ('but', 'whereas')",
    "time_joins": "words opening a temporal or causal clause ('after', 'після', 'mentre')",
    "locator_preps": "prepositions after a comma before a region locating a place ('in the')",
    "locator_regions": "region nouns after a comma locating the place before ('Hroza, Kharkiv "
    "oblast')",
    "locator_links": "words between such a region noun and its name ('region of')",
    "locator_units": "settlement and unit nouns before a name and its region ('the village of X "
    "in')",
    "locator_of": "'of' between a unit noun and its name ('the village of')",
    "locator_in": "'in' or 'of' between a named place and the region locating it",
    "locator_units_after": "unit nouns after a name before the region locating it ('X district "
    "of')",
    "background_words": "words of a sentence about earlier strikes ('two weeks ago', 'last week')",
    "commemoration_words": "words of a commemoration ('commemorated', 'minute of silence'): "
    "the strike remembered is an earlier one, and the ceremony's day is not its day",
    "background_earlier": "'earlier' words: background unless the same day follows ('раніше')",
    "background_same_day": "the same day after an 'earlier' word: today's news ('раніше сьогодні')",
    "nationality_words": "nationality adjectives before a name: no person's name ('Russian', "
    "'Ucraino')",
    "lead_words": "capitalised words that may stand right before a place name: no given name "
    "('In', 'Mayor', German nouns 'Truppen', 'Städte')",
    "negated_cues": "a hit negated ('no damage', 'no one hurt'): blanked in interception sentences",
    "intercepted_words": "words saying weapons were shot down ('intercepted', 'збито')",
    "hit_words": "words saying something was hit after an interception ('damaged', 'уламки')",
    "capital_title_units": "unit words before a title after 'the capital' ('city mayor')",
    "capital_titles": "titles after 'the capital' that make it an office ('the capital's mayor')",
    "anaphor_articles": "articles before a place noun standing for the place just named ('the "
    "city')",
    "anaphor_region_nouns": "region nouns after such an article ('the region')",
    "anaphor_place_nouns": "settlement nouns after such an article ('the city', 'the town')",
    "anaphor_bare": "a settlement noun standing for the place just named ('місто', 'la ville')",
    "anaphor_bare_regions": "a region noun standing for the region just named ('область', 'la "
    "región')",
    "where_words": "'where' opening a relative clause after a place",
    "where_ends": "where such a clause ends (', and', ';')",
    "and_words": "words joining the last two places of a list ('and', 'та', 'oraz')",
    "increment_words": "words of one more victim found ('another', 'ще одне')",
    "increment_more": "'more' after a count of more victims found ('two more')",
    "body_words": "words for a body recovered ('body', 'тіло', 'cadáver')",
    "background_earlier_report": "an earlier report after 'earlier' ('раніше повідомлялося'): no "
    "earlier strike",
    "night_words": "'night' before the word joining two days ('the night to Friday')",
    "night_to": "words joining the two days of a night ('from Thursday to Friday', 'на')",
    "night_early": "'early' before the second day of a night ('into early Friday')",
    "night_nouns": "a night named before its days in a heading ('Nuit de mardi à mercredi')",
    "between_words": "'between' before two days naming one night ('between Saturday and Sunday')",
    "between_and": "'and' between the two days of such a night",
    "link_markers": "line openers linking to another story ('Also read', 'Читайте також')",
    "footer_markers": "lines after which the page is navigation or teasers ('Most read')",
    "photo_words": "'photo' in a caption or a credit ('(Photo: ...)', 'Фото:')",
    "photo_source_words": "'images source' opening a caption line",
    "credit_words": "words of a photo credit in brackets ('handout')",
    "abbreviations": "abbreviations ending in a full stop that ends no sentence ('Oct.', 'вул.')",
    "dateline_countries": "country names after a place in a dateline ('Kyiv, Ukraine —')",
    "district_plurals": "plural district nouns closing a list of names ('the X and Y districts')",
    "region_nouns_first": "region nouns before an adjectival region name ('w obwodzie "
    "charkowskim')",
    "unit_nouns_first": "raion, hromada and city-district nouns before an adjectival name "
    "('w rejonie stryjskim', 'hromadę krasnopilską', 'w rejonie kowpakiwskim')",
    "district_nouns_first": "city-district nouns before the district's name ('w dzielnicy', "
    "'distretto di')",
    "district_of": "prepositions between a district noun and its name ('distretto di')",
    "district_list_joins": "words joining the names of a list of districts ('und', 'oraz')",
}

#: Sections a language file may have: each a mapping of named parts, every
#: part a list of patterns (a missing section: the language is read with a
#: close one's, see :func:`section_for`).
SECTIONS: dict[str, dict[str, str]] = {
    "casualties": {
        "killed": "casualty words after a number ('five killed', 'загинули п'ятеро')",
        "injured": "injury words after a number ('14 injured', 'sought medical help')",
        "killed_first": "death words that take the number after them ('killing five')",
        "injured_first": "injury words that take the number after them ('injuring 14')",
        "people": "nouns and adjectives between a number and its casualty word",
        "group_of": "a phrase after counted people saying whose or where they were ('of the "
        "same family', 'in the car')",
        "aux": "auxiliaries and adverbs allowed between the parts of a figure",
        "toll_killed": "death-toll nouns ('death toll', 'кількість загиблих')",
        "toll_injured": "injury-toll nouns ('number of injured')",
        "toll_link": "words between a toll noun and its value ('stands at')",
        "toll_verb": "verbs giving a toll's new value ('rose', 'зросла')",
        "toll_to": "the preposition before a toll's new value ('to', 'до')",
        "toll_pre": "verbs before a toll noun ('raising the toll to')",
        "toll_correct": "words that correct a toll ('revised', 'уточнили')",
        "toll_bare": "a toll noun without its kind ('the number had risen to', 'число зросло"
        " до'): the figure takes the kind of the one it updates",
        "zero_both": "nobody killed or hurt ('no casualties')",
        "zero_killed": "nobody killed",
        "zero_injured": "nobody hurt",
        "one_person": "one victim ('a man', 'the owner', 'рибалка')",
        "couple": "two victims in one word ('a couple')",
        "possessives": "possessive words before a counted group in a list of victims ('a "
        "mother and her two children')",
        "elided_where": "prepositions after a count whose casualty word is left out ('three "
        "killed in Kharkiv and two in Kherson')",
        "elided_more": "words before a count whose casualty word is left out, after its "
        "place ('eight hurt in Kharkiv, in Zolochiv another seven')",
        "bare_victim": "a victim noun without article (headlines: 'kill infant')",
        "subset_before": "markers before a part of a total ('including')",
        "subset_after": "markers after a part of a total ('of them')",
        "superset_before": "words before the total a part is of ('three of the 11')",
        "negation": "words making 'one' a negation ('no one', 'ніхто')",
        "age": "words before an age, not a count ('aged')",
        "age_apposition": "an age after a victim noun ('a man, 54,'), masked",
        "year_old": "an age after a number ('61-year-old')",
        "time_units": "units of time, age and measure after a number: never the people a "
        "casualty word counts ('30 years', '5 km')",
        "military": "nouns making a figure a claim about soldiers",
        "animals": "animal nouns after a number: cattle killed, no people ('12 cows')",
        "war": "cues of a figure for the whole war",
        "campaign": "cues of a figure for a whole campaign or period",
        "wide": "cues of a figure for the whole country ('across Ukraine')",
        "total": "words of a sum over several strikes ('in total')",
        "died": "verbs of a later death ('another wounded person died')",
        "each": "words giving a figure to each place of a list ('each had one wounded')",
        "elsewhere": "words after a figure saying it is of places not named ('elsewhere')",
        "earlier": "words of an earlier report ('initially', 'раніше')",
        "reported": "verbs of reporting, with 'earlier' a superseded figure",
        "rather_than": "words setting a correct figure against an earlier one ('seven, not "
        "five as reported earlier', 'a nie', 'а не'): the figure before them is current",
    },
    "attacker": {
        "russia": "cues naming Russia the attacker ('Russian missiles', 'the occupiers')",
        "ukraine": "cues naming Ukraine the attacker ('Ukrainian drones', 'ВСУ')",
        "nationality": "nationality adjectives of a defender ('Russian' in 'Russian air defence')",
        "air_defence": "air-defence words after them: a defender, no attacker",
    },
    "weapon_context": {
        "ground_target": "words saying a dual-role missile (S-300) hit the ground, not a target "
        "in the air",
    },
}

#: Slots that are plain lists of lower-case words rather than patterns.
WORD_SLOTS: frozenset[str] = frozenset({"strike_words", "strike_stems"})

#: Slots of ``weapons.yaml``.
WEAPON_SLOTS: dict[str, str] = {
    "models": "weapon models: model, category, air_defence, patterns, examples",
}


class LexiconError(ValueError):
    """A lexicon file is missing, malformed or breaks the schema."""


# ---------------------------------------------------------------- filters
# Characters a filter ignores: reporters write "Kh-101", "Kh 101", "Kh–101"
# and "Kh101" for one missile, so the filter text drops dashes and spaces and
# a pattern's dash or space (optional or not) contributes nothing to its stems.
_FOLD_CHARS = " \t\n\r\f\v\xa0\u2009\u202f-‐‑‒–—"
_MAX_STEMS = 400
#: Shorter stems make a filter accept every text (see :class:`Filter`).
_MIN_STEM = 3
#: Texts longer than this (whole articles) are scanned for one filter's stems alone.
_LONG_TEXT = 400


# A sentence passes several filters in a row: its folded text is kept for
# the next one (a few texts are enough).
@lru_cache(maxsize=16)
def fold(text: str) -> str:
    """The text a filter looks at: lower case, without dashes and spaces."""
    text = text.lower()
    for char in _FOLD_CHARS:
        if char in text:
            text = text.replace(char, "")
    return text


def literal_prefixes(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Folded literal stems one of which every match of ``pattern`` contains.

    Parameters
    ----------
    pattern
        A regular expression.
    flags
        Its ``re`` flags.

    Returns
    -------
    frozenset of str or None
        Lower-case stems without dashes or spaces: every match of the
        pattern, folded with :func:`fold`, contains one of them.  ``None``
        when nothing is certain (``\\w+``).

    Examples
    --------
    >>> sorted(literal_prefixes(r"(?:Kh|X)-?101"))
    ['kh101', 'x101']
    >>> sorted(literal_prefixes(r"drones?|(?:long\\s+)?uavs?"))
    ['drone', 'uav']
    """
    stems = _required(list(sre_parse.parse(pattern, flags)))
    return None if stems is None else frozenset(stems)


_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)


def _required(items: list) -> set[str] | None:
    """Stems one of which every match of a parsed sequence contains (None: unknown)."""
    items = [(op, arg) for op, arg in items if op not in _ZERO_WIDTH]
    if len(items) == 1 and items[0][0] is sre_constants.SUBPATTERN:
        return _required(list(items[0][1][-1]))
    if len(items) == 1 and items[0][0] is sre_constants.BRANCH:
        found: set[str] = set()
        for alt in items[0][1][1]:
            stems = _required(list(alt))
            if stems is None:
                return None
            found |= stems
        return found
    return _best(_candidates(items))


def _candidates(items: list) -> list[set[str]]:
    """Stem sets of each stretch of a sequence that starts after an opaque item."""
    candidates: list[set[str]] = []
    rest = items
    while rest:
        stems, used = _stretch(rest)
        candidates.append(stems)
        op, arg = rest[used - 1] if used else rest[0]
        if op in (sre_constants.SUBPATTERN, sre_constants.BRANCH):
            inner = _required([(op, arg)])
            if inner is not None:
                candidates.append(inner)
        rest = rest[max(used, 1) :]
    return candidates


def _stretch(items: list) -> tuple[set[str], int]:
    """Prefixes from the start of ``items``, and how many items they used up."""
    prefixes = {""}
    for index, (op, arg) in enumerate(items):
        if len(prefixes) > _MAX_STEMS:
            return prefixes, index
        prefixes, go_on = _step(op, arg, prefixes)
        if not go_on:
            return prefixes, index + 1
    return prefixes, len(items)


def _best(candidates: list[set[str]]) -> set[str] | None:
    """The most selective stem set: its shortest stem as long as possible."""
    usable = [c for c in candidates if c and "" not in c and len(c) <= _MAX_STEMS]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _sequence(items: list, prefixes: set[str]) -> tuple[set[str], bool]:
    """Extend ``prefixes`` through a parsed sequence; (stems, reached its end)."""
    for op, arg in items:
        if len(prefixes) > _MAX_STEMS:
            return prefixes, False
        prefixes, go_on = _step(op, arg, prefixes)
        if not go_on:
            return prefixes, False
    return prefixes, True


def _step(op, arg, prefixes: set[str]) -> tuple[set[str], bool]:
    """The prefixes after one parsed item, and whether later items still extend them."""
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return prefixes, True  # zero width
    if _folded_away(op, arg):
        return prefixes, True
    if op is sre_constants.LITERAL:
        return {p + chr(arg).lower() for p in prefixes}, True
    if op is sre_constants.IN:
        chars = _class_chars(arg)
        if chars is None:
            return prefixes, False
        return {p + c for p in prefixes for c in chars}, True
    if op is sre_constants.SUBPATTERN:
        return _sequence(list(arg[-1]), prefixes)
    if op is sre_constants.BRANCH:
        results = [_sequence(list(alt), prefixes) for alt in arg[1]]
        stems = set().union(*(s for s, _c in results))
        return stems, all(c for _s, c in results)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, high, sub = arg
        if low == 0:
            return prefixes, False
        stems, complete = _sequence(list(sub), prefixes)
        return stems, complete and high == 1
    return prefixes, False


def _class_chars(arg) -> list[str] | None:
    """The lower-case characters of a small literal class, else None."""
    chars: list[str] = []
    for op, value in arg:
        if op is not sre_constants.LITERAL:
            return None
        char = chr(value).lower()
        if char in _FOLD_CHARS:
            return None
        chars.append(char)
    return sorted(set(chars))


def _folded_away(op, arg) -> bool:
    """Whether a parsed item only ever matches characters the filter drops."""
    if op is sre_constants.LITERAL:
        return chr(arg) in _FOLD_CHARS
    if op is sre_constants.IN:
        return all(
            (o is sre_constants.LITERAL and chr(v) in _FOLD_CHARS)
            or (o is sre_constants.CATEGORY and v is sre_constants.CATEGORY_SPACE)
            for o, v in arg
        )
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        return all(_folded_away(o, a) for o, a in arg[2])
    return False


class Filter:
    """A substring test that every text a set of patterns matches passes.

    Built from the patterns' :func:`literal_prefixes`; a pattern that may
    start with anything makes the filter accept everything.  Every filter
    has a bit in one shared scan (:class:`_Stems`): a text is scanned once for
    the stems of all of them, whichever asks first, and the others read
    their bit.
    """

    def __init__(self, patterns: list[tuple[str, int]]) -> None:
        stems: set[str] = set()
        self.open = False
        for pattern, flags in patterns:
            found = literal_prefixes(pattern, flags)
            if found is None:
                self.open = True
                break
            stems |= found
        # A stem of a letter or two ("з", "of") is in nearly every text: such a
        # filter rules nothing out, and would only slow the shared scan.
        self.open = self.open or any(len(stem) < _MIN_STEM for stem in stems)
        self.stems = frozenset(stems)
        self.bit = _STEMS.add(self.stems) if self.stems and not self.open else 0
        self._automaton: ahocorasick.Automaton | None = None

    def accepts(self, text: str) -> bool:
        """Whether ``text`` may hold a match (False means it certainly does not)."""
        if self.open:
            return True
        # A dozen filters in a row ask about the same text: after the first,
        # its bits are read by the text itself, neither folded nor scanned.
        bits = _STEMS.by_text.get(text)
        if bits is None:
            bits = _STEMS.of_text(text)
            if bits is None:
                return self.accepts_folded(fold(text))
        return bool(bits & self.bit)

    def accepts_folded(self, folded: str) -> bool:
        """:meth:`accepts` for a text already passed through :func:`fold`."""
        if self.open:
            return True
        if len(folded) > _LONG_TEXT:
            # A whole article: the first of this filter's own stems will do,
            # rather than every stem of every filter.
            return self.bit != 0 and next(self._own().iter(folded), None) is not None
        # Called hundreds of times per article: the shared answers are read
        # here rather than through a method call.
        bits = _STEMS.answers.get(folded)
        if bits is None:
            bits = _STEMS.found(folded)
        return bool(bits & self.bit)

    def _own(self) -> ahocorasick.Automaton:
        """An automaton of this filter's stems alone (made on first use)."""
        if self._automaton is None:
            self._automaton = ahocorasick.Automaton()
            for stem in self.stems:
                self._automaton.add_word(stem, stem)
            self._automaton.make_automaton()
        return self._automaton


class Scan:
    """A pattern scanned over whole texts, behind the literal test of its own
    literals (a :class:`Filter` derived from the pattern itself).

    A text that holds none of them is not scanned at all; once one filter has
    asked about a text, the others' answers cost a look-up in the shared scan.
    """

    __slots__ = ("gate", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.gate = Filter([(pattern.pattern, pattern.flags)])

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``; nothing at once when no literal is in ``text``."""
        return self.pattern.finditer(text) if self.gate.accepts(text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``; None at once when no literal is in ``text``."""
        return self.pattern.search(text) if self.gate.accepts(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        """``pattern.match(text)``; None at once when no literal is in ``text``."""
        return self.pattern.match(text) if self.gate.accepts(text) else None


class _Stems:
    """The stems of every :class:`Filter`, each stem with the bits of the
    filters it belongs to, in one Aho-Corasick automaton.

    The sentence and the windows around each place pass a dozen filters in a
    row: one scan gives the answer of all of them.  The answers of the last
    few hundred texts are kept.
    """

    _KEPT = 512

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        self._count = 0
        self._automaton: ahocorasick.Automaton | None = None
        self.answers: dict[str, int] = {}
        #: The same answers by the text as written (before :func:`fold`).
        self.by_text: dict[str, int] = {}

    def add(self, stems: frozenset[str]) -> int:
        """Register one filter's stems; returns its bit."""
        bit = 1 << self._count
        self._count += 1
        for stem in stems:
            self._bits[stem] = self._bits.get(stem, 0) | bit
        # Rebuilt on next use: filters are made while the lexicons load.
        self._automaton = None
        self.answers = {}
        self.by_text = {}
        return bit

    def of_text(self, text: str) -> int | None:
        """:meth:`found` for a text as written, kept by the text (None for a
        text too long for the shared scan)."""
        folded = fold(text)
        if len(folded) > _LONG_TEXT:
            return None
        if len(self.by_text) >= self._KEPT:
            self.by_text = {}
        bits = self.by_text[text] = self.found(folded)
        return bits

    def found(self, folded: str) -> int:
        """The bits of the filters one of whose stems ``folded`` holds."""
        bits = self.answers.get(folded)
        if bits is None:
            bits = 0
            if not self._bits:
                return bits
            for _end, stem_bits in self._scanner().iter(folded):
                bits |= stem_bits
            if len(self.answers) >= self._KEPT:
                self.answers = {}
                self.by_text = {}
            self.answers[folded] = bits
        return bits

    def _scanner(self) -> ahocorasick.Automaton:
        automaton = self._automaton
        if automaton is None:
            automaton = ahocorasick.Automaton()
            for stem, bits in self._bits.items():
                automaton.add_word(stem, bits)
            automaton.make_automaton()
            self._automaton = automaton
        return automaton


_STEMS = _Stems()


# ---------------------------------------------------------------- schema
@dataclass(frozen=True, slots=True)
class Entry:
    """One pattern of a lexicon slot, with its examples and attributes."""

    pattern: str
    examples: tuple[str, ...]
    attrs: dict[str, Any]

    def get(self, key: str, default: Any = None) -> Any:
        """An attribute of the entry (``category``, ``generic``, …)."""
        return self.attrs.get(key, default)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language file: its code and its slots, each a tuple of entries."""

    code: str
    path: Path
    slots: dict[str, tuple[Entry, ...]]
    #: Sections (:data:`SECTIONS`) the file has, each its parts' entries.
    sections: dict[str, dict[str, tuple[Entry, ...]]] = field(default_factory=dict)

    def __getitem__(self, slot: str) -> tuple[Entry, ...]:
        return self.slots[slot]

    def words(self, slot: str) -> list[str]:
        """The words of a word slot (:data:`WORD_SLOTS`)."""
        return [e.examples[0] for e in self.slots[slot]]

    def alternation(self, slot: str) -> str:
        """The slot's patterns as one alternation, in file order ("" when empty)."""
        return "|".join(f"(?:{e.pattern})" for e in self.slots[slot])


# Attributes an entry of each slot may or must have, beyond pattern/examples.
_ENTRY_ATTRS: dict[str, dict[str, type]] = {
    "weapon_words": {
        "category": str,
        "generic": bool,
        "loose": bool,
        "air_defence": bool,
        "threat": bool,
    },
    "models": {"model": str, "category": str, "air_defence": bool, "dual_role": bool},
    "capital_words": {"country": str},
    "country_unit_before": {"country": str},
    "months": {"month": int},
    "weekdays": {"weekday": int},
    "relative_days": {"offset": int},
    "relative_years": {"offset": int},
}
_OPTIONAL_ATTRS: dict[str, dict[str, Any]] = {
    "weapon_words": {"generic": False, "loose": False, "air_defence": False, "threat": False},
    "models": {"air_defence": False, "dual_role": False},
}


def _fail(path: Path, message: str) -> LexiconError:
    return LexiconError(f"{path}: {message}")


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(path, f"cannot be read ({exc})") from None
    if not isinstance(data, dict):
        raise _fail(path, "is not a mapping of slots")
    return data


def _entries(path: Path, slot: str, raw: Any) -> tuple[Entry, ...]:
    if not isinstance(raw, list):
        raise _fail(path, f"slot '{slot}' must be a list of entries")
    if slot in WORD_SLOTS:
        return tuple(_word(path, slot, index, item) for index, item in enumerate(raw))
    return tuple(_entry(path, slot, index, item) for index, item in enumerate(raw))


def _word(path: Path, slot: str, index: int, item: Any) -> Entry:
    if not isinstance(item, str) or not item or item != item.lower() or item.split() != [item]:
        raise _fail(path, f"slot '{slot}' word {index + 1} must be one lower-case word: {item!r}")
    return Entry(re.escape(item), (item,), {})


def _entry(path: Path, slot: str, index: int, item: Any) -> Entry:
    where = f"slot '{slot}' entry {index + 1}"
    if not isinstance(item, dict):
        raise _fail(path, f"{where} must be a mapping with 'pattern' and 'examples'")
    allowed = {"pattern", "examples", "note"} | set(_ENTRY_ATTRS.get(slot, {}))
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise _fail(path, f"{where} has unknown key(s) {', '.join(unknown)}")
    pattern = item.get("pattern")
    if not isinstance(pattern, str) or not pattern:
        raise _fail(path, f"{where} needs a non-empty 'pattern'")
    try:
        re.compile(pattern)
    except re.error as exc:
        raise _fail(path, f"{where} pattern does not compile: {exc}") from None
    examples = item.get("examples")
    if (
        not isinstance(examples, list)
        or not examples
        or not all(isinstance(e, str) for e in examples)
    ):
        raise _fail(path, f"{where} needs a non-empty list of 'examples'")
    attrs = dict(_OPTIONAL_ATTRS.get(slot, {}))
    for key, kind in _ENTRY_ATTRS.get(slot, {}).items():
        if key in item:
            if not isinstance(item[key], kind):
                raise _fail(path, f"{where} '{key}' must be a {kind.__name__}")
            attrs[key] = item[key]
        elif key not in attrs:
            raise _fail(path, f"{where} needs '{key}'")
    if "category" in attrs and attrs["category"] not in CATEGORIES:
        raise _fail(path, f"{where} has unknown category {attrs['category']!r}")
    return Entry(pattern, tuple(examples), attrs)


def _check_slots(path: Path, data: dict, slots: dict[str, str]) -> None:
    missing = [s for s in slots if s not in data]
    known = {"language", "name", *slots, *SECTIONS}
    unknown = [s for s in data if s not in known]
    if unknown:
        raise _fail(path, f"unknown slot(s) {', '.join(sorted(unknown))} (misspelled?)")
    if missing:
        raise _fail(path, f"missing slot(s) {', '.join(missing)}")


def read_language(path: Path) -> Lexicon:
    """Read and validate one language file.

    Raises
    ------
    LexiconError
        Naming the file and the slot, when a slot is missing, unknown or
        malformed, or a pattern does not compile.
    """
    data = _read(path)
    code = data.get("language")
    if code != path.stem:
        raise _fail(path, f"'language' must be {path.stem!r}, the file's name")
    _check_slots(path, data, LANGUAGE_SLOTS)
    slots = {slot: _entries(path, slot, data[slot]) for slot in LANGUAGE_SLOTS}
    sections = {
        name: _section(path, name, data[name], parts)
        for name, parts in SECTIONS.items()
        if name in data
    }
    return Lexicon(code, path, slots, sections)


def _section(
    path: Path, name: str, raw: Any, parts: dict[str, str]
) -> dict[str, tuple[Entry, ...]]:
    """Read one section: every part present (an empty list where unused), no other."""
    if not isinstance(raw, dict):
        raise _fail(path, f"section '{name}' must be a mapping of parts")
    unknown = sorted(set(raw) - set(parts))
    if unknown:
        raise _fail(path, f"section '{name}' has unknown part(s) {', '.join(unknown)}")
    missing = [part for part in parts if part not in raw]
    if missing:
        raise _fail(path, f"section '{name}' lacks part(s) {', '.join(missing)}")
    return {part: _entries(path, f"{name}.{part}", raw[part] or []) for part in parts}


def section_for(name: str, code: str) -> Lexicon:
    """The lexicon whose section ``name`` reads a text of lexicon ``code``
    (English when that language's file has no such section)."""
    known = languages()
    lex = known.get(code)
    return lex if lex is not None and name in lex.sections else known["en"]


def section_union(name: str, part: str) -> str:
    """One alternation of a section part's patterns across every language
    ("" when empty): for words that apply to a text whatever its language."""
    seen: dict[str, None] = {}
    for lex in languages().values():
        for entry in lex.sections.get(name, {}).get(part, ()):
            seen.setdefault(entry.pattern, None)
    return "|".join(f"(?:{p})" for p in seen)


def read_weapons(path: Path) -> tuple[Entry, ...]:
    """Read and validate a weapons file (see :data:`WEAPON_SLOTS`)."""
    data = _read(path)
    _check_slots(path, data, WEAPON_SLOTS)
    return _entries(path, "models", data["models"])


# ---------------------------------------------------------------- loading
_EXTRA: list[Path] = []


def use_folders(*folders: Path | str) -> None:
    """Read lexicons from ``folders`` too (after the bundled one), and reload."""
    _EXTRA[:] = [Path(f) for f in folders]
    reload()


def reload() -> None:
    """Forget every loaded lexicon and everything compiled from one."""
    for cached in _CACHES:
        cached.cache_clear()


def folders() -> list[Path]:
    """The lexicon folders in the order they are read."""
    env = os.environ.get("STRIKEMAP_LEXICONS", "")
    extra = [Path(p) for p in env.split(os.pathsep) if p]
    return [BUNDLED, *extra, *_EXTRA]


@cache
def languages() -> dict[str, Lexicon]:
    """Every language lexicon by code (a later folder's file replaces an earlier one)."""
    found: dict[str, Lexicon] = {}
    for folder in folders():
        for path in sorted(Path(folder).glob("*.yaml")):
            if path.stem != "weapons":
                found[path.stem] = read_language(path)
    if "en" not in found:
        raise LexiconError(f"{BUNDLED}: the English lexicon en.yaml is missing")
    return found


@cache
def weapon_models() -> tuple[Entry, ...]:
    """Every weapon model entry, the bundled ones first."""
    models: list[Entry] = []
    for folder in folders():
        path = Path(folder) / "weapons.yaml"
        if path.exists():
            models.extend(read_weapons(path))
    return tuple(models)


#: Languages without a lexicon file read with a close one.
NEAREST: dict[str, str] = {
    "be": "ru", "bg": "ru", "sr": "ru", "mk": "ru", "kk": "ru", "gl": "es", "ca": "es",
}  # fmt: skip


def lexicon_for(lang: str | None) -> Lexicon:
    """The lexicon to read a text in ``lang`` with (English when none is close)."""
    known = languages()
    code = lang if lang in known else NEAREST.get(lang or "", "en")
    return known.get(code, known["en"])


def codes_for(lang: str | None) -> tuple[str, ...]:
    """Lexicons to apply to a text: its language's, then English for loanwords."""
    code = lexicon_for(lang).code
    return (code,) if code == "en" else (code, "en")


def union(slot: str) -> str:
    """One alternation of a slot's patterns across every language ("" when empty).

    For vocabulary that applies to a text whatever its language (strike,
    damage and alert words: reports quote and borrow).  A pattern two
    languages share appears once.
    """
    seen: dict[str, None] = {}
    for lex in languages().values():
        for entry in lex[slot]:
            seen.setdefault(entry.pattern, None)
    return "|".join(f"(?:{p})" for p in seen)


def union_filter(slot: str, flags: int = re.IGNORECASE) -> Filter:
    """The filter of a slot's patterns across every language (see :class:`Filter`)."""
    patterns = {e.pattern: None for lex in languages().values() for e in lex[slot]}
    return Filter([(p, flags) for p in patterns])


def union_filter_of(slots: tuple[str, ...], flags: int = re.IGNORECASE) -> Filter:
    """The filter of several slots' patterns across every language."""
    patterns = {e.pattern: None for s in slots for lex in languages().values() for e in lex[s]}
    return Filter([(p, flags) for p in patterns])


def all_words(slot: str) -> list[str]:
    """A word slot's words across every language, each once."""
    return list({w: None for lex in languages().values() for w in lex.words(slot)})


_CACHES: list = [languages, weapon_models]


def cached(function=None, *, maxsize: int | None = None):
    """Cache ``function`` (``maxsize`` results) until the lexicons are reloaded."""

    def wrap(function):
        wrapped = lru_cache(maxsize=maxsize)(function)
        _CACHES.append(wrapped)
        return wrapped

    return wrap(function) if function is not None else wrap


_NEVER = r"(?!)"


@cached
def scanned(
    slots: str | tuple[str, ...],
    head: str = r"\b(?:",
    tail: str = r")\b",
    flags: int = re.IGNORECASE,
) -> Scan:
    """:func:`compiled` behind the literal test of its own literals (a :class:`Scan`),
    for a pattern searched in every sentence that few sentences hold."""
    return Scan(compiled(slots, head, tail, flags))


@cached
def compiled(
    slots: str | tuple[str, ...],
    head: str = r"\b(?:",
    tail: str = r")\b",
    flags: int = re.IGNORECASE,
    where: tuple[str, Any] | None = None,
) -> re.Pattern[str]:
    """One pattern of the slots' patterns across every language, between
    ``head`` and ``tail`` (the language-neutral structure around the words).

    ``where`` keeps the entries with that attribute value only
    (``("country", "UA")``).  A pattern two languages share appears once; an
    empty union never matches.
    """
    names = (slots,) if isinstance(slots, str) else slots
    seen: dict[str, None] = {}
    for name in names:
        for lex in languages().values():
            for entry in lex[name]:
                if where is None or entry.get(where[0]) == where[1]:
                    seen.setdefault(entry.pattern, None)
    body = "|".join(f"(?:{p})" for p in seen) or _NEVER
    return regextrie.compile(head + body + tail, flags)


@cached
def template(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile a language-neutral structure with the words of the language files.

    Every ``{slot}`` of ``pattern`` stands for the slot's patterns across
    every language, as one alternation (one that never matches when the slot
    is empty everywhere); a brace of the structure itself is doubled, as in
    :meth:`str.format`.

    Examples
    --------
    >>> bool(template(r"^\\s+(?:{river_after})\\b").match(" River bank"))
    True
    """
    names = {name for _text, name, _spec, _conv in string.Formatter().parse(pattern) if name}
    return regextrie.compile(pattern.format(**{n: union(n) or _NEVER for n in names}), flags)


@cached
def slot_filter(slots: str | tuple[str, ...], flags: int = re.IGNORECASE) -> Filter:
    """The (cached) substring filter of the slots' patterns across every language."""
    names = (slots,) if isinstance(slots, str) else slots
    return union_filter_of(names, flags)
