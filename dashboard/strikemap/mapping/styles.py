"""Colours, labels and marker sizes per weapon category, shared by layers and legend.

The palette follows the conventions of live conflict maps (Liveuamap): missiles in
red, drones in orange, glide bombs in purple, artillery in brown, air strikes in
blue and unknown weapons in grey. The marker glyphs themselves are drawn by the
client library (``strikemap.js``) from the category code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from strikemap.labels import WEAPON_LABELS

__all__ = [
    "CATEGORY_PRIORITY",
    "CATEGORY_STYLES",
    "SIZE_BREAKS",
    "CategoryStyle",
    "categories_of",
    "category_of",
    "size_class",
]


@dataclass(frozen=True, slots=True)
class CategoryStyle:
    """How one weapon category is drawn."""

    code: str
    label: str
    colour: str


CATEGORY_STYLES: dict[str, CategoryStyle] = {
    style.code: style
    for style in (
        CategoryStyle("missile", WEAPON_LABELS["missile"], "#d62728"),
        CategoryStyle("drone", WEAPON_LABELS["drone"], "#ff7f0e"),
        CategoryStyle("glide_bomb", WEAPON_LABELS["glide_bomb"], "#7b3294"),
        CategoryStyle("artillery", WEAPON_LABELS["artillery"], "#8c564b"),
        CategoryStyle("air_strike", WEAPON_LABELS["air_strike"], "#1f77b4"),
        CategoryStyle("unknown", WEAPON_LABELS["unknown"], "#7f7f7f"),
    )
}

#: When an event lists several weapons, the marker shows the first of these
#: present: the heavier, rarer weapon is the more informative one on a map.
CATEGORY_PRIORITY: tuple[str, ...] = (
    "missile",
    "glide_bomb",
    "air_strike",
    "drone",
    "artillery",
    "unknown",
)

#: Casualty thresholds (killed + injured) of marker size classes 1, 2, 3 and 4;
#: class 0 is for no or unknown casualties.
SIZE_BREAKS: tuple[int, ...] = (1, 5, 20, 50)


def category_of(weapons: Iterable[str] | None) -> str:
    """Return the category a marker shows for an event's weapon list."""
    present = set(weapons or ())
    for code in CATEGORY_PRIORITY:
        if code in present:
            return code
    return "unknown"


def categories_of(weapons: Iterable[str] | None) -> tuple[str, ...]:
    """Return every category of an event's weapon list, in :data:`CATEGORY_PRIORITY` order.

    The marker shows them all (a split ring), the first one also as its glyph.
    """
    present = set(weapons or ())
    found = tuple(code for code in CATEGORY_PRIORITY if code in present)
    return found or ("unknown",)


def size_class(casualties: int | None) -> int:
    """Return the marker size class (0-4) for a casualty count (``None``: unknown)."""
    if casualties is None:
        return 0
    return sum(1 for threshold in SIZE_BREAKS if casualties >= threshold)
