"""Which side launched a strike: ``"RU"`` or ``"UA"``.

A sentence names the attacker through an adjective on a weapon or force
("Russian missile", "Ukrainian drones", "rosyjska rakieta", "украинский
беспилотник"), through the country or capital as the subject of a strike
verb ("Russia launched", "Ukraine's strikes", "Kyiv used"), or through
partisan names ("the occupiers", "рашисти", "ВСУ", "киевский режим").
Mentions of the other side only as speaker ("Russia said", "Ukraine's air
force said") or as defender ("Russian air defence") are not cues.

When a sentence has no cue, the place struck decides:
:func:`target_country_default` gives the usual attacker for a country, and
for a town Russia held on the day (``lexicons/held_by_russia.csv``: Donetsk,
Horlivka, Melitopol, … with the day each was taken) the Ukrainian side.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Literal

from strikemap.extraction import lexicon, regextrie
from strikemap.extraction.language import lexicon_language

Side = Literal["RU", "UA"]

# The cues live in the language files (lexicons/*.yaml, section "attacker").
_DEFAULT_ATTACKER: dict[str, Side] = {"UA": "RU", "RU": "UA"}
#: Regions held whole by Russia since 2014 (ISO 3166-2): Crimea and Sevastopol.
#: A strike there comes from the Ukrainian side, whatever country the
#: gazetteer files them under.
_HELD_REGIONS: dict[str, Side] = {"UA-43": "UA", "UA-40": "UA"}
_SIDES: tuple[tuple[Side, str], ...] = (("RU", "russia"), ("UA", "ukraine"))


@dataclass(frozen=True, slots=True)
class _Language:
    """One language's compiled attacker cues and the filter that skips them."""

    sides: tuple[tuple[Side, re.Pattern[str]], ...]
    gate: lexicon.Filter


def _compile(body: str) -> re.Pattern[str]:
    return regextrie.compile(body, re.IGNORECASE)


@lexicon.cached
def _language(code: str) -> _Language | None:
    """The attacker cues of one language file (``None`` when it has none)."""
    section = lexicon.languages()[code].sections.get("attacker")
    if section is None:
        return None
    sides = tuple(
        (side, _compile(r"(?<!\w)(?:" + _alternation(section[part]) + r")(?!\w)"))
        for side, part in _SIDES
        if section[part]
    )
    entries = [e for _side, part in _SIDES for e in section[part]]
    return _Language(sides, lexicon.Filter([(e.pattern, re.IGNORECASE) for e in entries]))


def _alternation(entries: tuple[lexicon.Entry, ...]) -> str:
    return "|".join(f"(?:{e.pattern})" for e in entries)


@lexicon.cached
def _not_attacker() -> re.Pattern[str] | None:
    """Phrases where a nationality names the defender, not the attacker
    ("Russian air defence shot down"), in any language."""
    nationality = lexicon.section_union("attacker", "nationality")
    defence = lexicon.section_union("attacker", "air_defence")
    if not nationality or not defence:
        return None
    return _compile(r"(?:" + nationality + r")\s+(?:" + defence + r")")


def _languages(lang: str | None) -> list[_Language]:
    """The text's language's cues (its own file's, else the closest), then English."""
    known = lexicon.languages()
    own = known.get(lang or "")
    code = own.code if own is not None and "attacker" in own.sections else lexicon_language(lang)
    codes = (code,) if code == "en" else (code, "en")
    return [found for c in codes if c in known and (found := _language(c)) is not None]


def attacker_cues(sentence: str, lang: str | None) -> list[tuple[Side, int, int]]:
    """Every attacker cue in ``sentence`` as ``(side, start, end)``, in order."""
    folded = lexicon.fold(sentence)
    languages = [x for x in _languages(lang) if x.gate.accepts_folded(folded)]
    if not languages:
        return []
    not_attacker = _not_attacker()
    defended = (
        [(m.start(), m.end()) for m in not_attacker.finditer(sentence)] if not_attacker else []
    )
    cues: list[tuple[Side, int, int]] = []
    for language in languages:
        for side, pattern in language.sides:
            for match in pattern.finditer(sentence):
                if any(s <= match.start() < e for s, e in defended):
                    continue
                cues.append((side, match.start(), match.end()))
    cues.sort(key=lambda cue: cue[1])
    return cues


def find_attacker(sentence: str, lang: str | None) -> Side | None:
    """Return the side the sentence presents as launching the strike.

    Parameters
    ----------
    sentence
        Sentence text.
    lang
        Language code; English cues are also looked for in every language.

    Returns
    -------
    {"RU", "UA"} or None
        The side with more cues (the first cue breaks a tie); ``None`` when
        the sentence names no attacker.
    """
    cues = attacker_cues(sentence, lang)
    if not cues:
        return None
    ru = sum(1 for side, _s, _e in cues if side == "RU")
    ua = len(cues) - ru
    if ru != ua:
        return "RU" if ru > ua else "UA"
    return cues[0][0]


def target_country_default(
    country: str | None,
    region: str | None = None,
    place_id: str | None = None,
    day: date | None = None,
) -> Side:
    """Usual attacker of a strike on ``country`` (ISO 3166-1 alpha-2) and
    ``region`` (ISO 3166-2), at the town ``place_id`` on ``day``.

    A strike in Ukraine defaults to Russia and a strike in Russia to
    Ukraine; a strike in Crimea or Sevastopol, held by Russia since 2014, to
    Ukraine, and so does a strike on a town Russia held that day (Horlivka
    since 2014, Melitopol since March 2022; an undated one once it was
    taken); strikes elsewhere (drone debris in Poland, Moldova) come from
    the Russian side in this war.
    """
    held = _HELD_REGIONS.get((region or "").upper())
    if held is not None:
        return held
    since = held_by_russia().get(place_id or "")
    if since is not None and (day is None or day >= since):
        return "UA"
    return _DEFAULT_ATTACKER.get((country or "").upper(), "RU")


HELD_FILE = Path(__file__).parent / "lexicons" / "held_by_russia.csv"
_HELD_COLUMNS = ("place_id", "name", "since", "source")


@cache
def held_by_russia(path: Path = HELD_FILE) -> dict[str, date]:
    """The towns Russia holds, by gazetteer id, with the day each was taken.

    Raises
    ------
    LexiconError
        The file lacks a column, or a row has no id, no source or no valid day;
        the message names the file and the row.
    """
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != _HELD_COLUMNS:
            raise lexicon.LexiconError(f"{path}: the columns must be {', '.join(_HELD_COLUMNS)}")
        return dict(_held_row(path, line, row) for line, row in enumerate(reader, start=2))


def _held_row(path: Path, line: int, row: dict[str, str]) -> tuple[str, date]:
    """One row of the held-towns file as (place id, day taken)."""
    try:
        since = date.fromisoformat(row["since"])
    except (TypeError, ValueError):
        raise lexicon.LexiconError(
            f"{path}, line {line}: 'since' must be a day (YYYY-MM-DD), not {row['since']!r}"
        ) from None
    if not row["place_id"] or not row["source"]:
        raise lexicon.LexiconError(f"{path}, line {line}: a place id and a source are required")
    return row["place_id"], since
