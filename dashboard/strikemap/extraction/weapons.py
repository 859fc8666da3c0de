"""Weapon mentions: category, canonical model, air defence and debris flags.

One table lists every weapon spelling strikemap knows (Latin and Cyrillic
transliterations, inflected forms of the generic words in each language)
with its category and canonical model name.  Categories follow the
annotation guide: ``missile``, ``drone``, ``glide_bomb``, ``artillery`` and
``air_strike``.

Two kinds of mention are not strike weapons and are flagged instead:

- air-defence systems and interceptors (Patriot, IRIS-T, NASAMS, "air
  defence", and S-300/S-400 when the sentence is about shooting something
  down) get ``air_defence=True``;
- drones or missiles whose debris or wreckage fell after an interception get
  ``debris=True``.

Generic words ("shelling", "rocket", "air strike", "bombardamento") get
``generic=True``: reporters use them loosely, so a specific mention in the
same context (an Iskander, a Shahed) should win over them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import ahocorasick

from strikemap.extraction.language import lexicon_language

Category = Literal["missile", "drone", "glide_bomb", "artillery", "air_strike"]

#: Order in which :func:`event_categories` lists categories.
CATEGORY_ORDER: tuple[str, ...] = ("missile", "drone", "glide_bomb", "artillery", "air_strike")


@dataclass(frozen=True, slots=True)
class WeaponMention:
    """A weapon named in a sentence.

    Attributes
    ----------
    category
        ``missile``, ``drone``, ``glide_bomb``, ``artillery`` or ``air_strike``.
    model
        Canonical model name (``"Kh-101"``, ``"Shahed-136"``, ``"KAB"``) or
        ``None`` for a generic word.
    start, end
        Character offsets in the sentence.
    air_defence
        The mention is an air-defence system or interceptor, never the
        weapon of a strike.
    debris
        The sentence says debris or wreckage of this weapon fell or did the
        damage (an interception, not a hit).
    generic
        A loose word ("shelling", "rocket", "air strike") rather than a
        weapon type or model.
    text
        The matched text.
    """

    category: Category
    model: str | None
    start: int
    end: int
    air_defence: bool
    debris: bool
    generic: bool
    text: str


# (regex, category, canonical model or None, generic, air_defence).  Model
# patterns are language independent; Cyrillic "Х" and Latin "X" both stand
# for "Kh".  Order matters only for equal-length overlaps (first wins).
_KH = r"(?:Kh|X|Х|Ch)"
_DASH = r"[-‐‑–\s]?"
_MODELS: list[tuple[str, str, str]] = [
    (_KH + _DASH + r"101", "missile", "Kh-101"),
    (_KH + _DASH + r"555", "missile", "Kh-555"),
    (_KH + _DASH + r"55(?:SM)?", "missile", "Kh-55"),
    (_KH + _DASH + r"22", "missile", "Kh-22"),
    (_KH + _DASH + r"32", "missile", "Kh-32"),
    (_KH + _DASH + r"59(?:M[K2]*|МК2)?", "missile", "Kh-59"),
    (_KH + _DASH + r"69", "missile", "Kh-69"),
    (_KH + _DASH + r"31(?:P|П)?", "missile", "Kh-31"),
    (_KH + _DASH + r"35", "missile", "Kh-35"),
    (_KH + _DASH + r"38(?:ML)?", "missile", "Kh-38"),
    (_KH + _DASH + r"47(?:M2|М2)?", "missile", "Kinzhal"),
    (r"Kalibrs?|Kaliber|Калибр\w*|Калібр\w*|Kalibr\w*", "missile", "Kalibr"),
    (r"(?:Iskander|Искандер|Іскандер)" + _DASH + r"(?:M|М)\b", "missile", "Iskander-M"),
    (r"(?:Iskander|Искандер|Іскандер)" + _DASH + r"(?:K|К)\b", "missile", "Iskander-K"),
    (r"Iskander\w*|Искандер\w*|Іскандер\w*", "missile", "Iskander"),
    (r"KN" + _DASH + r"2[34]|КН-2[34]", "missile", "KN-23"),
    (r"Kinzhal\w*|Kindżał\w*|Kinjal|Kinžal|Кинжал\w*|Кинджал\w*", "missile", "Kinzhal"),
    (r"Zircon\w*|Tsirkon\w*|Cyrkon\w*|Циркон\w*", "missile", "Zircon"),
    (r"Onyx|Oniks\w*|Оникс\w*|Онікс\w*|P-800", "missile", "Onyx"),
    (r"To(?:č|ch?)k?a" + _DASH + r"(?:U|У)\b|Точк\w*-У", "missile", "Tochka-U"),
    (r"(?:S|С)" + _DASH + r"300\w*", "missile", "S-300"),
    (r"(?:S|С)" + _DASH + r"400\w*", "missile", "S-400"),
    (r"Storm\s+Shadows?", "missile", "Storm Shadow"),
    (r"SCALP(?:-EG)?", "missile", "SCALP"),
    (r"Taurus", "missile", "Taurus"),
    (r"ATACMS|Атакмс\w*|ATACM", "missile", "ATACMS"),
    (r"Tomahawks?|Томагавк\w*", "missile", "Tomahawk"),
    (r"(?:Long\s+)?Neptunes?|Нептун\w*|Neptun\w*|R-360", "missile", "Neptune"),
    (r"Flamingo\w*|Фламінго|Фламинго|FP-5", "missile", "Flamingo"),
    (r"(?:Shahed|Шахед)" + _DASH + r"136", "drone", "Shahed-136"),
    (r"(?:Shahed|Шахед)" + _DASH + r"131", "drone", "Shahed-131"),
    (r"(?:Shahed|Шахед)" + _DASH + r"238", "drone", "Shahed-238"),
    (r"Shahed\w*|Шахед\w*|Shahid|Šáhid|Szahed\w*", "drone", "Shahed-136"),
    (r"(?:Geran|Герань)" + _DASH + r"3", "drone", "Shahed-238"),
    (
        r"(?:Geran|Герань)" + _DASH + r"[12]|Geran\w*|Геран[ьиіеяю]\w*",
        "drone",
        "Shahed-136",
    ),
    (r"Lancets?|Ланцет\w*", "drone", "Lancet"),
    (r"Gerbera|Гербер\w*", "drone", "Gerbera"),
    # "Лютий" is also the Ukrainian for February: only quoted, as a name.
    (r"Lyutyi|Lyuty|Liutyi|(?<=[«\"„])Лют(?:ий|ый)(?=[»\"“])", "drone", "Lyutyi"),
    (r"UJ-22|Beaver|Бобер", "drone", "UJ-22"),
    (r"Palianytsia|Паляниц\w*", "missile", "Palianytsia"),
    (r"(?:KAB|КАБ)" + _DASH + r"(?:500|1500|250|3000)\w*", "glide_bomb", "KAB-{0}"),
    (r"KAB\w*|КАБ\w*|KAB-y", "glide_bomb", "KAB"),
    (
        r"(?:FAB|ФАБ)" + _DASH + r"(?:250|500|1500|3000)(?:[-\s]?(?:M54|M62|М54|М62))?",
        "glide_bomb",
        "FAB-{0}",
    ),
    (r"UMPK|УМПК|UMPB|УМПБ", "glide_bomb", "UMPK"),
    (r"UPAB" + _DASH + r"1500\w*|УПАБ-1500", "glide_bomb", "UPAB-1500"),
    (r"JDAM(?:-ER)?", "glide_bomb", "JDAM"),
    (r"GBU-39|GLSDB", "glide_bomb", "GBU-39"),
    (r"Grads?|Град\w*(?=\s)|БМ-21|BM-21", "artillery", "Grad"),
    (r"Smerch|Смерч\w*|BM-30", "artillery", "Smerch"),
    (r"Uragan|Ураган\w*(?=\s)|BM-27", "artillery", "Uragan"),
    (r"Tornado(?:-S)?|Торнадо(?:-С)?", "artillery", "Tornado-S"),
    (r"HIMARS|Хаймарс\w*|ХІМАРС|M142", "artillery", "HIMARS"),
    (r"M270|MLRS\s+M270", "artillery", "M270"),
    (r"Vilkha|Vilha|Вільха|Вільхи|Olkha|Ольха|Ольхи", "artillery", "Vilkha"),
    (r"Vampire|RM-70", "artillery", "Vampire"),
]

# Model names that are air-defence systems whatever the sentence says.
_AIR_DEFENCE_MODELS: list[tuple[str, str]] = [
    (r"Patriots?|Петріот\w*|Пэтриот\w*|Patriot\w*", "Patriot"),
    (r"IRIS-T(?:\s+SLM)?|Iris-T", "IRIS-T"),
    (r"NASAMS", "NASAMS"),
    (r"Pantsir\w*|Панцир\w*|Pancyr\w*", "Pantsir"),
    (r"SAMP/T|Mamba", "SAMP/T"),
    (r"Gepard\w*|Гепард\w*", "Gepard"),
    (r"Stinger\w*|Стінгер\w*", "Stinger"),
    (r"Buk(?:-M\d)?|Бук-М\d", "Buk"),
    (r"Hawk\s+(?:system|missiles?|launchers?)|MIM-23", "Hawk"),
    (r"Crotale|Skynex|Skyguard|Avenger\s+system", "air defence"),
]

# Generic words per language: (regex, category, generic?, air_defence?).
_WORDS: dict[str, list[tuple[str, str, bool, bool]]] = {
    "en": [
        (
            r"(?:cruise|ballistic|hypersonic|anti-ship|air-launched|guided)\s+missiles?",
            "missile",
            False,
            False,
        ),
        (r"missiles?|missile\s+strikes?", "missile", False, False),
        (r"rockets?(?!\s*(?:launcher|system|artillery))", "missile", True, False),
        (
            r"(?:kamikaze|suicide|attack|strike|combat|long-range|armed|fpv|one-way)\s+drones?"
            r"|drones?|uavs?|unmanned\s+aerial\s+vehicles?|loitering\s+munitions?",
            "drone",
            False,
            False,
        ),
        (
            r"(?:guided|glide|gliding|corrected|adjustable)\s+(?:aerial\s+|aviation\s+|air\s+)?bombs?"
            r"|(?:aerial|aviation)\s+bombs?",
            "glide_bomb",
            False,
            False,
        ),
        (
            r"multiple\s+(?:launch\s+)?rocket\s+(?:launchers?|systems?)|mlrs|rocket\s+launchers?"
            r"|rocket\s+artillery",
            "artillery",
            False,
            False,
        ),
        (r"artillery|mortars?|howitzers?|tank\s+fire|cannon\s+fire", "artillery", False, False),
        (r"shell(?:s|ing|ed)?|bombardments?|barrage\s+of\s+shells", "artillery", True, False),
        (
            r"air\s*strikes?|air\s+raids?(?!\s+(?:alerts?|sirens?|warnings?|alarms?|shelters?))"
            r"|air\s+attacks?|aerial\s+attacks?|bombing\s+raids?|warplanes?|fighter\s+jets?"
            r"|(?:military\s+|combat\s+)?aircraft|aviation",
            "air_strike",
            True,
            False,
        ),
        (
            r"air[-\s]defen[cs]e(?:\s+(?:forces|systems?|units?))?|anti-aircraft(?:\s+\w+)?"
            r"|interceptors?(?:\s+(?:missiles?|drones?))?|surface-to-air\s+missiles?",
            "missile",
            False,
            True,
        ),
    ],
    "uk": [
        (r"крилат\w+\s+ракет\w*|балістичн\w+\s+ракет\w*|ракет\w*", "missile", False, False),
        (r"дрон\w*|безпілотник\w*|бпла|бплa|ударн\w+\s+дрон\w*|шахед\w*", "drone", False, False),
        (
            r"кероване?\w*\s+авіа\w*\s*бомб\w*|авіабомб\w*|авіаційн\w+\s+бомб\w*",
            "glide_bomb",
            False,
            False,
        ),
        (
            r"артилері\w*|мінометн\w*|міномет\w*|реактивн\w+\s+систем\w+\s+залпового\s+вогню|рсзв",
            "artillery",
            False,
            False,
        ),
        (r"обстріл\w*|обстріля\w*|обстрілю\w*", "artillery", True, False),
        (r"авіаудар\w*|авіаційн\w+\s+удар\w*|авіанальот\w*", "air_strike", True, False),
        (
            r"ппо|протиповітрян\w+\s+оборон\w*|зенітн\w+\s+\w+|засоб\w*\s+ппо|перехоплювач\w*",
            "missile",
            False,
            True,
        ),
    ],
    "ru": [
        (r"крылат\w+\s+ракет\w*|баллистическ\w+\s+ракет\w*|ракет\w*", "missile", False, False),
        (r"беспилотн\w*|бпла|бпла|дрон\w*|шахед\w*", "drone", False, False),
        (
            r"управляем\w+\s+авиа\w*\s*бомб\w*|авиабомб\w*|авиационн\w+\s+бомб\w*|планирующ\w+\s+бомб\w*",
            "glide_bomb",
            False,
            False,
        ),
        (
            r"артиллери\w*|минометн\w*|миномет\w*|реактивн\w+\s+систем\w+\s+залпового\s+огня|рсзо",
            "artillery",
            False,
            False,
        ),
        (r"обстрел\w*|обстрелива\w*", "artillery", True, False),
        (
            r"авиаудар\w*|авиационн\w+\s+удар\w*|авианалет\w*|авианалёт\w*",
            "air_strike",
            True,
            False,
        ),
        (
            r"пво|противовоздушн\w+\s+оборон\w*|зенитн\w+\s+\w+|средств\w*\s+пво|перехватчик\w*",
            "missile",
            False,
            True,
        ),
    ],
    "pl": [
        (
            r"pocisk\w*\s+(?:rakietow|manewrując|balistyczn|hiperdźwiękow)\w*|rakiet\w*|pocisk\w*\s+\w+\s+rakietow\w*",
            "missile",
            False,
            False,
        ),
        (r"dron\w*|bezzałogow\w*|bezzałogowc\w*|bsp\b|szahed\w*", "drone", False, False),
        (r"bomb\w*\s+(?:szybując|kierowan|lotnicz)\w*", "glide_bomb", False, False),
        (r"artyleri\w*|moździerz\w*|wyrzutni\w*\s+rakiet\w*", "artillery", False, False),
        (r"ostrza\w*|ostrzel\w*|ostrzeliwa\w*|bombardowa\w*", "artillery", True, False),
        (r"nalot\w*|uderzeni\w*\s+lotnicz\w*|atak\w*\s+lotnicz\w*", "air_strike", True, False),
        (
            r"obron\w*\s+przeciwlotnicz\w*|obron\w*\s+powietrzn\w*|przeciwlotnicz\w*",
            "missile",
            False,
            True,
        ),
    ],
    "es": [
        (
            r"misil(?:es)?(?:\s+(?:de\s+crucero|balísticos?|hipersónicos?))?",
            "missile",
            False,
            False,
        ),
        # Portuguese copy is read with this lexicon: "míssil", "mísseis".
        (r"m[íi]ss(?:il|eis)(?:\s+(?:de\s+cruzeiro|bal[íi]sticos?))?", "missile", False, False),
        (r"cohetes?", "missile", True, False),
        (
            r"drones?|dron(?:es)?|vehículos?\s+aéreos?\s+no\s+tripulados?|uavs?",
            "drone",
            False,
            False,
        ),
        (r"bombas?\s+(?:planeadoras?|guiadas?|aéreas?)", "glide_bomb", False, False),
        (r"artillería|morteros?|lanzacohetes|lanzacohetes\s+múltiples", "artillery", False, False),
        (r"bombardeos?(?!\s+aéreos?)|cañoneos?", "artillery", True, False),
        (
            r"ataques?\s+aéreos?|bombardeos?\s+aéreos?|ataques?\s+de\s+la\s+aviación",
            "air_strike",
            True,
            False,
        ),
        (r"defensas?\s+(?:antiaéreas?|aéreas?)|antiaérea|interceptores?", "missile", False, True),
    ],
    "it": [
        (
            r"missil\w*(?:\s+(?:da\s+crociera|balistic\w+|ipersonic\w+))?|razz\w*",
            "missile",
            False,
            False,
        ),
        (r"droni?|velivol\w*\s+senza\s+pilota|uav", "drone", False, False),
        (r"bomb[ae]\s+(?:guidat|planant|plananti|aere)\w*", "glide_bomb", False, False),
        (r"artiglieri\w*|mortai|mortaio|lanciarazzi", "artillery", False, False),
        (r"bombardament\w*|cannoneggiament\w*", "artillery", True, False),
        (r"raid\s+aere\w*|attacc\w+\s+aere\w*|raid(?!\s+missilistic)", "air_strike", True, False),
        (r"difes\w+\s+aere\w*|contraere\w*|antiaere\w*|intercettor\w*", "missile", False, True),
    ],
    "de": [
        (r"marschflugkörper\w*|rakete\w*|raketenangriff\w*", "missile", False, False),
        (r"drohne\w*|kamikazedrohne\w*", "drone", False, False),
        (r"gleitbombe\w*|lenkbombe\w*", "glide_bomb", False, False),
        (r"artillerie\w*|mörser\w*|beschuss|beschossen", "artillery", True, False),
        (r"luftangriff\w*", "air_strike", True, False),
        (r"luftabwehr\w*|flugabwehr\w*", "missile", False, True),
    ],
    "fr": [
        (r"missiles?(?:\s+de\s+croisière|\s+balistiques?)?|roquettes?", "missile", False, False),
        (r"drones?", "drone", False, False),
        (r"bombes?\s+(?:planantes?|guidées?)", "glide_bomb", False, False),
        (r"artillerie|mortiers?|bombardements?|pilonnages?", "artillery", True, False),
        (r"frappes?\s+aériennes?|raids?\s+aériens?", "air_strike", True, False),
        (r"défense\s+(?:anti-?aérienne|aérienne)|interceptions?", "missile", False, True),
    ],
}

# Context that turns S-300/S-400 (and generic missiles) into air defence:
# the sentence is about shooting down or intercepting.
_INTERCEPT: dict[str, str] = {
    "en": r"shot\s+down|shoot(?:ing)?\s+down|intercept\w*|downed|air[-\s]defen[cs]e\s+system"
    r"|anti-aircraft|surface-to-air",
    "uk": r"збив\w*|збит\w*|збиття|перехопл\w*|знешкоджен\w*|ппо|протиповітрян\w*",
    "ru": r"сбит\w*|сбил\w*|сбива\w*|перехва\w*|пво|противовоздушн\w*",
    "pl": r"zestrzel\w*|przechwy\w*|przeciwlotnicz\w*",
    "es": r"derriba\w*|intercept\w*|antiaére\w*",
    "it": r"abbatt\w*|intercett\w*|contraere\w*|antiaere\w*",
    "de": r"abgeschossen|abfang\w*|luftabwehr\w*",
    "fr": r"abattu\w*|intercept\w*",
}

# Debris / wreckage of a downed weapon.  "Debris" alone often means rubble
# ("rescuers sifted through debris"), so it counts only with a cue that the
# object fell or came from an interception.
_DEBRIS_WORDS: dict[str, str] = {
    "en": r"debris|fragments?|wreckage|falling\s+parts|parts\s+of\s+(?:a|the)\s+(?:downed"
    r"|intercepted)",
    "uk": r"уламк\w*|уламок|фрагмент\w*",
    "ru": r"обломк\w*|обломок|фрагмент\w*",
    "pl": r"szczątk\w*|odłamk\w*|fragment\w*",
    "es": r"restos|escombros\s+del?\s+(?:dron|misil)|fragmentos?",
    "it": r"detrit\w*|rottam\w*|frammenti|resti",
    "de": r"trümmer\w*|wrackteil\w*",
    "fr": r"débris",
}
_DEBRIS_CUES: dict[str, str] = {
    # Falling debris ("debris fell", "debris hit a house") is interception
    # debris in strike reports; rubble is searched or sifted, not falling.
    "en": r"falling\s+(?:debris|fragments|wreckage)"
    r"|(?:debris|fragments|wreckage)\s+(?:\w+\s+)?(?:fell|falling|hit|struck|damaged|landed)"
    r"|downed|shot\s+down|intercept\w*|destroyed\s+(?:drone|missile)"
    r"|of\s+(?:a|an|the)\s+(?:\w+\s+)?(?:drone|uav|shahed)"
    r"|(?:drone|uav|shahed)\s+(?:debris|fragments|wreckage)|air[-\s]defen[cs]e",
    "uk": r"впа\w*|пада\w*|збит\w*|перехопл\w*|ппо|дрон\w*|ракет\w*|безпілотник\w*|бпла",
    "ru": r"упа\w*|пада\w*|сбит\w*|перехва\w*|пво|дрон\w*|ракет\w*|беспилотник\w*|бпла",
    "pl": r"spad\w*|zestrzel\w*|przechwy\w*|dron\w*|rakiet\w*",
    "es": r"ca[íy]\w*|derriba\w*|intercept\w*|dron\w*|misil\w*",
    "it": r"cadut\w*|cad\w+|abbatt\w*|intercett\w*|dron\w*|missil\w*",
    "de": r"abgeschossen|abgefangen|gestürzt|drohne\w*|rakete\w*",
    "fr": r"tomb\w*|abattu\w*|intercept\w*|drone\w*|missile\w*",
}


def _compile_models() -> re.Pattern[str]:
    parts = []
    for index, (pattern, _category, _model) in enumerate(_MODELS):
        parts.append(f"(?P<m{index}>{pattern})")
    for index, (pattern, _model) in enumerate(_AIR_DEFENCE_MODELS):
        parts.append(f"(?P<a{index}>{pattern})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])")


def _compile_words(lang: str) -> re.Pattern[str]:
    parts = [f"(?P<w{index}>{entry[0]})" for index, entry in enumerate(_WORDS[lang])]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


# Model names are matched case-sensitively (so the Cyrillic word "град",
# hail, or the English "grad" do not become Grad MLRS); the language words
# case-insensitively.
_MODEL_PATTERN = _compile_models()
_WORD_PATTERNS: dict[str, re.Pattern[str]] = {lang: _compile_words(lang) for lang in _WORDS}
_INTERCEPT_PATTERNS = {
    lang: re.compile(r"(?<!\w)(?:" + p + r")", re.IGNORECASE) for lang, p in _INTERCEPT.items()
}
_DEBRIS_WORD_PATTERNS = {
    lang: re.compile(r"(?<!\w)(?:" + p + r")(?!\w)", re.IGNORECASE)
    for lang, p in _DEBRIS_WORDS.items()
}
_DEBRIS_CUE_PATTERNS = {
    lang: re.compile(r"(?<!\w)(?:" + p + r")", re.IGNORECASE) for lang, p in _DEBRIS_CUES.items()
}
_SIZE = re.compile(r"(\d{3,4})")

# Lower-case stems that every model name and every language word contains.
# A sentence with none of them cannot hold a weapon mention and skips the
# patterns, which is most sentences.  The gate text has every run of
# characters other than letters, digits, "-" and "/" folded to one space and
# a leading space, so model stems (names start a word) begin with a space.
_DASHES = ("-", "‐", "‑", "–", " ", "")
_MODEL_STEMS: tuple[str, ...] = (
    *(f" {kh}{sep}{d}" for kh in ("kh", "x", "х", "ch") for sep in _DASHES for d in "123456"),
    *(f" {s}{sep}{n}" for s in ("s", "с") for sep in _DASHES for n in ("300", "400")),
    *(
        f" {stem}"
        for stem in (
            "kalib",
            "калибр",
            "калібр",
            "iskander",
            "искандер",
            "іскандер",
            "kn-2",
            "kn 2",
            "kn2",
            "кн-2",
            "kinzhal",
            "kindżał",
            "kinjal",
            "kinžal",
            "кинжал",
            "кинджал",
            "zircon",
            "tsirkon",
            "cyrkon",
            "циркон",
            "onyx",
            "oniks",
            "оникс",
            "онікс",
            "p-800",
            "tochk",
            "tocha",
            "tocka",
            "točk",
            "точк",
            "storm",
            "scalp",
            "taurus",
            "atacm",
            "атакмс",
            "tomahawk",
            "томагавк",
            "neptun",
            "нептун",
            "long neptun",
            "r-360",
            "flamingo",
            "фламінго",
            "фламинго",
            "fp-5",
            "palianyt",
            "паляниц",
            "shahed",
            "шахед",
            "shahid",
            "šáhid",
            "szahed",
            "geran",
            "геран",
            "lancet",
            "ланцет",
            "gerbera",
            "гербер",
            "lyut",
            "liut",
            "лют",
            "uj-22",
            "beaver",
            "бобер",
            "kab",
            "каб",
            "fab",
            "фаб",
            "umpk",
            "умпк",
            "umpb",
            "умпб",
            "upab",
            "упаб",
            "jdam",
            "gbu-39",
            "glsdb",
            "grad",
            "град",
            "бм-",
            "bm-",
            "smerch",
            "смерч",
            "uragan",
            "ураган",
            "tornado",
            "торнадо",
            "himars",
            "хаймарс",
            "хімарс",
            "m142",
            "m270",
            "mlrs m270",
            "vilkha",
            "vilha",
            "вільх",
            "olkha",
            "ольх",
            "vampire",
            "rm-70",
            "patriot",
            "петріот",
            "пэтриот",
            "iris-t",
            "nasams",
            "pantsir",
            "панцир",
            "pancyr",
            "samp/t",
            "mamba",
            "gepard",
            "гепард",
            "stinger",
            "стінгер",
            "buk",
            "бук-м",
            "hawk",
            "mim-23",
            "crotale",
            "skynex",
            "skyguard",
            "avenger",
        )
    ),
)
_WORD_STEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "missile",
        "rocket",
        "drone",
        "uav",
        "unmanned",
        "loitering",
        "bomb",
        "mlrs",
        "launcher",
        "artiller",
        "mortar",
        "howitzer",
        "tank fire",
        "cannon",
        "shell",
        "barrage",
        "air strike",
        "airstrike",
        "air raid",
        "air attack",
        "aerial",
        "warplane",
        "fighter jet",
        "air defen",
        "air-defen",
        "aircraft",
        "aviation",
        "anti-aircraft",
        "intercept",
        "surface-to-air",
    ),
    "uk": (
        "ракет",
        "дрон",
        "безпілот",
        "бпла",
        "бпла",
        "шахед",
        "авіа",
        "бомб",
        "артилер",
        "міномет",
        "залпового",
        "рсзв",
        "обстріл",
        "ппо",
        "протиповітрян",
        "зенітн",
        "перехоплю",
    ),
    "ru": (
        "ракет",
        "беспилот",
        "бпла",
        "дрон",
        "шахед",
        "авиа",
        "бомб",
        "артиллер",
        "миномет",
        "залпового",
        "рсзо",
        "обстрел",
        "пво",
        "противовоздушн",
        "зенитн",
        "перехватчик",
    ),
    "pl": (
        "pocisk",
        "rakiet",
        "dron",
        "bezzałog",
        "bsp",
        "szahed",
        "bomb",
        "artyler",
        "moździerz",
        "wyrzutni",
        "ostrza",
        "ostrzel",
        "ostrzeliwa",
        "bombardowa",
        "nalot",
        "lotnicz",
        "przeciwlotnicz",
        "powietrzn",
    ),
    "es": (
        "misil",
        "cohete",
        "dron",
        "vehículo",
        "uav",
        "bomba",
        "artiller",
        "mortero",
        "lanzacohetes",
        "bombarde",
        "cañone",
        "aére",
        "antiaére",
        "intercept",
        "aviación",
        "míss",
        "miss",
    ),
    "it": (
        "missil",
        "razz",
        "dron",
        "velivol",
        "uav",
        "bomb",
        "artiglier",
        "mortai",
        "lanciarazzi",
        "cannoneggiament",
        "raid",
        "aere",
        "difes",
        "intercettor",
    ),
    "de": (
        "marschflug",
        "rakete",
        "drohne",
        "gleitbomb",
        "lenkbomb",
        "artillerie",
        "mörser",
        "beschuss",
        "beschossen",
        "luftangriff",
        "luftabwehr",
        "flugabwehr",
    ),
    "fr": (
        "missile",
        "roquette",
        "drone",
        "bombe",
        "artillerie",
        "mortier",
        "bombardement",
        "pilonnage",
        "frappe",
        "raid",
        "défense",
        "interception",
    ),
}


def _automaton(words) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in set(words):
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


_MODEL_GATE = _automaton(_MODEL_STEMS)
_WORD_GATES = {lang: _automaton(stems) for lang, stems in _WORD_STEMS.items()}
_GATE_FOLD = re.compile(r"[^\w/-]+")


def _any(automaton: ahocorasick.Automaton, text: str) -> bool:
    return any(True for _ in automaton.iter(text))


def _languages(lang: str | None) -> tuple[str, ...]:
    """Lexicons to apply: the text's language plus English for loanwords."""
    code = lexicon_language(lang)
    return (code,) if code == "en" else (code, "en")


