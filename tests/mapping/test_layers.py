"""Layer builders: what each layer carries, and that hostile text stays data."""

from __future__ import annotations

import base64
import json
import re
import zlib
from datetime import date

import folium
import pandas as pd
import pytest
from hostile import HOSTILE_TEXTS, HOSTILE_URL, PWNED_NAME
from streamlit_folium import _get_feature_group_string, _get_map_string
from strikemap.frames import events_to_frame
from strikemap.mapping import (
    CATEGORY_STYLES,
    RegionIndex,
    build_base_map,
    build_choropleth_layer,
    build_heatmap_layer,
    build_strike_layer,
    build_timeline_layer,
    category_of,
    encode_strikes,
    size_class,
    strike_payload,
)
from strikemap.mapping.payload import js_literal, packed_literal
from strikemap.mapping.regions import Outlines
from strikemap.mapping.strikes import CLUSTER_ABOVE, EVENT_FIELDS, PAYLOAD_VERSION

from .conftest import make_event

EMPTY_OUTLINES = Outlines([], [])


def _payload_of(script: str, function: str = "strikes") -> list:
    """Decode the payload of the first ``StrikeMap.<function>(`` call in a script."""
    start = script.index(f"StrikeMap.{function}(")
    literal = script[script.index(",", start) + 1 :].lstrip()
    value, _ = json.JSONDecoder().raw_decode(literal)
    if isinstance(value, str):
        raw = zlib.decompress(base64.b64decode(value[2:])).decode("utf-8")
        value = json.loads(raw)
    return value


def _render(group: folium.FeatureGroup) -> str:
    fmap = build_base_map(outlines=EMPTY_OUTLINES)
    fmap.add_child(group)
    return fmap.get_root().render()


def test_category_priority_and_size_classes() -> None:
    assert category_of(["drone", "missile"]) == "missile"
    assert category_of(["artillery", "glide_bomb"]) == "glide_bomb"
    assert category_of([]) == "unknown"
    assert [size_class(n) for n in (None, 0, 1, 4, 5, 19, 20, 49, 50)] == [
        0,
        0,
        1,
        1,
        2,
        2,
        3,
        3,
        4,
    ]


def test_strike_payload_rows(region_index: RegionIndex) -> None:
    frame = events_to_frame(
        [
            make_event(1, weapons=["drone"], killed=2, injured=10),
            make_event(2, weapons=["artillery", "missile"], lat=49.0, lon=36.0),
            make_event(3, place="Kharkiv Oblast", level="region", iso_region="UA-63"),
            make_event(4, lat=None, lon=None),
        ]
    )
    version, day_offset, strings, sources, regions, rows, fields = strike_payload(
        frame, regions=region_index
    )
    assert fields == list(EVENT_FIELDS)
    assert all(len(r) == len(EVENT_FIELDS) for r in rows)
    assert (version, day_offset) == (PAYLOAD_VERSION, 0)
    assert len(rows) == 3  # the event without coordinates or outline is left out
    assert [strings[r[2]] for r in rows] == ["drone", "missile", "missile"]
    assert rows[0][3] == size_class(12)
    assert (rows[0][9], rows[0][10], rows[0][11]) == (2, 10, 1)
    assert [r[15] for r in rows] == [-1, -1, 0]
    assert strings[regions[0][0]] == "Kharkiv Oblast"
    assert regions[0][1][0] == "P"
    # Days since 1970-01-01: make_event(n) happened on 2024-01-(n + 1).
    assert rows[0][4] == (date(2024, 1, 2) - date(1970, 1, 1)).days
    assert rows[1][4] - rows[0][4] == 1
    assert strings[sources[rows[0][14][0]][0]] == "Test Wire"


def test_date_precision_disputes_and_evidence_count() -> None:
    event = make_event(1)
    event.date_precision = "month"
    event.disputed = ["killed"]
    event.evidence = [*event.evidence, *event.evidence]
    strings, _, _, rows = strike_payload(events_to_frame([event]))[2:6]
    assert rows[0][11] & 4
    assert rows[0][16] == 2
    assert strings[rows[0][17]] == "killed"


