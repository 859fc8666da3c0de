"""Public-link mode: hold back fresh strikes and coarsen locations, at the data layer.

A shared public link must not help anyone adjust fire: exact locations of
fresh strikes are withheld. Two settings, each off unless set (environment
variable, or the same name in Streamlit secrets):

``STRIKEMAP_PUBLIC_DELAY_HOURS``
    Events newer than this many hours are not shown. An event dated day *D*
    counts as happening until the end of *D* (UTC), so it appears once
    ``end of D + delay`` has passed; undated events are not shown at all.
``STRIKEMAP_PUBLIC_PRECISION_KM``
    Coordinates are snapped to a grid of about this many kilometres, and a
    city district is shown as its city (name, level and the city's point).

The store applies the policy to everything it reads out (:meth:`EventStore.query`,
:meth:`EventStore.events`, counts and filter options), so the map, the table
and every export inherit it; :meth:`Publication.describe` is the sentence the
page footer and the exports carry.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from strikemap.models import Event

DELAY_SETTING = "STRIKEMAP_PUBLIC_DELAY_HOURS"
PRECISION_SETTING = "STRIKEMAP_PUBLIC_PRECISION_KM"
KM_PER_DEGREE = 111.32


class PublicationError(ValueError):
    """A public-link setting is not a positive number."""


def _positive(name: str, value: str | float | None) -> float | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        number = float(value)
    except ValueError:
        raise PublicationError(f"{name} must be a number, not {value!r}") from None
    if not math.isfinite(number) or number <= 0:
        raise PublicationError(f"{name} must be a positive number, not {value!r}")
    return number


def _hours(value: float) -> str:
    return f"{value:g} hour" + ("" if value == 1 else "s")


@dataclass(frozen=True)
class Publication:
    """The public-link policy; the default holds nothing back.

    Parameters
    ----------
    delay_hours
        Hide events newer than this many hours (``None``: show every event).
    precision_km
        Snap coordinates to a grid of this many km and show districts at their
        city (``None``: exact coordinates).
    """

    delay_hours: float | None = None
    precision_km: float | None = None

    @classmethod
    def from_settings(cls, lookup: Callable[[str], str | None]) -> Publication:
        """Read the policy through a settings lookup (environment, then secrets).

        Raises
        ------
        PublicationError
            When a setting is present but not a positive number.
        """
        return cls(
            delay_hours=_positive(DELAY_SETTING, lookup(DELAY_SETTING)),
            precision_km=_positive(PRECISION_SETTING, lookup(PRECISION_SETTING)),
        )

    @property
    def active(self) -> bool:
        return self.delay_hours is not None or self.precision_km is not None

    def cutoff(self, now: datetime | None = None) -> date | None:
        """Return the first day that is held back (events dated before it are shown)."""
        if self.delay_hours is None:
            return None
        now = now or datetime.now(UTC)
        return (now - timedelta(hours=self.delay_hours)).date()

    def describe(self) -> str:
        """Return the policy as one sentence for footers and exports ('' when inactive)."""
        parts = []
        if self.delay_hours is not None:
            parts.append(f"events of the last {_hours(self.delay_hours)} are held back")
        if self.precision_km is not None:
            parts.append(
                f"locations are rounded to about {self.precision_km:g} km and city districts "
                "are shown at their city"
            )
        return ("Public link: " + "; ".join(parts) + ".") if parts else ""

    def snap(self, value: float | None) -> float | None:
        """Round a coordinate to the policy's grid."""
        if value is None or self.precision_km is None:
            return value
        step = self.precision_km / KM_PER_DEGREE
        return round(round(value / step) * step, 6)

    def apply(self, event: Event, city_of: Callable[[Event], Event | None]) -> Event:
        """Return the event as the policy publishes it (coarsened; the input is not changed).

        Parameters
        ----------
        city_of
            Returns a district event moved to its city (place, level and point),
            or ``None`` when the city is not known.
        """
        if self.precision_km is None:
            return event
        if event.level == "district":
            event = city_of(event) or event.copy(level="city", place=event.parent or event.place)
        return event.copy(lat=self.snap(event.lat), lon=self.snap(event.lon))


def gazetteer_city_of(event: Event) -> Event | None:
    """Move a district event to its city using the offline gazetteer."""
    from strikemap.gazetteer import Gazetteer, GazetteerError

    if not event.place_id:
        return None
    try:
        gazetteer = Gazetteer.load()
        city = gazetteer.parent_of(gazetteer.get(event.place_id))
    except (GazetteerError, KeyError, OSError):
        return None
    if city is None:
        return None
    return event.copy(
        place=city.name,
        place_id=city.id,
        level=city.level,
        parent=city.parent,
        lat=city.lat,
        lon=city.lon,
        as_written=None,
    )
