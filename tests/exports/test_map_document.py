"""The export map's view: bounds in either form, and the events' extent."""

from __future__ import annotations

import pytest
from strikemap.exports.map_document import events_bounds, normalize_bounds
from strikemap.frames import events_to_frame


def test_leaflet_bounds_are_normalised():
    leaflet = {"_southWest": {"lat": 44.1, "lng": 22.0}, "_northEast": {"lat": 52.4, "lng": 40.2}}
    assert normalize_bounds(leaflet) == ((44.1, 22.0), (52.4, 40.2))
    assert normalize_bounds([[44.1, 22.0], [52.4, 40.2]]) == ((44.1, 22.0), (52.4, 40.2))


def test_missing_bounds_give_none():
    assert normalize_bounds(None) is None
    assert normalize_bounds({"_southWest": None, "_northEast": {"lat": 1, "lng": 2}}) is None
    assert normalize_bounds({"_southWest": {"lat": None, "lng": 1}, "_northEast": {}}) is None


@pytest.mark.parametrize("bad", [((52.0, 22.0), (44.0, 40.0)), [1, 2, 3], "north"])
def test_bad_bounds_are_refused(bad):
    with pytest.raises(ValueError, match="bounds"):
        normalize_bounds(bad)


def test_events_bounds_cover_points_and_region_outlines(sample_frame):
    (south, west), (north, east) = events_bounds(sample_frame)
    # Kyiv (50.45, 30.52) and the Saltivskyi district (50.03, 36.31) ...
    assert west <= 30.52 and east >= 36.31 and south <= 50.03
    # ... and the whole of Sumy Oblast, drawn as an outline for the region-level event.
    assert north >= 52.3 and east >= 35.6


def test_single_event_is_padded(sample_events):
    (south, west), (north, east) = events_bounds(events_to_frame(sample_events[:1]))
    assert south < 50.45 < north and west < 30.52 < east
    # One degree of latitude (about 110 km): the city and the towns around it.
    assert north - south == pytest.approx(1.0)


def test_no_located_events_give_no_bounds():
    assert events_bounds(events_to_frame([])) is None