def test_region_event_without_outline_falls_back_to_marker() -> None:
    frame = events_to_frame([make_event(1, place="Nowhere Oblast", level="region")])
    rows = strike_payload(frame, regions=RegionIndex())[5]
    assert len(rows) == 1 and rows[0][15] == -1


def test_long_evidence_is_capped() -> None:
    frame = events_to_frame([make_event(1, evidence="word " * 100)])
    (row,) = strike_payload(frame, evidence_chars=50)[5]
    assert len(row[13]) == 50 and row[13].startswith("word") and row[13].endswith("…")


def _rendered_with_layer(frame) -> str:
    html = folium.Figure().add_child(build_base_map(outlines=EMPTY_OUTLINES))
    fmap = next(iter(html._children.values()))
    fmap.add_child(build_strike_layer(frame))
    return fmap.get_root().render()


def test_strike_layer_clusters_large_views_by_default() -> None:
    count = CLUSTER_ABOVE + 1
    frame = events_to_frame([make_event(i, lat=46.0 + i / count * 5) for i in range(count)])
    rendered = _rendered_with_layer(frame)
    assert re.search(r"StrikeMap\.strikes\([^;]*\[true,10\]\);", rendered, re.DOTALL)
    # The plugin is linked, or written into the page when its local copy exists.
    assert "leaflet.markercluster" in rendered or "L.markerClusterGroup=" in rendered
    assert len(_payload_of(rendered)[5]) == count


def test_strike_layer_shows_small_views_marker_by_marker() -> None:
    frame = events_to_frame([make_event(1), make_event(2, lat=48.0)])
    rendered = _rendered_with_layer(frame)
    assert re.search(r"StrikeMap\.strikes\([^;]*\[false,10\]\);", rendered, re.DOTALL)
    assert len(_payload_of(rendered)[5]) == 2


def test_base_map_is_constant_and_has_legend_and_credits() -> None:
    first = build_base_map(outlines=EMPTY_OUTLINES).get_root().render()
    second = build_base_map(outlines=EMPTY_OUTLINES).get_root().render()
    assert first == second
    legend = _payload_of(first, "legend")
    assert [c[0] for c in legend[0]] == list(CATEGORY_STYLES)
    assert "GeoNames" in first and "Natural Earth" in first
    assert "StrikeMap.outlines(" in first
    assert "tile.openstreetmap.org" in first
    assert (
        "openstreetmap"
        not in build_base_map(tiles=None, outlines=EMPTY_OUTLINES).get_root().render()
    )


def test_outline_layer_draws_gazetteer_regions(regions_frame) -> None:
    from strikemap.mapping.regions import outlines_from_frames

    outlines = outlines_from_frames(regions_frame, regions_frame)
    rendered = build_base_map(outlines=outlines).get_root().render()
    countries, regions = _payload_of(rendered, "outlines")
    assert len(countries) == 2 and len(regions) == 2


def test_heatmap_weights_and_local_assets() -> None:
    frame = events_to_frame([make_event(1, killed=100), make_event(2, lat=48.0)])
    group = build_heatmap_layer(frame)
    heat = next(iter(group._children.values()))
    assert heat.data == [[50.0, 30.0, 6.0], [48.0, 30.0, 1.0]]


def test_choropleth_counts_and_casualties(region_index: RegionIndex) -> None:
    events = [
        make_event(1, place="Kharkiv Oblast", level="region", iso_region="UA-63", killed=3),
        make_event(2, iso_region="UA-63", injured=4),
        make_event(3, iso_region="UA-32"),
    ]
    frame = events_to_frame(events)
    counts = _render(build_choropleth_layer(frame, regions=region_index))
    title, largest, rows = _payload_of(counts, "choropleth")
    assert (title, largest) == ("strikes", 2)
    assert {r[0]: r[2] for r in rows} == {"Kharkiv Oblast": 2, "Kyiv Oblast": 1}
    casualties = build_choropleth_layer(frame, measure="casualties", regions=region_index)
    _, largest, rows = _payload_of(_render(casualties), "choropleth")
    assert {r[0]: r[2] for r in rows} == {"Kharkiv Oblast": 7, "Kyiv Oblast": 0}


