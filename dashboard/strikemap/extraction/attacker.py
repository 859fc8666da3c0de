"""Which side launched a strike: ``"RU"`` or ``"UA"``.

A sentence names the attacker through an adjective on a weapon or force
("Russian missile", "Ukrainian drones", "rosyjska rakieta", "украинский
беспилотник"), through the country or capital as the subject of a strike
verb ("Russia launched", "Ukraine's strikes", "Kyiv used"), or through
partisan names ("the occupiers", "рашисти", "ВСУ", "киевский режим").
Mentions of the other side only as speaker ("Russia said", "Ukraine's air
force said") or as defender ("Russian air defence") are not cues.

When a sentence has no cue, the place struck decides:
:func:`target_country_default` gives the usual attacker for a country.
"""

from __future__ import annotations

import re
from typing import Literal

from strikemap.extraction.language import lexicon_language

Side = Literal["RU", "UA"]

# Weapon and force nouns an adjective of nationality attaches to.
_EN_NOUNS = (
    r"(?:ballistic\s+|cruise\s+|kamikaze\s+|attack\s+|guided\s+|air\s+|aerial\s+|drone\s+|missile\s+|long-range\s+"
    r"|massive\s+|combined\s+|artillery\s+|rocket\s+|overnight\s+|cross-border\s+|deadly\s+|\w+-made\s+)*"
    r"(?:missiles?|rockets?|drones?|uavs?|strikes?|attacks?|shelling|bombardment|barrage|forces|troops|military"
    r"|army|armed\s+forces|occupiers|invaders|aircraft|warplanes?|jets?|bombs?|shells?|artillery|raids?|assault"
    r"|offensive|fire|navy|fleet|defen[cs]e\s+forces|special\s+forces|sabotage|saboteurs|general\s+staff)"
)
_EN_VERB_WORDS = (
    r"launched|launches|launching|fired|fires|firing|struck|strikes|hit|hits|attacked|attacks|attacking"
    r"|pounded|pounds|barraged|shelled|shells|shelling|bombed|bombarded|targeted|targets|carried\s+out"
    r"|unleashed|sent|used|uses|hammered|rained|pummeled|pummelled"
)
_EN_VERBS = r"(?:" + _EN_VERB_WORDS + r")"

