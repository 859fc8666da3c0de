"""Region sections of daily round-ups: the oblast each part of a text is about.

Round-ups of a day's attacks go through the oblasts one by one under headings
of their own ("Kharkiv Oblast", "Харківщина", "Obwód charkowski."), and their
paragraphs speak of "the oblast" ("Eleven people were injured across the
oblast", "Загалом по області — семеро поранених") without naming it again.
The heading above says which oblast that is, and a new heading starts a new
part: a toll under "Kharkiv Oblast" is no toll of the last town of the
Donetsk part before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from strikemap.extraction.segment import Sentence, bullet_length

if TYPE_CHECKING:
    from strikemap.extraction.placematch import PlaceMention
    from strikemap.gazetteer import Gazetteer, Place

#: What may follow the name on a heading line ("Sumy Oblast", "Obwód sumski.").
_HEADING_ENDS = ("", ".", ":")
#: A round-up has several oblast headings; a lone one is a page's tag or a subhead.
_MIN_HEADINGS = 2
#: A heading that may also be a town this large is the town's (a village called
#: "Харківщина" is not what a round-up's heading names).
_TOWN = 20_000

T = TypeVar("T")


def region_headings(
    sentences: list[Sentence],
    by_sentence: dict[int, list[PlaceMention]],
    gazetteer: Gazetteer,
) -> list[tuple[int, Place]]:
    """The lines that name one oblast alone and open a part of the text.

    Returns (sentence index, oblast) pairs in text order, or none when the
    text has fewer than two such headings.
    """
    headings = []
    for sentence in sentences:
        if sentence.kind not in ("caption", "body") or not opens_its_line(sentences, sentence):
            continue
        found = by_sentence.get(sentence.index) or []
        if len(found) != 1 or not names_alone(sentence.text, found[0]):
            continue
        region = _oblast_of(found[0], gazetteer)
        if region is not None:
            headings.append((sentence.index, region))
    return headings if len(headings) >= _MIN_HEADINGS else []


def opens_its_line(sentences: list[Sentence], sentence: Sentence) -> bool:
    """Whether the sentence is the first of its paragraph."""
    index = sentence.index
    return index == 0 or sentences[index - 1].paragraph != sentence.paragraph


def names_alone(text: str, mention: PlaceMention) -> bool:
    """Whether the line holds the name and nothing else (a bullet before it,
    a full stop or a colon after it): a heading ("Sumy Oblast", "▪️ Комишани.")."""
    before = text[: mention.start]
    if before.strip() and bullet_length(text) < mention.start:
        return False
    return text[mention.end :].strip() in _HEADING_ENDS


def _oblast_of(mention: PlaceMention, gazetteer: Gazetteer) -> Place | None:
    """The one oblast a heading's name stands for, if it names one: "Kharkiv
    Oblast" (a region word beside it), "Херсонщина" (a region's own name,
    which may also be a village's)."""
    places = [gazetteer.get(pid) for pid in mention.place_ids]
    oblasts = [p for p in places if p is not None and p.level == "region" and not p.is_subdivision]
    if len(oblasts) != 1:
        return None
    others = [p for p in places if p is not None and p is not oblasts[0]]
    if mention.level_hint != "region" and any(p.population >= _TOWN for p in others):
        return None
    return oblasts[0]


def last_above(headings: list[tuple[int, T]], index: int) -> T | None:
    """What the last heading above sentence ``index`` gives (its oblast, its day)."""
    found = None
    for at, value in headings:
        if at > index:
            break
        found = value
    return found