def test_timeline_steps_over_empty_days() -> None:
    # make_event(n) happened on 2024-01-(n + 1): days 2, 4 (twice) and 9 of January.
    frame = events_to_frame([make_event(1), make_event(3), make_event(8), make_event(3)])
    (days,) = _payload_of(_render(build_timeline_layer(frame)), "timeline")
    epoch = date(1970, 1, 1)
    assert days == [(date(2024, 1, d) - epoch).days for d in (2, 4, 9)]


@pytest.mark.parametrize("value", ["plain", "{{ 7*7 }}", "${x}", "</script>", "a\u2028b"])
def test_js_literal_round_trips_and_is_inert(value: str) -> None:
    literal = js_literal([[value, 1, None]])
    assert json.loads(literal) == [[value, 1, None]]
    assert not set(literal) & set("{}$`<>&\u2028")
    packed = packed_literal([[value]], compress=True)
    assert re.fullmatch(r'"z:[A-Za-z0-9+/=]+"', packed)


@pytest.mark.parametrize("compress", [False, True])
def test_hostile_text_stays_data_through_st_folium(compress, tmp_path, monkeypatch) -> None:
    """Every hostile value, in evidence, publisher, title and URL, as st_folium sends it."""
    from .conftest import hostile_events

    monkeypatch.chdir(tmp_path)
    frame = events_to_frame(hostile_events())
    fmap = build_base_map(outlines=EMPTY_OUTLINES)
    group = build_strike_layer(frame, compress=compress)
    fmap.get_root().render()
    script = _get_map_string(fmap) + _get_feature_group_string(group, fmap)
    page = fmap.get_root().render()
    assert not (tmp_path / PWNED_NAME).exists()
    for text in (script, page):
        assert "{{" not in text and "{%" not in text and "${" not in text
        assert "<script>alert" not in text and "<img src=x" not in text
        assert "javascript:alert" not in text or not compress
    payload = _payload_of(script)
    strings, evidence = payload[2], [row[13] for row in payload[5]]
    for value in HOSTILE_TEXTS:
        assert f"Evidence {value} end." in evidence
        assert value in strings
    assert "Evidence 49 end." not in evidence
    assert HOSTILE_URL in strings  # shown as text; the client never makes it a link


def test_only_safe_urls_are_marked_as_links() -> None:
    frame = events_to_frame(
        [
            make_event(1, url=" https://news.example.org/a "),
            make_event(2, url="javascript:alert(1)", publisher="Other"),
        ]
    )
    strings, sources = strike_payload(frame)[2:4]
    by_url = {strings[s[2]]: s[4] for s in sources}
    assert by_url == {"https://news.example.org/a": 1, "javascript:alert(1)": 0}


def test_a_view_drawn_from_the_encoded_store_matches_its_own_encoding() -> None:
    frame = events_to_frame(
        [make_event(n, weapons=[("drone", "missile")[n % 2]]) for n in range(6)]
    )
    encoding = encode_strikes(frame, regions=RegionIndex())
    view = frame[frame["weapons"].map(lambda w: "drone" in w)]
    assert len(view) == 3
    from_store = encoding.payload(view.index)
    own = strike_payload(view, regions=RegionIndex())

    def decoded(payload: list) -> list:
        strings, sources = payload[2], payload[3]
        return [
            [strings[r[5]], strings[r[2]], r[4], r[13], [strings[sources[i][2]] for i in r[14]]]
            for r in payload[5]
        ]

    assert decoded(from_store) == decoded(own)
    layer = _render(build_strike_layer(view, encoding=encoding))
    assert len(_payload_of(layer)[5]) == 3
    with pytest.raises(ValueError):
        encoding.literal(pd.Index([99]))


def test_layer_scripts_are_not_rendered_twice_as_templates() -> None:
    """branca would compile a rendered script as a template again; strikemap's elements don't."""
    from strikemap.mapping.elements import LayerCall

    group = folium.FeatureGroup()
    group.add_child(LayerCall("legend", '["{{ 7*7 }}"]', key="raw"))
    page = _render(group)
    assert '["{{ 7*7 }}"]' in page and '["49"]' not in page
