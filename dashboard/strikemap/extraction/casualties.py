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
claims about soldiers ("killed over 200 reservists").  Only event figures
belong to a strike event.  Revised tolls ("the toll rose to four") carry
``update``; figures the text presents as an earlier report ("Earlier, the
president reported ten dead") carry ``superseded``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from strikemap.extraction import dates as _dates
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
    corrected
        A toll corrected or revised ("the death toll was later corrected to
        nine"): it replaces the earlier figures of its kind, even if lower.
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


# ---------------------------------------------------------------------------
# Per-language lexicons (regex fragments).
#   killed / injured: casualty words after a number ("five killed") and, in
#     languages where the verb comes first, before it ("загинули п'ятеро").
#   killed_first / injured_first: words that take the number after them
#     ("killing five", "injuring 14", "zabiło siedem osób").
#   people: nouns and adjectives allowed between number and casualty word.
#   aux: auxiliaries and adverbs allowed between the parts.
#   toll: "death toll"-type nouns (kind, regex) and the verbs that give the
#     new value.
#   zero: phrases meaning nobody was killed / hurt (kind or "both").
#   subset_before / subset_after: markers of a part of a total.
#   military: nouns making a figure a claim about soldiers.
#   war / campaign: sentence cues for figures beyond one strike.
# ---------------------------------------------------------------------------

# Nouns for a single victim ("загинула жінка", "погиб мужчина", "zginął mężczyzna").
_UK_VICTIM = (
    r"(?:"
    r"жінк[аиу]|чоловік[аи]?|людин[аиу]|дитин[аиу]|хлопчик[аи]?|хлопц[яь]"
    r"|дівчинк[аиу]|пенсіонер\w*|підлітк?\w*|немовля|воді[йя]|мешкан[ець]\w*"
    # Roles and trades: "загинув рибалка", "поранено власника будинку".
    r"|власни[кц]\w*|рибалк\w*|фермер\w*|тракторист\w*|охорон(?:ець|ц\w+)|сторож\w*"
    r"|продав(?:ець|чин\w+|ц\w+)|пішох\w*|велосипедист\w*|медик\w*|лікар(?:ка|ку|ки|я|еві|ем)?(?!\w)|рятувальник\w*"
    r"|вогнеборц?\w*|енергетик\w*|працівни[кц]\w*"
    r")"
)
_RU_VICTIM = (
    r"(?:"
    r"женщин[аыу]|мужчин[аыу]|человек|ребенок|ребёнок|мальчик|девочк[аиу]"
    r"|пенсионер\w*|подростк?\w*|младенец|водител[ья]|жител[ья]"
    r"|жительниц[аыу]"
    r"|владел(?:ец|ьц\w+)|рыбак\w*|фермер\w*|тракторист\w*|охранник\w*|сторож\w*"
    r"|продав(?:ец|щиц\w+|ц\w+)|пешеход\w*|велосипедист\w*|медик\w*|врач\w*|спасател\w*"
    r"|пожарн\w*|энергетик\w*|сотрудник\w*|работник\w*"
    r")"
)
_PL_VICTIM = (
    r"(?:"
    r"kobiet[aęy]|mężczyzn[aęy]|osob[aęy]|dziecko|chłopiec|chłopca"
    r"|dziewczynk[aęi]|emeryt\w*|nastolat\w*|niemowlę|kierowc[aęy]"
    r"|mieszkan\w*"
    r"|właściciel\w*|rybak\w*|rolnik\w*|traktorzyst\w*|ochroniarz\w*|strażni\w*"
    r"|sprzedaw\w*|przechodni\w*|rowerzyst\w*|lekarz\w*|ratowni\w*|strażak\w*|pracownik\w*"
    r")"
)

_EN = {
    # Words that correct a toll ("revised down to nine").
    "toll_correct": r"correct\w*|revis\w*|adjust\w*|lower\w*|reduc\w*|downgrad\w*",
    "killed": r"killed|dead|deads|died|deaths|fatalities|lost\s+their\s+lives|lost\s+his\s+life"
    r"|lost\s+her\s+life|lost\s+the\s+life|lost\s+the\s+lives"
    r"|perished|were\s+slain",
    "injured": r"injured|wounded|hurt|injuries|suffered\s+injuries|sustained\s+injuries"
    r"|hospitali[sz]ed|taken\s+to\s+hospital"
    r"|(?:sought|seeking|needed|needing|required|requiring|received|receiving|asked\s+for)"
    r"\s+(?:medical|hospital|emergency)\s+(?:help|care|attention|assistance|treatment)"
    r"|(?:were|was)\s+treated\s+(?:for\s+(?:injuries|wounds|shrapnel)|in\s+hospital)",
    "killed_first": r"killing|killed|kills|kill|claimed\s+the\s+lives\s+of|took\s+the\s+lives\s+of"
    # Translated copy: "caused the death of three persons".
    r"|caus(?:ed|ing|es)\s+the\s+deaths?\s+of|result(?:ed|ing|s)\s+in\s+the\s+deaths?\s+of"
    r"|(?:led|leading|leads)\s+to\s+the\s+deaths?\s+of|(?:confirmed\s+)?the\s+deaths?\s+of",
    "injured_first": r"injuring|injured|injures|injure|wounding|wounded|wounds|wound|hurting|hurt"
    r"|caused\s+(?:the\s+)?(?:injury|injuries|wounds)\s+(?:of|to)",
    "people": r"people|persons?|civilians?|residents?|others?|more|individuals|children|child"
    r"|kids|men|women|man|woman|boys?|girls?"
    r"|adults|victims|passengers|employees|workers|villagers|pensioners|local|civilian|additional"
    r"|further|confirmed|peaceful|innocent|elderly|young|people's|teenagers|rescuers|medics|policemen"
    r"|police\s+officers|firefighters|journalists|patients|foreigners|foreign\s+nationals|crew\s+members"
    r"|in\s+all|in\s+total|total|(?-i:[A-Z][a-z]+)",
    "aux": r"were|was|have|has|had|been|are|is|be|being|reportedly|also|already|now|so\s+far"
    r"|later|known"
    r"|to|confirmed|officially|reported|said|believed|feared|thought|currently|seriously|severely"
    # Translated copy: "eight persons resulted wounded", "remained injured".
    r"|resulted|remained"
    r"|critically|lightly|slightly|badly|fatally|mortally|initially|then|still|left|more|people"
    r"|in\s+the\s+attack|in\s+the\s+strike",
    # "The casualty toll rose to nine" counts the dead and the wounded together.
    "toll_killed": r"death\s+toll|(?<!casualty\s)(?<!injury\s)toll"
    r"|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities"
    r"|people\s+killed"
    r"|those\s+killed|killed|victims|people\s+who\s+died)|fatalities|dead",
    "toll_injured": r"number\s+of\s+(?:the\s+)?(?:injured|wounded|people\s+injured|people\s+wounded"
    r"|those\s+injured|those\s+wounded)|injury\s+toll",
    "toll_link": r"of|at|to|is|was|are|were|now\s+at|stands\s+at|stood\s+at|reached|reaches|hit"
    r"|hits",
    "toll_verb": r"rose|risen|rises|rising|climbed|climbs|increased|increases|jumped|grew"
    r"|corrected|revised|adjusted|lowered|reduced|updated|downgraded"
    r"|reached|reaches"
    r"|hit|hits|raised|raising|stands\s+at|stood\s+at|is\s+now|was\s+raised|went\s+up",
    "toll_to": r"to|at",
    "toll_pre": r"raised|raising|raises|bringing|brought|brings|pushing|pushed|taking|took",
    "zero_both": r"(?:no\s*one|nobody|none)\s+(?:\w+\s+){0,3}?(?:was|were|has\s+been|had\s+been"
    r"|is|are|got)"
    r"\s+(?:\w+\s+){0,2}?(?:hurt|harmed|injured|wounded)"
    r"|no\s+(?:reports?\s+of\s+)?(?:immediate\s+)?(?:casualties|victims)(?!\s+among)"
    r"|without\s+(?:casualties|victims)|(?:caused|claimed|left)\s+no\s+(?:casualties|victims)",
    "zero_killed": r"(?:no\s*one|nobody|none)\s+(?:\w+\s+){0,3}?(?:was|were|has\s+been"
    r"|had\s+been|is|are)"
    r"\s+(?:\w+\s+){0,2}?killed|no\s*one\s+died|nobody\s+died|no\s+(?:deaths|fatalities)(?!\s+among)",
    "zero_injured": r"(?:no\s*one|nobody|none)\s+(?:\w+\s+){0,3}?(?:was|were|has\s+been"
    r"|had\s+been|is|are)"
    r"\s+(?:\w+\s+){0,2}?(?:injured|wounded)|no\s+(?:injuries|injured)(?!\s+among)",
    "one_person": r"(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?(?:man|woman|person|child|boy|girl|civilian"
    r"|resident"
    r"|teenager|pensioner|driver|passenger|policeman|police\s+officer|rescuer|firefighter|employee"
    r"|worker|medic|volunteer|baby|infant|[\w-]*year-old"
    # Roles and trades: "the owner was injured", "a fisherman was killed".
    r"|owner|homeowner|fisherman|farmer|tractor\s+driver|guard|security\s+guard|watchman|pedestrian"
    r"|cyclist|motorist|shopkeeper|salesman|saleswoman|shop\s+assistant|nurse|doctor|paramedic"
    r"|teacher|miner|electrician|repairman|lineman|courier|neighbou?r|tenant|retiree|journalist"
    r"|photographer|cameraman|reporter|priest|student|schoolboy|schoolgirl|toddler|newborn"
    r"|grandmother|grandfather|elderly\s+(?:man|woman))"
    # Whose: "the owner of the shop", "the driver of a minibus".
    r"(?:\s+of\s+(?:the|a|an|this)\s+(?:[\w'-]+\s+)?[\w'-]+(?=\s+(?:was|is|had|has)\b))?"
    # An age after the noun: "a man, 54,", "a man aged 54", "a man of 54 years".
    r"(?:\s*,\s*\u2039\d+\u203a\s*,|\s+(?:aged|of)\s+\u2039\d+\u203a(?:\s+years(?:\s+old)?)?)?",
    "couple": r"(?:a|an)\s+(?:\w+\s+)?couple",
    # Headlines drop the article: "missiles kill infant, injure three".
    "bare_victim": r"(?:man|woman|person|child|boy|girl|civilian|infant|baby|teenager|pensioner"
    r"|driver|owner|fisherman|farmer|guard|pedestrian)",
    "subset_before": r"(?:including|among\s+them|among\s+whom|of\s+whom|among\s+those"
    r"|among\s+the\s+\w+"
    r"|of\s+them|incl\.)\s*$",
    "subset_after": r"^\s*(?:of\s+(?:them|whom|those|these|the)\b|(?:\w+\s+){0,2}?among\s+them\b"
    r"|(?:\w+\s+){0,3}?(?:are|were|was|is)\s+among\b"
    r"|(?:\w+\s+){0,2}?(?:in|remain\s+in)\s+(?:a\s+)?(?:serious|critical|grave|severe|stable)\s+condition)",
    "age": r"(?:aged|ages|age\s+of|aged\s+between)\s+(?:\S+\s+){0,6}?$",
    "military": r"^\s*(?:\w+\s+){0,2}?(?:soldiers|troops|servicemen|service\s+members|reservists"
    r"|militants"
    r"|fighters|mercenaries|personnel|occupiers|invaders|marines|paratroopers|conscripts)\b",
    "war": r"since\s+the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?(?:full-scale\s+)?(?:"
    r"war|invasion"
    r"|conflict)|since\s+(?:the\s+)?(?:full-scale\s+)?(?:russian\s+)?invasion|since\s+(?:february\s+)?2022"
    r"|since\s+(?:february|feb\.?)\s+24|in\s+the\s+(?:war|conflict)\b|throughout\s+the\s+war"
    r"|during\s+the\s+war|of\s+the\s+war\s+so\s+far|war\s+has\s+killed|since\s+russia\s+(?:invaded"
    r"|launched)|since\s+2014",
    "campaign": r"so\s+far\s+this\s+(?:year|month|week)|this\s+year\s+alone"
    r"|since\s+the\s+start\s+of\s+"
    r"(?:the\s+)?(?:year|month|offensive|campaign)|in\s+total\s+since|over\s+the\s+past\s+(?:\w+\s+)?"
    r"(?:days|weeks|months)|in\s+(?:recent|the\s+past|the\s+last)\s+(?:\w+\s+)?(?:days|weeks|months)"
    r"|in\s+the\s+last\s+few\s+days",
    "wide": r"across\s+(?:ukraine|the\s+country|russia)|nationwide|in\s+several\s+regions"
    r"|across\s+\w+\s+regions|in\s+different\s+regions|throughout\s+(?:ukraine|the\s+country)"
    r"|(?:attacks?|strikes?|assaults?|bombardments?|barrages?)\s+on\s+ukraine(?![’'\w])"
    r"|in\s+\S+\s+(?:regions|oblasts)\b",
    "died": r"died|succumbed|passed\s+away",
}

_UK = {
    # Words that correct a toll ("revised down to nine").
    "toll_correct": r"уточн\w*|скориг\w*|зменш\w*",
    "killed": r"загину\w*|загибл\w*|вбит\w*|убит\w*|вбили|вбило|убили|загинуло|помер\w*|мертв\w*"
    r"|смерт\w*|жертв\w*|тіл\w*",
    "injured": r"поранен\w*|поранил\w*|травмован\w*|постраждал\w*|постраждав\w*|постраждало"
    r"|госпіталізован\w*"
    r"|отримали\s+поранення|дістали\s+поранення|зазнали\s+поранень"
    r"|отримал\w*\s+травм\w*|звернул\w*\s+(?:по|за)\s+(?:медичн\w+\s+)?допомог\w*",
    "killed_first": r"загину\w*|загинуло|вбит\w*|вбили|вбило|убили|забрал\w*\s+життя|загибл\w*"
    r"|(?:забрав|обірвав)\w*\s+життя|загибель|(?:спричинив|призвів)\w*\s+(?:до\s+)?загибел\w*",
    "injured_first": r"поранен\w*|поранил\w*|поранило|травмован\w*|постраждал\w*|постраждало"
    r"|постраждав\w*|госпіталізовано|госпіталізован\w*",
    "people": r"людей|люди|людина|людини|осіб|особи|особа|мешканц\w*|цивільн\w*|дітей|діти"
    r"|дитина|жінк\w*"
    r"|чоловік\w*|ще|інших|мирн\w*|громадян\w*|пасажир\w*|працівник\w*|з\s+них",
    "aux": r"було|були|був|була|є|вже|ще|щонайменше|також|загалом|відомо\s+про|внаслідок\s+\w+"
    r"|через\s+\w+"
    r"|стало|стали|остаточно|наразі|попередньо|ворожої\s+атаки|атаки|удару|обстрілу",
    "toll_killed": r"(?:кількість|число)\s+(?:загиблих|жертв|вбитих|померлих)",
    "toll_injured": r"(?:кількість|число)\s+(?:поранених|постраждалих|травмованих)",
    "toll_link": r"до|становить|складає|сягнула|досягла",
    "toll_verb": r"зросла|зросло|зріс|збільшилася|збільшилось|сягнула|сягнуло|досягла|досягло"
    r"|уточнили|уточнено|скориговано|зменшилася|зменшилось"
    r"|становить"
    r"|складає",
    "toll_to": r"до",
    "zero_both": r"ніхто\s+не\s+постраждав|обійшлося\s+без\s+(?:жертв|постраждалих)"
    r"|без\s+(?:жертв|постраждалих)"
    r"|жертв\s+(?:немає|нема|не\s+було)|постраждалих\s+(?:немає|нема|не\s+було)",
    "zero_killed": r"ніхто\s+не\s+загинув|загиблих\s+(?:немає|нема|не\s+було)|без\s+загиблих",
    "zero_injured": r"ніхто\s+не\s+(?:поранений|травмований)|поранених\s+(?:немає|нема|не\s+було)"
    r"|без\s+поранених",
    "one_person": r"(?:[\w'-]+\s+){0,2}?" + _UK_VICTIM,
    "couple": r"подружж\w*",
    "bare_victim": r"(?:[\w'-]+\s+){0,2}?" + _UK_VICTIM,
    "subset_before": r"(?:серед\s+них|з\s+них|зокрема|у\s+тому\s+числі|в\s+тому\s+числі"
    r"|серед\s+яких)\s*$",
    "subset_after": r"^\s*(?:з\s+них|серед\s+них|із\s+них)\b",
    "age": r"(?:віком|у\s+віці)\s+(?:\S+\s+){0,6}?$",
    "military": r"^\s*(?:\w+\s+){0,2}?(?:військов\w*|солдат\w*|окупант\w*|військовослужбовц\w*)\b",
    "war": r"з\s+початку\s+(?:повномасштабного\s+)?(?:вторгнення|війни)|від\s+початку\s+(?:\w+"
    r"\s+)?(?:вторгнення"
    r"|війни)|за\s+час\s+війни|з\s+2022|з\s+24\s+лютого",
    "campaign": r"з\s+початку\s+(?:року|місяця)|цього\s+року\s+загалом"
    r"|за\s+останні\s+\w+\s+(?:дні|днів|тижні"
    r"|тижнів|місяці)",
    "wide": r"по\s+всій\s+(?:україні|країні)|у\s+кількох\s+областях|по\s+україні"
    r"|(?:атак\w*|удар\w*|обстріл\w*)\s+(?:\w+\s+)?(?:на|по)\s+україн[іу]|[ув]\s+\S+\s+областях",
    "died": r"помер\w*|померл\w*",
}

_RU = {
    # Words that correct a toll ("revised down to nine").
    "toll_correct": r"уточн\w*|скорректир\w*|сниз\w*|уменьш\w*",
    "killed": r"погиб\w*|убит\w*|убил\w*|убило|умер\w*|скончал\w*|мертв\w*|жертв\w*|гибел\w*"
    r"|тел\w*",
    "injured": r"ранен\w*|ранил\w*|ранило|пострадал\w*|пострадавш\w*|травмирован\w*"
    r"|госпитализирован\w*"
    r"|получили\s+ранения|получили\s+травмы|получил\w*\s+травм\w*"
    r"|обратил\w*\s+за\s+(?:медицинской\s+)?помощью",
    "killed_first": r"погиб\w*|погибло|убит\w*|убиты|убили|убило|скончал\w*|унес\w*\s+жизни"
    r"|гибель|(?:повлек|привел|привёл)\w*\s+(?:к\s+)?гибел\w*",
    "injured_first": r"ранен\w*|ранены|ранил\w*|ранило|пострадал\w*|пострадало|травмирован\w*"
    r"|госпитализирован\w*",
    "people": r"человек|людей|люди|человека|мирных|жител\w*|детей|дети|ребенок|ребёнок|женщин\w*"
    r"|мужчин\w*"
    r"|еще|ещё|граждан\w*|пассажир\w*|сотрудник\w*|из\s+них",
    "aux": r"были|был|была|было|уже|еще|ещё|как\s+минимум|также|всего|в\s+результате\s+\w+"
    r"|из-за\s+\w+"
    r"|стали|стало|предварительно|по\s+предварительным\s+данным|атаки|удара|обстрела",
    "toll_killed": r"(?:число|количество)\s+(?:погибших|жертв|убитых|умерших)",
    "toll_injured": r"(?:число|количество)\s+(?:раненых|пострадавших|травмированных)",
    "toll_link": r"до|составляет|составило|достигло",
    "toll_verb": r"возросло|выросло|увеличилось|достигло|составило|составляет|возросла|выросла"
    r"|уточнили|уточнено|скорректировано|снизилось|уменьшилось",
    "toll_to": r"до",
    "zero_both": r"никто\s+не\s+пострадал|обошлось\s+без\s+(?:жертв|пострадавших)|без\s+(?:жертв"
    r"|пострадавших)"
    r"|жертв\s+нет|пострадавших\s+нет|жертв\s+и\s+пострадавших\s+нет",
    "zero_killed": r"никто\s+не\s+погиб|погибших\s+нет|без\s+погибших",
    "zero_injured": r"никто\s+не\s+(?:ранен|травмирован)|раненых\s+нет|без\s+раненых",
    "one_person": r"(?:[\w'-]+\s+){0,2}?" + _RU_VICTIM,
    "couple": r"супружеск\w+\s+пар\w*",
    "bare_victim": r"(?:[\w'-]+\s+){0,2}?" + _RU_VICTIM,
    "subset_before": r"(?:среди\s+них|из\s+них|в\s+том\s+числе|включая|среди\s+которых)\s*$",
    "subset_after": r"^\s*(?:из\s+них|среди\s+них)\b",
    "age": r"(?:в\s+возрасте)\s+(?:\S+\s+){0,6}?$",
    "military": r"^\s*(?:\w+\s+){0,2}?(?:военн\w*|солдат\w*|военнослужащ\w*|боевик\w*"
    r"|наемник\w*)\b",
    "war": r"с\s+начала\s+(?:специальной\s+военной\s+операции|сво|войны|вторжения|конфликта)|за"
    r"\s+время"
    r"\s+(?:войны|конфликта)|с\s+2022|с\s+24\s+февраля",
    "campaign": r"с\s+начала\s+(?:года|месяца)|за\s+последние\s+\w+\s+(?:дни|дней|недели|недель"
    r"|месяцы)",
    "wide": r"по\s+всей\s+(?:украине|стране)|в\s+нескольких\s+регионах|по\s+украине"
    r"|(?:атак\w*|удар\w*|обстрел\w*)\s+(?:\w+\s+)?(?:на|по)\s+украин[еу]"
    r"|в\s+\S+\s+(?:областях|регионах)",
    "died": r"умер\w*|скончал\w*",
}

_PL = {
    # Words that correct a toll ("revised down to nine").
    "toll_correct": r"skorygow\w*|zweryfikow\w*|zmniejsz\w*|spadł\w*",
    "killed": r"zgin\w*|zabit\w*|zabił\w*|zabiło|zabija\w*|zmarł\w*|nie\s+żyj\w*"
    r"|stracił\w*\s+życie|stracili\s+życie|straciło\s+życie|poniosł\w*\s+śmierć"
    r"|ofiar\w*\s+śmierteln\w*"
    r"|śmierć|poleg\w*|ofiar\w*|zginęło",
    "injured": r"rann\w*|ranion\w*|ranił\w*|raniło|poszkodowan\w*|obrażeni\w*|hospitalizowan\w*"
    r"|odniosł\w*\s+obrażenia|doznał\w*\s+obrażeń|trafił\w*\s+do\s+szpital\w*"
    r"|(?:potrzebował|wymagał|udzielono)\w*\s+pomocy\s+medycznej",
    "killed_first": r"zginęł\w*|zginęło|zginął|zabił\w*|zabiło|zabijając|zabitych|zginęli"
    r"|nie\s+żyje"
    r"|nie\s+żyją|zmarł\w*"
    r"|śmierć\s+poniosł\w*|życie\s+stracił\w*|życie\s+straciło|życie\s+stracili",
    "injured_first": r"rannych|rann\w*|ranion\w*|ranił\w*|raniło|raniąc|poszkodowan\w*"
    r"|pomocy\s+medycznej\s+udzielono"
    r"|hospitalizowano|obrażenia\s+odniosł\w*",
    "people": r"osób|osoby|osoba|osobom|ludzi|cywil\w*|mieszkańc\w*|dzieci|dziecko|kobiet\w*"
    r"|mężczyzn\w*"
    r"|kolejn\w*|inn\w*|pasażer\w*|pracownik\w*",
    "aux": r"zostało|zostały|zostali|został|została|jest|są|było|były|już|co\s+najmniej|także"
    r"|również|łącznie"
    r"|w\s+wyniku\s+\w+|wskutek\s+\w+|ataku|uderzenia|ostrzału",
    "toll_killed": r"liczba\s+(?:ofiar(?:\s+śmiertelnych)?|zabitych|zmarłych|zabitych\s+osób)"
    r"|bilans\s+ofiar",
    "toll_injured": r"liczba\s+(?:rannych|poszkodowanych)",
    "toll_link": r"do|wynosi|wyniosła|sięga",
    "toll_verb": r"wzrosła|wzrósł|wzrosło|sięga|sięgnęła|wynosi|wyniosła|osiągnęła"
    r"|skorygowano|zweryfikowano|zmniejszyła|spadła",
    "toll_to": r"do",
    "zero_both": r"nikt\s+nie\s+(?:ucierpiał|został\s+(?:poszkodowany|ranny))"
    r"|(?:obyło\s+się\s+)?bez\s+ofiar"
    r"|nie\s+ma\s+(?:ofiar|poszkodowanych)|brak\s+(?:ofiar|poszkodowanych)",
    "zero_killed": r"nikt\s+nie\s+zginął|nie\s+ma\s+zabitych|brak\s+zabitych",
    "zero_injured": r"nikt\s+nie\s+został\s+ranny|nie\s+ma\s+rannych|brak\s+rannych",
    "one_person": r"(?:[\w'-]+\s+){0,2}?" + _PL_VICTIM,
    "couple": r"małżeństw\w*",
    "bare_victim": r"(?:[\w'-]+\s+){0,2}?" + _PL_VICTIM,
    "subset_before": r"(?:w\s+tym|wśród\s+nich|spośród\s+nich|z\s+czego|wśród\s+których)\s*$",
    "subset_after": r"^\s*(?:spośród\s+nich|z\s+nich|wśród\s+nich)\b",
    "age": r"(?:w\s+wieku)\s+(?:\S+\s+){0,6}?$",
    "military": r"^\s*(?:\w+\s+){0,2}?(?:żołnierzy|żołnierze|wojskowych|najemników)\b",
    "war": r"od\s+początku\s+(?:pełnoskalowej\s+)?(?:wojny|inwazji)|w\s+czasie\s+wojny|od\s+202"
    r"2|od\s+24\s+lutego",
    "campaign": r"od\s+początku\s+(?:roku|miesiąca)|w\s+ostatnich\s+\w+\s+(?:dniach|tygodniach"
    r"|miesiącach)",
    "wide": r"w\s+całej\s+ukrainie|w\s+całym\s+kraju|w\s+kilku\s+obwodach"
    r"|(?:atak\w*|ostrza\w*|nalot\w*|uderze\w*)\s+(?:\w+\s+)?na\s+ukrainę|w\s+\S+\s+obwodach",
    "died": r"zmarł\w*",
}

_IT = {
    # Words that correct a toll ("revised down to nine").
    "toll_correct": r"rivist\w*|corrett\w*|sceso|ridott\w*",
    "killed": r"mort[oiae]|uccis[oiae]|vittim[ae]|decedut[oiae]|decess[oi]"
    r"|hanno\s+perso\s+la\s+vita"
    r"|ha\s+perso\s+la\s+vita|senza\s+vita|cadaveri",
    "injured": r"ferit[oiae]|ricoverat[oiae]|contus[oiae]|feriti\s+gravi|medicat[oiae]"
    r"|(?:ha|hanno)\s+avuto\s+bisogno\s+di\s+cure(?:\s+mediche)?",
    "killed_first": r"uccidendone|uccidendo|ha\s+ucciso|hanno\s+ucciso|uccide|uccidono"
    r"|morti|morte|mort[oi]"
    r"|vittime"
    r"|sono\s+morte|sono\s+morti|ucciso|uccise",
    "injured_first": r"ferendone|ferendo|ha\s+ferito|hanno\s+ferito|ferisce"
    r"|feriti|ferite|ferito|ferita",
    "people": r"di|persone|persona|civili|abitanti|residenti|bambini|bambino|donne|uomini|altre"
    r"|uomo|donna|bambina|anziano|anziana"
    r"|altri|ulteriori"
    r"|passeggeri|dipendenti|lavoratori|altro|altra|civile|abitante|residente"
    r"|proprietari[oa]|pescatore|agricoltore|autista|guardian[oa]|passante|pensionat[oa]"
    r"|soccorritore|medico|infermier[ea]|insegnante|ragazz[oa]",
    "aux": r"sono|stati|state|stata|stato|rimast[oiae]|è|già|ancora|almeno|anche|in\s+tutto"
    r"|complessivamente"
    r"|nell'attacco|nel\s+raid|si\s+contano|risultano",
    "toll_killed": r"(?:bilancio|numero)\s+(?:delle\s+vittime|dei\s+morti|dei\s+decessi"
    r"|delle\s+persone\s+uccise)"
    r"|bilancio",
    "toll_injured": r"(?:bilancio|numero)\s+dei\s+feriti",
    "toll_link": r"a|di|è\s+di|è\s+salito\s+a",
    "toll_verb": r"salito|salita|sale|salgono|arrivato|arrivata|arriva|aumentato|cresciuto|giunto"
    r"|rivisto|corretto|sceso|ridotto",
    "toll_to": r"a|ad|di",
    "zero_both": r"nessun[ao]?\s+(?:vittima|ferito|ferita)"
    r"|non\s+ci\s+sono\s+(?:state\s+)?(?:vittime|feriti)"
    r"|senza\s+(?:vittime|feriti)|nessuno\s+è\s+rimasto\s+(?:ferito|coinvolto)",
    "zero_killed": r"nessun\s+morto|non\s+ci\s+sono\s+(?:stati\s+)?morti",
    "zero_injured": r"nessun\s+ferito",
    "one_person": r"(?:un|una)\s+(?:[\w']+\s+){0,2}?(?:uomo|donna|persona|bambino|bambina|civile"
    r"|anziano"
    r"|anziana|ragazzo|ragazza)",
    "couple": r"una\s+coppia",
    "subset_before": r"(?:tra\s+cui|fra\s+cui|tra\s+questi|tra\s+loro|di\s+cui|compresi"
    r"|inclusi)\s*$",
    "subset_after": r"^\s*(?:dei\s+quali|delle\s+quali|di\s+loro|tra\s+loro|di\s+essi)\b",
    "age": r"(?:di|dell'età\s+di)\s+(?:\S+\s+){0,1}?$(?=\s*anni)",
    "military": r"^\s*(?:\w+\s+){0,2}?(?:soldati|militari|mercenari)\b",
    "war": r"dall'inizio\s+della\s+(?:guerra|invasione)|dall'inizio\s+del\s+conflitto|nel\s+con"
    r"flitto"
    r"|dal\s+2022|dal\s+24\s+febbraio",
    "campaign": r"dall'inizio\s+dell'anno|negli\s+ultimi\s+\w+\s+(?:giorni|mesi|settimane)",
    "wide": r"in\s+tutta\s+(?:l'ucraina|il\s+paese)"
    r"|(?:attacch\w+|raid|bombardament\w+)\s+(?:russ\w+\s+)?(?:sull'ucraina|contro\s+l'ucraina)"
    r"|in\s+\S+\s+regioni",
    "died": r"(?:è\s+)?mort[oa]|(?:è\s+)?decedut[oa]",
}

_ES = {
    # Words that correct a toll ("revised down to nine").
    "toll_correct": r"corrigi\w*|rebaj\w*|revis\w*|bajó",
    # Portuguese forms too ("morreram", "feridos"): pt copy uses this lexicon.
    "killed": r"muert[oa]s?|fallecid[oa]s?|fallecieron|murieron|murió|víctimas\s+mortales"
    r"|morreram|morreu|mort[oa]s|vítimas\s+mortais"
    r"|perdieron\s+la\s+vida"
    r"|asesinad[oa]s?|cadáveres|decesos|perdió\s+la\s+vida|perderam\s+a\s+vida|perdeu\s+a\s+vida",
    "injured": r"herid[oa]s?|lesionad[oa]s?|hospitalizad[oa]s?|ferid[oa]s?"
    r"|(?:han\s+|ha\s+|fueron\s+)?(?:necesit|requiri|recibi|precis|receber|requer)\w*\s+(?:de\s+)?"
    r"(?:atención|asistencia|ayuda|atendimento|assistência|cuidados)\s+médic[oa]s?"
    r"|atendid[oa]s|atendid[oa]s\s+por\s+(?:los\s+)?(?:médicos|sanitarios)",
    "killed_first": r"matando\s+a|mató\s+a|mataron\s+a|mata\s+a|murieron|fallecieron|muertos"
    r"|causó\s+la\s+muerte\s+de|causando\s+la\s+muerte\s+de"
    r"|costó\s+la\s+vida\s+a|dejó|dejando|murió",
    "injured_first": r"hiriendo\s+a|hirió\s+a|hirieron\s+a|heridos|resultaron\s+heridas?"
    r"|resultó\s+herid[oa]|quedó\s+herid[oa]"
    r"|resultaron\s+heridos",
    "people": r"de|personas|persona|civiles|habitantes|residentes|niños|niño|mujeres|hombres|otras"
    r"|pessoas|pessoa|civis|crianças|outras|outros"
    r"|hombre|mujer|niña|anciano|anciana"
    r"|otros"
    r"|pasajeros|trabajadores|más|otro|otra|outro|outra|civil|habitante|residente|vecin[oa]s?"
    r"|propietari[oa]|dueñ[oa]|don[oa]|pescador|agricultor|conductor|motorista|guardia|vigilante"
    r"|transeúnte|peatón|jubilad[oa]|aposentad[oa]|socorrista|bombero|bombeiro|médic[oa]|idos[oa]",
    "aux": r"fueron|fue|han|ha|sido|resultaron|resultó|ya|también|en\s+total|en\s+el\s+ataque"
    r"|ficaram|ficou|foram|foi"
    r"|quedaron|están|estaban",
    "toll_killed": r"(?:balance|cifra|número)\s+de\s+(?:muertos|fallecidos"
    r"|víctimas(?:\s+mortales)?)",
    "toll_injured": r"(?:balance|cifra|número)\s+de\s+(?:heridos|lesionados)",
    "toll_link": r"a|de|es\s+de",
    "toll_verb": r"ascendió|asciende|aumentó|subió|sube|elevó|eleva|llegó|llega|alcanzó|alcanza"
    r"|corrigió|rebajó|revisó|bajó|corrigiu|subiu",
    "toll_to": r"a|de|hasta",
    "zero_both": r"no\s+(?:hubo|hay|se\s+registraron|se\s+reportaron)\s+(?:víctimas|heridos)"
    r"|nadie\s+resultó"
    r"\s+herido|sin\s+(?:víctimas|heridos)",
    "zero_killed": r"no\s+(?:hubo|hay)\s+muertos|nadie\s+murió",
    "zero_injured": r"no\s+(?:hubo|hay)\s+heridos",
    "one_person": r"(?:un|una)\s+(?:[\w]+\s+){0,2}?(?:hombre|mujer|persona|niño|niña|civil"
    r"|anciano|anciana)",
    "couple": r"una\s+pareja|un\s+matrimonio",
    "subset_before": r"(?:entre\s+ellos|entre\s+ellas|incluidos|incluidas|de\s+los\s+cuales"
    r"|de\s+las\s+cuales)\s*$",
    "subset_after": r"^\s*(?:de\s+ellos|de\s+ellas|de\s+los\s+cuales|entre\s+ellos)\b",
    "age": r"(?:de)\s+(?:\S+\s+){0,1}?$(?=\s*años)",
    "military": r"^\s*(?:\w+\s+){0,2}?(?:soldados|militares|mercenarios)\b",
    "war": r"desde\s+el\s+(?:inicio|comienzo)\s+de\s+la\s+(?:guerra|invasión)|desde\s+2022|en\s"
    r"+la\s+guerra",
    "campaign": r"en\s+lo\s+que\s+va\s+de\s+año|en\s+(?:los\s+)?últim[oa]s\s+\w+\s+(?:días"
    r"|semanas|meses)",
    "wide": r"en\s+todo\s+el\s+país|en\s+toda\s+ucrania|em\s+todo\s+o\s+país"
    r"|(?:ataques?|bombardeos?|bombardeios?)\s+(?:rusos?\s+|russos?\s+)?(?:contra|sobre)\s+(?:a\s+)?ucrânia"
    r"|(?:ataques?|bombardeos?)\s+(?:rusos?\s+)?(?:contra|sobre)\s+ucrania|en\s+\S+\s+regiones",
    "died": r"murió|falleció|morreu|faleceu",
}

_DE = {
    # Words that correct a toll ("revised down to nine").
    "toll_correct": r"korrigiert\w*|gesenkt|sank",
    "killed": r"getötet\w*|tote|toten|tot|todesopfer|ums\s+leben\s+gekommen|kamen\s+ums\s+leben"
    r"|(?:ihr|sein)\s+leben\s+verloren"
    r"|ums\s+leben"
    r"|starben|gestorben|leichen",
    "injured": r"verletzt\w*|verwundet\w*|verletzte|verletzten|ins\s+krankenhaus\s+gebracht"
    r"|(?:medizinisch|ärztlich)\s+(?:versorgt|behandelt)(?:\s+werden)?|erlitten\s+verletzungen",
    "killed_first": r"tötete|töteten|getötet\s+wurden|starben|kamen\s+ums\s+leben",
    "injured_first": r"verletzte|verletzten|wurden\s+verletzt|verwundete",
    "people": r"menschen|personen|zivilisten|kinder|weitere|andere|einwohner|bewohner|frauen"
    r"|männer|mensch|mann|frau|person|kind|zivilist\w*|anwohner\w*|helfer\w*|rettungskräfte"
    r"|besitzer\w*|eigentümer\w*|fischer|landwirt\w*|bauer|wachmann|fahrer\w*|passant\w*"
    r"|rentner\w*|sanitäter\w*|feuerwehrm[aä]nn\w*|arzt|ärztin|lehrer\w*|junge|mädchen",
    "aux": r"wurden|wurde|sind|ist|waren|war|haben|hat|hatten|dabei|zudem|ebenfalls|schwer"
    r"|leicht|worden"
    r"|nach\s+angaben(?:\s+(?:der|des|von)(?:\s+\w+){1,2})?|laut\s+\w+"
    r"|bei\s+dem\s+angriff"
    r"|nach\s+angaben|offenbar|demnach",
    "toll_killed": r"zahl\s+der\s+(?:toten|todesopfer|getöteten)|todeszahl|opferzahl",
    "toll_injured": r"zahl\s+der\s+verletzten",
    "toll_link": r"auf|liegt\s+bei|beträgt",
    "toll_verb": r"stieg|gestiegen|erhöhte|erhöht|kletterte|wuchs|korrigiert|gesenkt|sank",
    "toll_to": r"auf",
    "zero_both": r"niemand\s+wurde\s+verletzt|es\s+gab\s+keine\s+(?:opfer|verletzten)"
    r"|keine\s+opfer",
    "zero_killed": r"keine\s+toten|niemand\s+wurde\s+getötet",
    "zero_injured": r"keine\s+verletzten",
    "one_person": r"(?:ein|eine)\s+(?:\w+\s+){0,2}?(?:mann|frau|mensch|person|kind|junge|mädchen"
    r"|zivilist)",
    "couple": r"ein\s+ehepaar",
    "subset_before": r"(?:darunter|davon|unter\s+ihnen|einschließlich)\s*$",
    "subset_after": r"^\s*(?:davon|von\s+ihnen|darunter)\b",
    "age": r"(?:im\s+alter\s+von)\s+(?:\S+\s+){0,6}?$",
    "military": r"^\s*(?:\w+\s+){0,2}?(?:soldaten|militärs|kämpfer)\b",
    "war": r"seit\s+(?:beginn|anfang)\s+des\s+(?:\w+\s+)?(?:krieges|kriegs)|seit\s+kriegsbeginn"
    r"|seit\s+2022|im\s+krieg\b",
    "campaign": r"seit\s+jahresbeginn|in\s+den\s+vergangenen\s+\w+\s+(?:tagen|wochen|monaten)",
    "wide": r"in\s+der\s+ganzen\s+ukraine|landesweit|im\s+ganzen\s+land"
    r"|(?:angriff\w*|attacke\w*)\s+(?:\w+\s+)?auf\s+die\s+ukraine|in\s+\S+\s+regionen",
    "died": r"starb|gestorben|erlag\w*",
}

_FR = {
    # Words that correct a toll ("revised down to nine").
    "toll_correct": r"révisé\w*|corrigé\w*|ramené\w*",
    "killed": r"morts?|tué(?:e|s|es)?|décédé(?:e|s|es)?|ont\s+perdu\s+la\s+vie|a\s+perdu\s+la\s+vie"
    r"|victimes|sont\s+mort(?:e|s|es)?|est\s+mort(?:e)?|(?:a|ont)\s+péri",
    "injured": r"blessé(?:e|s|es)?|hospitalisé(?:e|s|es)?|soigné(?:e|s|es)?",
    "killed_first": r"tuant|a\s+tué|ont\s+tué|coûté\s+la\s+vie\s+à"
    r"|(?:causant|provoquant|entraînant|causé|provoqué|entraîné)\s+la\s+mort\s+de",
    "injured_first": r"blessant|a\s+blessé|ont\s+blessé",
    "people": r"de|personnes|personne|civils|habitants|enfants|autres|femmes|hommes|homme|femme"
    r"|enfant|civil|habitant|autre|résident\w*|propriétaire|pêcheur|agriculteur|conducteur"
    r"|chauffeur|gardien|passant\w*|retraité\w*|secouriste|pompier|médecin|infirmi\w+|garçon"
    r"|fille|adolescent\w*|bébé",
    "aux": r"ont\s+été|a\s+été|sont|été|au\s+total|également|aussi|grièvement|légèrement",
    "toll_killed": r"bilan(?:\s+des\s+morts)?|nombre\s+de\s+(?:morts|victimes|tués)",
    "toll_injured": r"nombre\s+de\s+blessés",
    "toll_link": r"est\s+de|s'élève\s+à|à",
    "toll_verb": r"passé|monté|grimpé|alourdi|atteint|s'élève|révisé|corrigé|ramené",
    "toll_to": r"à",
    "zero_both": r"aucune\s+victime|pas\s+de\s+victimes?|personne\s+n'a\s+été\s+blessé"
    r"|sans\s+faire\s+de\s+(?:victimes?|blessés?)|ni\s+mort\s+ni\s+blessé",
    "zero_killed": r"aucun\s+mort|pas\s+de\s+morts?",
    "zero_injured": r"aucun\s+blessé|pas\s+de\s+blessés?",
    "one_person": r"(?:un|une)\s+(?:\w+\s+){0,2}?(?:homme|femme|personne|enfant|garçon|fille"
    r"|civil)",
    "couple": r"un\s+couple",
    "subset_before": r"(?:dont|parmi\s+eux|parmi\s+lesquels|y\s+compris)\s*$",
    "subset_after": r"^\s*(?:d'entre\s+eux|parmi\s+eux)\b",
    "age": r"(?:âgée?s?\s+de)\s+(?:\S+\s+){0,6}?$",
    "military": r"^\s*(?:\w+\s+){0,2}?(?:soldats|militaires|combattants)\b",
    "war": r"depuis\s+le\s+début\s+de\s+(?:la\s+guerre|l'invasion)"
    r"|depuis\s+2022|dans\s+la\s+guerre",
    "campaign": r"depuis\s+le\s+début\s+de\s+l'année|ces\s+derniers\s+(?:jours|mois)"
    r"|ces\s+dernières\s+semaines",
    "wide": r"dans\s+tout\s+le\s+pays|à\s+travers\s+l'ukraine"
    r"|(?:attaques?|frappes?|bombardements?)\s+(?:russes?\s+)?(?:sur|contre)\s+l'ukraine"
    r"|dans\s+\S+\s+régions",
    "died": r"(?:est\s+)?(?:mort|morte|décédée?)|a\s+succombé|succombé",
}

_LEXICONS: dict[str, dict[str, str]] = {
    "en": _EN,
    "uk": _UK,
    "ru": _RU,
    "pl": _PL,
    "it": _IT,
    "es": _ES,
    "de": _DE,
    "fr": _FR,
}

# Lower-case stems every casualty pattern of a language contains; a sentence
# with none of them is skipped before any pattern runs (most sentences).
_STEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "treat",
        "lives",
        "kill",
        "dead",
        "death",
        "died",
        "fatalit",
        "lives",
        "life",
        "perish",
        "slain",
        "injur",
        "wound",
        "hurt",
        "harm",
        "hospital",
        "medical",
        "toll",
        "casualt",
        "victim",
    ),
    "uk": (
        "загибел",
        "допомог",
        "загин",
        "загибл",
        "вбит",
        "убит",
        "вбил",
        "вбив",
        "убил",
        "помер",
        "мертв",
        "смерт",
        "жертв",
        "тіл",
        "поранен",
        "поранил",
        "поранило",
        "травм",
        "постражд",
        "госпітал",
        "житт",
        "кількість",
        "число",
    ),
    "ru": (
        "помощ",
        "погиб",
        "убит",
        "убил",
        "умер",
        "скончал",
        "мертв",
        "жертв",
        "гибел",
        "тел",
        "ранен",
        "ранил",
        "пострада",
        "травм",
        "госпитал",
        "жизн",
        "число",
        "количество",
    ),
    "pl": (
        "życi",
        "pomocy",
        "szpital",
        "zgin",
        "zabi",
        "zmar",
        "żyj",
        "śmier",
        "poleg",
        "ofiar",
        "rann",
        "rani",
        "poszkod",
        "obraż",
        "hospital",
        "medyczn",
        "ucierpiał",
        "liczba",
        "bilans",
    ),
    "it": (
        "cure",
        "medicat",
        "mort",
        "uccis",
        "uccid",
        "vittim",
        "decedut",
        "decess",
        "vita",
        "cadaver",
        "ferit",
        "ferend",
        "ferisc",
        "ricoverat",
        "contus",
        "coinvolt",
        "bilancio",
        "numero",
    ),
    "de": (
        "versorgt",
        "behandelt",
        "getötet",
        "tot",
        "tötet",
        "leben",
        "starb",
        "gestorben",
        "opfer",
        "leiche",
        "verletz",
        "verwund",
        "krankenhaus",
        "niemand",
        "zahl",
    ),
    "fr": (
        "soign",
        "péri",
        "mort",
        "tué",
        "tuant",
        "décéd",
        "vie",
        "victime",
        "bless",
        "hospitalis",
        "bilan",
        "nombre",
        "aucun",
    ),
    "es": (
        "médic",
        "atendid",
        "muert",
        "fallec",
        "morre",
        "mortos",
        "ferid",
        "murie",
        "murió",
        "víctima",
        "vida",
        "asesinad",
        "cadáver",
        "deceso",
        "mat",
        "herid",
        "hiri",
        "lesionad",
        "hospitaliz",
        "dejó",
        "dejando",
        "balance",
        "cifra",
        "número",
        "nadie",
    ),
}


