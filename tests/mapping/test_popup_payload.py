"""What the map's popup shows for one event, read from the strike layer's payload.

The payload names its row fields (``strikemap.mapping.strikes.StrikeRow``), as
``strikemap.js`` reads them; ``popup_of`` is the one place in the tests that reads
them. Expected values are the event's own, written by hand.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from strikemap.frames import events_to_frame
from strikemap.mapping.strikes import strike_payload
from strikemap.models import Event, Evidence, Source


def popup_of(payload: list) -> list[dict]:
    """Decode each drawn event of a strike payload into the facts its popup shows."""
    _version, _zero, strings, sources, _regions, rows, fields = payload
    shown = []
    for values in rows:
        row = dict(zip(fields, values, strict=True))
        flags = row["flags"]
        shown.append(
            {
                "lat": row["lat"],
                "lon": row["lon"],
                "category": strings[row["category"]],
                "place": strings[row["place"]],
                "parent": strings[row["parent"]],
                "weapons": strings[row["weapons"]],
                "models": strings[row["models"]],
                "killed": row["killed"],
                "injured": row["injured"],
                "killed_at_least": bool(flags & 1),
                "injured_at_least": bool(flags & 2),
                "confidence": strings[row["confidence"]],
                "evidence": row["evidence"],
                "publishers": [strings[sources[i][0]] for i in row["sources"]],
                "links": [strings[sources[i][2]] for i in row["sources"] if sources[i][4]],
                "disputed": strings[row["disputed"]],
            }
        )
    return shown


KHARKIV = Event(
    event_id="e1",
    article_ids=["a1"],
    place="Saltivskyi district",
    level="district",
    country="UA",
    lat=50.0312,
    lon=36.3105,
    date=date(2024, 5, 3),
    parent="Kharkiv",
    iso_region="UA-63",
    weapons=["glide_bomb", "artillery"],
    models=["KAB-500"],
    killed=2,
    killed_at_least=False,
    injured=14,
    injured_at_least=True,
    attacker="RU",
    confidence=0.9,
    evidence=[Evidence("a1", "A glide bomb hit the Saltivskyi district, killing two.")],
    sources=[
        Source("a1", "Kharkiv shelled", "Kharkiv News", "https://kh.example/a1", date(2024, 5, 3))
    ],
    disputed=["injured"],
)


def test_the_popup_shows_the_events_own_facts(region_index):
    (popup,) = popup_of(strike_payload(events_to_frame([KHARKIV]), regions=region_index))
    assert popup == {
        "lat": 50.0312,
        "lon": 36.3105,
        "category": "glide_bomb",
        "place": "Saltivskyi district",
        "parent": "Kharkiv",
        "weapons": "Glide bomb, Artillery",
        "models": "KAB-500",
        "killed": 2,
        "injured": 14,
        "killed_at_least": False,
        "injured_at_least": True,
        "confidence": "90%",
        "evidence": "A glide bomb hit the Saltivskyi district, killing two.",
        "publishers": ["Kharkiv News"],
        "links": ["https://kh.example/a1"],
        "disputed": "injured",
    }


@pytest.mark.parametrize(
    ("confidence", "shown"), [(0.07, "7%"), (0.5, "50%"), (1.0, "100%"), (0.0, "0%")]
)
def test_confidence_is_shown_as_a_percentage(region_index, confidence, shown):
    frame = events_to_frame([replace(KHARKIV, confidence=confidence)])
    assert popup_of(strike_payload(frame, regions=region_index))[0]["confidence"] == shown


def test_a_missing_confidence_is_shown_as_unknown(region_index):
    frame = events_to_frame([KHARKIV])
    frame["confidence"] = None
    assert popup_of(strike_payload(frame, regions=region_index))[0]["confidence"] == "unknown"


def test_west_and_south_coordinates_keep_their_order(region_index):
    """A point in the Crimea (44.95 N, 34.10 E) is not drawn at 34.10 N, 44.95 E."""
    frame = events_to_frame([replace(KHARKIV, lat=44.95, lon=34.1)])
    popup = popup_of(strike_payload(frame, regions=region_index))[0]
    assert (popup["lat"], popup["lon"]) == (44.95, 34.1)


def test_an_unsafe_source_url_is_no_link(region_index):
    source = replace(KHARKIV.sources[0], url="javascript:alert(1)")
    frame = events_to_frame([replace(KHARKIV, sources=[source])])
    popup = popup_of(strike_payload(frame, regions=region_index))[0]
    assert popup["publishers"] == ["Kharkiv News"] and popup["links"] == []


def test_an_event_without_coordinates_or_outline_is_not_drawn(region_index):
    frame = events_to_frame([replace(KHARKIV, lat=None, lon=None)])
    assert popup_of(strike_payload(frame, regions=region_index)) == []