_CUES: dict[str, dict[Side, str]] = {
    "en": {
        "RU": r"russian\s+"
        + _EN_NOUNS
        + r"|russia(?:'s)?\s+(?:\w+\s+)?"
        + _EN_VERBS
        + r"|russia's\s+"
        + _EN_NOUNS
        + r"|russians\s+(?:\w+\s+)?"
        + _EN_VERBS
        + r"|(?:the\s+)?occupiers|kremlin\s+forces|putin's\s+(?:military|forces|army|troops)"
        + r"|moscow\s+(?:launched|fired|struck|unleashed)|russian\s+federation\s+"
        + _EN_VERBS
        + r"|russian\s+terrorists|rashists|the\s+enemy\s+(?:"
        + _EN_VERB_WORDS
        + r")",
        "UA": r"ukrainian\s+"
        + _EN_NOUNS
        + r"|ukraine(?:'s)?\s+(?:\w+\s+)?"
        + _EN_VERBS
        + r"|ukraine's\s+"
        + _EN_NOUNS
        + r"|kyiv\s+(?:"
        + _EN_VERB_WORDS
        + r")"
        + r"|kiev\s+(?:"
        + _EN_VERB_WORDS
        + r")|ukrainians\s+(?:\w+\s+)?"
        + _EN_VERBS
        + r"|kyiv\s+regime|kiev\s+regime|ukrainian\s+armed\s+forces|\bafu\b|\bsbu\b\s+"
        + _EN_NOUNS,
    },
    "uk": {
        "RU": r"російськ\w+\s+(?:\w+\s+)?(?:ракет\w*|дрон\w*|безпілотник\w*|удар\w*|атак\w*"
        r"|обстріл\w*|військ\w*"
        r"|армі\w*|окупант\w*|загарбник\w*|авіаці\w*|бомб\w*|терорист\w*|шахед\w*)"
        r"|росі\w+\s+(?:атакувал\w*|вдарил\w*|завдал\w*|обстрілял\w*|запустил\w*|випустил\w*)"
        r"|окупант\w*|рашист\w*|ворог\w*|загарбник\w*|рф\s+(?:атакувал\w*|вдарил\w*|завдал\w*)",
        "UA": r"українськ\w+\s+(?:\w+\s+)?(?:ракет\w*|дрон\w*|безпілотник\w*|удар\w*|атак\w*"
        r"|військ\w*"
        r"|військов\w*|сил\w*)|зсу\s+(?:уразил\w*|вдарил\w*|атакувал\w*|завдал\w*)|сили\s+оборони"
        r"|сили\s+безпілотних\s+систем|сбу\s+(?:уразил\w*|атакувал\w*)|гур\s+(?:уразил\w*|атакувал\w*)",
    },
    "ru": {
        "RU": r"российск\w+\s+(?:\w+\s+)?(?:ракет\w*|дрон\w*|беспилотник\w*|удар\w*|атак\w*"
        r"|войск\w*|арми\w*"
        r"|военн\w*|авиаци\w*)|вс\s+рф|вооруженные\s+силы\s+россии|армия\s+россии"
        r"|росси\w+\s+(?:атаковал\w*|ударил\w*|нанесл\w*|обстрелял\w*|запустил\w*)",
        "UA": r"украинск\w+\s+(?:\w+\s+)?(?:ракет\w*|дрон\w*|беспилотник\w*|удар\w*|атак\w*"
        r"|войск\w*"
        r"|военн\w*|вооруженн\w*|боевик\w*|диверсант\w*)|всу|киевск\w+\s+режим\w*|украин\w+\s+(?:атаковал\w*"
        r"|ударил\w*|нанесл\w*|обстрелял\w*|запустил\w*)|атак\w*\s+(?:беспилотник\w*|бпла|дрон\w*)"
        r"|(?:беспилотник\w*|бпла|дрон\w*)\s+(?:\w+\s+)?(?:сбит\w*|атаков\w*|упал\w*)",
    },
    "pl": {
        "RU": r"rosyjsk\w+\s+(?:\w+\s+)?(?:rakiet\w*|pocisk\w*|dron\w*|atak\w*|wojsk\w*|armi\w*"
        r"|ostrzał\w*"
        r"|uderzen\w*|nalot\w*|bomb\w*|siły|sił|lotnictw\w*|okupant\w*)|rosjanie|rosja\s+(?:zaatakowała"
        r"|ostrzelała|uderzyła|wystrzeliła)|okupanc\w*|najeźdźc\w*",
        "UA": r"ukraińsk\w+\s+(?:\w+\s+)?(?:rakiet\w*|pocisk\w*|dron\w*|atak\w*|wojsk\w*|armi\w*"
        r"|uderzen\w*"
        r"|sił\w*)|ukraina\s+(?:zaatakowała|ostrzelała|uderzyła)",
    },
    "it": {
        "RU": r"(?:missil\w*|dron\w*|attacc\w*|raid|forze|esercito|truppe|bombardament\w*"
        r"|razz\w*|aerei|bomb\w*)"
        r"\s+(?:\w+\s+)?russ[oiae]|i\s+russi|la\s+russia\s+ha\s+(?:lanciato|colpito|attaccato|bombardato)"
        r"|russ[oiae]\s+(?:missil\w*|dron\w*|attacc\w*|raid|forze)",
        "UA": r"(?:missil\w*|dron\w*|attacc\w*|raid|forze|esercito|truppe|bombardament\w*"
        r"|razz\w*)\s+(?:\w+\s+)?"
        r"ucrain\w+|l'ucraina\s+ha\s+(?:lanciato|colpito|attaccato)|kiev\s+ha\s+(?:lanciato|colpito)",
    },
    "es": {
        "RU": r"(?:misil\w*|dron\w*|ataque\w*|fuerzas|ejército|tropas|bombardeo\w*|cohetes"
        r"|aviación)\s+(?:\w+\s+)?"
        r"rus[oa]s?|los\s+rusos|rusia\s+(?:lanzó|atacó|bombardeó|golpeó|disparó)|fuerzas\s+del\s+kremlin",
        "UA": r"(?:misil\w*|dron\w*|ataque\w*|fuerzas|ejército|tropas"
        r"|bombardeo\w*)\s+(?:\w+\s+)?ucranian[oa]s?"
        r"|ucrania\s+(?:lanzó|atacó|bombardeó|golpeó)|kiev\s+(?:lanzó|atacó)",
    },
    "de": {
        "RU": r"russisch\w*\s+(?:\w+\s+)?(?:rakete\w*|drohne\w*|angriff\w*|luftangriff\w*"
        r"|truppen|armee|streitkräfte"
        r"|beschuss)|russland\s+(?:griff|beschoss|feuerte|attackierte)",
        "UA": r"ukrainisch\w*\s+(?:\w+\s+)?(?:rakete\w*|drohne\w*|angriff\w*|truppen|armee"
        r"|streitkräfte)"
        r"|die\s+ukraine\s+(?:griff|beschoss|feuerte|attackierte)",
    },
    "fr": {
        "RU": r"(?:missiles?|drones?|frappes?|attaques?|forces|armée|troupes"
        r"|bombardements?)\s+(?:\w+\s+)?russes?"
        r"|la\s+russie\s+a\s+(?:lancé|frappé|tiré|bombardé)",
        "UA": r"(?:missiles?|drones?|frappes?|attaques?|forces|armée"
        r"|troupes)\s+(?:\w+\s+)?ukrainien\w*"
        r"|l'ukraine\s+a\s+(?:lancé|frappé|tiré)",
    },
}