def is_debris(sentence: str, lang: str | None) -> bool:
    """Whether ``sentence`` says debris of a downed drone or missile fell.

    Parameters
    ----------
    sentence
        Sentence text.
    lang
        Language code.

    Returns
    -------
    bool
        ``True`` for "debris of a downed drone fell on a house", "уламки
        збитого безпілотника", "szczątki drona"; ``False`` for rubble
        ("rescuers sifted through debris").
    """
    return bool(_debris_positions(sentence, lang))


def _debris_positions(sentence: str, lang: str | None) -> list[int]:
    """Offsets of debris words in a sentence that has a falling/downing cue."""
    positions: list[int] = []
    for code in _languages(lang):
        if _DEBRIS_CUE_PATTERNS[code].search(sentence):
            positions.extend(m.start() for m in _DEBRIS_WORD_PATTERNS[code].finditer(sentence))
    return positions


#: How far (in characters) a debris word may be from the weapon it refers
#: to ("debris of a downed Shahed", "уламки збитого безпілотника").
_DEBRIS_REACH = 60


def _near(positions: list[int], start: int, end: int) -> bool:
    return any(start - _DEBRIS_REACH <= p <= end + _DEBRIS_REACH for p in positions)


def is_interception(sentence: str, lang: str | None) -> bool:
    """Whether ``sentence`` is about shooting down or intercepting."""
    return any(_INTERCEPT_PATTERNS[code].search(sentence) for code in _languages(lang))


