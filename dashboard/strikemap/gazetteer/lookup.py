"""What the resolver needs from a gazetteer, as a protocol.

:mod:`strikemap.gazetteer.disambiguation` works against this protocol, so it
does not import :mod:`strikemap.gazetteer.gazetteer`, which imports it.
"""

from __future__ import annotations

from typing import Protocol

from strikemap.gazetteer.place import Place


class PlaceLookup(Protocol):
    """The lookups of :class:`~strikemap.gazetteer.gazetteer.Gazetteer` the resolver uses."""

    def candidates(self, name: str) -> list[Place]: ...

    def candidates_inflected(self, token: str, lang: str | None = None) -> list[Place]: ...

    def is_primary_name(self, place: Place, name: str) -> bool: ...

    def is_former_name(self, place: Place, name: str) -> bool: ...

    def region_of(self, place: Place) -> Place | None: ...

    def in_region(self, place: Place, region: Place) -> bool: ...

    def parent_of(self, place: Place) -> Place | None: ...

    def find_region(self, name: str) -> Place | None: ...
