"""Every field of the strike layer's rows, decoded as the map's script reads them.

The events are written here; each expected marker, popup line and source entry is
written by hand from the event itself (days since 1970-01-01 counted by hand too).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import folium
import pandas as pd
import pytest
from strikemap.frames import events_to_frame
from strikemap.mapping import RegionIndex
from strikemap.mapping.strikes import (
    EVENT_FIELDS,
    PAYLOAD_VERSION,
    build_strike_layer,
    encode_strikes,
    strike_payload,
)
from strikemap.models import Event, Evidence, Source

# 2024-01-01 is day 19,723 after 1970-01-01 (54 years, 13 of them leap years).
DAY_2024_05_03 = 19_723 + 31 + 29 + 31 + 30 + 2
DAY_2024_05_01 = DAY_2024_05_03 - 2

LONG_TITLE = (
    "Kharkiv under fire again as glide bombs and artillery hit the Saltivskyi district overnight"
)

KHARKIV = Event(
    event_id="ev-kharkiv",
    article_ids=["a1", "a2"],
    place="Saltivskyi district",
    level="district",
    country="UA",
    lat=50.031249,
    lon=36.310551,
    date=date(2024, 5, 3),
    parent="Kharkiv",
    iso_region="UA-63",
    weapons=["artillery", "glide_bomb"],
    models=["KAB-500", "KAB-250"],
    killed=2,
    injured=14,
    injured_at_least=True,
    confidence=0.9,
    evidence=[
        Evidence("a2", "  A glide bomb hit   the district,\nkilling two.  "),
        Evidence("a1", "Fourteen people were injured."),
    ],
    sources=[
        Source("a1", "Kharkiv shelled", "Kharkiv News", "https://kh.example/a1", date(2024, 5, 3)),
        Source("a2", LONG_TITLE, None, "javascript:alert(1)", date(2024, 5, 4)),
    ],
    disputed=["injured", "weapons"],
)

KYIV_OBLAST = Event(
    event_id="ev-region",
    article_ids=["a3"],
    place="Kyiv Oblast",
    level="region",
    country="UA",
    lat=None,
    lon=None,
    date=date(2024, 5, 1),
    date_precision="month",
    iso_region="UA-32",
    weapons=["drone"],
    killed=4,
    killed_at_least=True,
    confidence=0.5,
    evidence=[],
    sources=[Source("a3", "Drones over the region", "Kharkiv News", "https://kh.example/a1")],
)

NOWHERE = Event(
    event_id="ev-nowhere",
    article_ids=["a4"],
    place="Somewhere",
    level="city",
    country="UA",
    lat=None,
    lon=None,
    date=date(2024, 5, 2),
)


def decoded(payload: list) -> list[dict]:
    """Each drawn row of a strike payload with its table references looked up."""
    version, zero, strings, sources, regions, rows, fields = payload
    assert (version, zero, fields) == (PAYLOAD_VERSION, 0, list(EVENT_FIELDS))
    out = []
    for values in rows:
        row = dict(zip(fields, values, strict=True))
        for name in ("category", "place", "parent", "weapons", "models", "disputed", "confidence"):
            row[name] = strings[row[name]]
        row["categories"] = strings[row["categories"]]
        row["sources"] = [
            {
                "publisher": strings[sources[i][0]],
                "title": strings[sources[i][1]],
                "url": strings[sources[i][2]],
                "published": strings[sources[i][3]],
                "link": sources[i][4],
            }
            for i in row["sources"]
        ]
        row["region"] = None if row["region"] < 0 else strings[regions[row["region"]][0]]
        out.append(row)
    return out


def test_a_district_strike_row_holds_every_fact_of_its_popup(region_index):
    (row,) = decoded(strike_payload(events_to_frame([KHARKIV]), regions=region_index))
    assert row == {
        "lat": 50.0312,
        "lon": 36.3106,
        "category": "glide_bomb",
        "size": 2,  # 2 killed + 14 injured = 16: from 5, below 20
        "day": DAY_2024_05_03,
        "place": "Saltivskyi district",
        "parent": "Kharkiv",
        "weapons": "Artillery, Glide bomb",
        "models": "KAB-500, KAB-250",
        "killed": 2,
        "injured": 14,
        "flags": 2,  # injured "at least"
        "confidence": "90%",
        "evidence": "A glide bomb hit the district, killing two.",
        "sources": [
            {
                "publisher": "Kharkiv News",
                "title": "",
                "url": "https://kh.example/a1",
                "published": "2024-05-03",
                "link": 1,
            },
            {
                "publisher": "",
                "title": "Kharkiv under fire again as glide bombs and artillery hit the Saltivs…",
                "url": "javascript:alert(1)",
                "published": "2024-05-04",
                "link": 0,
            },
        ],
        "region": None,
        "evidence_count": 2,
        "disputed": "injured, weapons",
        "event_id": "ev-kharkiv",
        "categories": "glide_bomb,artillery",
        "evidence_source": 1,  # the first sentence is quoted from a2, the second source
    }


def test_a_region_wide_strike_is_drawn_as_its_oblast_outline(region_index):
    (row,) = decoded(strike_payload(events_to_frame([KYIV_OBLAST]), regions=region_index))
    assert row["region"] == "Kyiv Oblast"
    assert (row["lat"], row["lon"]) == (None, None)
    assert row["flags"] == 1 | 4  # killed "at least", date known to the month
    assert row["day"] == DAY_2024_05_01
    assert (row["killed"], row["injured"], row["size"]) == (4, None, 1)
    assert (row["evidence"], row["evidence_count"], row["evidence_source"]) == ("", 0, -1)
    assert (row["models"], row["disputed"]) == ("", "")
    assert row["sources"][0]["published"] == ""
    assert row["confidence"] == "50%"


def test_events_share_their_sources_and_region_outlines(region_index):
    second = replace(KYIV_OBLAST, event_id="ev-region-2", date=date(2024, 5, 2))
    payload = strike_payload(
        events_to_frame([KHARKIV, KYIV_OBLAST, NOWHERE, second]), regions=region_index
    )
    _, _, strings, sources, regions, rows, _ = payload
    # Kharkiv News's a1 (published 3 May) and a3 (no date) are two entries; the
    # oblast drawn twice is one outline; the unlocated city is left out.
    assert len(sources) == 3
    assert len(regions) == 1 and strings[regions[0][0]] == "Kyiv Oblast"
    assert regions[0][1][0] == "P"  # a polygon outline
    assert [row[EVENT_FIELDS.index("event_id")] for row in rows] == [
        "ev-kharkiv",
        "ev-region",
        "ev-region-2",
    ]
    region = EVENT_FIELDS.index("region")
    assert [row[region] for row in rows] == [-1, 0, 0]


@pytest.mark.parametrize(
    ("killed", "injured", "size"),
    [
        (None, None, 0),
        (0, 0, 0),
        (None, 1, 1),
        (None, 4, 1),  # an unknown killed figure adds nothing
        (4, None, 1),
        (5, None, 2),
        (19, 0, 2),
        (10, 10, 3),
        (49, None, 3),
        (25, 25, 4),
    ],
)
def test_the_marker_grows_with_killed_and_injured(region_index, killed, injured, size):
    event = replace(KHARKIV, killed=killed, injured=injured)
    (row,) = decoded(strike_payload(events_to_frame([event]), regions=region_index))
    assert row["size"] == size


@pytest.mark.parametrize(
    ("killed_at_least", "injured_at_least", "precision", "flags"),
    [
        (False, False, "day", 0),
        (True, False, None, 1),
        (False, True, "day", 2),
        (True, True, "month", 7),
        (False, False, "year", 8),
        (True, False, "year", 9),
    ],
)
def test_flags_say_at_least_and_how_exact_the_date_is(
    region_index, killed_at_least, injured_at_least, precision, flags
):
    event = replace(
        KHARKIV,
        killed_at_least=killed_at_least,
        injured_at_least=injured_at_least,
        date_precision=precision,
    )
    (row,) = decoded(strike_payload(events_to_frame([event]), regions=region_index))
    assert row["flags"] == flags


def test_an_event_without_a_date_or_weapons_or_sources(region_index):
    event = replace(KHARKIV, date=None, weapons=[], sources=[], evidence=[], models=[])
    (row,) = decoded(strike_payload(events_to_frame([event]), regions=region_index))
    assert row["day"] is None
    assert (row["category"], row["weapons"], row["categories"]) == ("unknown", "unknown", "unknown")
    assert row["sources"] == [] and row["evidence_source"] == -1


def test_a_source_quoted_by_no_evidence_sentence_gives_no_evidence_source(region_index):
    event = replace(KHARKIV, evidence=[Evidence("a9", "Quoted from elsewhere.")])
    (row,) = decoded(strike_payload(events_to_frame([event]), regions=region_index))
    assert row["evidence_source"] == -1
    assert row["evidence"] == "Quoted from elsewhere."


@pytest.mark.parametrize(
    ("sentence", "chars", "shown"),
    [
        ("Ten chars.", 10, "Ten chars."),
        ("Eleven chr.", 10, "Eleven ch…"),  # nine characters and the ellipsis
        ("Two words here", 5, "Two…"),  # the cut drops the space before the ellipsis
    ],
)
def test_the_popup_evidence_is_cut_with_an_ellipsis_at_its_cap(
    region_index, sentence, chars, shown
):
    event = replace(KHARKIV, evidence=[Evidence("a1", sentence)])
    frame = events_to_frame([event])
    (row,) = decoded(strike_payload(frame, regions=region_index, evidence_chars=chars))
    assert row["evidence"] == shown


def test_a_source_title_of_70_characters_is_shown_whole(region_index):
    title = "T" * 70
    event = replace(KHARKIV, sources=[Source("a1", title, None, None, None)])
    (row,) = decoded(strike_payload(events_to_frame([event]), regions=region_index))
    assert row["sources"] == [
        {"publisher": "", "title": title, "url": "", "published": "", "link": 0}
    ]


def test_coordinates_held_as_objects_are_read_as_numbers(region_index):
    """A frame whose lat/lon/confidence columns hold objects (None: unknown) draws the same."""
    frame = events_to_frame([KHARKIV, NOWHERE])
    frame["lat"] = [50.031249, None]
    frame["lon"] = [36.310551, None]
    frame["confidence"] = [None, 0.9]
    frame = frame.astype({"lat": object, "lon": object, "confidence": object})
    rows = decoded(strike_payload(frame, regions=region_index))
    assert [(r["event_id"], r["lat"], r["lon"], r["confidence"]) for r in rows] == [
        ("ev-kharkiv", 50.0312, 36.3106, "unknown")
    ]


@pytest.mark.parametrize(("lat", "lon"), [(50.0, None), (None, 36.3)])
def test_a_point_with_one_coordinate_missing_is_not_drawn(region_index, lat, lon):
    frame = events_to_frame([replace(KHARKIV, lat=lat, lon=lon)])
    assert decoded(strike_payload(frame, regions=region_index)) == []


def test_an_unknown_confidence_reads_unknown_not_zero_percent(region_index):
    """An event without a confidence says "unknown" (as the detail panel), never "0%"."""
    frame = events_to_frame([KHARKIV])
    frame["confidence"] = float("nan")
    (row,) = decoded(strike_payload(frame, regions=region_index))
    assert row["confidence"] == "unknown"


def test_a_published_date_given_as_text_or_timestamp_shows_its_day(region_index):
    frame = events_to_frame([KHARKIV])
    frame.at[frame.index[0], "sources"] = [
        {"article_id": "a1", "publisher": "P1", "url": None, "published": "2024-05-03T10:00"},
        {
            "article_id": "a2",
            "publisher": "P2",
            "url": None,
            "published": pd.Timestamp("2024-05-04 08:00"),
        },
        {"article_id": "a3", "publisher": "P3", "url": None, "published": float("nan")},
    ]
    (row,) = decoded(strike_payload(frame, regions=region_index))
    assert [s["published"] for s in row["sources"]] == ["2024-05-03", "2024-05-04", ""]


# --- the encoding of a whole store, drawn a view at a time ----------------------------


def test_a_view_is_drawn_from_the_encoding_of_all_events(region_index):
    frame = events_to_frame([KHARKIV, KYIV_OBLAST, NOWHERE])
    encoding = encode_strikes(frame, regions=region_index)
    event_id = EVENT_FIELDS.index("event_id")
    assert [r[event_id] for r in encoding.payload()[5]] == ["ev-kharkiv", "ev-region"]
    view = frame[frame["event_id"] == "ev-region"]
    assert [r[event_id] for r in encoding.payload(view.index)[5]] == ["ev-region"]
    assert encoding.payload(frame.index[2:3])[5] == []
    assert list(encoding.positions(view.index)) == [1]


def test_a_view_with_events_that_were_not_encoded_is_refused(region_index):
    encoding = encode_strikes(events_to_frame([KHARKIV]), regions=region_index)
    with pytest.raises(ValueError, match=r"^the frame holds events that were not encoded$"):
        encoding.positions(pd.Index([0, 5]))


def test_an_events_frame_with_repeated_labels_is_refused(region_index):
    frame = events_to_frame([KHARKIV, KHARKIV])
    frame.index = [0, 0]
    with pytest.raises(ValueError, match=r"^the events frame needs unique index labels$"):
        encode_strikes(frame, regions=region_index)


def _layer_payload(group: folium.FeatureGroup) -> list:
    """The payload an uncompressed strike layer hands to ``StrikeMap.strikes``."""
    call = _layer_call(group)
    literal = call[call.index(",") + 1 :].lstrip()
    payload, _ = json.JSONDecoder().raw_decode(literal)
    return payload


def test_a_layer_is_named_strikes_and_draws_the_given_outlines_and_evidence_cap(region_index):
    group = build_strike_layer(
        events_to_frame([KHARKIV, KYIV_OBLAST]),
        regions=region_index,
        evidence_chars=12,
        compress=False,
    )
    assert group.layer_name == "Strikes"
    kharkiv, region = decoded(_layer_payload(group))
    assert kharkiv["evidence"] == "A glide bom…"
    # The stand-in Kyiv Oblast of the test's region index, a box from 29 to 32 E, 49.5 to 51.5 N.
    outlines = _layer_payload(group)[4]
    assert region["region"] == "Kyiv Oblast"
    assert outlines[0][1] == [
        "P",
        [[[32.0, 49.5], [32.0, 51.5], [29.0, 51.5], [29.0, 49.5], [32.0, 49.5]]],
    ]


def _layer_call(group: folium.FeatureGroup) -> str:
    fmap = folium.Map(location=[50, 30], zoom_start=5, tiles=None)
    fmap.add_child(group)
    html = fmap.get_root().render()
    start = html.index("StrikeMap.strikes(")
    return html[start : html.index("\n", start)]


@pytest.mark.parametrize(("events", "cluster"), [(300, "false"), (301, "true")])
def test_markers_cluster_only_beyond_300_events(region_index, events, cluster):
    frame = events_to_frame(
        [replace(KHARKIV, event_id=f"e{n}", evidence=[], sources=[]) for n in range(events)]
    )
    call = _layer_call(build_strike_layer(frame, regions=region_index, compress=False))
    assert call.rstrip(");").endswith(f"[{cluster},10]")


def test_a_layer_drawn_from_an_encoding_shows_only_the_frames_events(region_index):
    frame = events_to_frame([KHARKIV, KYIV_OBLAST])
    encoding = encode_strikes(frame, regions=region_index)
    group = build_strike_layer(
        frame.iloc[1:], encoding=encoding, compress=False, cluster_until_zoom=8, name="Now"
    )
    assert group.layer_name == "Now"
    call = _layer_call(group)
    assert '"ev-region"' in call and '"ev-kharkiv"' not in call
    assert call.rstrip(");").endswith("[false,8]")


def test_frame_of_a_region_index_built_from_nothing_draws_points_only():
    frame = events_to_frame([KHARKIV, KYIV_OBLAST])
    rows = decoded(strike_payload(frame, regions=RegionIndex()))
    assert [r["event_id"] for r in rows] == ["ev-kharkiv"]


def test_a_region_is_found_by_its_code_whatever_its_name(region_index):
    event = replace(KYIV_OBLAST, place="Kyivska oblast")
    (row,) = decoded(strike_payload(events_to_frame([event]), regions=region_index))
    assert row["region"] == "Kyiv Oblast"


def test_a_source_link_is_the_cleaned_url_and_a_source_without_title_shows_none(region_index):
    source = Source("a1", None, None, " https://пример.рф/x ", None)
    event = replace(KHARKIV, sources=[source])
    (row,) = decoded(strike_payload(events_to_frame([event]), regions=region_index))
    assert row["sources"] == [
        {
            "publisher": "",
            "title": "",
            "url": "https://xn--e1afmkfd.xn--p1ai/x",
            "published": "",
            "link": 1,
        }
    ]


def test_a_village_placed_at_its_hromada_is_drawn_as_the_hromada_circle(region_index):
    # A village known to the gazetteer only by name stands at its hromada's
    # centre: the map draws the hromada's circle (radius 12 km), where it lies.
    from strikemap.gazetteer.place import Place

    hromada = Place("katottg:H", "Testova hromada", "region", "UA", 51.0, 31.0, 0, None,
                    "Test Oblast", "UA-74", "hromada", 12.0)  # fmt: skip
    index = RegionIndex.from_frame(None)
    index.names, index.geometries = list(region_index.names), list(region_index.geometries)
    index.by_code, index.by_name = dict(region_index.by_code), dict(region_index.by_name)
    index.add_units([("UA-74", "Testova hromada", hromada)])
    village = replace(
        KHARKIV, event_id="ev-village", place="Selo", level="city", lat=51.0, lon=31.0,
        parent="Testova hromada", iso_region="UA-74",
    )  # fmt: skip
    town = replace(village, event_id="ev-town", place="Misto", parent="Chernihiv Oblast")
    payload = strike_payload(events_to_frame([village, town]), regions=index)
    drawn, marker = decoded(payload)
    assert (drawn["place"], drawn["region"]) == ("Selo", "Testova hromada")
    assert (marker["place"], marker["region"]) == ("Misto", None)
    kind, rings = payload[4][0][1]
    lon, lat = rings[0][0]
    assert kind == "P" and (round(lat, 3), round(lon - 31.0, 2)) == (51.0, 0.17)  # 12 km east