def find_weapons(sentence: str, lang: str | None) -> list[WeaponMention]:
    """Find every weapon mention in ``sentence``.

    Parameters
    ----------
    sentence
        Sentence text.
    lang
        Language code; English words and all model names are recognised in
        every language.

    Returns
    -------
    list[WeaponMention]
        Non-overlapping mentions in order of appearance; where a model name
        and a language word overlap, the model wins.  Generic words of a
        category the sentence contradicts with a specific weapon are
        dropped ("ostrzelały ... pocisk rakietowy" gives only the missile).
        Air-defence mentions are included, flagged ``air_defence``.
    """
    mentions: list[WeaponMention] = []
    lowered = " " + _GATE_FOLD.sub(" ", sentence.lower())
    codes = [code for code in _languages(lang) if _any(_WORD_GATES[code], lowered)]
    has_models = _any(_MODEL_GATE, lowered)
    if not codes and not has_models:
        return mentions
    intercept = is_interception(sentence, lang)
    debris = _debris_positions(sentence, lang)
    taken: list[tuple[int, int]] = []

    for match in _MODEL_PATTERN.finditer(sentence) if has_models else ():
        name = match.lastgroup or ""
        index = int(name[1:])
        text = match.group()
        if name[0] == "m":
            _pattern, category, model = _MODELS[index]
            if "{0}" in model:
                size = _SIZE.search(text)
                model = model.format(size.group(1)) if size else model.split("-")[0]
            air_defence = (
                model in ("S-300", "S-400") and intercept and not _fired_at_ground(sentence)
            )
            mentions.append(
                WeaponMention(
                    category,
                    model,
                    match.start(),
                    match.end(),
                    air_defence,
                    not air_defence and _near(debris, match.start(), match.end()),
                    False,
                    text,
                )
            )
        else:
            _pattern, model = _AIR_DEFENCE_MODELS[index]
            mentions.append(
                WeaponMention(
                    "missile", model, match.start(), match.end(), True, False, False, text
                )
            )
        taken.append((match.start(), match.end()))

    for code in codes:
        words = _WORDS[code]
        for match in _WORD_PATTERNS[code].finditer(sentence):
            start, end = match.start(), match.end()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            index = int((match.lastgroup or "w0")[1:])
            _pattern, category, generic, air_defence = words[index]
            named = _model_before(mentions, sentence, start)
            if named is not None and not air_defence:
                # "Vampire rockets", "Grad rockets": the word names the
                # model just before it, so it takes the model's category.
                category, generic = named.category, False
            if (
                not air_defence
                and category == "missile"
                and _is_air_defence_missile(sentence, start, end)
            ):
                air_defence = True
            mentions.append(
                WeaponMention(
                    category,
                    None,
                    start,
                    end,
                    air_defence,
                    not air_defence and _near(debris, start, end),
                    generic,
                    sentence[start:end],
                )
            )
            taken.append((start, end))
    mentions.sort(key=lambda m: m.start)
    return _drop_loose_words(mentions)