# Phrases where a nationality cue names the defender or a speaker, not the
# attacker ("Russian air defence shot down", "Ukrainian air force said").
_NOT_ATTACKER = re.compile(
    r"(?:russian|ukrainian|российск\w+|українськ\w+|украинск\w+|rosyjsk\w+|ukraińsk\w+)\s+"
    r"(?:air[-\s]defen[cs]e\w*|пво|ппо|obron\w*)",
    re.IGNORECASE,
)

_PATTERNS: dict[str, list[tuple[Side, re.Pattern[str]]]] = {}
for _lang, _sides in _CUES.items():
    _PATTERNS[_lang] = [
        (side, re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", re.IGNORECASE))
        for side, pattern in _sides.items()
    ]

_DEFAULT_ATTACKER: dict[str, Side] = {"UA": "RU", "RU": "UA"}

# Lower-case stems every cue of a language contains; sentences without any
# skip the patterns.
_STEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "russia",
        "ukrain",
        "kyiv",
        "kiev",
        "occupier",
        "kremlin",
        "putin",
        "moscow",
        "enemy",
        "rashist",
        "afu",
        "sbu",
    ),
    "uk": (
        "російськ",
        "росі",
        "окупант",
        "рашист",
        "ворог",
        "загарбник",
        "рф",
        "українськ",
        "зсу",
        "сили оборони",
        "сили безпілотних",
        "сбу",
        "гур",
    ),
    "ru": (
        "российск",
        "рф",
        "россии",
        "росси",
        "украинск",
        "всу",
        "киевск",
        "украин",
        "беспилотник",
        "бпла",
        "дрон",
    ),
    "pl": ("rosyjsk", "rosjan", "rosja", "okupanc", "najeźdźc", "ukraińsk", "ukraina"),
    "it": ("russ", "ucrain", "kiev"),
    "es": ("rus", "ucrania", "ucranian", "kremlin", "kiev"),
    "de": ("russisch", "russland", "ukrainisch", "ukraine"),
    "fr": ("russe", "russie", "ukrainien", "ukraine"),
}


def _languages(lang: str | None) -> tuple[str, ...]:
    code = lexicon_language(lang)
    return (code,) if code == "en" else (code, "en")


# One literal alternation per language (a C scan, not a loop of ``in`` tests).
_STEM_GATES = {
    code: re.compile("|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True)))
    for code, stems in _STEMS.items()
}


def attacker_cues(sentence: str, lang: str | None) -> list[tuple[Side, int, int]]:
    """Every attacker cue in ``sentence`` as ``(side, start, end)``, in order."""
    lowered = sentence.lower()
    codes = [c for c in _languages(lang) if _STEM_GATES[c].search(lowered)]
    if not codes:
        return []
    defended = [(m.start(), m.end()) for m in _NOT_ATTACKER.finditer(sentence)]
    cues: list[tuple[Side, int, int]] = []
    for code in codes:
        for side, pattern in _PATTERNS[code]:
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


def target_country_default(country: str | None) -> Side:
    """Usual attacker of a strike on ``country`` (ISO 3166-1 alpha-2).

    A strike in Ukraine defaults to Russia and a strike in Russia to
    Ukraine; strikes elsewhere (drone debris in Poland, Moldova) come from
    the Russian side in this war.
    """
    return _DEFAULT_ATTACKER.get((country or "").upper(), "RU")
