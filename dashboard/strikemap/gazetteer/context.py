"""What the resolver may know about a name besides the name itself.

The one definition of the resolver's context: :meth:`Gazetteer.resolve
<strikemap.gazetteer.gazetteer.Gazetteer.resolve>` and
:func:`strikemap.gazetteer.disambiguation.resolve` both take a
:class:`Context` (the former also as keyword arguments).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from strikemap.gazetteer.place import Place

Near = str | Place | tuple[float, float]


@dataclass(frozen=True, slots=True)
class Context:
    """Context given with a name.

    Attributes
    ----------
    country
        ISO2 code or codes the place must be in (a constraint).
    region
        A region the place must be in (a constraint): a region
        :class:`Place`, an ISO 3166-2 code or a region/city name ("Donetsk
        region").  Nothing inside it: the resolver declines.
    within
        A city, raion or hromada the place must be in (a constraint): a
        :class:`Place` or a name.  A city keeps its own districts for a
        district phrase ("Leninskyi district, Zaporizhzhia") and otherwise
        what lies in its oblast; a raion or hromada keeps what lies inside
        its circle.
    near
        A place, a ``(lat, lon)`` pair or a place name mentioned nearby (a
        preference: candidates close to it are kept when there are any).
    lang
        ISO 639-1 language of the text, for inflected forms.
    """

    country: str | Iterable[str] | None = None
    region: str | Place | None = None
    within: str | Place | None = None
    near: Near | None = None
    lang: str | None = None

    def countries(self) -> set[str]:
        """The allowed ISO2 codes, upper-case (empty: any)."""
        if not self.country:
            return set()
        if isinstance(self.country, str):
            return {c.strip().upper() for c in self.country.split(",") if c.strip()}
        return {c.upper() for c in self.country}