def _drop_loose_words(mentions: list[WeaponMention]) -> list[WeaponMention]:
    """Drop generic words contradicted by a specific weapon in the sentence.

    "Rosyjskie wojska ostrzelały Czernihów – pocisk rakietowy spadł": the
    verb "shelled" is used loosely for a missile strike.  Generic words of
    a category the sentence also names specifically are kept.
    """
    specific = {m.category for m in mentions if not m.generic and not m.air_defence}
    if not specific:
        return mentions
    return [m for m in mentions if not m.generic or m.category in specific]


def event_categories(mentions: Iterable[WeaponMention]) -> list[str]:
    """Weapon categories of one strike from all the mentions attached to it.

    Air-defence mentions never count.  Generic words ("shelling", "air
    strikes", "rockets") count only when no specific weapon is named; among
    generic words alone, "rockets" together with "shelling" are MLRS
    rockets, i.e. artillery.

    Parameters
    ----------
    mentions
        Weapon mentions from the sentences that report the strike.

    Returns
    -------
    list[str]
        Categories in the order of :data:`CATEGORY_ORDER`; empty when no
        strike weapon is named.
    """
    strike = [m for m in mentions if not m.air_defence]
    specific = {m.category for m in strike if not m.generic}
    if specific:
        found = specific
    else:
        found = {m.category for m in strike}
        if "artillery" in found:
            found.discard("missile")
        if len(found) > 1:
            # "air strikes" is the vaguest word: it only stands alone.
            found.discard("air_strike")
    return [c for c in CATEGORY_ORDER if c in found]


