"""Colours, labels and marker sizes per weapon category, shared by layers and legend.

The palette follows the conventions of live conflict maps (Liveuamap): missiles in
red, drones in orange, glide bombs in purple, artillery in brown, air strikes in
blue and unknown weapons in grey. The marker glyphs themselves are drawn by the
client library (``strikemap.js``) from the category code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "CATEGORY_PRIORITY",
    "CATEGORY_STYLES",
    "SIZE_BREAKS",
    "CategoryStyle",
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
        CategoryStyle("missile", "Missile", "#d62728"),
        CategoryStyle("drone", "Drone", "#ff7f0e"),
        CategoryStyle("glide_bomb", "Glide bomb", "#7b3294"),
        CategoryStyle("artillery", "Artillery", "#8c564b"),
        CategoryStyle("air_strike", "Air strike", "#1f77b4"),
        CategoryStyle("unknown", "Unknown weapon", "#7f7f7f"),
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


def size_class(casualties: int | None) -> int:
    """Return the marker size class (0-4) for a casualty count (``None``: unknown)."""
    if casualties is None:
        return 0
    return sum(1 for threshold in SIZE_BREAKS if casualties >= threshold)