# One literal alternation per language: a C scan beats a Python loop of
# substring tests.
_STEM_GATES = {
    code: re.compile("|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True)))
    for code, stems in _STEMS.items()
}


def _may_have_figures(sentence: str, code: str) -> bool:
    return _STEM_GATES[code].search(sentence.lower()) is not None


_PLACEHOLDER = "\u2039{0}\u203a"  # ‹k›
_N = r"\u2039(?P<n{0}>\d+)\u203a"


class _Patterns:
    """Compiled casualty patterns for one language."""

    def __init__(self, lex: dict[str, str]) -> None:
        flags = re.IGNORECASE
        people = r"(?:\s+(?:" + lex["people"] + r")){0,4}"
        aside = r"(?:\s*,[^,;:]{1,100},|\s*\([^()]{1,80}\))?"
        aux = r"(?:\s+(?:" + lex["aux"] + r")){0,6}"
        self.direct = re.compile(
            _N.format("")
            + people
            + aside
            + aux
            + r"\s*(?P<kw>(?P<k>"
            + lex["killed"]
            + r")|(?P<i>"
            + lex["injured"]
            + r"))(?!\w)",
            flags,
        )
        self.first = re.compile(
            r"(?<!\w)(?P<kw>(?P<k>"
            + lex["killed_first"]
            + r")|(?P<i>"
            + lex["injured_first"]
            + r"))"
            + aux
            # "Загиблих — 3", "killed: 5"
            + r"(?:\s*[:—–]\s*|\s+)(?:(?:a|an)\s+)?"
            + _N.format(""),
            flags,
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
        self.toll = re.compile(
            r"(?<!\w)"
            + kw
            + r"(?:\s+(?:"
            + lex["toll_link"]
            + r")\s+|"
            + verb_then_to
            + r")"
            + _N.format(""),
            flags,
        )
        # "raising the total number of deaths caused by the drones to eight"
        self.toll_pre = re.compile(
            r"(?<!\w)(?:"
            + lex.get("toll_pre", r"(?!x)x")
            + r")\s+(?:the\s+)?(?:total\s+|overall\s+)?"
            + kw
            + r"[^.;!?\u2039]{0,100}?\s(?:"
            + lex["toll_to"]
            + r")\s+"
            + _N.format(""),
            flags,
        )
        # Italian and Spanish put the number first: "sale a 21 il bilancio
        # dei morti", "asciende a 14 el número de muertos".
        self.toll_reverse = re.compile(
            r"(?<!\w)(?:"
            + lex["toll_verb"]
            + r")\s+(?:"
            + lex["toll_to"]
            + r")\s+"
            + _N.format("")
            + r"\s+(?:(?:il|el|la|lo)\s+)?"
            + kw,
            flags,
        )
        self.zero = [
            (
                re.compile(r"(?<!\w)(?:" + lex["zero_both"] + r")(?!\w)", flags),
                ("killed", "injured"),
            ),
            (re.compile(r"(?<!\w)(?:" + lex["zero_killed"] + r")(?!\w)", flags), ("killed",)),
            (re.compile(r"(?<!\w)(?:" + lex["zero_injured"] + r")(?!\w)", flags), ("injured",)),
        ]
        one = r"(?:" + lex["one_person"] + r"|(?P<couple>" + lex["couple"] + r"))"
        # "a man and a woman were killed": each further person adds one.
        one = (
            r"(?P<who>"
            + one
            + r"(?:\s*,?\s+(?:and|і|й|та|и|i|e|y|und|et)\s+(?:"
            + lex["one_person"]
            + r"))*)"
        )
        self.person = re.compile(r"(?<!\w)(?:" + lex["one_person"] + r")", flags)
        self.one_direct = re.compile(
            r"(?<!\w)"
            + one
            + aux
            + r"\s+(?P<kw>(?P<k>"
            + lex["killed"]
            + r")|(?P<i>"
            + lex["injured"]
            + r"))(?!\w)",
            flags,
        )
        self.one_first = re.compile(
            r"(?<!\w)(?P<kw>(?P<k>"
            + lex["killed_first"]
            + r")|(?P<i>"
            + lex["injured_first"]
            + r"))"
            r"\s+(?:" + one + r"|" + lex.get("bare_victim", r"(?!x)x") + r")(?!\w)",
            flags,
        )
        self.correct = re.compile(r"(?<!\w)(?:" + lex["toll_correct"] + r")", flags)
        # "another wounded person died": a wounded victim's death, no count.
        self.died_after = re.compile(
            r"(?:\s+(?!(?:and|but|і|та|й|а|и|но|i|oraz|a|y|e|et|und|ma|pero|mais|aber)(?!\w))"
            r"[^\s,;:.\u2039]+){0,3}?\s+(?:" + lex["died"] + r")(?!\w)",
            flags,
        )
        self.subset_before = re.compile(lex["subset_before"], flags)
        self.subset_after = re.compile(lex["subset_after"], flags)
        # Whole words only: "damaged a house and injured one" is no age.
        self.age = re.compile(r"(?<!\w)(?:" + lex["age"] + r")", flags)
        self.military = re.compile(lex["military"], flags)
        self.war = re.compile(r"(?<!\w)(?:" + lex["war"] + r")", flags)
        self.campaign = re.compile(r"(?<!\w)(?:" + lex["campaign"] + r")", flags)
        self.wide = re.compile(r"(?<!\w)(?:" + lex["wide"] + r")", flags)
        self.total = re.compile(
            r"\b(?:total|overall|combined)\b|загалом|всего|łącznie|in\s+tutto|en\s+total", flags
        )


_PATTERNS: dict[str, _Patterns] = {lang: _Patterns(lex) for lang, lex in _LEXICONS.items()}
_YEAR_OLD = re.compile(
    r"^\s*(?:-|\s)?(?:years?|yrs?)[-\s]old|^\s*-?(?:year|month|week)s?-old", re.IGNORECASE
)
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
    pieces: list[str] = []
    numbers: list[NumberSpan] = []
    spans: list[tuple[int, int, int, int]] = []
    cursor = 0
    length = 0
    for number in numbers_found:
        if number.value is None:
            continue
        if any(s <= number.number_start < e for s, e in date_spans):
            continue
        before = sentence[max(0, number.start - 60) : number.start]
        after = sentence[number.end : number.end + 20]
        if _YEAR_OLD.match(after) or pats.age.search(before) or _NEGATED.search(before):
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
    for scope, pattern in (("war", pats.war), ("campaign", pats.campaign)):
        for cue in pattern.finditer(sentence):
            if cue.start() < 3:
                return scope
            gap = sentence[cue.end() : start] if cue.end() <= start else sentence[end : cue.start()]
            if (cue.start() < end and cue.end() > start) or not _CLAUSE_BREAK.search(gap):
                return scope
    for cue in pats.wide.finditer(sentence):
        # "attacks across Ukraine, killing at least six": the figure sums a
        # nationwide wave.  A wide cue after the figure's clause ("four were
        # killed in Kyiv, the centre of attacks in different regions") is not.
        gap = sentence[end : cue.start()] if cue.start() >= end else ""
        if cue.start() < end or not _CLAUSE_BREAK.search(gap):
            return "campaign"
    return "event"


_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


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
    code = lexicon_language(lang)
    if code not in _PATTERNS:
        code = "en"
    if not _may_have_figures(sentence, code):
        return []
    pats = _PATTERNS[code]
    masked = _mask(sentence, code, pats)
    found: dict[int, Figure] = {}
    claimed: list[tuple[int, int]] = []

    def add(kind: Kind, index: int, m_start: int, m_end: int, update: bool) -> None:
        if index in found:
            return
        if kind == "injured" and pats.died_after.match(masked.text, m_end):
            return
        number = masked.numbers[index]
        m_num_start, m_num_end = masked.spans[index][0], masked.spans[index][1]
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
        )
        claimed.append((m_start, m_end))

    # Toll, number-first and word-first patterns all need a placeholder.
    tolls = [pats.toll_pre, pats.toll, pats.toll_reverse] if masked.numbers else []
    for match in [m for pattern in tolls for m in pattern.finditer(masked.text)]:
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
    _mark_corrections(found, [m for pattern in tolls for m in pattern.finditer(masked.text)], pats)
    for pattern in (pats.direct, pats.first) if masked.numbers else ():
        for match in _overlapping(pattern, masked.text):
            add(_kind(match), int(match.group("n")), match.start(), match.end(), False)

    figures = list(found.values())
    figures.extend(_one_person_figures(sentence, masked, pats, claimed))
    figures.extend(_zero_figures(sentence, pats))
    figures.sort(key=lambda f: (f.start, f.kind))
    return _mark_superseded(sentence, figures)


def _mark_superseded(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Mark every figure of a sentence that tells an earlier report ("first reported 12")."""
    if _EARLIER.search(sentence) and _REPORTED.search(sentence):
        return [replace(f, superseded=True) for f in figures]
    return figures


# An earlier report of a toll: "Earlier, the president reported ten dead",
# "initially reported", "раніше повідомлялося", "wcześniej informowano".
_EARLIER = re.compile(
    r"(?<!\w)(?:earlier|initially|previously|at\s+first|first(?=\s+(?:report|said|announc|gave|put))|раніше|спочатку|ранее|сначала|первоначально"
    r"|wcześniej|początkowo|in\s+precedenza|inizialmente|anteriormente|inicialmente|previamente)(?!\w)",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"(?<!\w)(?:report\w*|said|announced|stated|spoke|put\s+the|told|повідом\w*|сообща\w*"
    r"|сообщи\w*|заяви\w*|informowa\w*|poinformowa\w*|podawa\w*|riferi\w*|comunica\w*|dichiara\w*"
    r"|inform\w*|dijo|declar\w*)(?!\w)",
    re.IGNORECASE,
)


def _mark_corrections(found: dict[int, Figure], tolls: list[re.Match[str]], pats) -> None:
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
    if _SUPERSET_BEFORE.search(before):
        # "three of the 11 wounded": the number after "of the" is the total.
        return False
    after = text[num_end : num_end + 40]
    return bool(pats.subset_before.search(before) or pats.subset_after.search(after))


_SUPERSET_BEFORE = re.compile(
    r"(?:\bof\s+(?:the|those|these)|\bz|\bиз|\bspośród|\bdei|\bdelle|\bde\s+los|\bde\s+las)\s*$",
    re.IGNORECASE,
)
# "no one", "not one": a negation, not a count of one.
_NEGATED = re.compile(r"(?:\bno|\bnot|\bni|\bnessun[oa]?|\bніхто|\bникто)\s*$", re.IGNORECASE)


def _earlier_killed(masked: _Masked, pats: _Patterns, position: int) -> bool:
    head = masked.text[:position]
    return any(m.group("k") for m in pats.direct.finditer(head)) or any(
        m.group("k") for m in pats.first.finditer(head)
    )


def _with_scope(figure: Figure, scope: Scope) -> Figure:
    return replace(figure, scope=scope)


# The age after a victim noun ("a man, 54,", "a woman aged 70"), masked.
_AGE_APPOSITION = re.compile(
    r"\s*,\s*\u2039\d+\u203a\s*,|\s+(?:aged|of)\s+\u2039\d+\u203a(?:\s+years(?:\s+old)?)?"
)


def _one_person_figures(
    sentence: str, masked: _Masked, pats: _Patterns, claimed: list[tuple[int, int]]
) -> list[Figure]:
    """ "A man was killed", "killing a woman", "a married couple was killed"."""
    figures: list[Figure] = []
    seen: set[int] = set()
    for pattern in (pats.one_direct, pats.one_first):
        for match in pattern.finditer(masked.text):
            if (
                any(s < match.end() and match.start() < e for s, e in claimed)
                or match.start() in seen
            ):
                continue
            if "\u2039" in _AGE_APPOSITION.sub("", match.group()):
                continue
            if match.group("i") and pats.died_after.match(masked.text, match.end()):
                continue
            seen.add(match.start())
            who = match.group("who") or ""
            value = len(pats.person.findall(who)) + (2 if match.group("couple") else 0) or 1
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
                )
            )
    return figures


def _zero_figures(sentence: str, pats: _Patterns) -> list[Figure]:
    figures: list[Figure] = []
    kinds_done: set[str] = set()
    for pattern, kinds in pats.zero:
        for match in pattern.finditer(sentence):
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