def _model_before(mentions: list[WeaponMention], sentence: str, start: int) -> WeaponMention | None:
    """The model mention that ends right before ``start`` (spaces apart)."""
    for mention in mentions:
        if mention.model and mention.end <= start and not sentence[mention.end : start].strip():
            return mention
    return None


_GROUND_TARGET = re.compile(
    r"\b(?:hit|struck|strikes?|fired\s+at|attack\w*|landed|slammed|killing|killed)\b"
    r"|влучил\w*|удар\w*|обстрел\w*|обстріл\w*|uderzył\w*|colpit\w*|impact\w*",
    re.IGNORECASE,
)
_AD_CONTEXT = re.compile(
    r"(?:air[-\s]defen[cs]e|anti-aircraft|surface-to-air|interceptor|пво|ппо|przeciwlotnicz|contraere|antiaére)\w*",
    re.IGNORECASE,
)


def _fired_at_ground(sentence: str) -> bool:
    """S-300 sentences that also say the missile hit something on the ground."""
    return bool(_GROUND_TARGET.search(sentence))


def _is_air_defence_missile(sentence: str, start: int, end: int) -> bool:
    """A generic "missile" word that names interceptors ("air defence missiles")."""
    window = sentence[max(0, start - 25) : end + 25]
    return bool(_AD_CONTEXT.search(window))
